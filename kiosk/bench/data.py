"""Made-up but realistic data for the benchmarks: attendee lists and events of any size, and percentiles."""

import csv
import random
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.attendees.importer import import_attendees
from kiosk.event.config import write_config_document
from kiosk.event.folder import Event, open_event

FIRST = ("Anna", "Lukas", "Özlem", "Jonas", "Sophie", "Jürgen", "Hannah", "Renée", "Elias", "Zoë", "Mehmet", "Paul",
         "Ulrike", "Katharina", "Maximilian", "Leonie", "Ahmad", "Agnieszka", "Björn", "Sören", "Greta", "Malte")
LAST = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Öztürk", "Yılmaz", "Kowalczyk", "Nowak", "Groß", "Weiß", "Krämer", "Müller-Lüdenscheidt", "Schäfer")
ORGS = ("Stadt Darmstadt", "Stadt Fulda", "Wetteraukreis", "Kreis Bergstraße", "Hochschule Fulda", "TU Darmstadt",
        "Digitalstadt Darmstadt GmbH", "Smart Solutions & Co. KG", "Stadtwerke Gießen AG", "Gemeinde Eichenzell")


def percentile(samples: list[float], share: float) -> float:
    """The value below which `share` of the samples lie."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def write_attendee_csv(path: Path, count: int, seed: int = 1) -> None:
    """A registration export of `count` made-up guests with unique codes."""
    chooser = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Vorname", "Nachname", "Organisation", "E-Mail", "Kategorie", "Ticket-Code", "Status"])
        for number in range(count):
            first, last = chooser.choice(FIRST), chooser.choice(LAST)
            writer.writerow([first, f"{last}{number % 97 or ''}", chooser.choice(ORGS), f"g{number}@example.org",
                             "Teilnehmende", f"B{number:09d}X{chooser.randrange(10**6):06d}", "bezahlt"])


def make_event(folder: Path, attendees: int) -> tuple[Event, float]:
    """An event with that many imported attendees, and the seconds the import took."""
    write_config_document(folder, {"event": {"name": "Bench", "start": "2026-11-24"},
                                   "categories": [{"name": "Teilnehmende"}]})
    source = folder / "attendees.csv"
    write_attendee_csv(source, attendees)
    event = open_event(folder, kiosk_id="bench")
    start = time.perf_counter()
    import_attendees(event, source)
    return event, time.perf_counter() - start
