"""The staff desk of a venue machine shows the sync state (connected or offline since when, events waiting, the
last pull) and the guests welcomed twice with both times and places, from a real venue server; it fits every
screen size in both languages. The attendee kiosk never shows any of it."""

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager as ContextManager
from pathlib import Path

import psutil
import pytest
from PySide6.QtWidgets import QApplication

from kiosk.checkin.desk import CheckinDesk, Outcome
from kiosk.event.folder import Event
from kiosk.venue.connection import VenueError
from kiosk.venue.server import init_server
from kiosk.venue.status import venue_status
from kiosk.venue.sync import sync_once
from tests.kiosk.venue.machines import CODES, machines
from tests.ui.test_layout import SIZES, screen_problems
from ui.i18n import Languages
from ui.main_window import MainWindow
from ui.screen_tour import event_window
from ui.staff.desk import StaffDesk
from ui.staff.venue_status import VenueLine, VenuePage

UNREACHABLE = "postgresql://kiosk@127.0.0.1:1/event"


@pytest.fixture
def venue_machines(tmp_path: Path, pg_url: str) -> Iterator[list[Event]]:
    """Two entrance kiosks of a venue; Sophie welcomed at both while they could not see each other (eingang-2
    reached the server first), then both synced."""
    init_server(pg_url)
    with machines(tmp_path, pg_url, "eingang-1", "eingang-2") as (first, second):
        assert CheckinDesk(first).scan(CODES[0]).outcome is Outcome.WELCOME
        assert CheckinDesk(second).scan(CODES[0]).outcome is Outcome.WELCOME
        for event in (second, first, second):
            sync_once(event)
        yield [first, second]


@pytest.fixture
def english(qapp: QApplication) -> Iterator[Languages]:
    languages = Languages(qapp, "en")
    yield languages
    languages.uninstall()


def desk_for(event: Event, qtbot, size: tuple[int, int] = (1280, 800)) -> StaffDesk:
    desk = StaffDesk(event, CheckinDesk(event))
    qtbot.addWidget(desk)
    desk.resize(*size)
    desk.show()
    qtbot.waitExposed(desk)
    return desk


def test_the_desk_shows_both_welcomes_of_a_guest_welcomed_twice(qtbot, venue_machines: list[Event],
                                                                english: Languages) -> None:
    desk = desk_for(venue_machines[0], qtbot)
    assert desk.venue is not None and desk.venue_line is not None
    line = desk.venue_line.text()
    assert "connected" in line and "0 events waiting to go out" in line and "1 guest welcomed twice" in line
    desk.tabs.setCurrentWidget(desk.venue)
    rows = [[desk.venue.model.item(row, column).text() for column in range(4)]
            for row in range(desk.venue.model.rowCount())]
    assert len(rows) == 1 and rows[0][:2] == ["Sophie Müller-Lüdenscheidt", CODES[0]]
    assert re.fullmatch(r"\d\d:\d\d:\d\d eingang-2", rows[0][2])  # the server heard from eingang-2 first
    assert re.fullmatch(r"\d\d:\d\d:\d\d eingang-1", rows[0][3])


def test_an_unreachable_server_turns_the_line_red_with_since_when(qtbot, venue_machines: list[Event],
                                                                   english: Languages) -> None:
    event = venue_machines[0]
    CheckinDesk(event).scan(CODES[1])  # waits to go out
    with pytest.raises(VenueError):
        sync_once(event, UNREACHABLE)
    desk = desk_for(event, qtbot)
    assert desk.venue_line is not None and desk.venue is not None
    line = desk.venue_line.text()
    assert "offline since" in line and "waiting to go out" in line and " 0 events" not in line
    assert desk.venue_line.property("tone") == "error"
    desk.tabs.setCurrentWidget(desk.venue)
    assert desk.venue.problem.text() == "The venue server cannot be reached (network or server down)."
    assert desk.venue.problem.isVisible() and "127.0.0.1:1" in desk.venue.detail.text()


def test_a_desk_without_venue_has_no_sync_state(qtbot, event: Event) -> None:
    desk = desk_for(event, qtbot)
    assert desk.venue is None and desk.venue_line is None
    assert not desk.findChildren(VenuePage) and not desk.findChildren(VenueLine)


