"""Push: this machine's event rows to the server, idempotently, one PostgreSQL transaction per batch."""

import json
from datetime import timedelta

import psycopg
from psycopg.types.json import Jsonb

from kiosk.common.timeutil import from_iso
from kiosk.event.store import Store
from kiosk.venue import local
from kiosk.venue.connection import CHANNEL
from kiosk.venue.portable import outbound

BATCH = 200
_INSERT = ("INSERT INTO events (id, kiosk_id, at, server_at, kind, payload) VALUES (%s, %s, %s, %s, %s, %s)"
           " ON CONFLICT (id) DO NOTHING")


def push_batch(store: Store, conn: psycopg.Connection, offset_ms: int, limit: int = BATCH) -> tuple[int, int]:
    """Send the oldest rows of the outbox (at most `limit`); (rows taken from the outbox, rows sent): (0, 0)
    when the outbox is empty. Local-only rows are taken, never sent."""
    rows = local.outbox(store, limit)
    if not rows:
        return 0, 0
    sendable = [row for row in rows if row[4] not in local.LOCAL_ONLY_KINDS]
    offset = timedelta(milliseconds=offset_ms)
    values = [(row[1], row[2], from_iso(row[3]), from_iso(row[3]) + offset, row[4],
               Jsonb(outbound(store, row[4], row[3], json.loads(row[5])))) for row in sendable]
    if values:
        with conn.transaction():
            with conn.cursor() as cursor:
                cursor.executemany(_INSERT, values)
            conn.execute(f"NOTIFY {CHANNEL}")
    with store.transaction() as sqlite:  # the server has them now (a crash before this only sends them again)
        local.mark_sent(sqlite, [row[0] for row in sendable], local.OWN)
        local.mark_sent(sqlite, [row[0] for row in rows if row[4] in local.LOCAL_ONLY_KINDS], local.LOCAL)
    return len(rows), len(sendable)
