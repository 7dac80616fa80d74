"""Syncing a machine with the venue server: once (`sync_once`, `kiosk sync --once`), or as the sync process
(`serve`, `kiosk sync`) that stays connected, wakes on NOTIFY and on new local rows, and reconnects with
back-off when the network or the server fails."""

import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg

from kiosk.common.timeutil import to_iso, utc_now
from kiosk.event.folder import Event, open_event
from kiosk.event.store import Store
from kiosk.venue import local
from kiosk.venue.connection import CHANNEL, NO_RIGHTS, NO_SCHEMA, VenueError, connect, explain, venue_url
from kiosk.venue.pull import pull_batch, retry_waiting
from kiosk.venue.push import push_batch
from kiosk.venue.server import check_rights, venue_id

Clock = Callable[[], datetime]
LOCAL_POLL_S = 0.1  # how often the process looks for new local rows (a cheap read)
PULL_EVERY_S = 5.0  # a pull even without a NOTIFY (cheap when nothing is new)
GATHER_S = 0.05  # after a wake-up, the NOTIFYs of this long are taken in one round (fewer write transactions)
NOTE_EVERY_S = 1.0  # a round that changed nothing notes the time of its pull at most this often
BACKOFF_FIRST_S, BACKOFF_MAX_S = 0.5, 10.0
MAX_BATCHES = 100_000  # bounds every loop: 20 million rows per round


@dataclass
class SyncResult:
    """One round: rows sent, rows new to this machine, this machine's check-ins the server found second."""

    pushed: int = 0
    pulled: int = 0
    duplicates: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """`kiosk sync --once --json`."""
        return {"pushed": self.pushed, "pulled": self.pulled}


def measure_offset(conn: psycopg.Connection, clock: Clock) -> int:
    """The server's clock minus this machine's, in ms (the round trip's middle)."""
    before = clock()
    row = conn.execute("SELECT clock_timestamp()").fetchone()
    after = clock()
    assert row is not None
    middle = before + (after - before) / 2
    return round((row[0] - middle).total_seconds() * 1000)


def open_session(store: Store, conn: psycopg.Connection, clock: Clock) -> None:
    """After connecting: the role may sync, the clock offset is measured, the machine counts as connected."""
    missing = check_rights(conn)
    if missing:
        raise VenueError("; ".join(missing), NO_SCHEMA if "schema" in missing[0] else NO_RIGHTS)
    local.meet_server(store, venue_id(conn))
    local.save(store, {local.OFFSET_MS: measure_offset(conn, clock), local.CONNECTED: 1,
                       local.LAST_CONTACT: to_iso(clock()), local.LAST_ERROR: "", local.LAST_ERROR_KIND: ""})


def sync_round(store: Store, conn: psycopg.Connection, clock: Clock = utc_now) -> SyncResult:
    """Push everything waiting, then pull everything new."""
    result = SyncResult()
    for _ in range(MAX_BATCHES):
        taken, sent = push_batch(store, conn, local.offset_ms(store))
        result.pushed += sent
        if not taken:
            break
    if result.pushed:
        local.save(store, {local.LAST_PUSH: to_iso(clock())})
    for _ in range(MAX_BATCHES):
        fetched, pulled = pull_batch(store, conn)
        result.pulled += pulled.pulled
        result.duplicates += pulled.duplicates
        if not fetched:
            break
    retry_waiting(store)
    return result


def note_pull(store: Store, clock: Clock = utc_now) -> None:
    """Remember when the server was last heard from and pulled (what staff see as the last pull)."""
    local.save(store, {local.LAST_PULL: to_iso(clock()), local.LAST_CONTACT: to_iso(clock())})


def went_offline(store: Store, error: VenueError, clock: Clock = utc_now) -> None:
    """Remember that the server cannot be used (since when, why)."""
    values: dict[str, Any] = {local.CONNECTED: 0, local.LAST_ERROR: str(error), local.LAST_ERROR_KIND: error.kind}
    if local.get(store, local.CONNECTED, "0") != "0" or not local.get(store, local.OFFLINE_SINCE):
        values[local.OFFLINE_SINCE] = to_iso(clock())
    local.save(store, values)


