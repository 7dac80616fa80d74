"""c3voc / pretalx `schedule.json` (the frab schema as JSON)."""

import json
from collections.abc import Mapping
from zoneinfo import ZoneInfo

from kiosk.programme.model import ParsedProgramme, Problem, ProgrammeError, clean, split_speakers
from kiosk.programme.pretalx import parse_day, session_from_entry, source_zone


def parse_c3voc(data: bytes, name: str, event_zone: ZoneInfo) -> ParsedProgramme:
    """Sessions of a c3voc-style JSON schedule; ProgrammeError if the file is not one."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ProgrammeError(f"{name}: not valid JSON ({exc})") from None
    schedule = document.get("schedule", document) if isinstance(document, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    if not isinstance(conference, dict) or not isinstance(conference.get("days", []), list):
        raise ProgrammeError(f"{name}: not a c3voc/pretalx schedule (no schedule.conference.days)")
    zone = source_zone(conference.get("time_zone_name"), event_zone)
    parsed = ParsedProgramme()
    for day_number, day in enumerate(conference.get("days") or [], start=1):
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if not isinstance(rooms, dict):
            parsed.problems.append(Problem(f"{name}: day {day_number}", "has no rooms"))
            continue
        day_date = parse_day(day.get("date"))
        for room_name, events in rooms.items():
            if not isinstance(events, list):
                parsed.problems.append(Problem(f"{name}: day {day_number}, room {room_name}",
                                               "is not a list of events"))
                continue
            for position, entry in enumerate(events, start=1):
                where = f"{name}: day {day_number}, room {room_name}, event {_label(entry, position)}"
                if not isinstance(entry, dict):
                    parsed.problems.append(Problem(where, "is not an object"))
                    continue
                try:
                    session = session_from_entry(entry, _speakers(entry.get("persons")), clean(room_name, 200),
                                                 day_date, zone, event_zone)
                except (ValueError, OverflowError, TypeError, AttributeError) as exc:
                    parsed.problems.append(Problem(where, str(exc)))
                    continue
                parsed.add(session, where)
    return parsed


def _label(entry: object, position: int) -> str:
    if isinstance(entry, Mapping):
        return str(entry.get("guid") or entry.get("id") or f"#{position}")[:80]
    return f"#{position}"


def _speakers(persons: object) -> tuple[str, ...]:
    if isinstance(persons, str):
        return split_speakers(persons)
    if not isinstance(persons, list):
        return ()
    names = []
    for person in persons:
        if isinstance(person, Mapping):
            person = person.get("public_name") or person.get("full_public_name") or person.get("name")
        name = clean(person, 200)
        if name:
            names.append(name)
    return tuple(names)
