"""Importing and re-importing attendee lists: bad rows are reported, good rows go in, check-ins stay.

A re-import matches each row to a known guest (by ticket code, else by a unique order code, a unique e-mail
address, or name and organisation), keeps what staff corrected, gives a guest whose code changed the new code
(the old one answers "cancelled" at the door) and reports who is no longer in the list.
"""

import re
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from kiosk.attendees import records as attendees
from kiosk.attendees.import_report import ImportReport, ImportWarning, KeptCorrection, MissingGuest, RowError, Warn
from kiosk.attendees.records import EDITABLE, IMPORT, NOT_IN_LIST, REPLACED, Attendee
from kiosk.attendees.tabular import SourceRow, SourceTable, is_cancelled, read_table, split_full_name
from kiosk.attendees.textfold import fold
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.event.store import Store
from kiosk.tickets.codes import code_key, is_well_formed

CHUNK_ROWS = 250  # the most rows one transaction writes …
CHUNK_MS = 10.0  # … and about how long it holds the write lock, which a checking-in kiosk may wait for
MIN_CHUNK_ROWS = 5
PAUSE_BETWEEN_CHUNKS_S = 0.001  # a gap in which checking-in kiosks get the write lock
T = TypeVar("T")
MANY_MISSING_SHARE = 0.1  # an updated list that drops more than this share of the imported guests is suspect
MANY_MISSING_AT_LEAST = 3
LINES_SHOWN = 5  # lines named per warning
LOST_CHARACTER = re.compile("[?\ufffd]")  # what an export (or a wrong encoding) leaves where a letter was
NAME_PARTS = ("title", "first_name", "last_name", "organisation")


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


class _How(StrEnum):
    CODE = "code"
    ORDER = "order code"
    EMAIL = "e-mail"
    NAME = "name"


