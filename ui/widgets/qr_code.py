"""A QR code on screen: the image of a text (the phones' join address) in crisp black and white modules, and a
widget that shows it as large as its room allows."""

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.badges.qr import qr_matrix

QUIET_MODULES = 4  # the white border a camera needs around the symbol
MODULE_PIXELS = 8


def qr_image(text: str, module_pixels: int = MODULE_PIXELS) -> QImage:
    """The QR code of `text` with its quiet zone, `module_pixels` pixels a module (scaled without smoothing it
    stays crisp)."""
    matrix = qr_matrix(text)
    size = (len(matrix) + 2 * QUIET_MODULES) * module_pixels
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    black = QColor("#000000")
    for row, modules in enumerate(matrix):
        for column, dark in enumerate(modules):
            if dark:
                painter.fillRect((column + QUIET_MODULES) * module_pixels, (row + QUIET_MODULES) * module_pixels,
                                 module_pixels, module_pixels, black)
    painter.end()
    return image


def draw_qr(painter: QPainter, square: QRect, image: QImage) -> None:
    """Draw a QR image into a square, module edges sharp (no smoothing)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.drawImage(square, image)
    painter.restore()


class QrCode(QWidget):
    """A QR code as large as the widget's shorter side allows (at least `minimum` pixels), centred."""

    def __init__(self, minimum: int = 160, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.minimum = minimum
        self.setMinimumSize(minimum, minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        self.image = qr_image(text) if text else QImage()
        self.setAccessibleName(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.minimum * 2, self.minimum * 2)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.image.isNull():
            return
        side = min(self.width(), self.height())
        painter = QPainter(self)
        draw_qr(painter, QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side), self.image)
        painter.end()
