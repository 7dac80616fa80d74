"""A big programme for the bench: N sessions over R rooms on one day, as the parsers would deliver it."""

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.programme.model import ParsedProgramme, Session

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
