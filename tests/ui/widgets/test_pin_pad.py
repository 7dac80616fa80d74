"""The staff PIN pad as staff (and guests) tap it: clear keys, a live lock-out countdown, nothing kept."""

from datetime import timedelta

from PySide6.QtCore import Qt

from kiosk.common.timeutil import utc_now
from kiosk.event.pin import try_pin, wait_before_next_try
from tests.ui.attendee.test_kiosk_window import PIN
from ui.main_window import MainWindow
from ui.widgets.pin_pad import PinPad


def tap(qtbot, pad: PinPad, keys: str) -> None:
    for key in keys:
        qtbot.mouseClick(pad.digits["1234567890".index(key)], Qt.MouseButton.LeftButton)


def fail_earlier(window: MainWindow, seconds_ago: float, tries: int = 3) -> None:
    """Wrong tries (as a guest at the pad makes them, each as soon as the pad lets them), the last one
    `seconds_ago`, so the lock-out it caused is partly over."""
    store, stored = window.kiosk_event.store, window.kiosk_event.config.staff_pin_hash
    at = utc_now() - timedelta(hours=1)
    for _ in range(tries - 1):
        at += wait_before_next_try(store, at)
        assert not try_pin(store, "0000", stored, at)
    assert not try_pin(store, "0000", stored, utc_now() - timedelta(seconds=seconds_ago))


def test_clear_and_backspace_keys_correct_a_typo(qtbot, window: MainWindow) -> None:
    window.ask_for_pin()
    pad = window.pin_pad
    tap(qtbot, pad, "4712")
    qtbot.mouseClick(pad.backspace_button, Qt.MouseButton.LeftButton)
    assert pad.field.text() == "471"
    qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.field.text() == ""
    assert pad.clear_button.text() == "Löschen"
    tap(qtbot, pad, PIN)
    qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.staff


def test_the_field_takes_digits_only(qtbot, window: MainWindow) -> None:
    window.ask_for_pin()
    window.pin_pad.field.setFocus()
    qtbot.keyClicks(window.pin_pad.field, "12ab3", delay=150)  # typed, not a scanner's burst
    assert window.pin_pad.field.text() == "123"


def test_a_lock_out_rests_the_keys_keeps_nothing_and_counts_down_live(qtbot, window: MainWindow) -> None:
    pad = window.pin_pad
    window.kiosk_mode = False  # a kiosk sends the pad back to the guests after the test event's 2 idle seconds
    window.ask_for_pin()
    tap(qtbot, pad, "99")
    fail_earlier(window, seconds_ago=2.2)  # a 5 s lock-out with about 2.8 s left
    qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    assert pad.field.text() == "" and pad.field.isReadOnly()
    assert not any(key.isEnabled() for key in (*pad.digits, pad.clear_button, pad.ok_button))
    qtbot.keyClick(pad.field, Qt.Key.Key_4)
    assert pad.field.text() == "", "digits typed during a lock-out are not kept"
    assert pad.status.text() == "Zu viele Fehlversuche. Nächster Versuch in 3 Sekunden."
    qtbot.waitUntil(lambda: "in 2 Sekunden" in pad.status.text(), timeout=1500)
    qtbot.waitUntil(lambda: "in 1 Sekunde." in pad.status.text(), timeout=1500)
    qtbot.waitUntil(lambda: pad.ok_button.isEnabled(), timeout=1500)
    assert pad.status.text() == "" and not pad.field.isReadOnly()
    tap(qtbot, pad, PIN)
    qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.staff


def test_a_guest_trying_over_and_over_locks_the_pad_for_half_a_minute_at_most(qtbot, window: MainWindow) -> None:
    fail_earlier(window, seconds_ago=0, tries=30)
    window.ask_for_pin()
    assert window.pin_pad.status.text() == "Zu viele Fehlversuche. Nächster Versuch in 30 Sekunden."
