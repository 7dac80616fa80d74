"""The read models of the programme screens, on the sample programme (frab XML, 27 April 2027, Berlin)."""

from datetime import date, datetime, time

import pytest

from kiosk.event.config import BarcampSettings
from kiosk.programme import edits
from kiosk.programme.frab import parse_frab
from kiosk.programme.importing import import_programme
from kiosk.programme.views import Filters, ProgrammeView, barcamp_running, load_view, minutes_between, pages
from tests.kiosk.programme.conftest import BERLIN, sample

DAY = date(2027, 4, 27)
STAGE = "Halle – Bühne"


def at(hour: int, minute: int, second: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=BERLIN)


@pytest.fixture
def view(programme_event) -> ProgrammeView:
    import_programme(programme_event.store, parse_frab(sample("programme-frab.xml"), "p.xml", BERLIN), "p.xml")
    return load_view(programme_event.store, BERLIN)


def test_now_next_says_minutes_left_and_minutes_to_go(view: ProgrammeView) -> None:
    stage = next(line for line in view.now_next(at(10, 20)) if line.room == STAGE)
    assert stage.now is not None and stage.now.session.title.startswith("Keynote")
    assert stage.minutes_left == 25  # until 10:45
    assert stage.next is not None and stage.next.session.start == at(10, 45) and stage.starts_in == 25


def test_minutes_round_up_so_a_session_ending_in_seconds_still_has_a_minute(view: ProgrammeView) -> None:
    stage = next(line for line in view.now_next(at(10, 44, 30)) if line.room == STAGE)
    assert stage.minutes_left == 1 and stage.starts_in == 1
    assert minutes_between(at(11, 0), at(10, 0)) == 0


def test_rooms_with_nothing_more_today_leave_the_screen(view: ProgrammeView) -> None:
    assert {line.room for line in view.now_next(at(9, 0))} == set(view.timeline.rooms)
    assert view.now_next(at(23, 0)) == []


def test_the_shown_day_is_today_else_the_next_day_with_sessions_else_the_last(view: ProgrammeView) -> None:
    assert view.shown_day(at(12, 0)) == DAY
    assert view.shown_day(at(12, 0, day=date(2027, 4, 1))) == DAY
    assert view.shown_day(at(12, 0, day=date(2027, 5, 1))) == DAY
    assert view.shown_day(at(2, 0, day=date(2027, 4, 28))) == DAY  # a programme day runs until 04:00
    assert ProgrammeView([], BERLIN).shown_day(at(12, 0)) is None


def test_filters_narrow_the_day_and_facets_offer_what_the_day_has(view: ProgrammeView) -> None:
    tracks, rooms, types = view.facets(DAY)
    assert rooms == sorted(rooms) and STAGE in rooms and "" not in tracks and types
    on_stage = view.day(DAY, Filters(room=STAGE))
    assert on_stage and all(e.session.room == STAGE for e in on_stage)
    track = tracks[0]
    assert all(e.session.track == track for e in view.day(DAY, Filters(track=track)))
    assert len(view.day(DAY)) == len(view.entries)


def test_changes_of_the_day_and_door_sign(programme_event, view: ProgrammeView) -> None:
    stage = [e for e in view.day(DAY, Filters(room=STAGE))]
    edits.cancel(programme_event.store, BERLIN, stage[2].session.key)
    edits.delay(programme_event.store, BERLIN, stage[3].session.key, 15)
    changed = load_view(programme_event.store, BERLIN)
    assert [(e.session.key, e.shown) for e in changed.changed(DAY)] == [
        (stage[2].session.key, "cancelled"), (stage[3].session.key, "moved")]
    sign = changed.door(STAGE, at(10, 20))
    assert sign.line.now is not None and sign.line.now.session.key == stage[1].session.key
    assert sign.line.next is not None and sign.line.next.session.key == stage[3].session.key  # [2] is cancelled
    assert [e.session.key for e in sign.later] == [e.session.key for e in stage[4:]]
    assert changed.revision != view.revision


def test_barcamp_board_runs_from_its_first_slot_to_its_last_on_its_day() -> None:
    settings = BarcampSettings(rooms=("A", "B"), slots=((time(11, 0), time(11, 45)), (time(14, 0), time(14, 45))))
    assert not barcamp_running(settings, DAY, at(10, 59), BERLIN)
    assert barcamp_running(settings, DAY, at(11, 0), BERLIN) and barcamp_running(settings, DAY, at(12, 30), BERLIN)
    assert not barcamp_running(settings, DAY, at(14, 45), BERLIN)
    assert not barcamp_running(settings, date(2027, 4, 28), at(12, 0), BERLIN)
    assert not barcamp_running(BarcampSettings(), DAY, at(12, 0), BERLIN)


def test_pages_split_rooms_and_always_give_one_page() -> None:
    assert pages(list(range(7)), 3) == [[0, 1, 2], [3, 4, 5], [6]]
    assert pages([], 5) == [[]]
    assert pages([1, 2], 0) == [[1], [2]]
