"""An in-app touch keyboard (German layout with umlauts) that types into one line edit."""

from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from ui.widgets.common import TouchButton, TranslatedWidget

ROWS = ("1234567890ß", "qwertzuiopü", "asdfghjklöä", "yxcvbnm-.@'")
KEY_MM = 12.0


class TouchKeyboard(TranslatedWidget):
    """Letter keys, shift, space, backspace and clear; large enough for fingers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self._shifted = False
        self._letter_keys: list[TouchButton] = []
        grid = QGridLayout(self)
        grid.setSpacing(6)
        for row, keys in enumerate(ROWS):
            for column, key in enumerate(keys):
                button = TouchButton(key, height_mm=KEY_MM, points=22)
                button.clicked.connect(lambda _=False, b=button: self._type(b.text()))
                grid.addWidget(button, row, column)
                self._letter_keys.append(button)
        self.shift = TouchButton("⇧", height_mm=KEY_MM, points=22)
        self.shift.clicked.connect(self._toggle_shift)
        self.space = TouchButton("", height_mm=KEY_MM, points=20)
        self.space.clicked.connect(lambda: self._type(" "))
        self.backspace = TouchButton("⌫", height_mm=KEY_MM, points=22)
        self.backspace.clicked.connect(self._backspace)
        self.clear = TouchButton("", height_mm=KEY_MM, points=18)
        self.clear.clicked.connect(self._clear)
        grid.addWidget(self.shift, 4, 0, 1, 2)
        grid.addWidget(self.space, 4, 2, 1, 6)
        grid.addWidget(self.backspace, 4, 8, 1, 2)
        grid.addWidget(self.clear, 4, 10)
        self.retranslate()

    def retranslate(self) -> None:
        self.space.setText(self.tr("Space"))
        self.clear.setText(self.tr("Clear"))

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

