"""Programme tables (CSV or XLSX, German or English headers), read with the attendee import's machinery:
encodings, delimiters, Excel workbooks. Dates like `27.04.2027`, times like `9:30` or `09.30 Uhr`."""

import hashlib
import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.attendees.tabular import UnreadableFile, header_key, table_records
from kiosk.programme.model import (
    CANCELLED,
    DAY_STARTS_AT,
    SCHEDULED,
    ParsedProgramme,
    Problem,
    ProgrammeError,
    Session,
    cancelled_in_title,
    clean,
    split_speakers,
)

HEADER_SEARCH_ROWS = 10  # a title line or two above the header is common in hand-made tables
_ALIASES = {
    "id": ("ID", "UID", "GUID", "Nr", "Nr.", "Nummer", "Session ID", "Code"),
    "date": ("Datum", "Date", "Tag", "Day", "Wochentag"),
    "start": ("Beginn", "Start", "Von", "From", "Startzeit", "Start time", "Uhrzeit", "Zeit", "Time", "Anfang"),
    "end": ("Ende", "End", "Bis", "To", "Endzeit", "End time", "Until"),
    "duration": ("Dauer", "Duration", "Länge", "Length", "Minuten", "Minutes", "Dauer (min)", "Duration (min)"),
    "room": ("Raum", "Room", "Ort", "Location", "Saal", "Bühne", "Stage", "Venue", "Räume"),
    "title": ("Titel", "Title", "Thema", "Session", "Vortrag", "Programmpunkt", "Veranstaltung", "Talk",
              "Topic", "Name", "Sessiontitel", "Session title"),
    "speakers": ("Referent*innen", "Referent:innen", "Referent_innen", "ReferentInnen", "Referent", "Referentin",
                 "Referenten", "Referierende", "Speaker", "Speakers", "Sprecher", "Sprecher*innen", "Moderation",
                 "Host", "Hosts", "Persons", "Personen", "Mitwirkende", "Vortragende"),
    "track": ("Track", "Themenfeld", "Kategorie", "Category", "Reihe", "Schwerpunkt", "Format"),
    "abstract": ("Beschreibung", "Description", "Abstract", "Kurzbeschreibung", "Inhalt", "Details"),
    "status": ("Status", "State"),
}
_KNOWN = {header_key(alias): field for field, aliases in _ALIASES.items() for alias in aliases}
_DATE_DE = re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})\b")
_DATE_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"(?<![\d.])(\d{1,2})(?:[:.h](\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*(uhr|h|am|pm|a\.m\.|p\.m\.)?(?![\d.])",
                   re.IGNORECASE)
_RANGE = re.compile(r"^\s*(.*?\d)\s*(?:-|–|—|bis|to)\s*(\d.*)$", re.IGNORECASE)
_DURATION = re.compile(r"^\s*(?:(\d{1,2})[:h](\d{2})|(\d+(?:[.,]\d+)?)\s*(h|std\.?|stunden?|hours?|min\.?|minuten|"
                       r"minutes|m)?)\s*$", re.IGNORECASE)


def parse_table(data: bytes, name: str, event_zone: ZoneInfo) -> ParsedProgramme:
    """Sessions of a programme table; ProgrammeError if it is not one."""
    try:
        with table_records(data) as raw:
            records = iter(raw.records)
            columns = _header(records, name)
            parsed = ParsedProgramme()
            day: date | None = None
            for line, cells in records:
                values = {field: clean(cells[i]) if i < len(cells) else "" for i, field in columns.items()}
                if not any(values.values()):
                    continue
                where = f"{name}: line {line}"
                try:
                    day = _day(values.get("date", ""), day)
                    session = _session(values, day, event_zone)
                except ValueError as exc:
                    parsed.problems.append(Problem(where, str(exc)))
                    continue
                parsed.add(session, where)
    except UnreadableFile as exc:
        raise ProgrammeError(f"{name}: {exc}") from None
    return parsed


