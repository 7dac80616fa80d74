"""The staff PIN pad: digits only, masked, with clear and backspace keys; during a lock-out after wrong tries the
keys rest, nothing typed is kept, and the remaining seconds count down live."""

import math
from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.event.pin import try_pin, wait_before_next_try
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget, font
from ui.widgets.theme import BODY, GAP, KEY_MM, SECTION, TITLE, touch

COUNTDOWN_MS = 250  # the countdown shows whole seconds; a quarter-second tick never lags behind the clock
PAD_KEY_MM = 16.0


class PinPad(TranslatedWidget):
    """Emits `unlocked` for the right PIN and `cancelled` for the way back to the kiosk."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.kiosk_event = event
        self.title = PlainLabel(points=TITLE, bold=True)
        self.status = PlainLabel(points=BODY)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(12)
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*"), self.field))
        self.field.setFont(font(TITLE))
        self.field.setMinimumHeight(touch(PAD_KEY_MM))
        self.field.returnPressed.connect(self.submit)
        self.digits = [self._key(digit, lambda _=False, d=digit: self.field.insert(d)) for digit in "1234567890"]
        self.clear_button = self._key("", self.field.clear, points=BODY)  # a word, not a digit
        self.backspace_button = self._key("⌫", self.field.backspace)
        self.back_button = TouchButton(role="quiet", height_mm=KEY_MM)
        self.back_button.clicked.connect(self._cancel)
        self.ok_button = TouchButton(role="primary", height_mm=PAD_KEY_MM)
        self.ok_button.clicked.connect(self.submit)
        grid = QGridLayout()
        grid.setSpacing(GAP)
        for index, button in enumerate(self.digits[:9]):
            grid.addWidget(button, index // 3, index % 3)
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self.digits[9], 3, 1)
        grid.addWidget(self.backspace_button, 3, 2)
        grid.addWidget(self.back_button, 4, 0)
        grid.addWidget(self.ok_button, 4, 1, 1, 2)
        column = QVBoxLayout()
        column.setSpacing(GAP)
        column.addStretch(1)
        for widget in (self.title, self.field, self.status):
            column.addWidget(widget)
        column.addSpacing(SECTION - GAP)
        column.addLayout(grid)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self._countdown = QTimer(self)
        self._countdown.setInterval(COUNTDOWN_MS)
        self._countdown.timeout.connect(self._show_lock)
        self._message = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff PIN"))
        self.back_button.setText(self.tr("Back"))
        self.ok_button.setText(self.tr("OK"))
        self.clear_button.setText(self.tr("Clear"))
        self.backspace_button.setAccessibleName(self.tr("Delete the last digit"))
        if self.isVisible():
            self._show_lock()

    def _key(self, text: str, action: Callable[[], None], points: float = TITLE) -> TouchButton:
        button = TouchButton(text, role="key", height_mm=PAD_KEY_MM, points=points)
        button.clicked.connect(action)
        return button

    def start(self) -> None:
        """Show an empty pad (and the lock-out, if one is running)."""
        self.field.clear()
        self._message = ""
        self._show_lock()
        self.field.setFocus()

    def submit(self) -> None:
        """Check the typed PIN."""
        pin = self.field.text()
        self.field.clear()
        if not pin or self._show_lock():
            return
        if try_pin(self.kiosk_event.store, pin, self.kiosk_event.config.staff_pin_hash, utc_now()):
            self._message = ""
            self.unlocked.emit()
        elif not self.kiosk_event.config.staff_pin_hash:
            self._message = "no-pin"
        else:
            self._message = "wrong"
        self._show_lock()

    def hideEvent(self, event) -> None:
        self._countdown.stop()  # the lock-out lives in the database; the pad reads it again when shown
        super().hideEvent(event)

    def _show_lock(self) -> bool:
        """Rest the keys while a lock-out runs and count its seconds down; whether the pad is locked."""
        wait = wait_before_next_try(self.kiosk_event.store, utc_now()).total_seconds()
        locked = wait > 0
        if locked:
            self.field.clear()
        self.field.setReadOnly(locked)
        for button in (*self.digits, self.clear_button, self.backspace_button, self.ok_button):
            button.setEnabled(not locked)
        if locked:
            self._message = ""  # the countdown says it all, and nothing stale shows once it ends
            seconds = math.ceil(wait)
            self.status.setText(self.tr("Too many wrong tries. Try again in %n seconds.", "", seconds))
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
            texts = {"wrong": self.tr("Wrong PIN."),
                     "no-pin": self.tr("No staff PIN is set for this event (kiosk set-pin).")}
            self.status.setText(texts.get(self._message, ""))
        return locked

    def _cancel(self) -> None:
        self._countdown.stop()
        self.field.clear()
        self.cancelled.emit()
