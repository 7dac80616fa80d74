"""Applying other machines' event rows to this machine's state: one function per kind (`APPLIERS`), each a
no-op for a row it applied before, each raising `NotYet` when what the row refers to has not come yet."""

import json
import sqlite3
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any

from kiosk.attendees import records
from kiosk.common.timeutil import from_iso, to_iso
from kiosk.event.store import Store
from kiosk.tickets.codes import code_key
from kiosk.venue import local
from kiosk.venue.apply_polls import POLL_APPLIERS
from kiosk.venue.apply_programme import PROGRAMME_APPLIERS
from kiosk.venue.remote import DUPLICATE, NotYet, Remote


def attendee_id_of(store: Store, uid: str | None) -> int | None:
    """The local id of the attendee with that portable id."""
    if not uid:
        return None
    row = store.conn.execute("SELECT id FROM attendees WHERE uid = ?", (uid,)).fetchone()
    return int(row[0]) if row else None


def _attendee(store: Store, payload: dict[str, Any]) -> records.Attendee:
    """The attendee a payload names by portable id; NotYet while it is not here."""
    attendee_id = attendee_id_of(store, payload.get("attendee_uid"))
    attendee = records.get(store, attendee_id) if attendee_id is not None else None
    if attendee is None:
        raise NotYet(f"attendee {payload.get('attendee_uid')}")
    return attendee


# Attendees ---------------------------------------------------------------------------------------------------


def _attendee_added(store: Store, remote: Remote) -> None:
    """A walk-in or an imported guest: added once (by portable id); a code this machine gives someone else
    already is left to that holder (the server's order decided the uid, not the code)."""
    payload = remote.payload
    uid = payload.get("attendee_uid")
    key = code_key(payload.get("code", ""))
    if not uid or not key or attendee_id_of(store, uid) is not None:
        return
    if store.conn.execute("SELECT 1 FROM attendees WHERE code_key = ?", (key,)).fetchone():
        return
    row: dict[str, Any] = {k: payload.get(k, "") for k in records.EDITABLE}
    next_id = store.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM attendees").fetchone()[0]
    row.update(id=next_id, code=payload["code"], code_key=key, cancelled=int(bool(payload.get("cancelled"))),
               source=payload.get("source", records.IMPORT), search_key=records.key_for(row),
               at=to_iso(remote.local_at), uid=uid)
    records.write_new(store, [row])


def _later(store: Store, kind: str, attendee_id: int, remote: Remote) -> list[dict[str, Any]]:
    """The payloads of this attendee's rows of a kind that come after `remote` in the server's order (or go to
    the server after it: not sent yet). NotYet while one of this machine's is sent but not placed yet."""
    assert kind in _LAST_WRITER_KINDS  # each has a partial index (events_<kind>)
    rows = store.conn.execute(
        f"SELECT e.payload, s.state, s.server_seq FROM events e INDEXED BY events_{kind}"
        f" LEFT JOIN venue_synced s ON s.seq = e.seq"
        f" WHERE json_extract(e.payload, '$.attendee_id') = ? AND e.kind = '{kind}' AND e.id != ?",
        (attendee_id, remote.id)).fetchall()
    later = []
    for payload, state, server_seq in rows:
        if state is not None and server_seq is None:
            raise NotYet("the server's place of this machine's own change")
        if state is None or server_seq > remote.server_seq:
            later.append(json.loads(payload))
    return later


def _attendee_changed(store: Store, remote: Remote) -> None:
    """Fields another machine changed, except those a later change (the server's order) set: the last writer
    wins, the same on every machine."""
    attendee = _attendee(store, remote.payload)
    current = asdict(attendee)
    allowed = (*records.EDITABLE, "cancelled")
    overwritten = {name for later in _later(store, "attendee_changed", attendee.id, remote) for name in later["after"]}
    changed = {k: v for k, v in remote.payload.get("after", {}).items()
               if k in allowed and k not in overwritten and current.get(k) != v}
    list_values = remote.payload.get("list_values")
    if changed or list_values is not None:
        records.write_changes(store, attendee, changed, remote.local_at, list_values)


