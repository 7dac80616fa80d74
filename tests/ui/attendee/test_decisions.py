"""The kiosk decides on a worker thread: scans in a burst are answered in order and none is lost, a guest's
repeat is still ignored, the UI thread goes on while another process holds the database's write lock ("One
moment…" meanwhile), and a database that cannot decide sends the guest to the help desk."""

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject

from kiosk.checkin.desk import CheckinResult
from kiosk.event.folder import Event
from tests.ui.attendee.test_kiosk_window import decided, forget_recent_scans, scan
from ui.main_window import MainWindow
from ui.workers import SerialWorker

SOPHIE, JUERGEN, ANNA = "AAAA1111BBBB2222CCCC", "YZYZ3333DDDD4444EEEE", "FFFF5555GGGG6666HHHH"


@pytest.fixture
def shown(window: MainWindow) -> Iterator[list[CheckinResult]]:
    """Every answer the kiosk shows, in order."""
    kiosk, answers = window.kiosk, []
    show = kiosk.show_outcome

    def recorded(result: CheckinResult) -> None:
        answers.append(result)
        show(result)

    kiosk.show_outcome = recorded  # type: ignore[method-assign]
    yield answers


def checked_in(event: Event) -> list[str]:
    """Codes checked in, in the order of their check-ins."""
    return [row["code"] for row in event.store.rows(
        "SELECT a.code FROM checkins c JOIN attendees a ON a.id = c.attendee_id ORDER BY c.at, c.rowid")]


def burst(qtbot, window: MainWindow, code: str) -> None:
    """A scanner burst that does not wait for its answer."""
    qtbot.keyClicks(window, code)
    qtbot.keyClick(window, "\r")


def test_a_queue_of_scans_is_answered_in_order_and_none_is_lost(qtbot, window: MainWindow,
                                                              shown: list[CheckinResult]) -> None:
    for code in (SOPHIE, JUERGEN, ANNA):
        burst(qtbot, window, code)
    assert window.kiosk.deciding
    decided(qtbot, window.kiosk)
    assert [result.attendee.first_name for result in shown] == ["Sophie", "Jürgen", "Anna"]
    assert checked_in(window.kiosk_event) == [SOPHIE, JUERGEN, ANNA]
    assert window.kiosk.outcome.headline.text() == "Willkommen, Anna!"


def test_a_doubled_burst_is_one_welcome_and_a_later_scan_says_checked_in(qtbot, window: MainWindow,
                                                                         shown: list[CheckinResult]) -> None:
    kiosk = window.kiosk
    burst(qtbot, window, SOPHIE)
    burst(qtbot, window, SOPHIE)  # the scanner fired twice before the first answer was back
    decided(qtbot, kiosk)
    assert [result.outcome.value for result in shown] == ["welcome"]
    assert checked_in(window.kiosk_event) == [SOPHIE]
    forget_recent_scans(qtbot, kiosk)
    scan(qtbot, window, SOPHIE)  # still holding it up while the welcome shows: ignored
    assert len(shown) == 1
    kiosk.reset()
    forget_recent_scans(qtbot, kiosk)
    scan(qtbot, window, SOPHIE)
    assert [result.outcome.value for result in shown] == ["welcome", "already_checked_in"]
    assert kiosk.outcome.headline.text() == "Sie sind eingecheckt"  # the same guest a moment later: good news


def test_the_ui_goes_on_while_another_process_holds_the_write_lock(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    other = sqlite3.connect(str(window.kiosk_event.store.path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # as an import does, chunk by chunk
    try:
        burst(qtbot, window, SOPHIE)
        qtbot.waitUntil(kiosk.one_moment.isVisible)  # the UI thread's own timer showed it: the UI is not blocked
        assert kiosk.one_moment.label.text() == "Einen Moment…"
        assert kiosk.stack.currentWidget() is kiosk.welcome and kiosk.deciding
        kiosk.language_button.click()  # it still follows the language
        qtbot.waitUntil(lambda: kiosk.one_moment.label.text() == "One moment…")
    finally:
        other.execute("COMMIT")
        other.close()
    decided(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is kiosk.outcome and kiosk.outcome.headline.text() == "Welcome, Sophie!"
    assert not kiosk.one_moment.isVisible()


def test_a_database_that_cannot_decide_sends_the_guest_to_the_help_desk(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    window.kiosk_event.store.conn.execute("ALTER TABLE events RENAME TO damaged")  # no event row can be written
    scan(qtbot, window, SOPHIE)
    assert kiosk.stack.currentWidget() is kiosk.outcome
    assert kiosk.outcome.headline.text() == "Das klären wir am Info-Counter"
    assert kiosk.outcome.name.text() == ""


def test_a_serial_worker_answers_in_order_and_closes_its_resource_when_its_owner_goes(qtbot) -> None:
    owner = QObject()
    opened, answers, closed = [], [], []

    def make() -> list[int]:
        opened.append(True)
        return []

    worker = SerialWorker(make, lambda resource: closed.append(list(resource)), owner)
    for number in range(5):
        worker.submit(lambda resource, n=number: resource.append(n) or n, answers.append, answers.append)
    worker.submit(lambda resource: 1 / 0, answers.append, lambda error: answers.append(type(error).__name__))
    qtbot.waitUntil(lambda: len(answers) == 6)
    assert answers == [0, 1, 2, 3, 4, "ZeroDivisionError"] and opened == [True]
    owner.deleteLater()
    qtbot.waitUntil(lambda: closed == [[0, 1, 2, 3, 4]])
