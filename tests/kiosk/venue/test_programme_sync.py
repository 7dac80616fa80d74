"""The programme across a venue: an import at one machine, staff edits and reverts at any, reach every machine."""

import time
from pathlib import Path

from kiosk.event.folder import Event
from kiosk.programme.edits import delay, edits_of, move_room, revert
from kiosk.programme.frab import parse_frab
from kiosk.programme.importing import import_programme
from kiosk.programme.store import current_programme
from kiosk.venue.server import init_server
from kiosk.venue.status import venue_status
from kiosk.venue.sync import sync_once
from tests.kiosk.programme.conftest import BERLIN, sample
from tests.kiosk.venue.machines import machines


def _programme(event: Event) -> list[dict[str, object]]:
    return [entry.as_json() for entry in current_programme(event.store, BERLIN)]


def test_an_import_and_same_day_edits_reach_every_machine(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "desk", "screen", attendees=False) as (desk, screen):
        import_programme(desk.store, parse_frab(sample("programme-frab.xml"), "p.xml", BERLIN), "p.xml")
        sync_once(desk), sync_once(screen)
        assert len(_programme(screen)) == 16 and _programme(screen) == _programme(desk)

        key = _programme(desk)[0]["id"]
        delay(desk.store, BERLIN, str(key), 15)
        time.sleep(0.05)  # edits are ordered by time: further apart than the clocks' measured offsets are off
        move_room(screen.store, BERLIN, str(key), "Saal 2")
        sync_once(desk), sync_once(screen), sync_once(desk)
        assert _programme(screen) == _programme(desk)
        assert _programme(desk)[0]["room"] == "Saal 2"

        moved = [e["id"] for e in edits_of(desk.store, str(key)) if "room" in e["fields"]]
        revert(desk.store, BERLIN, moved[0])
        sync_once(desk), sync_once(screen)
        assert _programme(screen) == _programme(desk)
        assert venue_status(screen.store)["not_applied"] == 0


def test_the_same_version_imported_at_two_machines_counts_once(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "a", "b", attendees=False) as (a, b):
        for machine in (a, b):  # both follow the same schedule URL, offline
            import_programme(machine.store, parse_frab(sample("programme-frab.xml"), "p.xml", BERLIN), "p.xml")
        sync_once(a), sync_once(b), sync_once(a)
        versions = [m.store.rows("SELECT count(*) AS n FROM programme_versions")[0]["n"] for m in (a, b)]
        assert versions == [1, 1]  # a left b's alone (a duplicate), b left a's alone (older than its own)
        assert _programme(a) == _programme(b)


def test_a_stale_version_sent_late_does_not_replace_a_newer_one(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    older = sample("programme-frab.xml")
    newer = older.replace("<title>Begrüßung und Eröffnung</title>".encode(), "<title>Eröffnung</title>".encode())
    with machines(tmp_path, pg_url, "desk", "screen", attendees=False) as (desk, screen):
        sync_once(desk), sync_once(screen)
        import_programme(screen.store, parse_frab(older, "p.xml", BERLIN), "p.xml")  # offline, fetched earlier
        time.sleep(0.05)
        import_programme(desk.store, parse_frab(newer, "p.xml", BERLIN), "p.xml")
        sync_once(desk), sync_once(screen), sync_once(desk)  # the screen's older version reaches the server last
        now = [[(e["id"], e["title"], e["room"], e["start"]) for e in _programme(m)] for m in (desk, screen)]
        assert now[0] == now[1] and "Eröffnung" in [title for _, title, _, _ in now[0]]
        # (the screen showed the older version once, so it marks that session as changed since; the desk not)
