"""The programme as an iCalendar file (for phones and calendars): one VEVENT per session, cancelled ones marked."""

from pathlib import Path

from icalendar import Calendar, Event

from kiosk.common.timeutil import utc_now
from kiosk.programme.model import CANCELLED
from kiosk.programme.store import Entry


def programme_calendar(entries: list[Entry], title: str) -> bytes:
    """The sessions as an iCalendar document (times in UTC, so no VTIMEZONE is needed)."""
    calendar = Calendar()
    calendar.add("prodid", "-//event-kiosk//programme//DE")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", title)
    stamp = utc_now()
    for entry in entries:
        session = entry.session
        item = Event()
        item.add("uid", session.key)
        item.add("dtstamp", stamp)
        item.add("dtstart", session.start.astimezone(stamp.tzinfo))
        item.add("dtend", session.end.astimezone(stamp.tzinfo))
        item.add("summary", session.title)
        item.add("location", session.room)
        if session.track:
            item.add("categories", [session.track])
        description = "\n".join(filter(None, [session.subtitle, session.abstract]))
        if session.speakers:
            description = f"Mit: {', '.join(session.speakers)}" + (f"\n{description}" if description else "")
        if description:
            item.add("description", description)
        item.add("status", "CANCELLED" if session.status == CANCELLED else "CONFIRMED")
        calendar.add_component(item)
    return calendar.to_ical()


def write_programme_ics(path: Path, entries: list[Entry], title: str) -> None:
    """Write the programme as an .ics file."""
    path.write_bytes(programme_calendar(entries, title))
