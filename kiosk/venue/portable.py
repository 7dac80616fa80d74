"""Ids that mean the same on every machine: added to a payload on its way to the server (`outbound`), and
turned back into this machine's ids when a row comes in (`inbound`).

Local attendee ids differ per machine: `attendee_id` travels with `attendee_uid`. A poll's voter is not in the
local log (a ballot's event names no person): the ballot's voter is looked up when it is sent (`voter`, and
`voter_uid` for a ticket voter), and a Q&A entry travels as its natural key `entry_key` = [poll, round, voter,
normalised text]. Incoming rows keep none of these in the local log.
"""

import json
import sqlite3
from typing import Any

from kiosk.event.store import Store

TICKET = "ticket:"
OUTBOUND_ONLY = ("voter", "voter_uid", "entry_key")  # kept out of the local log


def _uid(conn: sqlite3.Connection, attendee_id: Any) -> str | None:
    if not isinstance(attendee_id, int):
        return None
    row = conn.execute("SELECT uid FROM attendees WHERE id = ?", (attendee_id,)).fetchone()
    return row[0] if row else None


def portable_voter(conn: sqlite3.Connection, voter: str) -> str:
    """A voter id as every machine knows it: `ticket:<attendee uid>` for a ticket, else as it is."""
    number = voter[len(TICKET):] if voter.startswith(TICKET) else ""
    uid = _uid(conn, int(number)) if number.isdigit() else None
    return TICKET + uid if uid else voter


def local_voter(conn: sqlite3.Connection, voter: str) -> str | None:
    """A portable voter id as this machine knows it (None: a ticket whose guest is not here yet)."""
    if not voter.startswith(TICKET) or voter[len(TICKET):].isdigit():
        return voter
    row = conn.execute("SELECT id FROM attendees WHERE uid = ?", (voter[len(TICKET):],)).fetchone()
    return f"{TICKET}{row[0]}" if row else None


def _entry_key(conn: sqlite3.Connection, entry_id: Any) -> list[Any] | None:
    row = conn.execute("SELECT poll, round, voter, norm FROM poll_entries WHERE id = ?", (entry_id,)).fetchone()
    return [row[0], row[1], portable_voter(conn, row[2]), row[3]] if row else None


def local_entry(conn: sqlite3.Connection, key: list[Any] | None) -> int | None:
    """This machine's id of the Q&A entry with that portable key."""
    if not key:
        return None
    voter = local_voter(conn, key[2])
    row = conn.execute("SELECT id FROM poll_entries WHERE poll = ? AND round = ? AND voter = ? AND norm = ?",
                       (key[0], key[1], voter, key[3])).fetchone()
    return int(row[0]) if row else None


def outbound(store: Store, kind: str, at: str, payload: dict[str, Any]) -> dict[str, Any]:
    """The payload as the server gets it: with the portable ids another machine needs to apply it."""
    conn = store.conn
    extra: dict[str, Any] = {}
    uid = _uid(conn, payload.get("attendee_id"))
    if uid:
        extra["attendee_uid"] = uid
    voter = None
    if kind == "poll_ballot":
        voter = conn.execute("SELECT voter FROM poll_ballots WHERE seq = ?", (payload.get("ballot"),)).fetchone()
    elif kind == "poll_question":
        voter = conn.execute("SELECT voter FROM poll_entries WHERE id = ?", (payload.get("entry"),)).fetchone()
    elif kind == "poll_upvote":
        voter = conn.execute("SELECT voter FROM poll_upvotes WHERE entry = ? AND at = ? LIMIT 1",
                             (payload.get("entry"), at)).fetchone()
    if voter:
        extra["voter"] = voter[0]
        extra["voter_uid"] = portable_voter(conn, voter[0])
    if kind in ("poll_upvote", "poll_moderated"):
        extra["entry_key"] = _entry_key(conn, payload.get("entry"))
    return {**payload, **extra}


def inbound(store: Store, payload: dict[str, Any]) -> dict[str, Any]:
    """A server payload as this machine logs it: its own attendee id (None while the guest is not here), the
    attendee's uid kept, no voter, no other machine's ballot or entry number."""
    out = {k: v for k, v in payload.items() if k not in OUTBOUND_ONLY}
    if "attendee_uid" in payload:
        row = store.conn.execute("SELECT id FROM attendees WHERE uid = ?", (payload["attendee_uid"],)).fetchone()
        out["attendee_id"] = row[0] if row else None
    for origin_only in ("ballot", "entry"):
        if origin_only in out:
            out[origin_only] = None
    return out


def logged(payload: dict[str, Any]) -> str:
    """A payload as JSON for the local log."""
    return json.dumps(payload, ensure_ascii=False)
