"""Pull: every server row this machine has not seen, in an order no late commit can slip behind, written and
applied in short SQLite transactions."""

import json
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import psycopg

from kiosk.common.timeutil import to_iso
from kiosk.event.store import Store
from kiosk.venue import local
from kiosk.venue.apply import apply_remote, apply_verdict
from kiosk.venue.portable import inbound, logged
from kiosk.venue.remote import NotYet, Remote

BATCH = 200
TRANSACTION_S = 0.002  # how long one SQLite transaction of a pull writes at most
_PULL = """
    SELECT seq, id::text, kiosk_id, at, server_at, kind, payload, xid::text, coalesce(verdict, ''),
           coalesce(winner::text, '')
    FROM events
    WHERE xid < pg_snapshot_xmin(pg_current_snapshot()) AND (xid, seq) > (%s::xid8, %s)
    ORDER BY xid, seq
    LIMIT %s"""


@dataclass
class PullResult:
    """What one pull brought: rows new to this machine, and its check-ins the server found second."""

    pulled: int = 0
    duplicates: list[str] = field(default_factory=list)


def pull_batch(store: Store, conn: psycopg.Connection, limit: int = BATCH) -> tuple[int, PullResult]:
    """Fetch and apply the next rows beyond the cursor; (rows fetched, what changed here). 0 rows: up to date."""
    cursor = (local.get(store, local.CURSOR_XID, "0"), int(local.get(store, local.CURSOR_SEQ, "0")))
    rows = conn.execute(_PULL, (cursor[0], cursor[1], limit)).fetchall()  # type: ignore[arg-type]
    result = PullResult()
    offset = timedelta(milliseconds=local.offset_ms(store))
    done = 0
    while done < len(rows):  # short transactions: a kiosk's scan waits for the write lock a few ms at most
        with store.transaction() as sqlite:
            started, first = time.monotonic(), done
            while done < len(rows) and (done == first or time.monotonic() - started < TRANSACTION_S):
                row = rows[done]
                remote = Remote(server_seq=row[0], id=row[1], kiosk_id=row[2], at=row[3], server_at=row[4],
                                kind=row[5], payload=row[6], verdict=row[8], winner=row[9], local_at=row[4] - offset)
                _take(store, sqlite, remote, result)
                done += 1
            _retry_waiting(store, sqlite, offset)  # a new row, or a verdict on an own one, may unblock them
            local.put(sqlite, {local.CURSOR_XID: rows[done - 1][7], local.CURSOR_SEQ: rows[done - 1][0]})
    return len(rows), result


def _take(store: Store, sqlite: sqlite3.Connection, remote: Remote, result: PullResult) -> None:
    """One server row: the verdict on a row this machine has, or a new row stored and applied."""
    known = sqlite.execute("SELECT seq FROM events WHERE id = ?", (remote.id,)).fetchone()
    if known:
        sqlite.execute("INSERT INTO venue_synced (seq, state) VALUES (?, ?) ON CONFLICT (seq) DO NOTHING",
                       (known[0], local.OWN))
        sqlite.execute("UPDATE venue_synced SET server_seq = ?, server_at = ?, verdict = ?, winner = ? WHERE seq = ?",
                       (remote.server_seq, to_iso(remote.server_at), remote.verdict, remote.winner, known[0]))
        if apply_verdict(store, remote):
            result.duplicates.append(remote.id)
        return
    state = _apply(store, sqlite, remote)
    sqlite.execute("INSERT INTO events (id, kiosk_id, at, kind, payload) VALUES (?, ?, ?, ?, ?)",
                   (remote.id, remote.kiosk_id, to_iso(remote.at), remote.kind, logged(inbound(store, remote.payload))))
    sqlite.execute("INSERT INTO venue_synced (seq, state, server_seq, server_at, verdict, winner, payload)"
                   " VALUES (last_insert_rowid(), ?, ?, ?, ?, ?, ?)",
                   (state, remote.server_seq, to_iso(remote.server_at), remote.verdict, remote.winner,
                    logged(remote.payload) if state == local.WAITING else ""))
    result.pulled += 1


def _apply(store: Store, sqlite: sqlite3.Connection, remote: Remote) -> str:
    """Apply a remote row to the local state, all or nothing (a savepoint); its `venue_synced` state."""
    sqlite.execute("SAVEPOINT venue_apply")
    try:
        applied = apply_remote(store, remote)
    except (NotYet, sqlite3.IntegrityError):
        sqlite.execute("ROLLBACK TO venue_apply")
        sqlite.execute("RELEASE venue_apply")
        return local.WAITING
    except sqlite3.OperationalError:
        raise  # this database, not the row: the round is tried again
    except Exception:  # a row this version cannot read (another version's payload): kept, counted, never a stop
        sqlite.execute("ROLLBACK TO venue_apply")
        sqlite.execute("RELEASE venue_apply")
        return local.UNKNOWN
    sqlite.execute("RELEASE venue_apply")
    return local.APPLIED if applied else local.UNKNOWN


def retry_waiting(store: Store) -> None:
    """Apply what waits, if anything does (after a restart, say), in a transaction of its own."""
    if store.conn.execute("SELECT 1 FROM venue_synced WHERE state = ? LIMIT 1", (local.WAITING,)).fetchone():
        with store.transaction() as sqlite:
            _retry_waiting(store, sqlite, timedelta(milliseconds=local.offset_ms(store)))


def _retry_waiting(store: Store, sqlite: sqlite3.Connection, offset: timedelta) -> None:
    """Apply the rows that waited, now that more have come (oldest first, until a round applies none)."""
    while True:
        waiting = sqlite.execute(
            "SELECT s.seq, e.id, e.kiosk_id, e.at, s.server_at, e.kind, s.payload, s.verdict, s.winner, s.server_seq"
            " FROM venue_synced s JOIN events e ON e.seq = s.seq WHERE s.state = ? ORDER BY s.server_seq",
            (local.WAITING,)).fetchall()
        progress = False
        for row in waiting:
            server_at = datetime.fromisoformat(row[4])
            remote = Remote(server_seq=row[9], id=row[1], kiosk_id=row[2], at=datetime.fromisoformat(row[3]),
                            server_at=server_at, kind=row[5], payload=json.loads(row[6]), verdict=row[7],
                            winner=row[8], local_at=server_at - offset)
            state = _apply(store, sqlite, remote)
            if state != local.WAITING:
                sqlite.execute("UPDATE venue_synced SET state = ?, payload = '' WHERE seq = ?", (state, row[0]))
                progress = True
        if not progress:
            return
