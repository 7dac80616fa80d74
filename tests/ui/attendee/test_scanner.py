"""ScannerWedge: a scanner's burst becomes `scanned`; people typing are left alone."""

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ui.attendee.scanner import ScannerWedge

THRESHOLD_MS = 30


class KeyLog(QObject):
    """Records the key events that reach one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.events: list[tuple[QEvent.Type, str]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self.events.append((event.type(), event.text()))
        return False


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """A shown, active window."""
    top = QWidget()
    qtbot.addWidget(top)
    top.resize(400, 100)
    top.show()
    qtbot.waitExposed(top)
    top.activateWindow()
    return top


@pytest.fixture
def field(qtbot: QtBot, window: QWidget) -> QLineEdit:
    """A focused line edit on the window."""
    line_edit = QLineEdit(window)
    line_edit.show()
    line_edit.setFocus()
    qtbot.waitUntil(line_edit.hasFocus)
    return line_edit


@pytest.fixture
def wedge(qtbot: QtBot) -> Iterator[ScannerWedge]:
    scanner_wedge = ScannerWedge(threshold_ms=THRESHOLD_MS)
    yield scanner_wedge
    scanner_wedge.set_enabled(False)
    scanner_wedge.deleteLater()


@pytest.fixture(params=["window", "widget"])
def target(request: pytest.FixtureRequest, field: QLineEdit) -> QWindow | QWidget:
    """Where key events come in: like a real keyboard (the window), or straight at the widget."""
    return field.window().windowHandle() if request.param == "window" else field


def scan(qtbot: QtBot, target: QWindow | QWidget, text: str, *, enter: bool = True) -> None:
    """Types `text` as a scanner does: Shift around capitals, no pause, Enter at the end."""
    for char in text:
        if char.isupper():
            qtbot.keyPress(target, Qt.Key.Key_Shift)
            qtbot.keyClick(target, char, Qt.KeyboardModifier.ShiftModifier)
            qtbot.keyRelease(target, Qt.Key.Key_Shift)
        else:
            qtbot.keyClick(target, char)
    if enter:
        qtbot.keyClick(target, Qt.Key.Key_Return)


def test_burst_ending_in_enter_is_scanned_and_swallowed(
    qtbot: QtBot, wedge: ScannerWedge, field: QLineEdit, target: QWindow | QWidget
) -> None:
    log = KeyLog(field)
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as blocker:
        scan(qtbot, target, "Ab7-XK2q")
    assert blocker.args == ["Ab7-XK2q"]
    qtbot.wait(2 * THRESHOLD_MS)
    assert field.text() == ""
    assert [text for _, text in log.events if text] == []  # only Shift, which types nothing


def test_scan_works_without_a_focused_field(qtbot: QtBot, wedge: ScannerWedge, window: QWidget) -> None:
    assert QApplication.focusWidget() is None
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as blocker:
        scan(qtbot, window.windowHandle(), "TICKET42")
    assert blocker.args == ["TICKET42"]


def test_human_typing_reaches_the_field(
    qtbot: QtBot, wedge: ScannerWedge, field: QLineEdit, target: QWindow | QWidget
) -> None:
    returns: list[str] = []
    field.returnPressed.connect(lambda: returns.append(field.text()))
    with qtbot.assertNotEmitted(wedge.scanned, wait=100):
        for char in "Zoe 42":
            qtbot.keyClick(target, char)
            qtbot.wait(70)
        qtbot.keyClick(target, Qt.Key.Key_Return)
    assert field.text() == "Zoe 42"
    assert returns == ["Zoe 42"]


def test_burst_without_enter_is_replayed_in_order(
    qtbot: QtBot, wedge: ScannerWedge, field: QLineEdit, target: QWindow | QWidget
) -> None:
    log = KeyLog(field)
    with qtbot.assertNotEmitted(wedge.scanned, wait=100):
        scan(qtbot, target, "abc123", enter=False)
        assert field.text() == ""  # still held
        qtbot.waitUntil(lambda: field.text() == "abc123", timeout=1000)
    press, release = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
    assert log.events == [(kind, char) for char in "abc123" for kind in (press, release)]


def test_short_burst_with_enter_is_typed_then_entered(
    qtbot: QtBot, wedge: ScannerWedge, field: QLineEdit, target: QWindow | QWidget
) -> None:
    returns: list[str] = []
    field.returnPressed.connect(lambda: returns.append(field.text()))
    with qtbot.assertNotEmitted(wedge.scanned, wait=100):
        scan(qtbot, target, "ok7")
    assert returns == ["ok7"]


def test_keys_with_ctrl_pass_straight_through(qtbot: QtBot, wedge: ScannerWedge, field: QLineEdit) -> None:
    field.setText("hello")
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.selectedText() == "hello"  # at once, not after the hold time


def test_ctrl_key_lets_held_keys_through_first(qtbot: QtBot, wedge: ScannerWedge, field: QLineEdit) -> None:
    scan(qtbot, field, "abcd", enter=False)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.selectedText() == "abcd"


def test_keystrokes_queued_behind_a_busy_ui_are_not_a_scan(qtbot: QtBot, wedge: ScannerWedge, field: QLineEdit) -> None:
    """Typed 100 ms apart but delivered together: the events' own timestamps tell."""
    keys = [(Qt.Key.Key_1, "1"), (Qt.Key.Key_2, "2"), (Qt.Key.Key_3, "3"), (Qt.Key.Key_4, "4")]
    with qtbot.assertNotEmitted(wedge.scanned, wait=100):
        for n, (key, text) in enumerate([*keys, (Qt.Key.Key_Return, "\r")]):
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
                event.setTimestamp(10_000 + 100 * n)
                QApplication.sendEvent(field, event)
    assert field.text() == "1234"


def test_disabled_wedge_lets_everything_through(qtbot: QtBot, wedge: ScannerWedge, field: QLineEdit) -> None:
    wedge.set_enabled(False)
    with qtbot.assertNotEmitted(wedge.scanned, wait=100):
        scan(qtbot, field, "TICKET42")
    assert field.text() == "TICKET42"
    wedge.set_enabled(True)
    field.clear()
    with qtbot.waitSignal(wedge.scanned, timeout=1000):
        scan(qtbot, field, "TICKET42")
    assert field.text() == ""


def test_held_keys_for_a_deleted_widget_are_dropped(qtbot: QtBot, wedge: ScannerWedge, field: QLineEdit) -> None:
    scan(qtbot, field, "abcd", enter=False)
    shiboken6.delete(field)
    qtbot.wait(2 * THRESHOLD_MS)  # the replay finds no receiver, and nothing breaks
