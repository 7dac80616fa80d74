"""Venue sync against a real PostgreSQL server and real SQLite databases: push, pull, the cursor, check-ins."""

import uuid
from pathlib import Path

import psycopg
from psycopg.types.json import Jsonb

from kiosk.attendees import records as attendees
from kiosk.attendees.importer import import_attendees
from kiosk.bench.pg_server import PostgresServer
from kiosk.checkin import reports
from kiosk.checkin.desk import CheckinDesk, Outcome
from kiosk.common.timeutil import utc_now
from kiosk.printing.queue import cancel
from kiosk.venue.connection import connect
from kiosk.venue.prints import other_queues
from kiosk.venue.pull import pull_batch
from kiosk.venue.server import init_server
from kiosk.venue.status import venue_status
from kiosk.venue.sync import open_session, sync_once
from tests.conftest import ATTENDEES_CSV, EVENT_DAY, Clock
from tests.kiosk.venue.machines import CODES, desk, machines

EVENT_IDS = "SELECT id FROM events WHERE kind NOT IN ('checkin_duplicate', 'checkin_counted')"


def _server_ids(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [row[0] for row in conn.execute("SELECT id::text FROM events")]


def test_init_is_idempotent_and_push_twice_stores_once(tmp_path: Path, pg_url: str) -> None:
    assert init_server(pg_url)[0] == init_server(pg_url)[0] >= 1
    with machines(tmp_path, pg_url, "a") as (a,):
        desk(a).scan(CODES[0])
        first = sync_once(a)
        assert first.pushed == len(a.store.rows(EVENT_IDS)) and sync_once(a).pushed == 0
        a.store.conn.execute("DELETE FROM venue_synced")  # as if the process died after the server's COMMIT
        a.store.conn.execute("DELETE FROM venue_state")
        assert sync_once(a).pushed == first.pushed  # sent again ...
        server = _server_ids(pg_url)
        assert sorted(server) == sorted(set(server)) == sorted(r["id"] for r in a.store.rows(EVENT_IDS))  # ... once


def test_the_cursor_skips_no_row_committed_out_of_order(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    early, late = str(uuid.uuid4()), str(uuid.uuid4())
    insert = ("INSERT INTO events (id, kiosk_id, at, server_at, kind, payload) VALUES (%s, 'x', now(), now(),"
              " 'note', %s)")
    with machines(tmp_path, pg_url, "a", attendees=False) as (a,), psycopg.connect(pg_url) as first, \
            psycopg.connect(pg_url) as second:
        first.execute(insert, (early, Jsonb({})))  # the lower seq and xid, still open
        second.execute(insert, (late, Jsonb({})))
        second.commit()  # commits first
        sync_once(a)
        first.commit()
        sync_once(a)
        got = {row["id"] for row in a.store.rows("SELECT id FROM events")}
        assert {early, late} <= got
        assert venue_status(a.store)["not_applied"] == 2  # a kind this version does not know: kept, counted


def test_a_guest_checked_in_at_one_kiosk_is_known_at_the_other(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "a", "b") as (a, b):
        assert desk(a).scan(CODES[0]).outcome is Outcome.WELCOME
        sync_once(a)
        assert sync_once(b).pulled > 0
        again = desk(b).scan(CODES[0])
        assert again.outcome is Outcome.ALREADY_CHECKED_IN and again.checked_in_by == "a"


def test_a_walk_in_registered_at_one_machine_can_be_found_at_the_other(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "desk", "kiosk") as (staff, kiosk):
        result = desk(staff).register_walk_in({"first_name": "Walter", "last_name": "Walkin"})
        sync_once(staff)
        sync_once(kiosk)
        assert result.attendee is not None
        found = desk(kiosk).scan(result.attendee.code)
        assert found.outcome is Outcome.ALREADY_CHECKED_IN and found.attendee is not None
        assert found.attendee.last_name == "Walkin" and found.checked_in_by == "desk"


def test_a_guest_welcomed_offline_at_two_kiosks_is_flagged_on_both(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "a", "b") as (a, b):
        sync_once(a), sync_once(b)
        assert desk(a).scan(CODES[1]).outcome is Outcome.WELCOME  # both offline: each decides alone
        assert desk(b).scan(CODES[1]).outcome is Outcome.WELCOME
        sync_once(a)
        assert sync_once(b).duplicates  # b's came second
        sync_once(a)
        for machine in (a, b):
            status = venue_status(machine.store)
            assert [g["code"] for g in status["duplicates"]] == [CODES[1]]
            assert [e["kiosk_id"] for e in status["duplicates"][0]["entries"]] == ["a", "b"]
            counted = machine.store.rows("SELECT count(*) AS n FROM checkins WHERE duplicate_of IS NULL")
            assert counted[0]["n"] == 1  # one entry counts, both are kept
            assert len(machine.store.rows("SELECT id FROM checkins")) == 2
            assert sum(n for _, n in reports.arrivals_per_quarter_hour(machine, EVENT_DAY.date())) == 1
            listed = [row for row in reports.checkin_list(machine) if row["code"] == CODES[1]]
            assert listed[0]["days"] == EVENT_DAY.date().isoformat() and listed[0]["checked_in_kiosk"] == "a"


def test_a_remote_first_check_in_flags_the_local_one_not_yet_sent(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "a", "b") as (a, b):
        sync_once(a), sync_once(b)
        desk(a).scan(CODES[0])
        sync_once(a)  # a's is on the server
        desk(b).scan(CODES[0])  # b, offline, welcomed the same guest
        sync_once(b)
        flagged = b.store.rows("SELECT kiosk_id FROM checkins WHERE duplicate_of IS NOT NULL")
        assert flagged == [{"kiosk_id": "b"}]
        with psycopg.connect(pg_url) as conn:
            verdicts = conn.execute("SELECT kiosk_id, verdict FROM events WHERE kind = 'checkin'"
                                    " ORDER BY seq").fetchall()
        assert verdicts == [("a", None), ("b", "duplicate")]


def test_undo_at_one_machine_then_a_new_check_in_at_the_other(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "a", "b") as (a, b):
        desk(a).scan(CODES[0])
        sync_once(a), sync_once(b)
        attendee_id = b.store.rows("SELECT id FROM attendees WHERE code = ?", (CODES[0],))[0]["id"]
        assert desk(b).undo(attendee_id, "wrong guest")
        sync_once(b), sync_once(a)
        assert a.store.rows("SELECT undone_by FROM checkins") == [{"undone_by": "b"}]
        assert desk(a).scan(CODES[0]).outcome is Outcome.WELCOME
        sync_once(a), sync_once(b)
        for machine in (a, b):
            assert venue_status(machine.store)["duplicates"] == []
            active = machine.store.rows("SELECT kiosk_id FROM checkins WHERE undone_at IS NULL")
            assert active == [{"kiosk_id": "a"}]


def test_each_machine_prints_its_own_jobs_and_sees_the_others_queues(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "a", "desk") as (a, staff):
        clock = Clock()
        welcome = CheckinDesk(a, clock=clock, monotonic=clock.monotonic).scan(CODES[0])
        assert welcome is not None and welcome.badge_queued
        sync_once(a), sync_once(staff)
        assert staff.store.rows("SELECT id FROM print_jobs") == []  # never printed here
        queued = other_queues(staff.store)
        assert [(j["kiosk_id"], j["state"], j["name"]) for j in queued] == [
            ("a", "queued", "Sophie Müller-Lüdenscheidt")]
        cancel(a.store, queued[0]["job_id"], "staff", clock())
        sync_once(a), sync_once(staff)
        assert other_queues(staff.store) == [] and other_queues(staff.store, open_only=False)[0]["state"] == "cancelled"


def test_imports_corrections_and_new_codes_reach_every_machine(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "a", "b") as (a, b):
        sync_once(a), sync_once(b)
        longer = ATTENDEES_CSV.replace("Anna;Mueller;Wetteraukreis", "Anna;Mueller;Main-Kinzig-Kreis") + \
            "Nora;Neu;Stadt Hanau;nora@example.org;Teilnehmende;QQQQ2222RRRR3333SSSS;bezahlt\n"
        (tmp_path / "longer.csv").write_text(longer, encoding="utf-8")
        import_attendees(a, tmp_path / "longer.csv")
        sophie = attendees.find_by_key(b.store, CODES[0])
        juergen = attendees.find_by_key(b.store, CODES[1])
        assert sophie is not None and juergen is not None
        with b.store.transaction():
            attendees.update(b.store, juergen, {"last_name": "Groß-Gerau"}, utc_now(), "staff")
            attendees.replace_code(b.store, sophie, "TTTT4444UUUU5555VVVV", utc_now(), attendees.REPLACED)
        sync_once(a), sync_once(b), sync_once(a)
        for machine in (a, b):
            rows = machine.store.rows("SELECT code, last_name, organisation, uid FROM attendees ORDER BY uid")
            assert len(rows) == 6
            assert {r["last_name"] for r in rows} >= {"Neu", "Groß-Gerau"}
            assert "Main-Kinzig-Kreis" in {r["organisation"] for r in rows}
            assert desk(machine).scan(CODES[0]).outcome is Outcome.CANCELLED  # the old code was retired
        assert a.store.rows("SELECT code, last_name, organisation, uid FROM attendees ORDER BY uid") == \
            b.store.rows("SELECT code, last_name, organisation, uid FROM attendees ORDER BY uid")
        assert attendees.list_values(a.store, attendees.find_by_key(a.store, CODES[1]).id) == {"last_name": "Groß"}


def test_a_row_whose_guest_has_not_come_yet_waits_and_is_applied_later(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    uid, checkin = str(uuid.uuid4()), str(uuid.uuid4())
    insert = ("INSERT INTO events (id, kiosk_id, at, server_at, kind, payload) VALUES (%s, 'elsewhere', now(), now(),"
              " %s, %s)")
    with machines(tmp_path, pg_url, "b", attendees=False) as (b,):
        with psycopg.connect(pg_url) as conn:  # another machine's rows, the check-in committed first
            conn.execute(insert, (checkin, "checkin", Jsonb({"attendee_id": 7, "attendee_uid": uid, "method": "scan",
                                                             "day": "2026-11-24"})))
        sync_once(b)
        assert venue_status(b.store)["not_applied"] == 1 and b.store.rows("SELECT id FROM checkins") == []
        with psycopg.connect(pg_url) as conn:
            conn.execute(insert, (str(uuid.uuid4()), "attendee_added", Jsonb({
                "attendee_id": 7, "attendee_uid": uid, "code": "WWWW1111XXXX2222QQQQ", "first_name": "Wanda",
                "last_name": "Warten", "source": "walk_in", "cancelled": False})))
        sync_once(b)
        assert venue_status(b.store)["not_applied"] == 0
        assert desk(b).scan("WWWW1111XXXX2222QQQQ").outcome is Outcome.ALREADY_CHECKED_IN


def test_two_corrections_of_one_field_offline_end_the_same_everywhere(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "a", "b") as (a, b):
        sync_once(a), sync_once(b)
        for machine, name in ((a, "Groß-Gerau"), (b, "Großmann")):  # both offline
            juergen = attendees.find_by_key(machine.store, CODES[1])
            assert juergen is not None
            with machine.store.transaction():
                attendees.update(machine.store, juergen, {"last_name": name}, utc_now(), "staff")
        sync_once(a), sync_once(b), sync_once(a)  # the server has a's first, then b's: b's is the last
        names = [attendees.find_by_key(m.store, CODES[1]).last_name for m in (a, b)]  # type: ignore[union-attr]
        assert names == ["Großmann", "Großmann"]


def test_a_row_this_version_cannot_read_is_kept_and_stops_nothing(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    insert = ("INSERT INTO events (id, kiosk_id, at, server_at, kind, payload) VALUES (%s, 'newer', now(), now(),"
              " %s, %s)")
    with machines(tmp_path, pg_url, "a", "b") as (a, b):
        with psycopg.connect(pg_url) as conn:  # a newer version's poll row, shaped differently
            conn.execute(insert, (str(uuid.uuid4()), "poll_saved", Jsonb({"poll": "x", "definition": "v2"})))
        desk(a).scan(CODES[0])
        sync_once(a), sync_once(b)
        assert venue_status(b.store)["not_applied"] == 1
        assert desk(b).scan(CODES[0]).outcome is Outcome.ALREADY_CHECKED_IN  # what came after it applied


def test_a_check_in_undone_before_another_kiosks_came_is_kept_undone_there_too(tmp_path: Path,
                                                                                 pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "a", "b") as (a, b):
        sync_once(a), sync_once(b)
        desk(a).scan(CODES[0])  # all offline: a welcomes the guest and takes it back, b welcomes the guest
        desk(b).scan(CODES[0])
        attendee_id = attendees.find_by_key(a.store, CODES[0]).id  # type: ignore[union-attr]
        assert desk(a).undo(attendee_id, "wrong guest")
        for machine in (a, b, a, b):
            sync_once(machine)
        rows = "SELECT id, kiosk_id, undone_at IS NOT NULL AS undone, duplicate_of FROM checkins ORDER BY kiosk_id"
        assert a.store.rows(rows) == b.store.rows(rows)
        assert [(r["kiosk_id"], r["undone"]) for r in a.store.rows(rows)] == [("a", 1), ("b", 0)]
        assert venue_status(b.store)["not_applied"] == 0


def test_a_check_in_flagged_early_counts_again_when_the_server_accepts_it(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "a", "b") as (a, b):
        sync_once(a), sync_once(b)
        desk(a).scan(CODES[0])
        sync_once(a)
        desk(b).scan(CODES[0])  # b welcomes the guest before it has heard of a's welcome ...
        with connect(pg_url) as conn:  # ... and hears of it before it sends its own: flagged at once
            open_session(b.store, conn, utc_now)
            pull_batch(b.store, conn)
        assert b.store.rows("SELECT kiosk_id FROM checkins WHERE duplicate_of IS NOT NULL") == [{"kiosk_id": "b"}]
        attendee_id = attendees.find_by_key(a.store, CODES[0]).id  # type: ignore[union-attr]
        assert desk(a).undo(attendee_id, "wrong guest")  # a takes its welcome back before b's reaches the server
        sync_once(a), sync_once(b), sync_once(a)
        for machine in (a, b):
            assert venue_status(machine.store)["duplicates"] == []
            counted = machine.store.rows("SELECT kiosk_id FROM checkins WHERE undone_at IS NULL"
                                         " AND duplicate_of IS NULL")
            assert counted == [{"kiosk_id": "b"}]


def test_a_machine_pointed_at_another_server_starts_over_there(tmp_path: Path, pg_url: str,
                                                               pg_server: PostgresServer) -> None:
    init_server(pg_url)
    other = pg_server.create_database(f"other_{uuid.uuid4().hex[:8]}")
    try:
        init_server(other)
        with machines(tmp_path, pg_url, "a", "b") as (a, b):
            desk(b).scan(CODES[0])
            sync_once(b)
            assert sync_once(a).pulled > 0
            sent = len(a.store.rows(EVENT_IDS + " AND kiosk_id = 'a'"))
            assert sync_once(a, other).pushed == sent  # the new server has none of a's rows: all go again
            mine = a.store.rows(EVENT_IDS + " AND kiosk_id = 'a'")
            assert sorted(_server_ids(other)) == sorted(row["id"] for row in mine)
            assert sync_once(a, other).pushed == 0
    finally:
        pg_server.drop_database(other.rsplit("/", 1)[1])
