"""frab / pretalx / pentabarf `schedule.xml`, read with defusedxml (entity bombs and external entities refused)."""

from xml.etree.ElementTree import Element, ParseError
from zoneinfo import ZoneInfo

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from kiosk.programme.model import ParsedProgramme, Problem, ProgrammeError, clean, split_speakers
from kiosk.programme.pretalx import parse_day, session_from_entry, source_zone

_FIELDS = ("date", "start", "duration", "room", "title", "subtitle", "track", "type", "language", "abstract", "state")


def parse_frab(data: bytes, name: str, event_zone: ZoneInfo) -> ParsedProgramme:
    """Sessions of a frab-style XML schedule; ProgrammeError if the file is not one."""
    root = _root(data, name)
    zone = source_zone(root.findtext("conference/time_zone_name"), event_zone)
    parsed = ParsedProgramme()
    days = root.findall("day")
    if not days and root.find("conference") is None:
        raise ProgrammeError(f"{name}: not a frab/pretalx schedule (no <day> and no <conference>)")
    for day_number, day in enumerate(days, start=1):
        day_date = parse_day(day.get("date"))
        for room in day.findall("room"):
            room_name = clean(room.get("name"), 200)
            for position, element in enumerate(room.findall("event"), start=1):
                where = _where(name, day_number, room_name, position, element)
                try:
                    session = session_from_entry(_entry(element), _speakers(element), room_name, day_date, zone,
                                                 event_zone)
                except (ValueError, OverflowError) as exc:
                    parsed.problems.append(Problem(where, str(exc)))
                    continue
                parsed.add(session, where)
    return parsed


def _root(data: bytes, name: str) -> Element:
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ProgrammeError(f"{name}: refused: the XML declares entities or external references ({exc}); "
                             "a schedule export never needs them") from None
    except ParseError as exc:
        line, column = exc.position
        raise ProgrammeError(f"{name}: not well-formed XML at line {line}, column {column + 1}") from None
    except (ValueError, LookupError, RecursionError) as exc:  # LookupError: an encoding nobody knows
        raise ProgrammeError(f"{name}: cannot be read as XML ({exc})") from None


def _entry(element: Element) -> dict[str, object]:
    entry: dict[str, object] = {field: element.findtext(field) for field in _FIELDS}
    entry["guid"], entry["id"] = element.get("guid"), element.get("id")
    return entry


def _speakers(element: Element) -> tuple[str, ...]:
    names = tuple(clean(person.text, 200) for person in element.iterfind("persons/person"))
    return tuple(name for name in names if name) or split_speakers(element.findtext("persons") or "")


def _where(name: str, day: int, room: str, position: int, element: Element) -> str:
    label = element.get("guid") or element.get("id") or f"#{position}"
    return f"{name}: day {day}, room {room or '?'}, event {label}"
