"""What a machine keeps about syncing in its SQLite database: which event rows the server has (`venue_synced`),
and the pull cursor, times and connection (`venue_state`). Replication bookkeeping, not event state: it is
written without event rows."""

import sqlite3
from datetime import datetime
from typing import Any

from kiosk.event.store import Store

OWN, APPLIED, WAITING, UNKNOWN, LOCAL = "own", "applied", "waiting", "unknown", "local"
LOCAL_ONLY_KINDS = ("checkin_duplicate", "checkin_counted")  # derived from the server's verdicts: never sent
CURSOR_XID, CURSOR_SEQ = "cursor_xid", "cursor_seq"
OUTBOX_LOW = "outbox_low"  # every local event row up to this seq is on the server (or never goes there)
CONNECTED, OFFLINE_SINCE, LAST_CONTACT = "connected", "offline_since", "last_contact"
LAST_PUSH, LAST_PULL, OFFSET_MS, LAST_ERROR = "last_push", "last_pull", "offset_ms", "last_error"
LAST_ERROR_KIND = "last_error_kind"
VENUE_ID = "venue_id"  # the server this machine syncs with


def get(store: Store, key: str, default: str = "") -> str:
    """One value of `venue_state`."""
    row = store.conn.execute("SELECT value FROM venue_state WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else default


def put(conn: sqlite3.Connection, values: dict[str, Any]) -> None:
    """Set values of `venue_state` (inside the caller's transaction)."""
    conn.executemany("INSERT INTO venue_state (key, value) VALUES (?, ?)"
                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     [(key, str(value)) for key, value in values.items()])


def save(store: Store, values: dict[str, Any]) -> None:
    """Set values of `venue_state` in a transaction of their own."""
    with store.transaction() as conn:
        put(conn, values)


def offset_ms(store: Store) -> int:
    """The server's clock minus this machine's, as last measured (0: never)."""
    return int(get(store, OFFSET_MS, "0") or 0)


def outbox(store: Store, limit: int) -> list[tuple[int, str, str, str, str, str]]:
    """The oldest local event rows the server does not have: (seq, id, kiosk_id, at, kind, payload)."""
    low = int(get(store, OUTBOX_LOW, "0") or 0)
    return store.conn.execute(
        "SELECT e.seq, e.id, e.kiosk_id, e.at, e.kind, e.payload FROM events e WHERE e.seq > ?"
        " AND NOT EXISTS (SELECT 1 FROM venue_synced s WHERE s.seq = e.seq) ORDER BY e.seq LIMIT ?",
        (low, limit)).fetchall()


def outbox_size(store: Store) -> int:
    """How many local event rows wait to go to the server."""
    low = int(get(store, OUTBOX_LOW, "0") or 0)
    row = store.conn.execute("SELECT count(*) FROM events e WHERE e.seq > ?"
                             " AND NOT EXISTS (SELECT 1 FROM venue_synced s WHERE s.seq = e.seq)", (low,)).fetchone()
    return int(row[0])


def mark_sent(conn: sqlite3.Connection, seqs: list[int], state: str = OWN) -> None:
    """These local rows are on the server now (or, LOCAL, never go there); moves the outbox's low mark."""
    conn.executemany("INSERT OR IGNORE INTO venue_synced (seq, state) VALUES (?, ?)", [(s, state) for s in seqs])
    low = int((conn.execute("SELECT value FROM venue_state WHERE key = ?", (OUTBOX_LOW,)).fetchone() or (0,))[0])
    first_open = conn.execute("SELECT min(e.seq) FROM events e WHERE e.seq > ?"
                              " AND NOT EXISTS (SELECT 1 FROM venue_synced s WHERE s.seq = e.seq)", (low,)).fetchone()
    if first_open[0] is not None:
        put(conn, {OUTBOX_LOW: first_open[0] - 1})
    else:
        put(conn, {OUTBOX_LOW: conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]})


def record_local(store: Store, kind: str, payload: dict[str, Any], at: datetime) -> None:
    """A local-only event row (derived from the server: never sent), inside the caller's transaction."""
    event_id = store.record(kind, payload, at)
    seq = store.conn.execute("SELECT seq FROM events WHERE id = ?", (event_id,)).fetchone()[0]
    store.conn.execute("INSERT INTO venue_synced (seq, state) VALUES (?, ?)", (seq, LOCAL))


def meet_server(store: Store, server: str) -> None:
    """Remember the server's identity; behind the URL is another server than last time (a new one, or one set
    up again): pull it from the start and send it this machine's rows again (it ignores the ones it has)."""
    known = get(store, VENUE_ID)
    if known == server:
        return
    with store.transaction() as conn:
        if known:
            conn.execute("DELETE FROM venue_synced WHERE state = ?", (OWN,))
            conn.execute("DELETE FROM venue_state WHERE key IN (?, ?, ?)", (CURSOR_XID, CURSOR_SEQ, OUTBOX_LOW))
        put(conn, {VENUE_ID: server})
