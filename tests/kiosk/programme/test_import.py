"""Import versions: a re-import updates rather than duplicates, changes are found and kept visible, and an
empty or much smaller programme waits for staff."""

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.event.folder import Event
from kiosk.programme.changes import list_changes
from kiosk.programme.frab import parse_frab
from kiosk.programme.importing import NeedsConfirmation, import_programme
from kiosk.programme.model import CANCELLED, ParsedProgramme
from kiosk.programme.store import current_programme
from tests.kiosk.programme.conftest import BERLIN, sample

T1 = datetime(2027, 4, 20, 8, 0, tzinfo=UTC)
T2 = T1 + timedelta(days=1)


def _frab() -> ParsedProgramme:
    return parse_frab(sample("programme-frab.xml"), "programme-frab.xml", BERLIN)


def _shown(event: Event) -> dict[str, dict]:
    return {e.session.title: e.as_json() for e in current_programme(event.store, BERLIN)}


def test_first_import_then_the_same_again_changes_nothing(programme_event: Event) -> None:
    first = import_programme(programme_event.store, _frab(), "a.xml", at=T1)
    again = import_programme(programme_event.store, _frab(), "a.xml", at=T2)
    assert (first.added, first.unchanged) == (16, 0)
    assert (again.added, again.changed, again.cancelled, again.unchanged) == (0, 0, 0, 16)
    entries = current_programme(programme_event.store, BERLIN)
    assert len(entries) == 16 and {e.shown for e in entries} == {"scheduled"}
    kinds = [r["kind"] for r in programme_event.store.rows("SELECT kind FROM events WHERE kind LIKE 'programme%'")]
    assert kinds == ["programme_imported", "programme_imported"]


def test_a_new_version_is_compared_with_the_last(programme_event: Event) -> None:
    import_programme(programme_event.store, _frab(), "a.xml", at=T1)
    sessions = {s.title: s for s in _frab().sessions}
    keynote = sessions["Keynote: Gemeinsam – so werden Kommunen smart"]
    panel = sessions["Podium: Was Kommunen aus fünf Jahren Digitalstadt lernen"]
    workshop = sessions["Workshop: Die digitale Gemeinde im ländlichen Raum"]
    opening = sessions["Begrüßung und Eröffnung"]
    changed = [s for s in _frab().sessions if s.key not in {sessions["Speed-Networking"].key}]
    changed = [replace(s, start=s.start + timedelta(minutes=15), end=s.end + timedelta(minutes=15))
               if s.key == keynote.key else s for s in changed]
    changed = [replace(s, room="Projektwerkstatt") if s.key == workshop.key else s for s in changed]
    changed = [replace(s, title="Podium: Was Kommunen lernen", speakers=("Ole Offenbach",))
               if s.key == panel.key else s for s in changed]
    changed = [replace(s, status=CANCELLED) if s.key == opening.key else s for s in changed]
    new = replace(opening, key="brand-new", title="Überraschungsgast")
    report = import_programme(programme_event.store, ParsedProgramme(sessions=[*changed, new]), "b.xml", at=T2)
    assert (report.added, report.changed, report.cancelled, report.unchanged) == (1, 3, 2, 11)
    shown = _shown(programme_event)
    assert shown["Speed-Networking"]["status"] == "cancelled"  # gone from the source, still visible
    assert shown["Begrüßung und Eröffnung"]["status"] == "cancelled"  # marked in the source
    moved = shown["Keynote: Gemeinsam – so werden Kommunen smart"]
    assert moved["status"] == "moved" and moved["start"] == "2027-04-27T10:15:00+02:00"
    assert moved["previous"]["start"] == "2027-04-27T10:00:00+02:00"
    assert shown[workshop.title]["status"] == "moved" and shown[workshop.title]["previous"]["room"] == "Bar – Workshops"
    assert shown["Podium: Was Kommunen lernen"]["status"] == "changed"
    assert shown["Überraschungsgast"]["status"] == "new"
    kinds = {(c["title"], c["kind"]) for c in list_changes(programme_event.store, T2)}
    assert {("Keynote: Gemeinsam – so werden Kommunen smart", "moved_time"), (workshop.title, "moved_room"),
            ("Podium: Was Kommunen lernen", "retitled"), ("Podium: Was Kommunen lernen", "speakers"),
            ("Speed-Networking", "cancelled"), ("Begrüßung und Eröffnung", "cancelled"),
            ("Überraschungsgast", "new")} == kinds
    assert len(list_changes(programme_event.store)) == 16 + 7  # the first import's sixteen news too


def test_a_session_back_in_the_source_is_restored(programme_event: Event) -> None:
    import_programme(programme_event.store, _frab(), "a.xml", at=T1)
    import_programme(programme_event.store, ParsedProgramme(sessions=_frab().sessions[1:]), "b.xml", at=T2)
    report = import_programme(programme_event.store, _frab(), "c.xml", at=T2 + timedelta(hours=1))
    assert (report.added, report.unchanged) == (1, 15)
    assert _shown(programme_event)["Begrüßung und Eröffnung"]["status"] == "scheduled"


@pytest.mark.parametrize("keep", [0, 7])
def test_an_empty_or_much_smaller_programme_waits_for_confirmation(programme_event: Event, keep: int) -> None:
    import_programme(programme_event.store, _frab(), "a.xml", at=T1)
    before = _shown(programme_event)
    smaller = ParsedProgramme(sessions=_frab().sessions[:keep])
    with pytest.raises(NeedsConfirmation, match=f"{keep} sessions where the current one has 16"):
        import_programme(programme_event.store, smaller, "b.xml", at=T2)
    assert _shown(programme_event) == before
    assert programme_event.store.rows("SELECT count(*) AS n FROM programme_versions")[0]["n"] == 1
    report = import_programme(programme_event.store, smaller, "b.xml", confirm=True, at=T2)
    assert report.cancelled == 16 - keep


def test_problems_of_the_source_are_in_the_report_and_the_event_row(programme_event: Event) -> None:
    data = sample("programme-frab.xml").replace(b"<duration>00:30</duration>", b"<duration>later</duration>", 1)
    report = import_programme(programme_event.store, parse_frab(data, "p.xml", BERLIN), "p.xml", at=T1)
    assert report.added == 15
    assert report.as_json()["errors"] == [
        {"where": "p.xml: day 1, room Halle – Bühne, event 12feec86-cc10-f04c-58d8-5aca70b84067",
         "why": "duration 'later' is not HH:MM or D:HH:MM"}]
    payload = json.loads(programme_event.store.rows("SELECT payload FROM events WHERE kind = 'programme_imported'")
                         [0]["payload"])
    assert payload["added"] == 15 and len(payload["errors"]) == 1


def test_all_day_entries_of_a_calendar_are_notes_of_the_day(programme_event: Event) -> None:
    from datetime import date

    from kiosk.programme.ical import parse_ical
    from kiosk.programme.model import DayNote
    from kiosk.programme.store import day_notes

    assert day_notes(programme_event.store) == []
    data = sample("programme.ics").replace(
        b"END:VCALENDAR", b"BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20270427\r\nSUMMARY:Einlass ab 8 Uhr\r\n"
                          b"END:VEVENT\r\nEND:VCALENDAR")
    import_programme(programme_event.store, parse_ical(data, "p.ics", BERLIN), "p.ics", at=T1)
    assert day_notes(programme_event.store) == [DayNote(date(2027, 4, 27), "Einlass ab 8 Uhr")]
