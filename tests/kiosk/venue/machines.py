"""Venue test machines: event folders of their own (own SQLite, own kiosk id) that share one venue server."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from kiosk.attendees.importer import import_attendees
from kiosk.checkin.desk import CheckinDesk
from kiosk.event.config import load_config, write_config_document
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
    import tomllib

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


def desk(event: Event, clock: Clock | None = None) -> CheckinDesk:
    """A check-in desk on the event day's clock (without printing)."""
    clock = clock or Clock()
    return CheckinDesk(event, clock=clock, monotonic=clock.monotonic, auto_print=False)


def shifted(clock: Clock, seconds: float) -> "ShiftedClock":
    """The same moments, read off a clock `seconds` ahead (negative: behind)."""
    return ShiftedClock(clock, seconds)


class ShiftedClock:
    """A machine's clock that is off by some seconds."""

    def __init__(self, clock: Clock, seconds: float) -> None:
        self.clock, self.seconds = clock, seconds

    def __call__(self) -> datetime:
        from datetime import timedelta

        return self.clock() + timedelta(seconds=self.seconds)


__all__ = ["CODES", "desk", "load_config", "machines", "shifted", "venue_event"]