def _header(records: Iterator[tuple[int, list[str]]], name: str) -> dict[int, str]:
    """The header row (the first with a title and a start column among the first rows) and its columns."""
    for _, (_line, cells) in zip(range(HEADER_SEARCH_ROWS), records, strict=False):
        columns: dict[int, str] = {}
        for index, cell in enumerate(cells):
            field = _KNOWN.get(header_key(cell))
            if field and field not in columns.values():
                columns[index] = field
        if {"title", "start"} <= set(columns.values()):
            return columns
    raise ProgrammeError(f"{name}: no programme table found (a header row with a title column such as "
                         "Titel/Title and a start column such as Beginn/Start is needed)")


def _day(text: str, previous: date | None) -> date:
    """The date of a row; an empty date cell continues the one above (merged cells in Excel)."""
    if not text:
        if previous is None:
            raise ValueError("has no date (and there is no row above with one)")
        return previous
    found = _parse_date(text)
    if found is None:
        raise ValueError(f"date {text!r} is not a date such as 27.04.2027 or 2027-04-27")
    return found


def _parse_date(text: str) -> date | None:
    try:
        if match := _DATE_ISO.search(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DATE_DE.search(text):
            year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
            return date(year, int(match[2]), int(match[1]))
    except ValueError:
        return None
    return None


def _parse_time(text: str, what: str) -> time:
    """`9:30`, `09.30 Uhr`, `9 Uhr`, `14h15`, `2:15 pm`, `09:30:00` (the time part of a date and time too)."""
    tail = _DATE_ISO.sub("", _DATE_DE.sub("", text)).replace("T", " ")
    match = _TIME.search(tail)
    if not match or (match[2] is None and not match[3]):
        raise ValueError(f"{what} {text!r} is not a time such as 9:30 or 09.30 Uhr")
    hours, minutes, suffix = int(match[1]), int(match[2] or 0), (match[3] or "").lower().replace(".", "")
    if suffix in ("am", "pm") and 1 <= hours <= 12:
        hours = hours % 12 + (12 if suffix == "pm" else 0)
    if hours > 23 or minutes > 59:
        raise ValueError(f"{what} {text!r} is not a time of day")
    return time(hours, minutes)


def _parse_duration(text: str) -> timedelta:
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"duration {text!r} is not minutes or HH:MM")
    if match[1] is not None:
        return timedelta(hours=int(match[1]), minutes=int(match[2]))
    amount, unit = float(match[3].replace(",", ".")), (match[4] or "min").lower()
    return timedelta(hours=amount) if unit[0] in "hs" else timedelta(minutes=amount)


def _session(values: dict[str, str], day: date, zone: ZoneInfo) -> Session:
    title, marked = cancelled_in_title(values.get("title", "")[:500])
    if not title:
        raise ValueError("has no title")
    room = values.get("room", "")[:200]
    if not room:
        raise ValueError("has no room")
    span = _RANGE.match(values.get("start", ""))
    if span and not values.get("end") and not values.get("duration"):  # "Zeit: 9:30 – 10:15 Uhr"
        values = {**values, "start": span[1], "end": span[2]}
    start_time = _parse_time(values.get("start", ""), "start")
    own_day = _parse_date(values.get("start", "")) or day
    after_midnight = timedelta(days=1) if timedelta(hours=start_time.hour, minutes=start_time.minute) < \
        DAY_STARTS_AT else timedelta(0)
    start = datetime.combine(own_day + after_midnight, start_time, zone)
    if values.get("end"):
        end = datetime.combine(start.date(), _parse_time(values["end"], "end"), zone)
        if end < start:
            end += timedelta(days=1)  # past midnight
    elif values.get("duration"):
        end = start + _parse_duration(values["duration"])
    else:
        raise ValueError("has neither an end nor a duration")
    status = CANCELLED if marked or "cancel" in values.get("status", "").lower() or \
        values.get("status", "").lower() in ("abgesagt", "entfällt", "storniert") else SCHEDULED
    key = values.get("id") or _stable_key(start, room, title)
    return Session(key=key, title=title, room=room, start=start, end=end, track=values.get("track", "")[:200],
                   abstract=values.get("abstract", ""), speakers=split_speakers(values.get("speakers", "")),
                   status=status)


def _stable_key(start: datetime, room: str, title: str) -> str:
    """A key that a re-import of the same row finds again: day, start, room and title."""
    text = f"{start:%Y-%m-%d %H:%M}|{room.casefold()}|{title.casefold()}"
    return "table:" + hashlib.sha1(text.encode()).hexdigest()[:16]
