"""Venue sync when things go wrong: a sync process killed mid-push, clocks that are minutes off."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg

from kiosk.checkin.desk import Outcome
from kiosk.common.timeutil import utc_now
from kiosk.venue.server import init_server
from kiosk.venue.status import venue_status
from kiosk.venue.sync import sync_once
from tests.kiosk.venue.machines import CODES, ShiftedClock, desk, machines

ROOT = Path(__file__).resolve().parents[3]
SKEW_S = 300


def _server_count(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT count(*), count(DISTINCT id) FROM events").fetchone()
    assert row is not None and row[0] == row[1]
    return int(row[0])


def test_a_push_killed_midway_sends_every_row_exactly_once(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "a") as (a,):
        with a.store.transaction():
            a.store.record_many("note", [{"n": n} for n in range(4000)], utc_now())
        local_ids = {row["id"] for row in a.store.rows("SELECT id FROM events")}
        for _ in range(3):  # bounded: kill up to three pushes part of the way through
            before = _server_count(pg_url)
            if before == len(local_ids):
                break
            process = subprocess.Popen([sys.executable, "-m", "kiosk", "--event", str(tmp_path / "a"), "sync",
                                        "--once"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                       env={**os.environ, "KIOSK_ID": "a"})
            for _ in range(600):  # bounded: 30 s
                if _server_count(pg_url) > before or process.poll() is not None:
                    break
                time.sleep(0.05)
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        sync_once(a)
        with psycopg.connect(pg_url) as conn:
            server_ids = [row[0] for row in conn.execute("SELECT id::text FROM events")]
        assert len(server_ids) == len(set(server_ids)) == len(local_ids)
        assert set(server_ids) == local_ids
        assert venue_status(a.store)["outbox"] == 0


def test_clocks_minutes_apart_change_no_decision_and_no_order(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    ahead, behind = ShiftedClock(utc_now, SKEW_S), ShiftedClock(utc_now, -SKEW_S)
    with machines(tmp_path, pg_url, "ahead", "behind") as (a, b):
        sync_once(a, clock=ahead), sync_once(b, clock=behind)
        desk_a, desk_b = desk(a, ahead), desk(b, behind)
        assert desk_a.scan(CODES[0]).outcome is Outcome.WELCOME  # guest 0 first ...
        time.sleep(0.05)
        assert desk_b.scan(CODES[2]).outcome is Outcome.WELCOME  # ... then guest 2 (stamped 10 minutes earlier)
        assert desk_b.scan(CODES[1]).outcome is Outcome.WELCOME  # guest 1 at both, offline: b's goes first
        time.sleep(0.05)
        assert desk_a.scan(CODES[1]).outcome is Outcome.WELCOME
        sync_once(b, clock=behind), sync_once(a, clock=ahead), sync_once(b, clock=behind)
        for machine in (a, b):
            arrivals = machine.store.rows("SELECT a.code FROM checkins c JOIN attendees a ON a.id = c.attendee_id"
                                          " WHERE c.duplicate_of IS NULL ORDER BY c.at")
            assert [row["code"] for row in arrivals] == [CODES[0], CODES[2], CODES[1]]
            groups = venue_status(machine.store)["duplicates"]
            assert [e["kiosk_id"] for e in groups[0]["entries"]] == ["behind", "ahead"]  # the server's order
            first, second = (entry["at"] for entry in groups[0]["entries"])
            assert first < second  # in one clock's terms: behind's was first in fact, too
