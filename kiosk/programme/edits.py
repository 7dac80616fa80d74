"""Same-day edits by staff: delay, move to another room, cancel, add, fix a title or speakers, revert.

An edit is an event row plus a `programme_edits` row that sets some fields of a session; it stays on top of
every later import, and the current programme marks a conflict where the source changed the same field."""

import json
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.common.timeutil import to_iso, utc_now
from kiosk.event.store import Store, event_uuid
from kiosk.programme.changes import NEW, Change, diff, write_changes
from kiosk.programme.model import CANCELLED, Session, clean, programme_day
from kiosk.programme.store import (
    PUBLISHED_FIELDS,
    STAFF,
    Edit,
    active_edits,
    effective_fields,
    fields_session,
    load_sessions,
    session_fields,
)

ADDED = "added"


class EditError(Exception):
    """The edit cannot be made (unknown session, bad value); str() says why."""


def delay(store: Store, zone: ZoneInfo, key: str, minutes: int, *, following: bool = False,
          at: datetime | None = None) -> list[str]:
    """Move a session (and, with `following`, the later ones of that room and day) by N minutes; edit ids."""
    at = at or utc_now()
    shift = timedelta(minutes=minutes)
    with store.transaction():
        target = _effective(store, zone, key)
        keys = [key]
        if following:
            keys += [s.key for s in _sessions(store, zone) if s.key != key and s.room == target.room
                     and s.status != CANCELLED and s.start >= target.start
                     and programme_day(s.start) == programme_day(target.start)]
        ids = []
        for each in keys:
            session = _effective(store, zone, each)
            ids.append(_edit(store, each, "delay", {"start": to_iso(session.start + shift),
                                                    "end": to_iso(session.end + shift)}, at))
    return ids


def move_room(store: Store, zone: ZoneInfo, key: str, room: str, at: datetime | None = None) -> str:
    """Move a session to another room."""
    room = clean(room, 200)
    if not room:
        raise EditError("a room is needed")
    return set_fields(store, zone, key, "room", {"room": room}, at)


def cancel(store: Store, zone: ZoneInfo, key: str, at: datetime | None = None) -> str:
    """Cancel a session (it stays visible as cancelled)."""
    return set_fields(store, zone, key, "cancel", {"status": CANCELLED}, at)


def fix(store: Store, zone: ZoneInfo, key: str, *, title: str | None = None,
        speakers: list[str] | None = None, at: datetime | None = None) -> str:
    """Correct the title and/or the speakers of a session."""
    fields: dict[str, Any] = {}
    if title is not None:
        fields["title"] = clean(title, 500)
        if not fields["title"]:
            raise EditError("a title cannot be empty")
    if speakers is not None:
        fields["speakers"] = [name for name in (clean(s, 200) for s in speakers) if name]
    if not fields:
        raise EditError("nothing to change")
    return set_fields(store, zone, key, "fix", fields, at)


def add_session(store: Store, session: Session, at: datetime | None = None) -> str:
    """Add a session staff made up (a key is given by the caller, e.g. `staff:<uuid>`); returns the edit id."""
    at = at or utc_now()
    if not session.title.strip() or not session.room.strip() or session.end < session.start:
        raise EditError("a session needs a title, a room and an end not before its start")
    fields = session_fields(session)
    with store.transaction():
        if store.conn.execute("SELECT 1 FROM programme_sessions WHERE key = ?", (session.key,)).fetchone():
            raise EditError(f"a session with the id {session.key!r} exists already")
        store.conn.execute(
            "INSERT INTO programme_sessions (key, origin, source, published, gone, first_version, last_version) "
            "VALUES (?, ?, ?, ?, 0, 0, 0)",
            (session.key, STAFF, json.dumps(fields, ensure_ascii=False),
             json.dumps({k: fields[k] for k in PUBLISHED_FIELDS}, ensure_ascii=False)))
        write_changes(store, [Change(session.key, NEW, {}, fields)], at, None, STAFF)
        return _write(store, session.key, ADDED, fields, {}, at)  # the event row holds the whole session


def revert(store: Store, zone: ZoneInfo, edit_id: str, at: datetime | None = None) -> None:
    """Undo one edit (an added session is taken off the programme again)."""
    at = at or utc_now()
    with store.transaction():
        row = store.conn.execute("SELECT key, kind FROM programme_edits WHERE id = ? AND reverted_at IS NULL",
                                 (edit_id,)).fetchone()
        if row is None:
            raise EditError(f"no active edit {edit_id!r}")
        key, kind = row
        before = session_fields(_effective(store, zone, key))
        store.conn.execute("UPDATE programme_edits SET reverted_at = ? WHERE id = ?", (to_iso(at), edit_id))
        if kind == ADDED:
            store.conn.execute("UPDATE programme_sessions SET gone = 1 WHERE key = ?", (key,))
        after = session_fields(_effective(store, zone, key, allow_gone=True))
        if kind == ADDED:
            after["status"] = CANCELLED
        write_changes(store, diff(key, before, after), at, None, STAFF)
        store.record("programme_edit_reverted", {"edit": edit_id, "key": key}, at)