class _Matcher:
    """Finds the known attendee for a row. A ticket code known to the database is authoritative. Otherwise
    (no code, or a new one) a guest whose code is not in the file is found by an order code or e-mail address
    only they have (in the database and among such rows), else by name and organisation (imported guests
    only, and never one whose e-mail differs from the row's). Staff corrections do not hide a guest: the
    list's values are compared. Each guest is matched once."""

    def __init__(self, store: Store, rows: list[SourceRow], keys: list[str]) -> None:
        stored = store.rows(f"SELECT {attendees.SELECT_COLUMNS}, code_key, list_values FROM attendees")
        self.by_key: dict[str, Attendee] = {}
        self.list_values: dict[int, dict[str, str]] = {}
        for row in stored:
            key, corrections = row.pop("code_key"), row.pop("list_values")
            self.by_key[key] = Attendee.from_row(row)
            if corrections:
                self.list_values[self.by_key[key].id] = attendees.parse_list_values(corrections)
        file_keys = set(keys)
        self.matched = {a.id for key, a in self.by_key.items() if key in file_keys}
        self.claimed_by_code = set(self.matched)  # a row without a code may stand for one of them (once)
        unmatched_rows = [row for row, key in zip(rows, keys, strict=True) if key not in self.by_key]
        self.by_order = self._unique("order_code", unmatched_rows)
        self.by_email = self._unique("email", unmatched_rows)
        self.by_name: dict[str, list[Attendee]] = {}
        for attendee in self.by_key.values():
            if attendee.source == "import":
                self.by_name.setdefault(self._listed_identity(attendee), []).append(attendee)

    def listed(self, attendee: Attendee, name: str) -> str:
        """A field as the list has it (staff may have corrected it since)."""
        return self.list_values.get(attendee.id, {}).get(name, getattr(attendee, name))

    def _listed_identity(self, attendee: Attendee) -> str:
        return _identity(*(self.listed(attendee, part) for part in ("first_name", "last_name", "organisation")))

    def _unique(self, name: str, rows: list[SourceRow]) -> dict[str, Attendee]:
        in_file = Counter(r.fields.get(name, "").casefold() for r in rows)
        stored = Counter(self.listed(a, name).casefold() for a in self.by_key.values())
        return {value: a for a in self.by_key.values()
                if (value := self.listed(a, name).casefold()) and stored[value] == 1 and in_file[value] <= 1}

    def match_all(self, rows: list[tuple[str, dict[str, str]]]) -> list[tuple[Attendee | None, _How]]:
        """The attendee each (code key, values) row stands for (None: a new guest), and what matched. Codes
        first, then unique order codes and e-mail addresses, then names: a weaker match never takes the guest
        a stronger one stands for, whatever the order of the rows. Among namesakes the one with the row's e-mail
        (or none, like the row) comes first."""
        found: list[tuple[Attendee | None, _How]] = [(None, _How.NAME)] * len(rows)
        if not self.by_key:  # a first import
            return found
        stages: list[Callable[[str, dict[str, str]], tuple[Attendee | None, _How]]] = [
            self._by_code, self._by_unique_value, partial(self._by_name, same_email=True),
            partial(self._by_name, same_email=False)]
        for stage in stages:
            for index, (key, values) in enumerate(rows):
                if found[index][0] is None:
                    found[index] = stage(key, values)
        return found

    def _by_code(self, key: str, values: dict[str, str]) -> tuple[Attendee | None, _How]:
        return self.by_key.get(key), _How.CODE

    def _by_unique_value(self, key: str, values: dict[str, str]) -> tuple[Attendee | None, _How]:
        for how, name, index in ((_How.ORDER, "order_code", self.by_order), (_How.EMAIL, "email", self.by_email)):
            found = index.get(values.get(name, "").casefold())
            if found is not None and found.id not in self.matched:
                self.matched.add(found.id)
                return found, how
        return None, _How.NAME

    def _by_name(self, key: str, values: dict[str, str], same_email: bool) -> tuple[Attendee | None, _How]:
        email = values.get("email", "").casefold()
        name = _identity(values.get("first_name", ""), values.get("last_name", ""), values.get("organisation", ""))
        fitting = [a for a in self.by_name.get(name, []) if email == self.listed(a, "email").casefold()
                   or (not same_email and not (email and self.listed(a, "email")))]
        free = [a for a in fitting if a.id not in self.matched]
        if not free and not key and not same_email:  # the same guest again, once with and once without a code
            free = [a for a in fitting if a.id in self.claimed_by_code]
        if not free:
            return None, _How.NAME
        self.matched.add(free[0].id)
        self.claimed_by_code.discard(free[0].id)
        return free[0], _How.NAME

    def missing(self) -> list[Attendee]:
        """Imported guests, not cancelled, that no row of the file stands for."""
        return [a for a in self.by_key.values() if a.source == "import" and not a.cancelled
                and a.id not in self.matched]


@dataclass(slots=True)  # not frozen: 50,000 of them are made per import, and frozen ones are slow to make
class _Change:
    """One row's effect: a new attendee (existing is None) or changes to an existing one."""

    values: dict[str, str]
    cancelled: bool
    existing: Attendee | None = None
    new_code: str = ""
    list_values: dict[str, str] | None = None


@dataclass
class _Plan:
    changes: list[_Change]
    missing: list[Attendee]


def plan_import(event: Event, table: SourceTable, cancel_missing: bool = False) -> tuple[_Plan, ImportReport]:
    """Decide what every row does and who is missing, without writing anything."""
    keys = [code_key(row.fields.get("code", "")) for row in table.rows]
    matcher = _Matcher(event.store, table.rows, keys)
    report = ImportReport(columns=table.columns, ignored_columns=table.ignored_columns)
    changes: list[_Change] = []
    seen: dict[str, int] = {}
    good: list[tuple[int, str, dict[str, str], bool]] = []
    for row, key in zip(table.rows, keys, strict=True):
        values = _values(row)
        problem = row.problem or _problem(values, key, seen)
        if problem:
            report.errors.append(RowError(row.line, problem))
            continue
        if key:
            seen[key] = row.line
        good.append((row.line, key, values, is_cancelled(row.fields.get("status", ""))))
    matches = matcher.match_all([(key, values) for _, key, values, _ in good])
    for (_, key, values, cancelled), (existing, how) in zip(good, matches, strict=True):
        if existing is None:
            changes.append(_Change(values, cancelled))
            report.cancelled += cancelled
            report.added += not cancelled
            continue
        change = _change_of(existing, how, values, key, cancelled, matcher, report)
        if change is None:
            report.unchanged += 1
            continue
        changes.append(change)
        newly_cancelled = cancelled and not existing.cancelled
        report.cancelled += newly_cancelled
        report.updated += not newly_cancelled
        report.codes_replaced += bool(change.new_code)
    missing = matcher.missing()
    report.missing = [MissingGuest(a.id, a.display_name, a.organisation, a.code) for a in missing]
    report.warnings = _warnings(event, table, [(line, values) for line, _, values, _ in good], report, matcher,
                                sum(c.existing is None for c in changes))
    if cancel_missing and missing and report.errors:
        report.warnings.append(ImportWarning(Warn.MISSING_NOT_CANCELLED, len(report.errors)))
        missing = []
    report.missing_cancelled = len(missing) if cancel_missing else 0
    return _Plan(changes, missing if cancel_missing else []), report


