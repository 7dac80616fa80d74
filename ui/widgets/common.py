"""Small building blocks shared by the screens: plain-text labels and touch-sized buttons."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from ui.widgets.theme import touch


def font(points: float, bold: bool = False) -> QFont:
    """The UI font at a size in points."""
    result = QFont()
    result.setPointSizeF(points)
    result.setBold(bold)
    return result


class TranslatedWidget(QWidget):
    """A widget whose texts come from `retranslate()`, called again whenever the language changes."""

    def retranslate(self) -> None:
        """Set every user-visible text (through self.tr)."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlainLabel(QLabel):
    """A label that never interprets its text as markup: names like 'Ana <b>' show literally."""

    def __init__(self, text: str = "", points: float = 18, bold: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFont(font(points, bold))
        self.setText(text)


class TouchButton(QPushButton):
    """A button at least 9 mm high (14 mm by default), for fingers."""

    def __init__(self, text: str = "", role: str = "", height_mm: float = 14.0, points: float = 18,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(text)
        self.setMinimumHeight(touch(height_mm))
        self.setMinimumWidth(touch(height_mm))
        self.setFont(font(points, bold=role == "primary"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if role:
            self.setProperty("role", role)

    def setText(self, text: str) -> None:  # a name like "Smart Solutions & Co." must not become a shortcut
        super().setText(text.replace("&", "&&"))

    @property
    def label(self) -> str:
        """The text as given (without the escaping of '&')."""
        return self.text().replace("&&", "&")
