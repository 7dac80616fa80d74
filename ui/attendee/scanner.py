"""Keyboard-wedge barcode scanners: tell a scanner's keystroke burst from a person typing."""

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
# Pressed on their own, these type nothing: a scanner sends Shift around each capital letter.
_MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta, Qt.Key.Key_CapsLock}
)
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def _is_shortcut(event: QKeyEvent) -> bool:
    return bool(event.modifiers() & _SHORTCUT_MODIFIERS)


def _types_text(event: QKeyEvent) -> bool:
    """Whether the key press types one printable character (not a shortcut, not auto-repeat)."""
    text = event.text()
    return bool(text) and text.isprintable() and not event.isAutoRepeat() and not _is_shortcut(event)


class _ReplayedKeyEvent(QKeyEvent):
    """A copy of a held key event, sent on to its receiver later; the wedge lets these pass."""

    def __init__(self, event: QKeyEvent) -> None:
        super().__init__(
            event.type(),
            event.key(),
            event.modifiers(),
            event.nativeScanCode(),
            event.nativeVirtualKey(),
            event.nativeModifiers(),
            event.text(),
            event.isAutoRepeat(),
            event.count(),
            event.device(),
        )
        self.setTimestamp(event.timestamp())


class ScannerWedge(QObject):
    """Turns a USB barcode scanner's keystrokes into `scanned(text)`, on any screen.

    Installs itself as an event filter on the application. Printable key presses are held
    for up to `threshold_ms`; a burst of at least `min_length` characters, each within
    `threshold_ms` of the previous one and ended by Enter, is emitted as `scanned` and never
    reaches a widget. Anything else (a person typing, a burst without Enter) is replayed in
    order to the object it was meant for, so typing is delayed by about `threshold_ms`.
    Keys with Ctrl, Alt or Meta, and other non-printable keys, pass at once (after any held
    keys). The text is emitted as typed: making sense of it is the core's business.
    """

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, *, threshold_ms: int = 30, min_length: int = 4) -> None:
        super().__init__(parent)
        self._threshold_ms = threshold_ms
        self._min_length = min_length
        self._enabled = True
        self._held: list[tuple[QObject, _ReplayedKeyEvent]] = []
        self._held_down: set[int] = set()  # keys with a held press whose release has not come yet
        self._swallowed_down: set[int] = set()  # keys swallowed by a scan whose release is still to come
        self._last_timestamp = 0
        self._flush_timer = QTimer(self, singleShot=True, interval=threshold_ms)
        self._flush_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._flush_timer.timeout.connect(self._replay)
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("ScannerWedge needs a QApplication")
        app.installEventFilter(self)

    def set_enabled(self, enabled: bool) -> None:
        """Turn scanning on or off; while off, every key goes straight to its widget."""
        if not enabled:
            self._replay()
            self._swallowed_down.clear()
        self._enabled = enabled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Holds, replays or swallows key events; lets every other event through."""
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not self._enabled or isinstance(event, _ReplayedKeyEvent):
            return False
        if kind == QEvent.Type.KeyPress:
            return self._on_press(watched, event)
        return self._on_release(watched, event)

    def _on_press(self, watched: QObject, event: QKeyEvent) -> bool:
        if event.key() in _MODIFIER_KEYS:
            return False
        if self._held and self._gap_ms(event) >= self._threshold_ms:
            self._replay()  # typed slowly, but queued up while the UI thread was busy
        if _types_text(event):
            self._hold(watched, event)
            return True
        if event.key() in _ENTER_KEYS and not _is_shortcut(event) and self._is_scan():
            self._finish_scan(event.key())
            return True
        self._replay()
        return False

    def _on_release(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in self._swallowed_down:
            self._swallowed_down.discard(key)
            return True
        if key in self._held_down:
            self._held_down.discard(key)
            self._held.append((watched, _ReplayedKeyEvent(event)))
            return True
        return False

    def _gap_ms(self, event: QKeyEvent) -> int:
        """Time since the last held press by the events' own clock; 0 where it is unknown."""
        stamp = event.timestamp()
        return stamp - self._last_timestamp if stamp and self._last_timestamp else 0

    def _hold(self, watched: QObject, event: QKeyEvent) -> None:
        self._held.append((watched, _ReplayedKeyEvent(event)))
        self._held_down.add(event.key())
        self._last_timestamp = event.timestamp()
        self._flush_timer.start()

    def _held_text(self) -> str:
        return "".join(event.text() for _, event in self._held if event.type() == QEvent.Type.KeyPress)

    def _is_scan(self) -> bool:
        return len(self._held_text()) >= self._min_length

    def _finish_scan(self, enter_key: int) -> None:
        text = self._held_text()
        self._flush_timer.stop()
        self._swallowed_down |= self._held_down | {enter_key}
        self._held.clear()
        self._held_down.clear()
        self.scanned.emit(text)

    def _replay(self) -> None:
        """Sends the held key events on to their receivers, in the order they came."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        self._held_down.clear()
        for receiver, event in held:
            if shiboken6.isValid(receiver):
                QCoreApplication.sendEvent(receiver, event)
