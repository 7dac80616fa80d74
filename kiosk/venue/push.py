"""Push: this machine's event rows to the server, idempotently, one PostgreSQL transaction per batch."""

import json
from datetime import timedelta
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from kiosk.common.timeutil import from_iso
from kiosk.event.store import Store
from kiosk.venue import local
from kiosk.venue.connection import CHANNEL

BATCH = 200
TICKET_VOTER = "ticket:"
_INSERT = ("INSERT INTO events (id, kiosk_id, at, server_at, kind, payload) VALUES (%s, %s, %s, %s, %s, %s)"
           " ON CONFLICT (id) DO NOTHING")


def portable(payloads: list[dict[str, Any]], uids: dict[int, str]) -> list[dict[str, Any]]:
    """Payloads with the portable ids another machine needs: `attendee_uid` beside `attendee_id`, `voter_uid`
    beside a ticket voter (`ticket:<attendee id>`)."""
    out = []
    for payload in payloads:
        extra: dict[str, Any] = {}
        attendee_id = payload.get("attendee_id")
        if isinstance(attendee_id, int) and attendee_id in uids:
            extra["attendee_uid"] = uids[attendee_id]
        voter = payload.get("voter")
        if isinstance(voter, str) and voter.startswith(TICKET_VOTER):
            number = voter[len(TICKET_VOTER):]
            if number.isdigit() and int(number) in uids:
                extra["voter_uid"] = TICKET_VOTER + uids[int(number)]
        out.append({**payload, **extra})
    return out


def _uids(store: Store, payloads: list[dict[str, Any]]) -> dict[int, str]:
    """The portable ids of the attendees the payloads name."""
    wanted: set[int] = set()
    for payload in payloads:
        if isinstance(payload.get("attendee_id"), int):
            wanted.add(payload["attendee_id"])
        voter = payload.get("voter")
        if isinstance(voter, str) and voter.startswith(TICKET_VOTER) and voter[len(TICKET_VOTER):].isdigit():
            wanted.add(int(voter[len(TICKET_VOTER):]))
    if not wanted:
        return {}
    ids = sorted(wanted)
    rows = store.conn.execute(f"SELECT id, uid FROM attendees WHERE id IN ({','.join('?' * len(ids))})", ids)
    return {row[0]: row[1] for row in rows if row[1]}


def push_batch(store: Store, conn: psycopg.Connection, offset_ms: int, limit: int = BATCH) -> tuple[int, int]:
    """Send the oldest rows of the outbox (at most `limit`); (rows taken from the outbox, rows sent): (0, 0)
    when the outbox is empty. Local-only rows are taken, never sent."""
    rows = local.outbox(store, limit)
    if not rows:
        return 0, 0
    sendable = [row for row in rows if row[4] not in local.LOCAL_ONLY_KINDS]
    payloads = [json.loads(row[5]) for row in sendable]
    enriched = portable(payloads, _uids(store, payloads))
    offset = timedelta(milliseconds=offset_ms)
    values = [(row[1], row[2], from_iso(row[3]), from_iso(row[3]) + offset, row[4], Jsonb(payload))
              for row, payload in zip(sendable, enriched, strict=True)]
    if values:
        with conn.transaction():
            with conn.cursor() as cursor:
                cursor.executemany(_INSERT, values)
            conn.execute(f"NOTIFY {CHANNEL}")
    with store.transaction() as sqlite:  # the server has them now (a crash before this only sends them again)
        local.mark_sent(sqlite, [row[0] for row in sendable], local.OWN)
        local.mark_sent(sqlite, [row[0] for row in rows if row[4] in local.LOCAL_ONLY_KINDS], local.LOCAL)
    return len(rows), len(sendable)
