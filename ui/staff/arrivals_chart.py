"""Arrivals per quarter hour as a bar chart, painted directly (no chart library needed)."""

from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ui.widgets.common import font
from ui.widgets.theme import ACCENT, INK

AXIS_SPACE = 48


class ArrivalsChart(QWidget):
    """Bars of check-ins per 15 minutes, labelled with the start time and the count."""

    def __init__(self) -> None:
        super().__init__()
        self.buckets: list[tuple[datetime, int]] = []
        self.setMinimumHeight(260)

    def set_buckets(self, buckets: list[tuple[datetime, int]]) -> None:
        """New data; repaints only when it changed."""
        if buckets != self.buckets:
            self.buckets = buckets
            self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setFont(font(11))
        painter.setPen(QColor(INK))
        if not self.buckets:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No arrivals yet."))
            return
        shown = self.buckets[-32:]
        peak = max(count for _, count in shown) or 1
        width = (self.width() - 24) / len(shown)
        height = self.height() - 2 * AXIS_SPACE
        for index, (start, count) in enumerate(shown):
            left = 12 + index * width
            bar_height = height * count / peak
            bar = QRectF(left + width * 0.12, AXIS_SPACE + height - bar_height, width * 0.76, bar_height)
            painter.fillRect(bar, QColor(ACCENT))
            painter.drawText(QRectF(left, bar.top() - 22, width, 20), Qt.AlignmentFlag.AlignCenter, str(count))
            if len(shown) <= 16 or index % 2 == 0:
                painter.drawText(QRectF(left - 10, self.height() - AXIS_SPACE + 6, width + 20, 20),
                                 Qt.AlignmentFlag.AlignCenter, start.strftime("%H:%M"))
