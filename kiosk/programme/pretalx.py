"""One frab/pretalx event (from schedule.xml or schedule.json) as a Session: what both formats share."""

from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.programme.model import (
    CANCELLED,
    DAY_STARTS_AT,
    SCHEDULED,
    Session,
    cancelled_in_title,
    clean,
    parse_duration,
)

_CANCELLED_STATES = frozenset({"canceled", "cancelled", "deleted", "withdrawn", "rejected"})


def source_zone(name: object, event_zone: ZoneInfo) -> ZoneInfo:
    """The zone a schedule names for its local times (`time_zone_name`), else the event's."""
    try:
        return ZoneInfo(str(name).strip()) if name and str(name).strip() else event_zone
    except (ZoneInfoNotFoundError, ValueError):
        return event_zone


def parse_day(text: object) -> date | None:
    """A day's `date` attribute, or None when it has none or it is not a date."""
    try:
        return date.fromisoformat(str(text).strip()[:10]) if text else None
    except ValueError:
        return None


def session_from_entry(entry: Mapping[str, object], speakers: tuple[str, ...], room: str, day: date | None,
                       zone: ZoneInfo, event_zone: ZoneInfo) -> Session:
    """Build a session from one event's fields; ValueError (a message for the report) if it is not sound.

    A full `date` with its offset wins over the day's date; without one, the day's date and `start` are read in
    the schedule's zone, and a start before 04:00 is after midnight of that programme day."""
    key = clean(entry.get("guid"), 200) or (f"id:{clean(entry.get('id'), 200)}" if clean(entry.get("id")) else "")
    if not key:
        raise ValueError("has neither a guid nor an id")
    title, marked = cancelled_in_title(clean(entry.get("title"), 500))
    if not title:
        raise ValueError("has no title")
    room = clean(entry.get("room"), 200) or room
    if not room:
        raise ValueError("has no room")
    start = _start(entry, day, zone).astimezone(event_zone)
    duration = entry.get("duration")
    if duration is None or not str(duration).strip():
        raise ValueError("has no duration")
    length = parse_duration(str(duration))
    state = clean(entry.get("state")).casefold()
    end = (start.astimezone(UTC) + length).astimezone(event_zone)  # exact, also over a change of daylight saving
    return Session(key=key, title=title, room=room, start=start, end=end,
                   subtitle=clean(entry.get("subtitle"), 500), track=clean(_name(entry.get("track")), 200),
                   type=clean(entry.get("type"), 100), language=clean(entry.get("language"), 20),
                   abstract=clean(entry.get("abstract")), speakers=speakers,
                   status=CANCELLED if marked or state in _CANCELLED_STATES else SCHEDULED)


def _name(value: object) -> object:
    return value.get("name") if isinstance(value, Mapping) else value


def _start(entry: Mapping[str, object], day: date | None, zone: ZoneInfo) -> datetime:
    text = clean(entry.get("date"), 60)
    if len(text) > 10:
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"date {text!r} is not an ISO 8601 date and time") from None
        return moment if moment.tzinfo else moment.replace(tzinfo=zone)
    day = parse_day(text) or day
    clock = clean(entry.get("start"), 20)
    if day is None:
        raise ValueError("has no date, and neither has its day")
    try:
        hours, minutes = (int(part) for part in clock.split(":")[:2])
        wall = time(hours, minutes)
    except ValueError:
        raise ValueError(f"start {clock!r} is not HH:MM") from None
    after_midnight = timedelta(days=1) if timedelta(hours=wall.hour, minutes=wall.minute) < DAY_STARTS_AT else \
        timedelta(0)
    return datetime.combine(day + after_midnight, wall, tzinfo=zone)
