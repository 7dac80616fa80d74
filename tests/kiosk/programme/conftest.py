"""Fixtures of the programme tests: a real event folder (Europe/Berlin) and the sample exports."""

from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.event.folder import Event, open_event
from tests.conftest import SAMPLES, write_event

PROGRAMMES = SAMPLES / "programme"
BERLIN = ZoneInfo("Europe/Berlin")


def sample(name: str) -> bytes:
    """The bytes of a programme export in tests/data/programme."""
    return (PROGRAMMES / name).read_bytes()


@pytest.fixture
def programme_event(tmp_path: Path) -> Iterator[Event]:
    opened = open_event(write_event(tmp_path / "event"), kiosk_id="kiosk-1")
    yield opened
    opened.close()