def sync_once(event: Event, url: str | None = None, clock: Clock = utc_now) -> SyncResult:
    """Connect, push and pull everything once, disconnect (`kiosk sync --once`; usable in process, e.g. by
    tests). VenueError when the server cannot be used (the machine's state then says offline)."""
    url = url or venue_url(event.config)
    try:
        with connect(url, event.config, event.folder, application_name=f"kiosk sync {event.store.kiosk_id}") as conn:
            open_session(event.store, conn, clock)
            result = sync_round(event.store, conn, clock)
            note_pull(event.store, clock)
            return result
    except VenueError as error:
        went_offline(event.store, error, clock)
        raise
    except psycopg.Error as error:
        venue_error = explain(error, url)
        went_offline(event.store, venue_error, clock)
        raise venue_error from error


def serve(folder: Path, kiosk_id: str, stop: threading.Event, on_change: Callable[[str], None] = print,
          url: str | None = None) -> None:
    """The sync process: until `stop` is set, stay connected, sync on every NOTIFY, every new local row and every
    few seconds; on failure say so once and reconnect with growing back-off. `on_change` gets one line per change
    (`connected`, `offline <why>`, `pushed N`, `pulled N`, `duplicate <check-in id>`, `busy <why>`, `error <what>`)."""
    event = open_event(folder, kiosk_id)
    backoff = BACKOFF_FIRST_S
    offline_said = ""
    try:
        url = url or venue_url(event.config)
        while not stop.is_set():
            try:
                with connect(url, event.config, folder, application_name=f"kiosk sync {kiosk_id}") as conn:
                    open_session(event.store, conn, utc_now)
                    conn.execute(f"LISTEN {CHANNEL}")
                    on_change("connected")
                    offline_said, backoff = "", BACKOFF_FIRST_S
                    _stay(event.store, conn, stop, on_change)
            except (VenueError, psycopg.Error) as error:
                venue_error = error if isinstance(error, VenueError) else explain(error, url)
                went_offline(event.store, venue_error)
                message = str(venue_error)
                if message != offline_said:
                    on_change(f"offline {message}")
                    offline_said = message
                stop.wait(backoff)
                backoff = min(backoff * 2, BACKOFF_MAX_S)
            except sqlite3.OperationalError as error:  # this machine's database stayed locked: try again soon
                on_change(f"busy {error}")
                stop.wait(backoff)
                backoff = min(backoff * 2, BACKOFF_MAX_S)
            except Exception as error:  # a fault of this program: said on one line, tried again, never a stop
                on_change(f"error {type(error).__name__}: {error}")
                stop.wait(BACKOFF_MAX_S)
    finally:
        event.close()


def _stay(store: Store, conn: psycopg.Connection, stop: threading.Event, on_change: Callable[[str], None]) -> None:
    """Sync while connected: at once, then whenever woken; raises when the connection fails."""
    last_local = -1
    since_pull = PULL_EVERY_S
    noted = 0.0
    while not stop.is_set():
        newest = store.conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
        if newest != last_local or since_pull >= PULL_EVERY_S:
            result = sync_round(store, conn)
            _report(result, on_change)
            if result.pushed or result.pulled or time.monotonic() - noted >= NOTE_EVERY_S:
                note_pull(store)
                noted = time.monotonic()
            last_local = store.conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
            since_pull = 0.0
        woken = any(True for _ in conn.notifies(timeout=LOCAL_POLL_S, stop_after=1))
        if woken:  # others' rows come in bursts: gather them, then one round for all
            stop.wait(GATHER_S)
            for _ in conn.notifies(timeout=0):
                pass
        since_pull = PULL_EVERY_S if woken else since_pull + LOCAL_POLL_S


def _report(result: SyncResult, on_change: Callable[[str], None]) -> None:
    if result.pushed:
        on_change(f"pushed {result.pushed}")
    if result.pulled:
        on_change(f"pulled {result.pulled}")
    for checkin_id in result.duplicates:
        on_change(f"duplicate {checkin_id}")
