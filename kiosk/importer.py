"""Importing and re-importing attendee lists: bad rows are reported, good rows go in, check-ins stay."""

import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk import attendees
from kiosk.attendees import EDITABLE, Attendee
from kiosk.codes import code_key, is_well_formed
from kiosk.event import Event
from kiosk.tabular import SourceRow, is_cancelled, read_table, split_full_name
from kiosk.textfold import fold
from kiosk.timeutil import utc_now

CHUNK_ROWS = 100
PAUSE_BETWEEN_CHUNKS_S = 0.001


@dataclass(frozen=True)
class RowError:
    """A row that was left out, and why."""

    line: int
    reason: str


@dataclass
class ImportReport:
    """What an import did (or, with dry_run, would do)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    errors: list[RowError] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Counts and errors as plain data, for `--json`."""
        return {**{k: v for k, v in asdict(self).items() if k != "errors"},
                "errors": [asdict(e) for e in self.errors]}


def _values(row: SourceRow) -> dict[str, str]:
    values = dict(row.fields)
    full_name = values.pop("full_name", "")
    if full_name and not (values.get("first_name") or values.get("last_name")):
        title, values["first_name"], values["last_name"] = split_full_name(full_name)
        values["title"] = values.get("title") or title
    values.pop("status", None)
    return values


def _identity(first_name: str, last_name: str, organisation: str) -> str:
    return "|".join(fold(part.strip()) for part in (first_name, last_name, organisation))


class _Matcher:
    """Finds the existing attendee for a row: by ticket code; without one by name and organisation, or by an
    e-mail address that only one guest has (teams booked under one address are told apart by name). Rows
    without a code never match an attendee another row of the same import matched already."""

    def __init__(self, event: Event, rows: list[SourceRow]) -> None:
        stored = event.store.rows(f"SELECT {attendees.SELECT_COLUMNS}, code_key FROM attendees")
        self.by_key = {r.pop("code_key"): Attendee.from_row(r) for r in stored}
        everyone = list(self.by_key.values())
        self.by_name = {_identity(a.first_name, a.last_name, a.organisation): a
                        for a in everyone if a.source == "import"}
        stored_emails = Counter(a.email.casefold() for a in everyone if a.email)
        file_emails = Counter(r.fields.get("email", "").casefold() for r in rows if not r.fields.get("code"))
        self.by_email = {a.email.casefold(): a for a in everyone
                         if a.email and stored_emails[a.email.casefold()] == 1
                         and file_emails[a.email.casefold()] <= 1}
        self.matched: set[int] = set()

    def find(self, key: str, values: dict[str, str]) -> Attendee | None:
        if key:  # a ticket code is authoritative
            found = self.by_key.get(key)
        else:
            name = _identity(values.get("first_name", ""), values.get("last_name", ""), values.get("organisation", ""))
            found = self.by_name.get(name) or self.by_email.get(values.get("email", "").casefold())
            if found is not None and found.id in self.matched:
                return None
        if found is not None:
            self.matched.add(found.id)
        return found


@dataclass(frozen=True)
class _Change:
    """One row's effect: a new attendee (existing is None) or changes to an existing one."""

    values: dict[str, str]
    cancelled: bool
    existing: Attendee | None = None


def plan_import(event: Event, table_rows: list[SourceRow]) -> tuple[list[_Change], ImportReport]:
    """Decide what every row does, without writing anything."""
    matcher = _Matcher(event, table_rows)
    report = ImportReport()
    changes: list[_Change] = []
    seen: dict[str, int] = {}
    for row in table_rows:
        values = _values(row)
        key = code_key(values.get("code", ""))
        problem = _problem(values, key, seen)
        if problem:
            report.errors.append(RowError(row.line, problem))
            continue
        if key:
            seen[key] = row.line
        cancelled = is_cancelled(row.fields.get("status", ""))
        existing = matcher.find(key, values)
        if existing is None:
            changes.append(_Change(values, cancelled))
            report.cancelled += cancelled
            report.added += not cancelled
        elif all(getattr(existing, k) == v for k, v in values.items() if k in EDITABLE) and (
                existing.cancelled == cancelled):
            report.unchanged += 1
        else:
            changes.append(_Change(values, cancelled, existing))
            newly_cancelled = cancelled and not existing.cancelled
            report.cancelled += newly_cancelled
            report.updated += not newly_cancelled
    return changes, report


def import_attendees(event: Event, path: Path, column_map: Mapping[str, str] | None = None,
                     dry_run: bool = False, clock: Callable[[], datetime] = utc_now) -> ImportReport:
    """Import a CSV or XLSX attendee list; an unreadable file raises `UnreadableFile` and changes nothing.

    Changes are written in short transactions so that kiosks checking guests in at the same time never wait
    long for the database; every check-in is kept.
    """
    table = read_table(path, column_map)
    changes, report = plan_import(event, table.rows)
    if dry_run:
        return report
    store = event.store
    now = clock()
    for start in range(0, len(changes), CHUNK_ROWS):
        chunk = changes[start:start + CHUNK_ROWS]
        with store.transaction():
            attendees.insert_many(store, [(c.values, c.cancelled) for c in chunk if c.existing is None], now,
                                  source="import")
            for change in chunk:
                if change.existing is not None:
                    edits: dict[str, Any] = {k: v for k, v in change.values.items() if k in EDITABLE}
                    attendees.update(store, change.existing, {**edits, "cancelled": change.cancelled}, now,
                                     reason="import")
        time.sleep(PAUSE_BETWEEN_CHUNKS_S)  # a gap in which checking-in kiosks get the write lock
    with store.transaction():
        store.record("attendees_imported", {"file": path.name, **report.to_json()}, now)
    return report


def _problem(values: dict[str, str], key: str, seen: dict[str, int]) -> str:
    if not (values.get("first_name") or values.get("last_name")):
        return "no name"
    if key and not is_well_formed(key):
        return "malformed ticket code"
    if key in seen:
        return f"duplicate ticket code (also on line {seen[key]})"
    return ""
