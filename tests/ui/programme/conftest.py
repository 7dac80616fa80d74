"""Fixtures of the programme screen tests: an event with the sample programme, and a clock on its day."""

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.event.config import write_config_document
from kiosk.event.folder import Event, open_event
from kiosk.programme.frab import parse_frab
from kiosk.programme.importing import import_programme
from kiosk.programme.views import ProgrammeView, load_view
from tests.conftest import SAMPLES, write_event

BERLIN = ZoneInfo("Europe/Berlin")
DAY_TIME = datetime(2027, 4, 27, 10, 20, tzinfo=BERLIN)
STAGE = "Halle – Bühne"
BARCAMP = {"rooms": ["Barcamp Raum 1", "Barcamp Raum 2"], "slots": ["11:00-11:45", "14:00-14:45"],
           "day": "2027-04-27"}


def with_barcamp(folder: Path) -> None:
    """Add the sample's barcamp rooms and slots to the event.toml of a folder."""
    import tomllib

    document = tomllib.loads((folder / "event.toml").read_text(encoding="utf-8"))
    document["programme"] = {"barcamp": {**BARCAMP, "day": datetime(2027, 4, 27).date()}}
    write_config_document(folder, document)


@pytest.fixture
def programme_event(tmp_path: Path) -> Iterator[Event]:
    """An event with the sample frab programme imported and a barcamp board."""
    folder = write_event(tmp_path / "event")
    with_barcamp(folder)
    event = open_event(folder, kiosk_id="screen-1")
    data = (SAMPLES / "programme" / "programme-frab.xml").read_bytes()
    import_programme(event.store, parse_frab(data, "programme-frab.xml", BERLIN), "programme-frab.xml")
    yield event
    event.close()


@pytest.fixture
def view(programme_event: Event) -> ProgrammeView:
    return load_view(programme_event.store, BERLIN)


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    """The screens' English texts, whatever translator an earlier test left behind (a window fixture that
    installs German later still wins: the translator installed last is asked first)."""
    from ui.i18n import Languages

    languages = Languages(qapp, "en")
    yield
    languages.uninstall()
