"""A drawn pictogram for the welcome screen: a ticket with a QR code, so guests know what to do."""

import qrcode
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.widgets.theme import ACCENT, INK, LINE, WHITE


class TicketPictogram(QWidget):
    """A card with a (decorative) QR code in its middle and a scanner beam across it, inside the card."""

    def __init__(self) -> None:
        super().__init__()
        code = qrcode.QRCode(border=0)
        code.add_data("event-kiosk")
        code.make(fit=True)
        self._modules = code.get_matrix()
        self._cache: QPixmap | None = None
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) * 0.9
        card = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.setPen(QPen(QColor(LINE), 3))
        painter.setBrush(QColor(WHITE))
        painter.drawRoundedRect(card, side * 0.06, side * 0.06)
        count = len(self._modules)
        module = side * 0.7 / count
        origin = QPointF(card.center().x() - module * count / 2, card.center().y() - module * count / 2)
        path = QPainterPath()
        for row, line in enumerate(self._modules):
            for column, dark in enumerate(line):
                if dark:
                    path.addRect(QRectF(origin.x() + column * module, origin.y() + row * module, module, module))
        painter.fillPath(path, QColor(INK))
        beam_y = card.center().y()
        inset = side * 0.07  # the beam stays inside the card
        painter.setPen(QPen(QColor(ACCENT), max(3.0, side * 0.02), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(card.left() + inset, beam_y), QPointF(card.right() - inset, beam_y))
        painter.end()
