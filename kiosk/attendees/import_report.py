"""What an attendee import did, as the command line prints it and the event log keeps it."""

import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from kiosk.event.store import Store


class Warn(StrEnum):
    """The kinds of warning an import gives (the staff desk translates each)."""

    UNKNOWN_CATEGORY = "unknown_category"
    LOST_CHARACTERS = "lost_characters"
    MANY_MISSING = "many_missing"
    NO_CODE_COLUMN = "no_code_column"
    CODE_LIKE_COLUMN = "code_like_column"
    MISSING_NOT_CANCELLED = "missing_not_cancelled"


@dataclass(frozen=True)
class RowError:
    """A row that was left out, and why."""

    line: int
    reason: str


@dataclass(frozen=True)
class ImportWarning:
    """Something staff should look at although the import went through."""

    kind: Warn
    count: int = 0
    value: str = ""
    lines: tuple[int, ...] = ()
    total: int = 0

    def text(self) -> str:
        """The warning in English, for the command line."""
        at = f" (line {', '.join(map(str, self.lines))}{', …' if self.count > len(self.lines) else ''})"
        return {
            Warn.UNKNOWN_CATEGORY: f'category "{self.value}" is not in event.toml: {self.count} guests{at}',
            Warn.LOST_CHARACTERS: f'"?" in {self.count} names, e.g. "{self.value}" – characters lost by an'
                                  f" export? Save the list as UTF-8 CSV or XLSX{at}",
            Warn.MANY_MISSING: f"the updated list drops {self.count} of {self.total} imported guests",
            Warn.NO_CODE_COLUMN: f"no ticket-code column found: {self.count} new guests got fresh codes",
            Warn.CODE_LIKE_COLUMN: f'column "{self.value}" was taken as the category but holds unique code-like'
                                   f' values; if it holds the ticket codes, import with --map "{self.value}=code"',
            Warn.MISSING_NOT_CANCELLED: f"guests no longer in the list were not cancelled: {self.count} rows have"
                                        " errors (a guest may be among them); fix them and import again",
        }[self.kind]


@dataclass(frozen=True)
class MissingGuest:
    """An imported guest the list no longer has."""

    id: int
    name: str
    organisation: str
    code: str


@dataclass(frozen=True)
class KeptCorrection:
    """A field staff corrected that the list has differently: the correction stays."""

    id: int
    name: str
    field: str
    kept: str
    in_list: str


@dataclass
class ImportReport:
    """What an import did (or, with dry_run, would do)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    codes_replaced: int = 0
    missing_cancelled: int = 0
    errors: list[RowError] = field(default_factory=list)
    missing: list[MissingGuest] = field(default_factory=list)
    kept: list[KeptCorrection] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Everything as plain data, for `--json` (warnings also carry their English text)."""
        data = asdict(self)
        data["warnings"] = [{**asdict(w), "kind": w.kind.value, "lines": list(w.lines), "text": w.text()}
                            for w in self.warnings]
        return data

    def details(self, dry_run: bool = False) -> list[str]:
        """Everything but the counts, as lines of English text for the command line."""
        columns = ", ".join(f"{header} → {name}" for header, name in self.columns.items())
        ignored = f"; ignored: {', '.join(self.ignored_columns)}" if self.ignored_columns else ""
        lines = [f"  columns: {columns}{ignored}"]
        lines += [f"  line {e.line}: {e.reason}" for e in self.errors]
        lines += [f"  warning: {w.text()}" for w in self.warnings]
        if self.codes_replaced:
            lines.append(f"  {self.codes_replaced} guests have a new ticket code; their old code answers"
                         " \"cancelled\"")
        if self.kept:
            lines.append(f"  {len(self.kept)} staff corrections kept (the list has them differently):")
            lines += [f'    {k.name} (id {k.id}): {k.field} stays "{k.kept}" (list: "{k.in_list}")' for k in self.kept]
        if self.missing:
            done = ("would be cancelled" if dry_run else "cancelled") if self.missing_cancelled else (
                "not cancelled (--cancel-missing cancels them)")
            lines.append(f"  {len(self.missing)} guests no longer in the list, {done}:")
            lines += [f"    {m.name}, {m.organisation} – {m.code} (id {m.id})" for m in self.missing]
        return lines


def last_import(store: Store) -> dict[str, Any] | None:
    """The report of the latest import as logged (file, counts, warnings, missing ids), with its time `at`."""
    row = store.conn.execute("SELECT at, payload FROM events WHERE kind = 'attendees_imported'"
                             " ORDER BY seq DESC LIMIT 1").fetchone()
    return {**json.loads(row[1]), "at": row[0]} if row else None