def _attendee_code_replaced(store: Store, remote: Remote) -> None:
    attendee = _attendee(store, remote.payload)
    new_code = remote.payload.get("new_code", "")
    if new_code and attendee.code != new_code and not _later(store, "attendee_code_replaced", attendee.id, remote):
        records.write_code(store, attendee, new_code, remote.local_at, remote.payload.get("reason", ""))


def _topics_chosen(store: Store, remote: Remote) -> None:
    attendee = _attendee(store, remote.payload)
    if _later(store, "topics_chosen", attendee.id, remote):
        return
    store.conn.execute("DELETE FROM topic_choices WHERE attendee_id = ?", (attendee.id,))
    store.conn.executemany("INSERT OR IGNORE INTO topic_choices (attendee_id, topic, kind) VALUES (?, ?, ?)",
                           [(attendee.id, topic, kind) for topic, kind in remote.payload.get("topics", [])])


_LAST_WRITER_KINDS = ("attendee_changed", "attendee_code_replaced", "topics_chosen")


# Check-ins ---------------------------------------------------------------------------------------------------


def _checkin(store: Store, remote: Remote) -> None:
    """Another machine's check-in. The server's verdict stands: a duplicate is kept flagged; a first check-in
    wins over a local one the server has not seen (flagged here at once). Where one the server accepted is
    active here too, one of the two was undone before the other came: a later one means this row's undo is on
    its way (applied with it, once here), an earlier one that its undo is (this row waits)."""
    attendee = _attendee(store, remote.payload)
    day = remote.payload.get("day", "")
    conn = store.conn
    undo = None
    if remote.verdict != DUPLICATE:
        rivals = conn.execute(
            "SELECT c.id, s.state, s.server_seq FROM checkins c JOIN events e ON e.id = c.id"
            " LEFT JOIN venue_synced s ON s.seq = e.seq WHERE c.attendee_id = ? AND c.day = ?"
            " AND c.undone_at IS NULL AND c.duplicate_of IS NULL",
            (attendee.id, day)).fetchall()
        placed = [(rival, seq) for rival, state, seq in rivals if state is not None]
        if any(seq is None or seq < remote.server_seq for _, seq in placed):
            raise NotYet(f"an undo of {placed[0][0]} (or its place on the server)")
        if placed:
            undo = _undo_of(store, remote.id)
        for rival, state, _ in rivals:
            if state is None:
                flag_duplicate(store, rival, remote.id, attendee.id, remote.local_at)
    conn.execute("INSERT INTO checkins (id, attendee_id, at, kiosk_id, method, day, duplicate_of, undone_at,"
                 " undone_by, undo_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (remote.id, attendee.id, to_iso(remote.local_at), remote.kiosk_id,
                  remote.payload.get("method", ""), day, (remote.winner or None) if remote.verdict else None,
                  *(undo or (None, None, None))))


def _undo_of(store: Store, checkin_id: str) -> tuple[str, str, str]:
    """(when on this machine's clock, by which machine, why) of a check-in's undo that is here (stored, maybe
    waiting for the check-in); NotYet while it is not."""
    row = store.conn.execute(
        "SELECT s.server_at, e.kiosk_id, e.payload FROM events e JOIN venue_synced s ON s.seq = e.seq"
        " WHERE e.kind = 'checkin_undone' AND json_extract(e.payload, '$.checkin_id') = ?", (checkin_id,)).fetchone()
    if row is None:
        raise NotYet(f"the undo of {checkin_id}")
    at = from_iso(row[0]) - timedelta(milliseconds=local.offset_ms(store))
    return to_iso(at), row[1], json.loads(row[2]).get("reason", "")


