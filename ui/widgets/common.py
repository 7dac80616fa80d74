"""Small building blocks shared by the screens: plain-text labels, touch-sized buttons, chips, text fields."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from ui.widgets.theme import BODY, BUTTON_MM, GRID, WHITE, touch


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
    """A label that never interprets its text as markup: names like 'Ana <b>' show literally.
    `tone`: "muted" or "error" (colours from the theme)."""

    def __init__(self, text: str = "", points: float = 18, bold: bool = False, parent: QWidget | None = None,
                 tone: str = ""):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFont(font(points, bold))
        self.setText(text)
        if tone:
            self.setProperty("tone", tone)


class Chip(QWidget):
    """A tag, not a button: a dot in its own colour (a role, a topic) ringed in white, and the text beside it in
    the screen's text colour, so it reads on paper and on every outcome colour and has no button's frame."""

    def __init__(self, text: str = "", colour: str = "#5F6B7A", points: float = BODY,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dot = QLabel()
        self.dot.setFixedSize(3 * GRID, 3 * GRID)
        self.label = PlainLabel(text, points=points, bold=True)
        self.label.setWordWrap(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(GRID)
        row.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set_colour(colour)

    def set_colour(self, colour: str) -> None:
        """The dot's colour ("#RRGGBB")."""
        self.dot.setStyleSheet(f"QLabel {{ background: {colour}; border: 3px solid {WHITE};"
                               f" border-radius: {3 * GRID // 2}px; }}")

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)

    def clear(self) -> None:
        self.label.clear()


class TouchButton(QPushButton):
    """A button at least 9 mm high (15 mm by default), for fingers. `role` picks its look in the theme:
    "primary" (the one main action), "secondary" (the default), "quiet" (back, skip) or "key"."""

    def __init__(self, text: str = "", role: str = "", height_mm: float = BUTTON_MM, points: float = BODY,
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


class KioskField(QLineEdit):
    """A text field for guests: no right-click or long-press menu (it would float over the next guest's
    screen, in the system's language), no drag and drop."""

    def __init__(self, points: float = BODY, height_mm: float = BUTTON_MM, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(font(points))
        frame = 2 * (GRID // 2 + 2) + 4  # the theme's padding and border above and below, and the frame's own
        self.setMinimumHeight(max(touch(height_mm), self.fontMetrics().height() + frame))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)


def retain_space(widget: QWidget) -> QWidget:
    """Keep the widget's place in its layout while it is hidden, so nothing below it jumps."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    return widget

