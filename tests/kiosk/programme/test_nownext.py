"""Now and next per room, with a grace window at a session's start."""

from datetime import datetime, timedelta

from kiosk.programme.frab import parse_frab
from kiosk.programme.importing import import_programme
from kiosk.programme.nownext import Timeline
from kiosk.programme.store import current_programme
from tests.kiosk.programme.conftest import BERLIN, sample


def _timeline(programme_event, grace: int = 5) -> Timeline:
    import_programme(programme_event.store, parse_frab(sample("programme-frab.xml"), "p.xml", BERLIN), "p.xml")
    return Timeline(current_programme(programme_event.store, BERLIN), timedelta(minutes=grace))


def _stage(timeline: Timeline, hour: int, minute: int):
    rooms = {r.room: r for r in timeline.now_next(datetime(2027, 4, 27, hour, minute, tzinfo=BERLIN))}
    stage = rooms["Halle – Bühne"]
    return (stage.now.session.title if stage.now else None, stage.next.session.title if stage.next else None)


def test_now_and_next_through_the_day(programme_event) -> None:
    timeline = _timeline(programme_event)
    assert _stage(timeline, 8, 0) == (None, "Begrüßung und Eröffnung")
    assert _stage(timeline, 9, 30) == ("Begrüßung und Eröffnung", "Keynote: Gemeinsam – so werden Kommunen smart")
    assert _stage(timeline, 10, 44)[0] == "Keynote: Gemeinsam – so werden Kommunen smart"
    assert _stage(timeline, 12, 0) == (None, "Podium: Was Kommunen aus fünf Jahren Digitalstadt lernen")
    assert _stage(timeline, 17, 0) == (None, None)
    assert timeline.rooms == sorted(timeline.rooms) and len(timeline.rooms) == 5


def test_grace_window_keeps_a_session_without_duration_on_screen(programme_event) -> None:
    data = sample("programme-frab.xml").replace(b"<duration>00:30</duration>", b"<duration>00:00</duration>", 1)
    import_programme(programme_event.store, parse_frab(data, "p.xml", BERLIN), "p.xml")
    timeline = Timeline(current_programme(programme_event.store, BERLIN), timedelta(minutes=5))
    assert _stage(timeline, 9, 34)[0] == "Begrüßung und Eröffnung"
    assert _stage(timeline, 9, 35)[0] is None


def test_cancelled_sessions_are_neither_now_nor_next_but_stay_in_the_day(programme_event) -> None:
    from kiosk.programme import edits

    timeline = _timeline(programme_event)
    opening = next(e for e in timeline.entries if e.session.title == "Begrüßung und Eröffnung")
    edits.cancel(programme_event.store, BERLIN, opening.session.key)
    timeline = Timeline(current_programme(programme_event.store, BERLIN))
    assert _stage(timeline, 9, 40) == (None, "Keynote: Gemeinsam – so werden Kommunen smart")
    assert timeline.day(opening.session.start.date(), "Halle – Bühne")[0].shown == "cancelled"


def test_an_all_day_session_under_many_short_ones_is_running_after_they_end() -> None:
    from kiosk.programme.model import Session
    from kiosk.programme.store import Entry

    def entry(key: str, start: tuple[int, int], end: tuple[int, int]) -> Entry:
        session = Session(key=key, title=key, room="Foyer", start=datetime(2027, 4, 27, *start, tzinfo=BERLIN),
                          end=datetime(2027, 4, 27, *end, tzinfo=BERLIN))
        return Entry(session, "scheduled", session, "import")

    pitches = [entry(f"pitch {n}", (10, 5 * n), (10, 5 * n + 4)) for n in range(11)]
    timeline = Timeline([entry("Ausstellung", (9, 0), (17, 0)), *pitches])
    foyer = timeline.now_next(datetime(2027, 4, 27, 10, 22, tzinfo=BERLIN))[0]
    assert (foyer.now.session.title, foyer.next.session.title) == ("pitch 4", "pitch 5")
    foyer = timeline.now_next(datetime(2027, 4, 27, 12, 0, tzinfo=BERLIN))[0]
    assert (foyer.now.session.title, foyer.next) == ("Ausstellung", None)
