"""Same-day edits by staff: they are event rows, stay on top of re-imports, show conflicts, can be reverted."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.event.folder import Event
from kiosk.programme import edits
from kiosk.programme.changes import list_changes
from kiosk.programme.frab import parse_frab
from kiosk.programme.importing import import_programme
from kiosk.programme.model import ParsedProgramme, Session
from kiosk.programme.store import Entry, current_programme
from tests.kiosk.programme.conftest import BERLIN, sample

T1 = datetime(2027, 4, 27, 6, 0, tzinfo=UTC)
STAGE = "Halle – Bühne"


def _import(event: Event, parsed: ParsedProgramme | None = None, at: datetime = T1) -> None:
    import_programme(event.store, parsed or parse_frab(sample("programme-frab.xml"), "p.xml", BERLIN), "p.xml",
                     at=at)


def _by_title(event: Event) -> dict[str, Entry]:
    return {e.session.title: e for e in current_programme(event.store, BERLIN)}


def _key(event: Event, title: str) -> str:
    return _by_title(event)[title].session.key


def test_delay_with_the_following_sessions_of_the_room(programme_event: Event) -> None:
    _import(programme_event)
    key = _key(programme_event, "Podium: Was Kommunen aus fünf Jahren Digitalstadt lernen")
    ids = edits.delay(programme_event.store, BERLIN, key, 20, following=True, at=T1)
    shown = _by_title(programme_event)
    assert len(ids) == 3  # the panel, speed networking and the closing: the morning stays
    assert shown["Speed-Networking"].session.start == datetime(2027, 4, 27, 14, 35, tzinfo=BERLIN)
    assert shown["Speed-Networking"].shown == "moved"
    assert shown["Begrüßung und Eröffnung"].shown == "scheduled"
    assert shown["Workshop: Die digitale Gemeinde im ländlichen Raum"].shown == "scheduled"  # another room
    rows = programme_event.store.rows("SELECT payload FROM events WHERE kind = 'programme_edited'")
    assert len(rows) == 3


def test_edits_stay_on_top_of_a_reimport_and_conflicts_show(programme_event: Event) -> None:
    _import(programme_event)
    keynote = _key(programme_event, "Keynote: Gemeinsam – so werden Kommunen smart")
    workshop = _key(programme_event, "Workshop: Die digitale Gemeinde im ländlichen Raum")
    edits.move_room(programme_event.store, BERLIN, keynote, "Projektwerkstatt", at=T1)
    edits.fix(programme_event.store, BERLIN, workshop, title="Workshop: Digitale Gemeinde", at=T1)
    parsed = parse_frab(sample("programme-frab.xml"), "p.xml", BERLIN)
    parsed.sessions = [replace(s, room="Bar – Workshops") if s.key == keynote else
                       replace(s, subtitle="neu") if s.key == workshop else s for s in parsed.sessions]
    _import(programme_event, parsed, T1 + timedelta(hours=1))
    shown = {e.session.key: e for e in current_programme(programme_event.store, BERLIN)}
    assert shown[keynote].session.room == "Projektwerkstatt" and shown[keynote].conflicts == ("room",)
    assert shown[workshop].session.title == "Workshop: Digitale Gemeinde" and shown[workshop].conflicts == ()
    assert shown[workshop].session.subtitle == "neu"
    assert shown[keynote].as_json()["conflicts"] == ["room"]


def test_cancel_and_revert(programme_event: Event) -> None:
    _import(programme_event, at=T1 - timedelta(hours=1))
    key = _key(programme_event, "Speed-Networking")
    edit = edits.cancel(programme_event.store, BERLIN, key, at=T1)
    assert _by_title(programme_event)["Speed-Networking"].shown == "cancelled"
    assert [e["id"] for e in edits.edits_of(programme_event.store, key)] == [edit]
    edits.revert(programme_event.store, BERLIN, edit, at=T1 + timedelta(minutes=1))
    assert _by_title(programme_event)["Speed-Networking"].shown == "scheduled"
    assert edits.edits_of(programme_event.store, key) == []
    assert [c["kind"] for c in list_changes(programme_event.store, T1) if c["id"] == key] == ["cancelled", "restored"]
    with pytest.raises(edits.EditError):
        edits.revert(programme_event.store, BERLIN, edit)


def test_added_session_is_new_and_survives_reimport_until_reverted(programme_event: Event) -> None:
    _import(programme_event)
    extra = Session(key="staff:1", title="Pressegespräch", room=STAGE,
                    start=datetime(2027, 4, 27, 12, 0, tzinfo=BERLIN), end=datetime(2027, 4, 27, 12, 30, tzinfo=BERLIN))
    edit = edits.add_session(programme_event.store, extra, at=T1)
    _import(programme_event, at=T1 + timedelta(hours=1))
    assert _by_title(programme_event)["Pressegespräch"].shown == "new"
    edits.revert(programme_event.store, BERLIN, edit, at=T1 + timedelta(hours=2))
    assert _by_title(programme_event)["Pressegespräch"].shown == "cancelled"
    with pytest.raises(edits.EditError, match="exists already"):
        edits.add_session(programme_event.store, extra)


def test_bad_edits_are_refused_and_change_nothing(programme_event: Event) -> None:
    _import(programme_event)
    before = current_programme(programme_event.store, BERLIN)
    with pytest.raises(edits.EditError):
        edits.delay(programme_event.store, BERLIN, "no-such-key", 10)
    with pytest.raises(edits.EditError):
        edits.fix(programme_event.store, BERLIN, before[0].session.key, title="  ")
    with pytest.raises(edits.EditError):
        edits.move_room(programme_event.store, BERLIN, before[0].session.key, "")
    assert current_programme(programme_event.store, BERLIN) == before


def test_every_edit_is_an_event_row_with_what_it_did(programme_event: Event) -> None:
    import json

    _import(programme_event)
    extra = Session(key="staff:2", title="Kaffee mit dem Landrat", room=STAGE,
                    start=datetime(2027, 4, 27, 12, 0, tzinfo=BERLIN), end=datetime(2027, 4, 27, 12, 15, tzinfo=BERLIN),
                    speakers=("Landrat",))
    added = edits.add_session(programme_event.store, extra, at=T1)
    moved = edits.delay(programme_event.store, BERLIN, "staff:2", 15, at=T1)[0]
    edits.revert(programme_event.store, BERLIN, moved, at=T1)
    rows = programme_event.store.rows("SELECT kind, payload FROM events WHERE kind LIKE 'programme_edit%' ORDER BY seq")
    payloads = [(row["kind"], json.loads(row["payload"])) for row in rows]
    assert [(kind, p.get("kind")) for kind, p in payloads] == [
        ("programme_edited", "added"), ("programme_edited", "delay"), ("programme_edit_reverted", None)]
    assert payloads[0][1]["edit"] == added and payloads[0][1]["fields"]["title"] == "Kaffee mit dem Landrat"
    assert payloads[2][1] == {"edit": moved, "key": "staff:2"}
    assert _by_title(programme_event)["Kaffee mit dem Landrat"].session.start.hour == 12