def _checkin_undone(store: Store, remote: Remote) -> None:
    checkin_id = remote.payload.get("checkin_id")
    found = store.conn.execute("SELECT undone_at FROM checkins WHERE id = ?", (checkin_id,)).fetchone()
    if found is None:
        raise NotYet(f"check-in {checkin_id}")
    if found[0] is None:
        store.conn.execute("UPDATE checkins SET undone_at = ?, undone_by = ?, undo_reason = ? WHERE id = ?",
                           (to_iso(remote.local_at), remote.kiosk_id, remote.payload.get("reason", ""), checkin_id))
        _unflag_accepted(store, checkin_id, remote.local_at)


def flag_duplicate(store: Store, checkin_id: str, winner: str, attendee_id: int, at: datetime) -> None:
    """Flag a check-in as a second entry of its guest that day (kept, never deleted), with an event row."""
    store.conn.execute("UPDATE checkins SET duplicate_of = ? WHERE id = ?", (winner, checkin_id))
    local.record_local(store, "checkin_duplicate", {"checkin_id": checkin_id, "winner": winner,
                                                    "attendee_id": attendee_id}, at)


def apply_verdict(store: Store, remote: Remote) -> bool:
    """The server's verdict on a row this machine has (its own, mostly): a check-in it found second is flagged;
    one flagged here early that the server accepted after all is unflagged. True when newly flagged."""
    if remote.kind != "checkin":
        return False
    row = store.conn.execute("SELECT attendee_id, duplicate_of FROM checkins WHERE id = ?", (remote.id,)).fetchone()
    if row is None:
        return False
    if remote.verdict == DUPLICATE:
        if row[1] == remote.winner:
            return False
        flag_duplicate(store, remote.id, remote.winner, row[0], remote.local_at)
        return row[1] is None
    if row[1] is not None:
        unflag(store, remote.id, remote.local_at)
    return False


def unflag(store: Store, checkin_id: str, at: datetime) -> None:
    """A check-in flagged here early that the server accepted after all counts again, with an event row; while
    another of that day still counts here (its undo has not come) the flag stays, and that undo lifts it."""
    try:
        store.conn.execute("UPDATE checkins SET duplicate_of = NULL WHERE id = ?", (checkin_id,))
    except sqlite3.IntegrityError:
        return
    local.record_local(store, "checkin_counted", {"checkin_id": checkin_id}, at)


def _unflag_accepted(store: Store, undone: str, at: datetime) -> None:
    """After an undo: the check-ins flagged here as second to the one undone that the server accepted."""
    for (checkin_id,) in store.conn.execute(
            "SELECT c.id FROM checkins c JOIN events e ON e.id = c.id JOIN venue_synced s ON s.seq = e.seq"
            " WHERE c.duplicate_of = ? AND c.undone_at IS NULL AND s.server_seq IS NOT NULL AND s.verdict = ''",
            (undone,)).fetchall():
        unflag(store, checkin_id, at)


# The registry ------------------------------------------------------------------------------------------------

Applier = Callable[[Store, Remote], None]
APPLIERS: dict[str, Applier] = {
    "attendee_added": _attendee_added,
    "attendee_changed": _attendee_changed,
    "attendee_code_replaced": _attendee_code_replaced,
    "topics_chosen": _topics_chosen,
    "checkin": _checkin,
    "checkin_undone": _checkin_undone,
    **POLL_APPLIERS,
    **PROGRAMME_APPLIERS,
}
# Kinds that are only a record (of one machine's attempts, PIN tries, printing, reports): stored, nothing to apply.
LOG_ONLY = frozenset({
    "checkin_attempt", "pin_ok", "pin_failed", "confirmation_wrong", "confirmation_reset", "attendees_imported",
    "print_queued", "print_started", "print_failed", "print_cancelled", "print_retry_now", "print_requeued",
    "print_released", "print_done", "badge_printed", "secret_created",
})


def apply_remote(store: Store, remote: Remote) -> bool:
    """Apply a row another machine wrote (inside the caller's transaction); False for a kind this version does
    not apply (it is stored and counted). NotYet: try again later."""
    applier = APPLIERS.get(remote.kind)
    if applier is None:
        return remote.kind in LOG_ONLY
    applier(store, remote)
    return True
