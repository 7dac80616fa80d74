"""The staff PIN pad: digits only, masked, with the lock-out time shown after wrong tries."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.event.pin import try_pin, wait_before_next_try
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget, font
from ui.widgets.theme import touch


class PinPad(TranslatedWidget):
    """Emits `unlocked` for the right PIN and `cancelled` for the way back to the kiosk."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.kiosk_event = event
        self.title = PlainLabel(points=30, bold=True)
        self.status = PlainLabel(points=18)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(12)
        self.field.setFont(font(30))
        self.field.setMinimumHeight(touch(16))
        self.field.returnPressed.connect(self.submit)
        grid = QGridLayout()
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._digit(digit), index // 3, index % 3)
        self.back_button = TouchButton(role="quiet", height_mm=18, points=20)
        self.back_button.clicked.connect(self._cancel)
        self.ok_button = TouchButton(role="primary", height_mm=18, points=22)
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.back_button, 3, 0)
        grid.addWidget(self._digit("0"), 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (self.title, self.field, self.status):
            column.addWidget(widget)
        column.addLayout(grid)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._show_lock)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff PIN"))
        self.back_button.setText(self.tr("Back"))
        self.ok_button.setText(self.tr("OK"))


    def _digit(self, digit: str) -> TouchButton:
        button = TouchButton(digit, height_mm=18, points=28)
        button.clicked.connect(lambda: self.field.insert(digit))
        return button

    def start(self) -> None:
        """Show an empty pad (and the lock-out, if one is running)."""
        self.field.clear()
        self.status.clear()
        self._show_lock()
        self.field.setFocus()

    def submit(self) -> None:
        """Check the typed PIN."""
        pin = self.field.text()
        self.field.clear()
        if not pin or self._show_lock():
            return
        if try_pin(self.kiosk_event.store, pin, self.kiosk_event.config.staff_pin_hash, utc_now()):
            self.unlocked.emit()
        elif not self.kiosk_event.config.staff_pin_hash:
            self.status.setText(self.tr("No staff PIN is set for this event (kiosk set-pin)."))
        else:
            self.status.setText(self.tr("Wrong PIN."))
            self._show_lock()

    def _show_lock(self) -> bool:
        wait = wait_before_next_try(self.kiosk_event.store, utc_now()).total_seconds()
        locked = wait > 0
        self.ok_button.setEnabled(not locked)
        if locked:
            self.status.setText(self.tr("Too many wrong tries. Try again in %n seconds.", "", int(wait) + 1))
            self._countdown.start()
        else:
            self._countdown.stop()
        return locked

    def _cancel(self) -> None:
        self._countdown.stop()
        self.field.clear()
        self.cancelled.emit()
