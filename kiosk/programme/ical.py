"""iCalendar (`.ics`) programmes: TZID, UTC and floating times; all-day entries become notes of the day."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from kiosk.programme.model import (
    CANCELLED,
    SCHEDULED,
    DayNote,
    ParsedProgramme,
    Problem,
    ProgrammeError,
    Session,
    cancelled_in_title,
    clean,
    split_speakers,
)

_SPEAKER_LINE = re.compile(r"^\s*(?:mit|referent[\w*_/]*(?::innen)?|speakers?|sprecher[\w*_/]*(?::innen)?|hosts?"
                           r"|moderation|with)\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)


def parse_ical(data: bytes, name: str, event_zone: ZoneInfo) -> ParsedProgramme:
    """Sessions of an iCalendar file; ProgrammeError if the file is not one."""
    try:
        calendar = Calendar.from_ical(data.decode("utf-8-sig", errors="replace"))
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError … on damaged input
        raise ProgrammeError(f"{name}: not an iCalendar file ({type(exc).__name__}: {exc})") from None
    parsed = ParsedProgramme()
    for position, component in enumerate(calendar.walk("VEVENT"), start=1):
        uid = clean(component.get("UID"), 300)
        where = f"{name}: VEVENT {uid or f'#{position}'}"
        try:
            item = _item(component, uid, event_zone)
        except (ValueError, TypeError, AttributeError, KeyError, OverflowError) as exc:
            parsed.problems.append(Problem(where, str(exc) or type(exc).__name__))
            continue
        if isinstance(item, DayNote):
            parsed.notes.append(item)
        else:
            parsed.add(item, where)
    return parsed


def _item(component: Calendar, uid: str, event_zone: ZoneInfo) -> Session | DayNote:
    title, marked = cancelled_in_title(clean(component.get("SUMMARY"), 500))
    if not title:
        raise ValueError("has no SUMMARY")
    begin = _value(component, "DTSTART")
    if begin is None:
        raise ValueError("has no DTSTART")
    if not isinstance(begin, datetime):  # a date: an all-day entry
        return DayNote(begin, title)
    if not uid:
        raise ValueError("has no UID")
    start = _aware(begin, event_zone)
    finish = _value(component, "DTEND")
    if isinstance(finish, datetime):
        end = _aware(finish, event_zone)
    else:
        length = _value(component, "DURATION")
        end = start + (length if isinstance(length, timedelta) else timedelta(0))
    if end < start:
        raise ValueError("ends before it starts")
    room = clean(component.get("LOCATION"), 200)
    if not room:
        raise ValueError("has no LOCATION (room)")
    description = str(component.get("DESCRIPTION") or "")
    status = clean(component.get("STATUS")).upper()
    return Session(key=uid, title=title, room=room, start=start, end=end, track=_categories(component),
                   abstract=clean(_SPEAKER_LINE.sub("", description)), speakers=_speakers(component, description),
                   status=CANCELLED if marked or status == "CANCELLED" else SCHEDULED)


def _value(component: Calendar, name: str) -> object:
    prop = component.get(name)
    return getattr(prop, "dt", None) if prop is not None else None


def _aware(moment: datetime, event_zone: ZoneInfo) -> datetime:
    """A floating time (or a TZID nobody knows) is on the event's wall clock."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=event_zone)
    return moment.astimezone(event_zone)


def _categories(component: Calendar) -> str:
    value = component.get("CATEGORIES")
    values = value if isinstance(value, list) else [value] if value is not None else []
    names = [str(c) for v in values for c in getattr(v, "cats", [v])]
    return clean(names[0], 200) if names else ""


def _speakers(component: Calendar, description: str) -> tuple[str, ...]:
    attendees = component.get("ATTENDEE")
    attendees = attendees if isinstance(attendees, list) else [attendees] if attendees is not None else []
    names = tuple(clean(a.params.get("CN"), 200) for a in attendees if getattr(a, "params", None))
    if any(names):
        return tuple(n for n in names if n)
    line = _SPEAKER_LINE.search(description)
    return split_speakers(line[1]) if line else ()

