"""Importing and re-importing attendee lists: bad rows are reported, good rows go in, check-ins stay."""

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
from kiosk.timeutil import utc_now


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


class _DryRun(Exception):
    """Raised to roll back a dry run after all the work was done."""


def _values(row: SourceRow) -> dict[str, str]:
    values = dict(row.fields)
    full_name = values.pop("full_name", "")
    if full_name and not (values.get("first_name") or values.get("last_name")):
        title, values["first_name"], values["last_name"] = split_full_name(full_name)
        values["title"] = values.get("title") or title
    values.pop("status", None)
    return values


class _Matcher:
    """Finds the existing attendee for a row: by ticket code, or by e-mail where the row has no code."""

    def __init__(self, event: Event) -> None:
        rows = event.store.rows(f"SELECT {attendees.SELECT_COLUMNS}, code_key FROM attendees")
        self.by_key = {r.pop("code_key"): Attendee.from_row(r) for r in rows}
        self.by_email = {a.email.casefold(): a for a in self.by_key.values() if a.email}

    def find(self, key: str, email: str) -> Attendee | None:
        if key:
            return self.by_key.get(key)
        return self.by_email.get(email.casefold()) if email else None


def import_attendees(event: Event, path: Path, column_map: Mapping[str, str] | None = None,
                     dry_run: bool = False, clock: Callable[[], datetime] = utc_now) -> ImportReport:
    """Import a CSV or XLSX attendee list; an unreadable file raises `UnreadableFile` and changes nothing."""
    table = read_table(path, column_map)
    report = ImportReport()
    now = clock()
    store = event.store
    try:
        with store.transaction():
            matcher = _Matcher(event)
            seen: dict[str, int] = {}
            for row in table.rows:
                _apply_row(store, matcher, row, seen, report, now)
            store.record("attendees_imported", {"file": path.name, **report.to_json()}, now)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return report


def _apply_row(store: Any, matcher: _Matcher, row: SourceRow, seen: dict[str, int], report: ImportReport,
               now: datetime) -> None:
    values = _values(row)
    key = code_key(values.get("code", ""))
    problem = _problem(values, key, seen)
    if problem:
        report.errors.append(RowError(row.line, problem))
        return
    if key:
        seen[key] = row.line
    cancelled = is_cancelled(row.fields.get("status", ""))
    existing = matcher.find(key, values.get("email", ""))
    if existing is None:
        attendees.insert(store, values, now, source="import", cancelled=cancelled)
        if cancelled:
            report.cancelled += 1
        else:
            report.added += 1
        return
    changes: dict[str, Any] = {k: v for k, v in values.items() if k in EDITABLE}
    changes["cancelled"] = cancelled
    if all(getattr(existing, k) == v for k, v in changes.items()):
        report.unchanged += 1
        return
    attendees.update(store, existing, changes, now, reason="import")
    if cancelled and not existing.cancelled:
        report.cancelled += 1
    else:
        report.updated += 1


def _problem(values: dict[str, str], key: str, seen: dict[str, int]) -> str:
    if not (values.get("first_name") or values.get("last_name")):
        return "no name"
    if key and not is_well_formed(key):
        return "malformed ticket code"
    if key in seen:
        return f"duplicate ticket code (also on line {seen[key]})"
    return ""