def _change_of(existing: Attendee, how: _How, values: dict[str, str], key: str, cancelled: bool,
               matcher: _Matcher, report: ImportReport) -> _Change | None:
    """What a row changes on the attendee it matched (None: nothing). Fields staff corrected are kept (and
    reported where the list differs); a name match never changes an e-mail address."""
    edits = {k: v for k, v in values.items() if k in EDITABLE}
    if how is _How.NAME and existing.email:
        edits.pop("email", None)
    corrections = matcher.list_values.get(existing.id, {})
    new_list_values = None
    for name in corrections.keys() & edits.keys():
        in_list = edits.pop(name)
        if in_list != corrections[name]:
            new_list_values = {**(new_list_values or corrections), name: in_list}
        if in_list != getattr(existing, name):
            report.kept.append(KeptCorrection(existing.id, existing.display_name, name, getattr(existing, name),
                                              in_list))
    new_code = values["code"] if key and key != code_key(existing.code) else ""
    if (all(getattr(existing, k) == v for k, v in edits.items()) and existing.cancelled == cancelled
            and not new_code and new_list_values is None):
        return None
    return _Change(edits, cancelled, existing, new_code, new_list_values)


def _warnings(event: Event, table: SourceTable, rows: list[tuple[int, dict[str, str]]], report: ImportReport,
              matcher: _Matcher, new_guests: int) -> list[ImportWarning]:
    """Unknown categories, names with lost characters, a list that drops many guests, no code column."""
    suspect = "" if "code" in table.columns.values() else _code_like_column(table, rows)
    known = {c.name.casefold() for c in event.config.categories} if not suspect else set()  # codes: no categories
    unknown: dict[str, tuple[str, list[int]]] = {}  # by folded name (as categories are looked up): first spelling
    lost: list[tuple[int, str]] = []
    for line, values in rows:  # 50,000 rows: plain lookups, the rare finding worked out only then
        category = values.get("category", "")
        if category and known and category.casefold() not in known:
            unknown.setdefault(category.casefold(), (category, []))[1].append(line)
        names = "\n".join([values.get(part, "") for part in NAME_PARTS])
        if LOST_CHARACTER.search(names):
            lost.append((line, next(part for part in names.split("\n") if LOST_CHARACTER.search(part))))
    warnings = [ImportWarning(Warn.UNKNOWN_CATEGORY, len(lines), name, tuple(lines[:LINES_SHOWN]))
                for name, lines in unknown.values()]
    if lost:
        warnings.append(ImportWarning(Warn.LOST_CHARACTERS, len(lost), lost[0][1],
                                      tuple(line for line, _ in lost[:LINES_SHOWN])))
    imported = sum(a.source == "import" and not a.cancelled for a in matcher.by_key.values())
    if len(report.missing) >= max(MANY_MISSING_AT_LEAST, MANY_MISSING_SHARE * imported):
        warnings.append(ImportWarning(Warn.MANY_MISSING, len(report.missing), total=imported))
    if "code" not in table.columns.values():
        warnings.append(ImportWarning(Warn.NO_CODE_COLUMN, new_guests))
    if suspect:
        warnings.append(ImportWarning(Warn.CODE_LIKE_COLUMN, value=suspect))
    return warnings


