"""The programme in the event database: each session as its source has it, staff edits on top, and the
current programme that results (with what changed since it was first published, and conflicts).

Tables (see the programme migration in kiosk/event/store.py): `programme_versions` (one row per import),
`programme_sessions` (per key: the latest source fields, the fields as first published, gone or not),
`programme_edits` (staff edits: the fields they set and the source's values they were made against),
`programme_changes` (what each import or edit changed, with its time).
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.common.timeutil import to_iso
from kiosk.event.store import Store
from kiosk.programme.model import CANCELLED, DayNote, Session

FIELDS = ("title", "room", "start", "end", "subtitle", "track", "type", "language", "abstract", "speakers",
          "status")
PUBLISHED_FIELDS = ("title", "room", "start", "end", "speakers")
IMPORT = "import"
BARCAMP = "barcamp"  # the type of barcamp sessions
STAFF = "staff"
# Display states of `kiosk programme list`
SHOWN_SCHEDULED, SHOWN_CANCELLED, SHOWN_MOVED, SHOWN_CHANGED, SHOWN_NEW = (
    "scheduled", "cancelled", "moved", "changed", "new")


def session_fields(session: Session) -> dict[str, Any]:
    """A session as stored: JSON-ready, times as UTC ISO text."""
    return {"title": session.title, "room": session.room, "start": to_iso(session.start), "end": to_iso(session.end),
            "subtitle": session.subtitle, "track": session.track, "type": session.type,
            "language": session.language, "abstract": session.abstract, "speakers": list(session.speakers),
            "status": session.status}


def fields_session(key: str, fields: dict[str, Any], zone: ZoneInfo) -> Session:
    """A stored session back as a Session on the event's wall clock."""
    return Session(key=key, title=fields["title"], room=fields["room"],
                   start=datetime.fromisoformat(fields["start"]).astimezone(zone),
                   end=datetime.fromisoformat(fields["end"]).astimezone(zone),
                   subtitle=fields.get("subtitle", ""), track=fields.get("track", ""), type=fields.get("type", ""),
                   language=fields.get("language", ""), abstract=fields.get("abstract", ""),
                   speakers=tuple(fields.get("speakers", ())), status=fields.get("status", "scheduled"))


@dataclass(frozen=True)
class StoredSession:
    """One row of `programme_sessions`."""

    key: str
    origin: str
    source: dict[str, Any]
    published: dict[str, Any]
    gone: bool
    first_version: int


@dataclass(frozen=True)
class Edit:
    """One active staff edit: the fields it sets, and the source's values of them when it was made."""

    id: str
    key: str
    at: str
    fields: dict[str, Any]
    base: dict[str, Any]


@dataclass(frozen=True)
class Entry:
    """A session of the current programme: the source with staff edits applied, and how it is to be shown."""

    session: Session
    shown: str  # scheduled, cancelled, moved, changed, new
    published: Session  # as first published (old → new)
    origin: str
    edited: tuple[str, ...] = ()  # fields staff changed
    conflicts: tuple[str, ...] = ()  # fields the source changed after staff edited them

    def as_json(self) -> dict[str, Any]:
        """The form of `kiosk programme list --json`."""
        session = self.session
        data: dict[str, Any] = {
            "id": session.key, "title": session.title, "room": session.room,
            "start": session.start.isoformat(), "end": session.end.isoformat(),
            "duration_min": session.duration_min, "speakers": list(session.speakers), "track": session.track,
            "status": self.shown, "subtitle": session.subtitle, "type": session.type, "origin": self.origin,
        }
        if self.shown in (SHOWN_MOVED, SHOWN_CHANGED):
            old = self.published
            data["previous"] = {"title": old.title, "room": old.room, "start": old.start.isoformat(),
                                "end": old.end.isoformat(), "speakers": list(old.speakers)}
        if self.edited:
            data["edited"] = list(self.edited)
        if self.conflicts:
            data["conflicts"] = list(self.conflicts)
        return data


