"""The window on an attendee kiosk: it keeps the whole screen, locks to the guests' welcome, answers every
scan, and ends only after a question."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kiosk.checkin import reports
from kiosk.event.folder import Event
from tests.ui.attendee.test_kiosk_window import PIN, scan, shown_window
from ui.main_window import MainWindow
from ui.widgets.confirm import ConfirmDialog

SOPHIE = "AAAA1111BBBB2222CCCC"
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints",
                                       "does not support grabbing")  # the offscreen platform


@pytest.fixture
def desk_pc(qtbot, kiosk_event: Event) -> Iterator[MainWindow]:
    """The window of `kiosk run --mode staff`: a desk PC, not a kiosk."""
    yield from shown_window(qtbot, kiosk_event, staff=True, printing=False, kiosk_mode=False)


def unlock_staff_desk(qtbot, window: MainWindow) -> None:
    for _ in range(5):
        qtbot.mouseClick(window.kiosk.corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.stack.currentWidget() is window.pin_pad
    window.pin_pad.field.setText(PIN)
    window.pin_pad.submit()
    assert window.stack.currentWidget() is window.staff


def quit_question() -> ConfirmDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConfirmDialog) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def guest_sees_welcome_for_sophie(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    qtbot.waitUntil(lambda: kiosk.outcome.headline.text() == "Willkommen, Sophie!")
    assert window.stack.currentWidget() is kiosk and kiosk.stack.currentWidget() is kiosk.outcome
    assert reports.counts(window.kiosk_event).checked_in == 1


def test_the_kiosk_covers_the_whole_screen_and_comes_back_after_a_minimise(qtbot, window: MainWindow) -> None:
    window.hold_screen()
    screen = window.screen().geometry()
    qtbot.waitUntil(lambda: window.isFullScreen() and window.geometry() == screen)
    minimum = window.minimumSizeHint()  # no screen of the window stretches it beyond the screen
    assert minimum.width() <= screen.width() and minimum.height() <= screen.height()
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    window.showMinimized()
    assert window.isMinimized()
    qtbot.waitUntil(lambda: not window.isMinimized() and window.isFullScreen(), timeout=2000)
    window.showNormal()
    window.resize(640, 480)
    qtbot.waitUntil(lambda: window.isFullScreen() and window.geometry() == screen, timeout=2000)


def test_a_window_that_does_not_hold_the_screen_may_be_minimised(qtbot, window: MainWindow) -> None:
    window.showMinimized()
    qtbot.wait(400)
    assert window.isMinimized()


def test_quit_asks_first_and_no_keeps_the_kiosk_running(qtbot, window: MainWindow) -> None:
    window.hold_screen()
    unlock_staff_desk(qtbot, window)
    window.staff.quit_button.click()
    question = quit_question()
    assert question.question.text() == "Kiosk beenden?"
    assert question.yes_button.label == "Beenden" and question.no_button.label == "Abbrechen"
    qtbot.mouseClick(question.no_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # the answered question is deleted
    assert window.isVisible() and window.stack.currentWidget() is window.staff
    window.staff.quit_button.click()
    qtbot.mouseClick(quit_question().yes_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_locking_closes_the_quit_question(qtbot, window: MainWindow) -> None:
    unlock_staff_desk(qtbot, window)
    window.staff.quit_button.click()
    assert quit_question().isVisible()
    window.staff_lock.setInterval(50)
    window.staff_lock.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.kiosk)
    assert not any(isinstance(w, ConfirmDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert window.isVisible()


def test_lock_goes_straight_to_the_guests_welcome(qtbot, window: MainWindow) -> None:
    unlock_staff_desk(qtbot, window)
    window.staff.lock_button.click()
    assert window.stack.currentWidget() is window.kiosk
    assert window.kiosk.stack.currentWidget() is window.kiosk.welcome
    assert not window.staff_lock.isActive()


def test_a_scan_on_the_pin_pad_is_answered_as_a_guests(qtbot, window: MainWindow) -> None:
    for _ in range(5):
        qtbot.mouseClick(window.kiosk.corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.stack.currentWidget() is window.pin_pad
    window.pin_pad.field.setFocus()
    scan(qtbot, window.pin_pad.field, SOPHIE)
    guest_sees_welcome_for_sophie(qtbot, window)
    assert window.pin_pad.field.text() == "" and not window.staff_lock.isActive()


def test_a_scan_on_the_staff_desk_of_a_kiosk_is_answered_as_a_guests(qtbot, window: MainWindow) -> None:
    unlock_staff_desk(qtbot, window)
    window.staff.attendees.query.setFocus()
    scan(qtbot, window.staff.attendees.query, SOPHIE)
    guest_sees_welcome_for_sophie(qtbot, window)
    assert window.staff.attendees.query.text() == ""


def test_a_scan_at_the_desk_pc_checks_in_on_the_staff_desk(qtbot, desk_pc: MainWindow) -> None:
    scan(qtbot, desk_pc, SOPHIE)
    qtbot.waitUntil(lambda: "eingecheckt" in desk_pc.staff.status.text())
    assert desk_pc.stack.currentWidget() is desk_pc.staff
    assert reports.counts(desk_pc.kiosk_event).checked_in == 1
    assert not desk_pc.staff_lock.isActive()
