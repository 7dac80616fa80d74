"""The demo event's programme: resources/demo/programme.xml (a day in 2027) moved to the demo's day, so that
`kiosk demo` shows a live "now"; a few barcamp cells are filled as staff would on the day."""

from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from kiosk.common.paths import resource
from kiosk.event.folder import Event
from kiosk.programme.board import fill_cell
from kiosk.programme.frab import parse_frab
from kiosk.programme.importing import import_programme, reset_programme
from kiosk.programme.model import ParsedProgramme, programme_day
from kiosk.programme.store import current_programme

SOURCE = "programme.xml"
_BARCAMP = (  # slot, room, title, host
    (0, "Barcamp Raum 1", "Open Data im Landkreis – wo fangen wir an?", "Ada Beispiel"),
    (1, "Barcamp Raum 2", "Lastenräder als mobiles Bürgerbüro", "Team Darmstadt"),
)


def moved_to(parsed: ParsedProgramme, day: date, zone: ZoneInfo) -> ParsedProgramme:
    """The programme moved to start on `day`, each session at the same wall-clock time."""
    first = min(programme_day(s.start.astimezone(zone)) for s in parsed.sessions)
    shift = day - first
    return replace(parsed, sessions=[replace(s, start=s.start.astimezone(zone) + shift,
                                             end=s.end.astimezone(zone) + shift) for s in parsed.sessions])


def prepare_demo_programme(event: Event, day: date) -> None:
    """Give the demo its programme on `day`, unless it has it already (staff edits of the day then stay)."""
    zone = ZoneInfo(event.config.time_zone)
    current = current_programme(event.store, zone)
    if current and all(programme_day(e.session.start) == day for e in current):
        return
    if current:
        reset_programme(event.store)
    parsed = parse_frab(resource("demo", SOURCE).read_bytes(), SOURCE, zone)
    import_programme(event.store, moved_to(parsed, day, zone), SOURCE)
    barcamp = event.config.programme.barcamp
    for slot, room, title, host in _BARCAMP:
        if room in barcamp.rooms and slot < len(barcamp.slots):
            fill_cell(event.store, zone, barcamp, day, slot, room, title, host)
