"""A drawn pictogram for the welcome screen: a ticket with a QR code, so guests know what to do."""

import qrcode
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.widgets.theme import ACCENT, INK


class TicketPictogram(QWidget):
    """A ticket card with a (decorative) QR code and a beam line under it."""

    def __init__(self) -> None:
        super().__init__()
        code = qrcode.QRCode(border=0)
        code.add_data("event-kiosk")
        code.make(fit=True)
        self._modules = code.get_matrix()
        self._cache: QPixmap | None = None
        self.setMinimumSize(220, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width() * 0.8, self.height() * 0.7)
        card = QRectF((self.width() - side) / 2, (self.height() - side * 1.15) / 2, side, side * 1.15)
        painter.setPen(QPen(QColor("#C9D1DC"), 3))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(card, side * 0.06, side * 0.06)
        count = len(self._modules)
        module = side * 0.72 / count
        origin_x = card.left() + (side - module * count) / 2
        origin_y = card.top() + side * 0.12
        path = QPainterPath()
        for row, line in enumerate(self._modules):
            for column, dark in enumerate(line):
                if dark:
                    path.addRect(QRectF(origin_x + column * module, origin_y + row * module, module, module))
        painter.fillPath(path, QColor(INK))
        beam_y = origin_y + module * count * 0.55
        painter.setPen(QPen(QColor(ACCENT), max(3.0, side * 0.02), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(int(card.left() - side * 0.05), int(beam_y), int(card.right() + side * 0.05), int(beam_y))
        painter.end()