def edits_of(store: Store, key: str) -> list[dict[str, Any]]:
    """The active edits of a session, oldest first (what the staff desk shows, with a revert button each)."""
    return [{"id": e.id, "at": e.at, "fields": e.fields, "base": e.base} for e in active_edits(store, key)]


def set_fields(store: Store, zone: ZoneInfo, key: str, kind: str, fields: dict[str, Any],
               at: datetime | None = None) -> str:
    """One edit of a session's stored fields (times as UTC ISO text); returns the edit id."""
    at = at or utc_now()
    with store.transaction():
        _effective(store, zone, key)
        return _edit(store, key, kind, fields, at)


def _edit(store: Store, key: str, kind: str, fields: dict[str, Any], at: datetime) -> str:
    """Write one edit over the source (inside the caller's transaction), with its change rows."""
    stored = load_sessions(store, key)[key]
    before, _, _ = effective_fields(stored, active_edits(store, key))
    base = {name: stored.source.get(name) for name in fields}
    edit_id = _write(store, key, kind, fields, base, at)
    write_changes(store, diff(key, before, {**before, **fields}), at, None, STAFF)
    return edit_id


def _write(store: Store, key: str, kind: str, fields: dict[str, Any], base: dict[str, Any], at: datetime) -> str:
    edit_id = event_uuid()
    _write_edit(store, edit_id, key, kind, fields, base, at)
    store.record("programme_edited", {"edit": edit_id, "key": key, "kind": kind, "fields": fields}, at)
    return edit_id


def _write_edit(store: Store, edit_id: str, key: str, kind: str, fields: dict[str, Any], base: dict[str, Any],
                at: datetime) -> None:
    store.conn.execute(
        "INSERT INTO programme_edits (id, key, kind, at, fields, base) VALUES (?, ?, ?, ?, ?, ?)",
        (edit_id, key, kind, to_iso(at), json.dumps(fields, ensure_ascii=False, sort_keys=True),
         json.dumps(base, ensure_ascii=False, sort_keys=True)))  # sorted: the same on every machine of a venue


def apply_edit(store: Store, edit_id: str, key: str, kind: str, fields: dict[str, Any], at: datetime) -> bool:
    """Write an edit another machine made, with its change rows and without an event row (inside the caller's
    transaction). False when the session is not here (yet); an edit already here is left as it is."""
    if store.conn.execute("SELECT 1 FROM programme_edits WHERE id = ?", (edit_id,)).fetchone():
        return True
    stored = load_sessions(store, key).get(key)
    if kind == ADDED and stored is None:
        store.conn.execute(
            "INSERT INTO programme_sessions (key, origin, source, published, gone, first_version, last_version) "
            "VALUES (?, ?, ?, ?, 0, 0, 0)",
            (key, STAFF, json.dumps(fields, ensure_ascii=False),
             json.dumps({k: fields[k] for k in PUBLISHED_FIELDS}, ensure_ascii=False)))
        write_changes(store, [Change(key, NEW, {}, fields)], at, None, STAFF)
        _write_edit(store, edit_id, key, kind, fields, {}, at)
        return True
    if stored is None:
        return False
    before, _, _ = effective_fields(stored, active_edits(store, key))
    _write_edit(store, edit_id, key, kind, fields, {name: stored.source.get(name) for name in fields}, at)
    write_changes(store, diff(key, before, {**before, **fields}), at, None, STAFF)
    return True


def apply_revert(store: Store, edit_id: str, at: datetime) -> bool:
    """Revert an edit as another machine did, without an event row (inside the caller's transaction). False
    when the edit is not here (yet); an edit reverted already is left as it is."""
    row = store.conn.execute("SELECT key, kind, reverted_at FROM programme_edits WHERE id = ?", (edit_id,)).fetchone()
    if row is None:
        return False
    key, kind, reverted_at = row
    if reverted_at is not None:
        return True
    stored = load_sessions(store, key)[key]
    before, _, _ = effective_fields(stored, active_edits(store, key))
    store.conn.execute("UPDATE programme_edits SET reverted_at = ? WHERE id = ?", (to_iso(at), edit_id))
    if kind == ADDED:
        store.conn.execute("UPDATE programme_sessions SET gone = 1 WHERE key = ?", (key,))
    after, _, _ = effective_fields(load_sessions(store, key)[key], active_edits(store, key))
    if kind == ADDED:
        after = {**after, "status": CANCELLED}
    write_changes(store, diff(key, before, after), at, None, STAFF)
    return True


def _effective(store: Store, zone: ZoneInfo, key: str, allow_gone: bool = False) -> Session:
    stored = load_sessions(store, key).get(key)
    if stored is None or (stored.gone and not allow_gone):
        raise EditError(f"no session {key!r} in the programme")
    fields, _, _ = effective_fields(stored, active_edits(store, key))
    return fields_session(key, fields, zone)


def _sessions(store: Store, zone: ZoneInfo) -> list[Session]:
    edits: dict[str, list[Edit]] = {}
    for edit in active_edits(store):
        edits.setdefault(edit.key, []).append(edit)
    return [fields_session(s.key, effective_fields(s, edits.get(s.key, ()))[0], zone)
            for s in load_sessions(store).values() if not s.gone]

