"""What staff see at a glance and take home: counts, arrivals per quarter hour, the log, the list."""

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.common.csv_out import spreadsheet_cell, write_csv
from kiosk.common.timeutil import from_iso, local, utc_now
from kiosk.event.folder import Event

BUCKET_MINUTES = 15


@dataclass(frozen=True)
class Counts:
    """Arrivals so far against everyone expected (cancelled tickets are not expected)."""

    checked_in: int
    expected: int


def counts(event: Event) -> Counts:
    """Attendees checked in (on any day so far) and expected."""
    checked_in, expected = event.store.conn.execute(
        "SELECT (SELECT count(DISTINCT attendee_id) FROM checkins WHERE undone_at IS NULL),"
        " (SELECT count(*) FROM attendees WHERE cancelled = 0)"
    ).fetchone()
    return Counts(checked_in, expected)


def arrivals_per_quarter_hour(event: Event, day: date | None = None) -> list[tuple[datetime, int]]:
    """The active check-ins of `day` (default: today on the event's wall clock) bucketed by quarter hour, gaps
    filled with zero."""
    day = day or local(utc_now(), event.config.time_zone).date()
    buckets: dict[datetime, int] = {}
    for (at,) in event.store.conn.execute("SELECT at FROM checkins WHERE undone_at IS NULL AND day = ?"
                                          " AND duplicate_of IS NULL", (day.isoformat(),)):  # a second entry: once
        moment = local(from_iso(at), event.config.time_zone)
        start = moment.replace(minute=moment.minute - moment.minute % BUCKET_MINUTES, second=0, microsecond=0)
        buckets[start] = buckets.get(start, 0) + 1
    if not buckets:
        return []
    first, last = min(buckets), max(buckets)
    step = timedelta(minutes=BUCKET_MINUTES)
    return [(first + i * step, buckets.get(first + i * step, 0)) for i in range((last - first) // step + 1)]


def checkin_attempts(event: Event, limit: int = 200) -> list[dict[str, Any]]:
    """The newest check-in attempts with their outcome, for the staff desk's log."""
    rows = event.store.rows(
        "SELECT e.at, e.kiosk_id, e.payload, a.first_name, a.last_name FROM events e"
        " LEFT JOIN attendees a ON a.id = json_extract(e.payload, '$.attendee_id')"
        " WHERE e.kind = 'checkin_attempt' ORDER BY e.seq DESC LIMIT ?", (limit,))
    log = []
    for row in rows:
        payload = json.loads(row.pop("payload"))
        log.append({**row, "at": local(from_iso(row["at"]), event.config.time_zone), **payload})
    return log


EXPORT_COLUMNS = ("code", "title", "first_name", "last_name", "organisation", "email", "category", "cancelled",
                  "checked_in_at", "checked_in_kiosk", "method", "days")


def checkin_list(event: Event) -> list[dict[str, Any]]:
    """Every attendee once, with their first check-in and the days they came (empty where none), sorted by
    name."""
    rows = event.store.rows(
        "SELECT a.code, a.title, a.first_name, a.last_name, a.organisation, a.email, a.category, a.cancelled,"
        " c.at AS checked_in_at, c.kiosk_id AS checked_in_kiosk, c.method,"
        " (SELECT group_concat(day, ', ') FROM (SELECT day FROM checkins WHERE attendee_id = a.id"
        "  AND undone_at IS NULL AND duplicate_of IS NULL ORDER BY day)) AS days FROM attendees a"
        " LEFT JOIN checkins c ON c.id = (SELECT id FROM checkins WHERE attendee_id = a.id AND undone_at IS NULL"
        "  AND duplicate_of IS NULL ORDER BY at LIMIT 1)"
        " ORDER BY a.last_name COLLATE NOCASE, a.first_name COLLATE NOCASE")
    for row in rows:
        row["cancelled"] = "yes" if row["cancelled"] else ""
        if row["checked_in_at"]:
            row["checked_in_at"] = local(from_iso(row["checked_in_at"]), event.config.time_zone).strftime(
                "%Y-%m-%d %H:%M:%S")
    return rows


def export_checkin_list(event: Event, path: Path) -> int:
    """Write the check-in list as CSV (UTF-8 with BOM, for Excel) or XLSX by the file's suffix."""
    rows = checkin_list(event)
    temporary = path.with_name(path.name + ".part")
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook  # a heavy import, needed only here

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Check-in")
        sheet.append(list(EXPORT_COLUMNS))
        for row in rows:
            sheet.append([spreadsheet_cell(row[c]) for c in EXPORT_COLUMNS])
        workbook.save(temporary)
    else:
        write_csv(temporary, EXPORT_COLUMNS, ([row[c] for c in EXPORT_COLUMNS] for row in rows))
    temporary.replace(path)
    return len(rows)