def venue_window(folder: Path, language: str, size: tuple[int, int] = (1280, 800)) -> ContextManager[MainWindow]:
    """The window of a venue machine (its own connection to the event), on the staff desk; closed after (its
    sync process stopped)."""
    return event_window(folder, "eingang-1", language, size)


def test_the_window_runs_the_sync_process_and_only_staff_see_its_state(qtbot, venue_machines: list[Event]) -> None:
    first, second = venue_machines
    with venue_window(first.folder, "en") as window:
        assert window.sync is not None
        qtbot.waitUntil(lambda: window.sync.running, timeout=10_000)
        assert not window.kiosk.findChildren(VenueLine) and not window.kiosk.findChildren(VenuePage)
        assert window.desk.scan(CODES[1]).outcome is Outcome.WELCOME  # the sync process sends it
        qtbot.waitUntil(lambda: venue_status(window.kiosk_event.store)["outbox"] == 0, timeout=10_000)
        sync_once(second)
        assert CheckinDesk(second).scan(CODES[1]).outcome is Outcome.ALREADY_CHECKED_IN
        window.show_staff()
        window.languages.set("en")  # the kiosk went back to its first language
        line = window.staff.venue_line
        assert line is not None
        qtbot.waitUntil(lambda: "Venue server connected · 0 events waiting" in line.text(), timeout=10_000)
        pid = window.sync._process.processId()
    assert not psutil.pid_exists(pid)  # the sync process ended with the window


def offline(folder: Path) -> None:
    """The machine's event.toml names a server nobody answers at."""
    config = folder / "event.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r'db = "[^"]*"', f'db = "{UNREACHABLE}"', text), encoding="utf-8")


@pytest.mark.parametrize("language", ("de", "en"))
def test_the_venue_page_fits_every_screen(qtbot, styled_app: QApplication, venue_machines: list[Event],
                                          tmp_path: Path, language: str) -> None:
    """The staff desk with the venue line and page (a guest welcomed twice), connected and then offline, at
    every size: no text cut, nothing outside the window (pictures in tmp_path, for a look)."""
    folder = venue_machines[0].folder
    found: dict[str, list[str]] = {}
    for state in ("online", "offline"):
        if state == "offline":
            offline(folder)
        with venue_window(folder, language) as window:
            window.show_staff()
            window.languages.set(language)
            staff, line = window.staff, window.staff.venue_line
            assert staff.venue is not None and line is not None
            staff.tabs.setCurrentWidget(staff.venue)
            want = {("online", "en"): "Venue server connected", ("offline", "en"): "Venue server offline since",
                    ("online", "de"): "Veranstaltungsserver verbunden",
                    ("offline", "de"): "Veranstaltungsserver nicht erreichbar seit"}[state, language]
            qtbot.waitUntil(lambda w=want, shown=line: w in shown.text(), timeout=10_000)
            for width, height in SIZES:
                window.resize(width, height)
                staff.refresh()
                qtbot.wait(50)
                name = f"venue-{state}-{width}x{height}-{language}"
                window.grab().save(str(tmp_path / f"{name}.png"))
                found[name] = screen_problems(window)
                if window.size().toTuple() != (width, height):
                    found[name].append(f"the window grew to {window.width()}×{window.height()}")
    assert {name: problems for name, problems in found.items() if problems} == {}


def test_the_print_queue_shows_the_other_machines_jobs_read_only(qtbot, venue_machines: list[Event],
                                                                 english: Languages) -> None:
    first, second = venue_machines
    assert CheckinDesk(second).scan(CODES[2]).badge_queued  # eingang-2 prints Anna's badge itself
    sync_once(second)
    sync_once(first)
    desk = desk_for(first, qtbot)
    desk.tabs.setCurrentWidget(desk.print_queue)
    page = desk.print_queue
    page.refresh()
    rows = [[page.model.item(row, column).text() for column in range(6)] for row in range(page.model.rowCount())]
    anna = [row for row in rows if row[1] == "Anna Mueller"]
    assert len(anna) == 1 and anna[0][2] == "badge at eingang-2" and anna[0][3] == "waiting"
    assert page.summary.text().endswith("; 2 open at other machines")  # Sophie's and Anna's
    page.table.selectRow(rows.index(anna[0]))
    assert not page.retry_button.isEnabled() and not page.cancel_button.isEnabled()  # eingang-2's to act on