def _code_like_column(table: SourceTable, rows: list[tuple[int, dict[str, str]]]) -> str:
    """The header of the category column if every row has a different code-like value in it ("Ticket")."""
    header = next((h for h, name in table.columns.items() if name == "category"), "")
    found = [values.get("category", "") for _, values in rows]
    if header and len(found) >= 2 and len(set(found)) == len(found) and all(map(_looks_like_code, found)):
        return header
    return ""


def _looks_like_code(value: str) -> bool:
    key = code_key(value)
    return len(key) >= 6 and is_well_formed(key) and any(ch.isdigit() for ch in key)


def _in_short_transactions(store: Store, items: Sequence[T], write: Callable[[Sequence[T]], None]) -> Iterator[int]:
    """Write `items` in transactions of about CHUNK_MS each, yielding how many are written after each: the
    chunk shrinks while rows are slow to write (updates, replaced codes) and grows back while they are fast."""
    size, done = CHUNK_ROWS, 0
    while done < len(items):
        chunk = items[done:done + size]
        began = time.perf_counter()
        with store.transaction():
            write(chunk)
        took_ms = (time.perf_counter() - began) * 1000
        done += len(chunk)
        yield done
        size = max(MIN_CHUNK_ROWS, min(CHUNK_ROWS, int(len(chunk) * CHUNK_MS / max(took_ms, 0.1))))
        time.sleep(PAUSE_BETWEEN_CHUNKS_S)


def _cancel(store: Store, missing: Sequence[Attendee], now: datetime) -> None:
    """Cancel imported guests the list no longer has; their codes answer why."""
    for attendee in missing:
        attendees.update(store, attendee, {"cancelled": True}, now, reason=NOT_IN_LIST)
        attendees.retire_code(store, attendee, NOT_IN_LIST, now)


def import_attendees(event: Event, path: Path, column_map: Mapping[str, str] | None = None,
                     dry_run: bool = False, cancel_missing: bool = False,
                     clock: Callable[[], datetime] = utc_now,
                     progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import a CSV or XLSX attendee list; an unreadable file raises `UnreadableFile` and changes nothing.

    With `cancel_missing`, imported guests the list no longer has are cancelled (their codes answer "cancelled:
    no longer in the list"); without it they are only reported. Changes are written in short transactions so
    that kiosks checking guests in at the same time never wait long for the database; every check-in is kept.
    `progress(done, total)` is called after each of them (rows written and guests cancelled).
    """
    table = read_table(path, column_map)
    plan, report = plan_import(event, table, cancel_missing)
    if dry_run:
        return report
    store = event.store
    now = clock()
    total = len(plan.changes) + len(plan.missing)
    if progress is not None:
        progress(0, total)
    for done in _in_short_transactions(store, plan.changes, lambda chunk: _write(store, chunk, now)):
        if progress is not None:
            progress(done, total)
    for done in _in_short_transactions(store, plan.missing, lambda chunk: _cancel(store, chunk, now)):
        if progress is not None:
            progress(len(plan.changes) + done, total)
    with store.transaction():
        store.record("attendees_imported", {"file": path.name, **_logged(report)}, now)
    return report


def _write(store: Store, changes: list[_Change], now: datetime) -> None:
    attendees.insert_many(store, [(c.values, c.cancelled) for c in changes if c.existing is None], now,
                          source=IMPORT)
    for change in changes:
        if change.existing is not None:
            attendees.update(store, change.existing, {**change.values, "cancelled": change.cancelled}, now,
                             reason=IMPORT, new_list_values=change.list_values)
            if change.new_code:
                attendees.replace_code(store, change.existing, change.new_code, now, REPLACED)


def _logged(report: ImportReport) -> dict[str, Any]:
    """The report for the event log: missing guests by id only (their names are in the attendee table)."""
    return {**report.to_json(), "missing": [m.id for m in report.missing]}


def _problem(values: dict[str, str], key: str, seen: dict[str, int]) -> str:
    if not (values.get("first_name") or values.get("last_name")):
        return "no name"
    if key and not is_well_formed(key):
        return "malformed ticket code"
    if key in seen:
        return f"duplicate ticket code (also on line {seen[key]})"
    return ""
