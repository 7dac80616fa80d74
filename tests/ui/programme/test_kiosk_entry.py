"""The way into the programme on the attendee kiosk: a button on the welcome screen and after a welcome; the
guest's answer leaves the screen on the way in, and idle time brings the welcome screen back."""

from PySide6.QtCore import Qt

from kiosk.programme.frab import parse_frab
from kiosk.programme.importing import import_programme
from tests.conftest import SAMPLES
from tests.ui.attendee.test_kiosk_window import scan
from tests.ui.programme.conftest import BERLIN
from ui.main_window import MainWindow


def with_programme(qtbot, window: MainWindow) -> None:
    data = (SAMPLES / "programme" / "programme-frab.xml").read_bytes()
    import_programme(window.kiosk_event.store, parse_frab(data, "p.xml", BERLIN), "p.xml")
    window.programme.check_revision()
    qtbot.waitUntil(lambda: len(window.programme.view.entries) == 16)


def test_no_programme_no_button(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.programme.view.revision == (0, 0))
    assert not window.kiosk.programme_button.isVisible()


def test_the_welcome_screen_opens_the_programme_and_idle_returns(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    with_programme(qtbot, window)
    assert kiosk.programme_button.isVisible() and kiosk.programme_button.text() == "Programm"
    qtbot.mouseClick(kiosk.programme_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.programme
    assert kiosk.programme.pages.currentWidget() is kiosk.programme.now_next
    assert not kiosk.programme_button.isVisible()
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.welcome, timeout=4000)  # idle_seconds = 2


def test_after_a_welcome_the_programme_takes_the_guest_off_the_screen(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    with_programme(qtbot, window)
    scan(qtbot, window, "AAAA1111BBBB2222CCCC")
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.outcome)
    assert kiosk.programme_button.isVisible()
    qtbot.mouseClick(kiosk.programme_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.programme
    assert kiosk.outcome.name.text() == "" and kiosk._guest is None
    qtbot.mouseClick(kiosk.programme.back_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.welcome


def test_a_problem_answer_offers_no_programme(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    with_programme(qtbot, window)
    scan(qtbot, window, "UNKNOWN00000000")
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.outcome)
    assert not kiosk.programme_button.isVisible()


def test_staff_desk_has_the_programme_tab(qtbot, window: MainWindow) -> None:
    staff = window.staff
    assert staff.programme is not None and staff.tabs.indexOf(staff.programme) >= 0
    assert staff.tabs.tabText(staff.tabs.indexOf(staff.programme)) == "Programm"
    assert staff.barcamp is None  # no [programme.barcamp] in this event
