"""Import a parsed programme as a new version: compare it with the previous one, keep what vanished as
cancelled, and refuse (until staff confirm) a programme that is empty or much smaller than the last."""

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kiosk.common.timeutil import to_iso, utc_now
from kiosk.event.store import Store
from kiosk.programme.changes import CANCELLED, NEW, RESTORED, Change, diff, write_changes
from kiosk.programme.model import ParsedProgramme, Problem
from kiosk.programme.store import IMPORT, PUBLISHED_FIELDS, StoredSession, load_sessions, session_fields

SHRINK_LIMIT = 0.5  # a version with fewer than half the sessions of the last one waits for staff


class NeedsConfirmation(Exception):
    """The new programme is empty or much smaller than the current one; nothing was changed."""

    def __init__(self, current: int, incoming: int) -> None:
        self.current, self.incoming = current, incoming
        super().__init__(f"the new programme has {incoming} sessions where the current one has {current}; "
                         "it replaces it only when staff confirm")


@dataclass
class ImportReport:
    """What an import did (`kiosk programme import --json`)."""

    added: int = 0
    changed: int = 0
    cancelled: int = 0
    unchanged: int = 0
    errors: list[Problem] = field(default_factory=list)
    version: int | None = None

    def as_json(self) -> dict[str, Any]:
        """Exactly the keys of the command-line contract."""
        return {"added": self.added, "changed": self.changed, "cancelled": self.cancelled,
                "unchanged": self.unchanged, "errors": [{"where": p.where, "why": p.why} for p in self.errors]}


def import_programme(store: Store, parsed: ParsedProgramme, source: str, *, confirm: bool = False,
                     at: datetime | None = None) -> ImportReport:
    """Write a parsed programme as the next version, in one transaction with its event row (which holds the
    sessions and notes, so another machine of a venue can apply the same version)."""
    at = at or utc_now()
    incoming = [(session.key, session_fields(session)) for session in parsed.sessions]
    notes = [{"day": n.day.isoformat(), "text": n.text} for n in parsed.notes]
    with store.transaction():
        report = write_version(store, incoming, notes, source, list(parsed.problems), at, confirm)
        store.record("programme_imported", {"version": report.version, "source": source, **report.as_json(),
                                            "sessions": [list(pair) for pair in incoming], "notes": notes,
                                            "digest": version_digest(incoming, notes)}, at)
    return report


def version_digest(incoming: list[tuple[str, dict[str, Any]]], notes: list[dict[str, str]]) -> str:
    """What a programme version holds, as a hash: the same version imported at two machines has one digest."""
    text = json.dumps([incoming, notes], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_version(store: Store, incoming: list[tuple[str, dict[str, Any]]], notes: list[dict[str, str]],
                  source: str, problems: list[Problem], at: datetime, confirm: bool) -> ImportReport:
    """Write sessions (key, stored fields) as the next version without an event row (inside the caller's
    transaction); NeedsConfirmation when it is empty or much smaller than the current one, unless `confirm`."""
    report = ImportReport(errors=problems)
    existing = {k: s for k, s in load_sessions(store).items() if s.origin == IMPORT}
    current = sum(1 for s in existing.values() if not s.gone and s.source["status"] != "cancelled")
    scheduled = [key for key, fields in incoming if fields["status"] != "cancelled"]
    if current and not confirm and len(scheduled) < current * SHRINK_LIMIT:
        raise NeedsConfirmation(current, len(scheduled))
    version = store.conn.execute(
        "INSERT INTO programme_versions (imported_at, source, sessions, notes, problems) VALUES (?, ?, ?, ?, ?)",
        (to_iso(at), source, len(incoming), json.dumps(notes, ensure_ascii=False), len(problems))).lastrowid
    changes, inserts, updates = _compare(existing, incoming, version, report)
    store.conn.executemany(
        "INSERT INTO programme_sessions (key, origin, source, published, gone, first_version, last_version) "
        "VALUES (?, 'import', ?, ?, 0, ?, ?)", inserts)
    store.conn.executemany(
        "UPDATE programme_sessions SET source = ?, gone = ?, last_version = ? WHERE key = ?", updates)
    write_changes(store, changes, at, version, IMPORT)
    report.version = version
    return report


def _compare(existing: dict[str, StoredSession], incoming: list[tuple[str, dict[str, Any]]], version: int,
             report: ImportReport) -> tuple[list[Change], list[tuple], list[tuple]]:
    changes: list[Change] = []
    inserts: list[tuple] = []
    updates: list[tuple] = []
    seen = set()
    for key, fields in incoming:
        seen.add(key)
        stored = existing.get(key)
        if stored is None:
            published = json.dumps({k: fields[k] for k in PUBLISHED_FIELDS}, ensure_ascii=False)
            inserts.append((key, json.dumps(fields, ensure_ascii=False), published, version, version))
            changes.append(Change(key, NEW, {}, fields))
            report.added += 1
            continue
        found = diff(key, stored.source, fields)
        if stored.gone:
            found.insert(0, Change(key, RESTORED, {"status": "cancelled"}, {"status": fields["status"]}))
        if not found:
            report.unchanged += 1
            continue
        updates.append((json.dumps(fields, ensure_ascii=False), 0, version, key))
        changes += found
        if found[0].kind == CANCELLED:
            report.cancelled += 1
        elif stored.gone:
            report.added += 1
        else:
            report.changed += 1
    for key, stored in existing.items():
        if key not in seen and not stored.gone:
            updates.append((json.dumps(stored.source, ensure_ascii=False), 1, version, key))
            if stored.source["status"] != "cancelled":  # a session marked cancelled and then dropped: no news
                changes.append(Change(key, CANCELLED, {"status": stored.source["status"]}, {"status": "gone"}))
                report.cancelled += 1
    return changes, inserts, updates


def reset_programme(store: Store, at: datetime | None = None) -> None:
    """Start the programme over (another conference's schedule, the demo on a new day): versions, sessions,
    edits and changes are dropped; the event log keeps what happened, and says so."""
    at = at or utc_now()
    with store.transaction():
        clear_programme(store)
        store.record("programme_reset", {}, at)


def clear_programme(store: Store) -> None:
    """Drop versions, sessions, edits and changes without an event row (inside the caller's transaction)."""
    for table in ("programme_changes", "programme_edits", "programme_sessions", "programme_versions"):
        store.conn.execute(f"DELETE FROM {table}")
