"""The programme's words for times and changes, in both languages, and the clock's half-minute ticks."""

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from kiosk.event.folder import Event
from kiosk.programme import edits
from kiosk.programme.views import ProgrammeView, load_view
from tests.ui.programme.conftest import BERLIN, STAGE
from ui.i18n import Languages
from ui.programme import texts
from ui.programme.service import ms_to_next_tick


@pytest.fixture
def german(qapp) -> Iterator[None]:
    languages = Languages(qapp, "de")
    yield
    languages.uninstall()


def test_times_are_said_as_people_read_a_screen(view: ProgrammeView) -> None:
    keynote = next(e for e in view.entries if e.session.title.startswith("Keynote")).session
    assert texts.starts_in(0, keynote) == "starting now"
    assert texts.starts_in(12, keynote) == "in 12 min"
    assert texts.starts_in(75, keynote) == "10:00"
    assert texts.starts_at(12, keynote) == "10:00  ·  in 12 min" and texts.starts_at(75, keynote) == "10:00"
    assert texts.minutes_left(25, keynote) == "25 min left"
    assert texts.minutes_left(60, keynote) == "until 10:45"
    assert texts.minutes_left(0, keynote) == "just started"
    assert texts.clock(keynote) == "10:00–10:45"


def test_changes_in_german(german, programme_event: Event, view: ProgrammeView) -> None:
    stage = [e for e in view.entries if e.session.room == STAGE]
    edits.cancel(programme_event.store, BERLIN, stage[1].session.key)
    edits.move_room(programme_event.store, BERLIN, stage[2].session.key, "Projektwerkstatt")
    edits.delay(programme_event.store, BERLIN, stage[3].session.key, 30)
    changed = {e.session.key: e for e in load_view(programme_event.store, BERLIN).entries}
    cancelled, moved, delayed = (changed[e.session.key] for e in stage[1:4])
    assert texts.status_mark(cancelled) == "entfällt"
    assert texts.change_line(cancelled).startswith("Entfällt: Keynote") and "(10:00, Halle – Bühne)" in \
        texts.change_line(cancelled)
    assert texts.moved_from(moved) == f"{STAGE} → Projektwerkstatt"
    assert texts.change_line(moved).startswith("Verschoben: Projektrundlauf")
    assert texts.moved_from(delayed) == f"{stage[3].session.start:%H:%M} → " \
        f"{stage[3].session.start + timedelta(minutes=30):%H:%M}"
    assert texts.minutes_left(25, cancelled.session) == "noch 25 Min."
    assert texts.starts_in(12, cancelled.session) == "in 12 Min."


def test_the_clock_ticks_on_the_half_minute() -> None:
    assert ms_to_next_tick(datetime(2027, 4, 27, 10, 0, 0, tzinfo=BERLIN)) == 30_000
    assert ms_to_next_tick(datetime(2027, 4, 27, 10, 0, 29, 500_000, tzinfo=BERLIN)) == 500
    assert ms_to_next_tick(datetime(2027, 4, 27, 10, 0, 45, tzinfo=BERLIN)) == 15_000
    assert ms_to_next_tick(datetime(2027, 4, 27, 10, 0, 59, 999_999, tzinfo=BERLIN)) == 1
