"""Shared fixtures: real event folders in temporary directories, never a mocked database."""

import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.event.config import write_config_document
from kiosk.event.folder import Event, open_event

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SAMPLES = Path(__file__).resolve().parent / "data"  # real-world exports, copied from the team's samples
EVENT_DAY = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def write_event(folder: Path, pin_hash: str = "", **kiosk: object) -> Path:
    """A small congress: three categories (one a day ticket for another day), one topic."""
    write_config_document(folder, {
        "staff": {"pin_hash": pin_hash},
        "event": {"name": "Smart Region Summit", "start": EVENT_DAY.date(), "end": EVENT_DAY.date(),
                  "time_zone": "Europe/Berlin"},
        "categories": [
            {"name": "Teilnehmende", "role": "Teilnehmende", "colour": "#1F6FB2"},
            {"name": "Speaker", "role": "Speaker", "colour": "#C2185B"},
            {"name": "Tagesticket Mittwoch", "role": "Tagesgast", "colour": "#2E7D32",
             "valid_days": ["2026-11-25"]},
        ],
        "topics": [{"name": "Open Data", "colour": "#00796B"}],
        "kiosk": kiosk,
    })
    return folder


ATTENDEES_CSV = """Vorname;Nachname;Organisation;E-Mail;Kategorie;Ticket-Code;Status
Sophie;Müller-Lüdenscheidt;Stadt Fulda;sophie@example.org;Speaker;AAAA1111BBBB2222CCCC;bezahlt
Jürgen;Groß;Straßenbauamt Kassel;juergen@example.org;Teilnehmende;YZYZ3333DDDD4444EEEE;bezahlt
Anna;Mueller;Wetteraukreis;anna@example.org;Teilnehmende;FFFF5555GGGG6666HHHH;bezahlt
Lars;Storno;Kreis Bergstraße;lars@example.org;Teilnehmende;JJJJ7777KKKK8888LLLL;storniert
Mia;Mittwoch;Hochschule Fulda;mia@example.org;Tagesticket Mittwoch;MMMM9999NNNN0000PPPP;bezahlt
"""


def _application() -> object | None:
    """The shared QApplication, where a test made one (core tests never import Qt for this)."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    return widgets.QApplication.instance() if widgets else None


@pytest.fixture(autouse=True)
def _style_sheet_kept() -> Iterator[None]:
    """A test that starts the front end in process (`ui.launcher.main`) sets the kiosk's style sheet on the
    shared QApplication; put back what was there, so that the next test sees the application it expects."""
    app = _application()
    before = app.styleSheet() if app is not None else ""
    yield
    app = _application()
    if app is not None and app.styleSheet() != before:
        app.setStyleSheet(before)


@pytest.fixture
def event_folder(tmp_path: Path) -> Path:
    folder = write_event(tmp_path / "event")
    (tmp_path / "attendees.csv").write_text(ATTENDEES_CSV, encoding="utf-8")
    return folder


@pytest.fixture
def event(event_folder: Path) -> Iterator[Event]:
    from kiosk.attendees.importer import import_attendees

    opened = open_event(event_folder, kiosk_id="kiosk-1")
    import_attendees(opened, event_folder.parent / "attendees.csv")
    yield opened
    opened.close()


class Clock:
    """A controllable clock for the event day."""

    def __init__(self, start: datetime = EVENT_DAY) -> None:
        self.now = start
        self.seconds = 1000.0

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return self.seconds
