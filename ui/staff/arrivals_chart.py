"""Arrivals per quarter hour as a bar chart with a title, a count axis and a time axis, painted directly (no
chart library needed)."""

import math
from datetime import datetime

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ui.staff.style import HEADLINE, TEXT
from ui.widgets.common import font
from ui.widgets.theme import ACCENT, GRID, INK, LINE, MUTED, WHITE

SHOWN_BUCKETS = 32  # the last eight hours
BUCKET_MINUTES = 15


def count_ticks(peak: int) -> list[int]:
    """Round values for the count axis from 0 to at least `peak` (about four steps: 1, 2, 5 × 10ⁿ)."""
    raw = max(peak, 1) / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    return list(range(0, math.ceil(max(peak, 1) / step) * step + 1, step))


class ArrivalsChart(QWidget):
    """Check-ins per 15 minutes over the last eight hours: bars labelled with their count, start times below."""

    def __init__(self) -> None:
        super().__init__()
        self.buckets: list[tuple[datetime, int]] = []
        self.setMinimumHeight(260)

    def set_buckets(self, buckets: list[tuple[datetime, int]]) -> None:
        """New data; repaints only when it changed."""
        if buckets != self.buckets:
            self.buckets = buckets
            self.update()

    def title(self) -> str:
        """The chart's heading (it names the interval)."""
        return self.tr("Arrivals per %n minutes", "", BUCKET_MINUTES)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(WHITE))
        painter.setPen(QColor(INK))
        painter.setFont(font(HEADLINE * 0.75, bold=True))
        heading = painter.fontMetrics().height()
        painter.drawText(QRectF(2 * GRID, GRID, self.width() - 4 * GRID, heading),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title())
        painter.setFont(font(TEXT))
        line = painter.fontMetrics().height()
        top = GRID + heading + 2 * GRID
        if not self.buckets:
            painter.drawText(self.rect().adjusted(0, top, 0, 0), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No arrivals yet."))
            return
        shown = self.buckets[-SHOWN_BUCKETS:]
        ticks = count_ticks(max(count for _, count in shown))
        axis_width = painter.fontMetrics().horizontalAdvance(str(ticks[-1])) + 2 * GRID
        left, right = 2 * GRID + axis_width, self.width() - 2 * GRID
        bottom = self.height() - 2 * GRID - 2 * line  # times, then the axis caption
        plot_height = bottom - top - line  # room for the counts above the tallest bar
        scale = plot_height / ticks[-1]
        for tick in ticks:  # the count axis: labels and faint grid lines
            y = bottom - tick * scale
            painter.setPen(QPen(QColor(LINE), 1))
            painter.drawLine(left, round(y), right, round(y))
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(2 * GRID, y - line / 2, axis_width - GRID, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick))
        width = (right - left) / len(shown)
        label_every = max(1, math.ceil(painter.fontMetrics().horizontalAdvance("00:00 ") / width))
        for index, (start, count) in enumerate(shown):
            x = left + index * width
            bar_height = count * scale
            bar = QRectF(x + width * 0.12, bottom - bar_height, width * 0.76, bar_height)
            painter.fillRect(bar, QColor(ACCENT))
            painter.setPen(QColor(INK))
            if count and painter.fontMetrics().horizontalAdvance(str(count)) <= width:
                painter.drawText(QRectF(x, bar.top() - line, width, line), Qt.AlignmentFlag.AlignCenter, str(count))
            if index % label_every == 0:
                painter.drawText(QRectF(x - width, bottom + GRID / 2, 3 * width, line),
                                 Qt.AlignmentFlag.AlignCenter, start.strftime("%H:%M"))
        painter.setPen(QPen(QColor(INK), 2))
        painter.drawLine(left, round(bottom), right, round(bottom))
        painter.drawLine(left, top, left, round(bottom))
        painter.setPen(QColor(MUTED))
        painter.drawText(QRectF(left, bottom + GRID / 2 + line, right - left, line), Qt.AlignmentFlag.AlignCenter,
                         self.tr("check-ins per quarter hour, by the time it starts"))
