"""An in-app touch keyboard (German layout with umlauts) that types into one line edit."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QWidget

from ui.widgets.common import TouchButton, TranslatedWidget
from ui.widgets.theme import BODY, GRID, KEY_MM, SMALL, mm

ROWS = ("1234567890ß", "qwertzuiopü", "asdfghjklöä", "yxcvbnm-.@'")
COLUMNS = 11
MAX_KEY_MM = 19.0  # wider keys only make the hands travel further
SPACING = GRID


class TouchKeyboard(TranslatedWidget):
    """Letter keys of one width, shift, space, backspace, clear and (with `enter_text`) an Enter key that
    emits `entered`; centred, never wider than fingers need."""

    entered = Signal()

    def __init__(self, parent: QWidget | None = None, with_enter: bool = False) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self._shifted = False
        self._letter_keys: list[TouchButton] = []
        grid = QGridLayout()
        grid.setSpacing(SPACING)
        for row, keys in enumerate(ROWS):
            for column, key in enumerate(keys):
                button = self._key(key, BODY, 1)
                button.clicked.connect(lambda _=False, b=button: self._type(b.text()))
                grid.addWidget(button, row, column)
                self._letter_keys.append(button)
        self.shift = self._key("⇧", BODY, 2)
        self.shift.clicked.connect(self._toggle_shift)
        self.clear = self._key("", SMALL, 2)
        self.clear.clicked.connect(self._clear)
        self.space = self._key("", SMALL, 3 if with_enter else 5)
        self.space.clicked.connect(lambda: self._type(" "))
        self.backspace = self._key("⌫", BODY, 2)
        self.backspace.clicked.connect(self._backspace)
        self.enter = self._key("", SMALL, 2, role="primary")
        self.enter.clicked.connect(self.entered)
        self.enter.setVisible(with_enter)
        bottom = [(self.shift, 2), (self.clear, 2), (self.space, 3 if with_enter else 5), (self.backspace, 2)]
        column = 0
        for key, span in [*bottom, *([(self.enter, 2)] if with_enter else [])]:
            grid.addWidget(key, len(ROWS), column, 1, span)
            column += span
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        centred = QHBoxLayout(self)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addStretch(1)
        centred.addLayout(grid, 100)
        centred.addStretch(1)
        self.retranslate()

    @staticmethod
    def _key(text: str, points: float, span: int, role: str = "key") -> TouchButton:
        key = TouchButton(text, role=role, height_mm=KEY_MM, points=points)
        key.setMinimumWidth(span * mm(9) + (span - 1) * SPACING)
        key.setMaximumWidth(span * mm(MAX_KEY_MM) + (span - 1) * SPACING)
        if role == "primary":
            key.setStyleSheet("padding: 0px; border-radius: 10px;")
        return key

    def retranslate(self) -> None:
        self.space.setText(self.tr("Space"))
        self.clear.setText(self.tr("Clear"))
        self.enter.setText(self.tr("OK"))

    def set_target(self, target: QLineEdit) -> None:
        """Type into this line edit from now on."""
        self._target = target

    def _type(self, text: str) -> None:
        if self._target is not None:
            self._target.insert(text.upper() if self._shifted and text != "ß" else text)
        if self._shifted:
            self._toggle_shift()

    def _backspace(self) -> None:
        if self._target is not None:
            self._target.backspace()

    def _clear(self) -> None:
        if self._target is not None:
            self._target.clear()

    def _toggle_shift(self) -> None:
        self._shifted = not self._shifted
        for button in self._letter_keys:
            text = button.text()
            button.setText(text.upper() if self._shifted and text != "ß" else text.lower())
        self.shift.setDown(self._shifted)

