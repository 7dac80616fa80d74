"""Venue test machines: event folders of their own (own SQLite, own kiosk id) that share one venue server."""

import time
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.attendees.importer import import_attendees
from kiosk.checkin.desk import CheckinDesk
from kiosk.event.config import write_config_document
from kiosk.event.folder import Event, open_event
from tests.conftest import ATTENDEES_CSV, Clock, write_event

CODES = ("AAAA1111BBBB2222CCCC", "YZYZ3333DDDD4444EEEE", "FFFF5555GGGG6666HHHH")


def venue_event(folder: Path, url: str, kiosk_id: str, attendees: bool = True) -> Event:
    """An event folder whose event.toml names the venue server; with the test attendee list imported."""
    write_event(folder)
    document = {**_document(folder), "venue": {"db": url}}
    write_config_document(folder, document)
    event = open_event(folder, kiosk_id=kiosk_id)
    if attendees:
        csv = folder / "attendees.csv"
        csv.write_text(ATTENDEES_CSV, encoding="utf-8")
        import_attendees(event, csv)
    return event


def _document(folder: Path) -> dict[str, object]:
    return tomllib.loads((folder / "event.toml").read_text(encoding="utf-8"))


@contextmanager
def machines(tmp_path: Path, url: str, *names: str, attendees: bool = True) -> Iterator[list[Event]]:
    """Several machines of one venue, closed afterwards."""
    events = [venue_event(tmp_path / name, url, name, attendees) for name in names]
    try:
        yield events
    finally:
        for event in events:
            event.close()


def desk(event: Event, clock: Callable[[], datetime] | None = None) -> CheckinDesk:
    """A check-in desk (without printing) on a clock: the event day's, unless given."""
    clock = clock or Clock()
    return CheckinDesk(event, clock=clock, monotonic=getattr(clock, "monotonic", time.monotonic), auto_print=False)


class ShiftedClock:
    """A machine's clock that is off by some seconds (negative: behind)."""

    def __init__(self, clock: Callable[[], datetime], seconds: float) -> None:
        self.clock, self.offset = clock, timedelta(seconds=seconds)

    def __call__(self) -> datetime:
        return self.clock() + self.offset