def load_sessions(store: Store, key: str | None = None) -> dict[str, StoredSession]:
    """Every session the database knows (or the one of a key), by key."""
    sql = "SELECT key, origin, source, published, gone, first_version FROM programme_sessions"
    rows = store.conn.execute(sql + " WHERE key = ?", (key,)) if key is not None else store.conn.execute(sql)
    return {key: StoredSession(key, origin, json.loads(source), json.loads(published), bool(gone), first)
            for key, origin, source, published, gone, first in rows}


def active_edits(store: Store, key: str | None = None) -> list[Edit]:
    """The edits not reverted, oldest first (of one session, or all)."""
    sql = "SELECT id, key, at, fields, base FROM programme_edits WHERE reverted_at IS NULL"
    params: tuple[str, ...] = ()
    if key is not None:
        sql, params = sql + " AND key = ?", (key,)
    rows = store.conn.execute(sql + " ORDER BY at, rowid", params)
    return [Edit(id_, k, at, json.loads(fields), json.loads(base)) for id_, k, at, fields, base in rows]


def first_version(store: Store) -> int | None:
    """The id of the first import, if any."""
    return store.conn.execute("SELECT min(id) FROM programme_versions").fetchone()[0]


def day_notes(store: Store) -> list[DayNote]:
    """The notes of days (a calendar's all-day entries) of the latest import."""
    row = store.conn.execute("SELECT notes FROM programme_versions ORDER BY id DESC LIMIT 1").fetchone()
    return [DayNote(date.fromisoformat(n["day"]), n["text"]) for n in json.loads(row[0])] if row else []


def programme_revision(store: Store) -> tuple[int, int]:
    """Changes whenever the programme does (an import, an edit, a revert): cheap to poll from a screen."""
    version = store.conn.execute("SELECT coalesce(max(id), 0) FROM programme_versions").fetchone()[0]
    changes = store.conn.execute("SELECT coalesce(max(seq), 0) FROM programme_changes").fetchone()[0]
    return version, changes


def current_programme(store: Store, zone: ZoneInfo) -> list[Entry]:
    """The programme as it stands: every session (cancelled ones too), sorted by start and room."""
    sessions = load_sessions(store)
    edits: dict[str, list[Edit]] = {}
    for edit in active_edits(store):
        edits.setdefault(edit.key, []).append(edit)
    first = first_version(store)
    entries = [_entry(stored, edits.get(stored.key, ()), first, zone) for stored in sessions.values()]
    entries.sort(key=lambda e: (e.session.start, e.session.room, e.session.title))
    return entries


def effective_fields(stored: StoredSession, edits: Iterable[Edit]) -> tuple[dict[str, Any], tuple[str, ...],
                                                                                tuple[str, ...]]:
    """The source's fields with the edits applied; the fields edited; the fields in conflict."""
    fields = dict(stored.source)
    edited: dict[str, None] = {}
    conflicts: dict[str, None] = {}
    for edit in edits:
        for name, value in edit.fields.items():
            fields[name] = value
            edited[name] = None
            if name in edit.base and stored.source.get(name) != edit.base[name]:
                conflicts[name] = None
    return fields, tuple(edited), tuple(conflicts)


def _entry(stored: StoredSession, edits: Iterable[Edit], first: int | None, zone: ZoneInfo) -> Entry:
    fields, edited, conflicts = effective_fields(stored, edits)
    session = fields_session(stored.key, fields, zone)
    if stored.gone and "status" not in edited:
        session = replace(session, status=CANCELLED)
    published = fields_session(stored.key, {**fields, **stored.published}, zone)
    return Entry(session, _shown(session, published, stored, first), published, stored.origin, edited, conflicts)


def _shown(session: Session, published: Session, stored: StoredSession, first: int | None) -> str:
    if session.status == CANCELLED:
        return SHOWN_CANCELLED
    if (session.start, session.room) != (published.start, published.room):
        return SHOWN_MOVED
    if session.type != BARCAMP and (session.title, session.speakers, session.end) != (
            published.title, published.speakers, published.end):  # a barcamp slot being filled is no news
        return SHOWN_CHANGED
    if stored.origin == STAFF or (first is not None and stored.first_version > first):
        return SHOWN_NEW
    return SHOWN_SCHEDULED
