"""What changed between two states of a session, and the list of changes staff and screens read."""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.common.timeutil import to_iso
from kiosk.event.store import Store

NEW, CANCELLED, RESTORED = "new", "cancelled", "restored"
MOVED_TIME, MOVED_ROOM, RETITLED, SPEAKERS, DETAILS = "moved_time", "moved_room", "retitled", "speakers", "details"
_KINDS = ((MOVED_TIME, ("start", "end")), (MOVED_ROOM, ("room",)), (RETITLED, ("title",)),
          (SPEAKERS, ("speakers",)), (DETAILS, ("subtitle", "track", "type", "language", "abstract")))


@dataclass(frozen=True)
class Change:
    """One change of one session: its kind and the fields before and after."""

    key: str
    kind: str
    old: dict[str, Any]
    new: dict[str, Any]


def diff(key: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The changes from one state of a session to the next (status first: cancelled or restored)."""
    changes = []
    if old.get("status") != new.get("status"):
        kind = CANCELLED if new.get("status") == "cancelled" else RESTORED
        changes.append(Change(key, kind, {"status": old.get("status")}, {"status": new.get("status")}))
    for kind, names in _KINDS:
        if any(old.get(name) != new.get(name) for name in names):
            changes.append(Change(key, kind, {n: old.get(n) for n in names}, {n: new.get(n) for n in names}))
    return changes


def write_changes(store: Store, changes: list[Change], at: datetime, version: int | None, origin: str) -> None:
    """Append changes to `programme_changes` (inside the caller's transaction)."""
    stamp = to_iso(at)
    store.conn.executemany(
        "INSERT INTO programme_changes (at, version, key, kind, old, new, origin) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(stamp, version, c.key, c.kind, json.dumps(c.old, ensure_ascii=False), json.dumps(c.new, ensure_ascii=False),
          origin) for c in changes])


def list_changes(store: Store, since: datetime | None = None) -> list[dict[str, Any]]:
    """Every change (imports and staff edits) since a moment, oldest first, with the session's current title."""
    rows = store.conn.execute(
        "SELECT c.at, c.version, c.key, c.kind, c.old, c.new, c.origin, s.source FROM programme_changes c "
        "LEFT JOIN programme_sessions s ON s.key = c.key WHERE c.at >= ? ORDER BY c.seq",
        (to_iso(since) if since else "",))
    return [{"at": at, "version": version, "id": key, "title": json.loads(source)["title"] if source else "",
             "kind": kind, "old": json.loads(old), "new": json.loads(new), "origin": origin}
            for at, version, key, kind, old, new, origin, source in rows]
