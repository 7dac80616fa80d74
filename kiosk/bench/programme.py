"""A big programme for the bench: N sessions over R rooms on one day, as the parsers would deliver it."""

import random
import statistics
import tempfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement, tostring
from zoneinfo import ZoneInfo

from kiosk.bench.data import percentile, timed_ms
from kiosk.event.folder import init_event, open_event
from kiosk.programme.frab import parse_frab
from kiosk.programme.importing import import_programme
from kiosk.programme.model import ParsedProgramme, Session
from kiosk.programme.nownext import Timeline
from kiosk.programme.store import current_programme

TRACKS = ("Open Data", "Mobilität", "Verwaltung", "Energie", "Bildung", "Gesundheit")
TYPES = ("talk", "workshop", "panel", "lightning")
WORDS = ("Digitale", "Kommune", "Daten", "Plattform", "Zukunft", "Region", "Verkehr", "Netz", "Bürger", "Sensor",
         "Wärme", "Schule", "Cloud", "offen", "smart", "Strategie", "Praxis", "Wandel", "Quartier", "Stadt")


def big_programme(sessions: int, rooms: int, day: date, zone: ZoneInfo, seed: int = 8) -> ParsedProgramme:
    """Back-to-back sessions of 15–45 minutes from 08:00 in every room, until `sessions` are made."""
    chooser = random.Random(seed)
    parsed = ParsedProgramme()
    clocks = [datetime.combine(day, time(8, 0), zone)] * rooms
    for number in range(sessions):
        room = number % rooms
        start = clocks[room]
        end = start + timedelta(minutes=chooser.choice((15, 20, 30, 45)))
        clocks[room] = end + timedelta(minutes=chooser.choice((0, 5, 10)))
        title = " ".join(chooser.choice(WORDS) for _ in range(chooser.randint(3, 9)))
        parsed.add(Session(key=f"bench-{number}", title=title, room=f"Raum {room + 1:02d}", start=start, end=end,
                           track=chooser.choice(TRACKS), type=chooser.choice(TYPES), language="de",
                           abstract=" ".join(chooser.choice(WORDS) for _ in range(60)),
                           speakers=tuple(f"Person {chooser.randint(1, 900)}" for _ in range(chooser.randint(1, 3)))),
                   f"session {number}")
    return parsed


def frab_xml(parsed: ParsedProgramme, day: date) -> bytes:
    """The programme as a pretalx-style schedule.xml (one day, a <room> per room)."""
    root = Element("schedule")
    SubElement(root, "version").text = "bench"
    conference = SubElement(root, "conference")
    SubElement(conference, "title").text = "Bench"
    SubElement(conference, "time_zone_name").text = "Europe/Berlin"
    day_element = SubElement(root, "day", index="1", date=day.isoformat())
    rooms: dict[str, Element] = {}
    for session in parsed.sessions:
        room = rooms.get(session.room)
        if room is None:
            room = rooms[session.room] = SubElement(day_element, "room", name=session.room)
        event = SubElement(room, "event", guid=session.key, id=session.key.rsplit("-", 1)[-1])
        minutes = session.duration_min
        for tag, text in (("date", session.start.isoformat()), ("start", f"{session.start:%H:%M}"),
                          ("duration", f"{minutes // 60:02d}:{minutes % 60:02d}"), ("room", session.room),
                          ("title", session.title), ("subtitle", ""), ("track", session.track),
                          ("type", session.type), ("language", session.language), ("abstract", session.abstract)):
            SubElement(event, tag).text = text
        persons = SubElement(event, "persons")
        for number, name in enumerate(session.speakers):
            SubElement(persons, "person", id=str(number)).text = name
    return tostring(root, encoding="utf-8", xml_declaration=True)


def measure(sessions: int, rooms: int = 30, moments: int = 2_000) -> dict[str, float]:
    """`programme_import_<N>_s`: parsing a schedule.xml of N sessions and importing it as a new version over the
    previous one (a tenth of the sessions moved: the diff has work to do), median of three; and
    `now_next_p99_ms`: now/next in every room at random moments of the day, from the loaded programme."""
    zone = ZoneInfo("Europe/Berlin")
    day = date(2027, 4, 27)
    parsed = big_programme(sessions, rooms, day, zone)
    moved = ParsedProgramme(sessions=[replace(s, start=s.start + timedelta(minutes=5), end=s.end + timedelta(minutes=5))
                                      if number % 10 == 0 else s for number, s in enumerate(parsed.sessions)])
    versions = [frab_xml(parsed, day), frab_xml(moved, day)]
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-programme-") as temporary:
        folder = Path(temporary) / "event"
        init_event(folder, "Bench", day)
        event = open_event(folder)
        try:
            import_programme(event.store, parse_frab(versions[0], "v0.xml", zone), "v0.xml")
            seconds = [timed_ms(lambda data=versions[(run + 1) % 2]: import_programme(
                event.store, parse_frab(data, "bench.xml", zone), "bench.xml")) / 1000 for run in range(3)]
            timeline = Timeline(current_programme(event.store, zone))
        finally:
            event.close()
    chooser = random.Random(3)
    begin = datetime.combine(day, time(7, 30), zone)
    ats = [begin + timedelta(seconds=chooser.uniform(0, 14 * 3600)) for _ in range(moments)]
    lookups = [timed_ms(lambda at=at: timeline.now_next(at)) for at in ats]
    return {f"programme_import_{sessions}_s": statistics.median(seconds), "now_next_p99_ms": percentile(lookups, 0.99)}
