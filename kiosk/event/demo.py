"""The embedded demo event: a one-day regional smart-city congress dated today, with guests arriving."""

import random
import tomllib
from datetime import date, datetime, timedelta
from pathlib import Path

import platformdirs

from kiosk.attendees.importer import import_attendees
from kiosk.checkin.desk import CheckinDesk
from kiosk.common.paths import resource
from kiosk.common.timeutil import utc_now
from kiosk.event.config import CONFIG_FILE, write_config_document
from kiosk.event.folder import Event, open_event
from kiosk.polls.demo import prepare_demo_polls
from kiosk.programme.demo import prepare_demo_programme

ARRIVED_SHARE = 0.35
ARRIVAL_WINDOW = timedelta(hours=2)


def default_demo_folder() -> Path:
    """Where `kiosk demo` keeps its event: the user's data folder."""
    return Path(platformdirs.user_data_dir("event-kiosk", appauthor=False)) / "demo"


def _write_config(folder: Path, today: date) -> None:
    document = tomllib.loads(resource("demo", CONFIG_FILE).read_text(encoding="utf-8"))
    document["event"]["start"] = document["event"]["end"] = today
    write_config_document(folder, document)


def _simulate_arrivals(event: Event, now: datetime) -> None:
    """Check in a share of the guests at times spread over the last two hours, for a lively staff desk."""
    chooser = random.Random(24)
    ids = [r[0] for r in event.store.conn.execute("SELECT id FROM attendees WHERE cancelled = 0 ORDER BY id")]
    arrived = sorted(chooser.sample(ids, int(len(ids) * ARRIVED_SHARE)))
    moments = sorted(now - ARRIVAL_WINDOW * chooser.betavariate(2, 3) for _ in arrived)
    clock = iter(moments)
    desk = CheckinDesk(event, clock=lambda: next(clock), auto_print=False)  # their badges are long printed
    for attendee_id in arrived:
        desk.check_in(attendee_id, "scan")


def prepare_demo(folder: Path | None = None) -> Path:
    """Create the demo event (or reuse it, moved to today) and return its folder."""
    folder = folder or default_demo_folder()
    fresh = not (folder / CONFIG_FILE).exists()
    today = date.today()
    _write_config(folder, today)
    event = open_event(folder)
    try:
        if fresh:
            import_attendees(event, resource("demo", "attendees.csv"))
            _simulate_arrivals(event, utc_now())
        prepare_demo_programme(event, today)  # its own day's programme, so the screens show a live "now"
        prepare_demo_polls(event)
    finally:
        event.close()
    return folder
