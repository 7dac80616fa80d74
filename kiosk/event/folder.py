"""Opening and creating event folders, and telling which kiosk this is."""

import os
import shutil
import socket
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.event.config import CONFIG_FILE, DATABASE_FILE, EventConfig, load_config, write_config_document
from kiosk.event.store import Store
from kiosk.printing.backends import PdfFolderBackend, PrintError, backend_for

EVENT_ENV = "KIOSK_EVENT"
KIOSK_ID_ENV = "KIOSK_ID"


def this_kiosk_id() -> str:
    """This machine's kiosk id: `KIOSK_ID`, else the host name."""
    return os.environ.get(KIOSK_ID_ENV) or socket.gethostname() or "kiosk"


@dataclass
class Event:
    """An open event: its folder, its configuration and its database."""

    folder: Path
    config: EventConfig
    store: Store

    def close(self) -> None:
        self.store.close()


def open_event(folder: Path, kiosk_id: str | None = None) -> Event:
    """Open an existing event folder (creating the database on first use)."""
    config = load_config(folder)
    return Event(folder=folder, config=config, store=Store(folder / DATABASE_FILE, kiosk_id or this_kiosk_id()))


def event_folder(explicit: str | None) -> Path | None:
    """The event folder named on the command line or in `KIOSK_EVENT`, if any."""
    chosen = explicit or os.environ.get(EVENT_ENV)
    return Path(chosen).expanduser() if chosen else None


def init_event(folder: Path, name: str, day: date | None = None) -> EventConfig:
    """Create a new event folder with a minimal event.toml; refuses to overwrite one."""
    if (folder / CONFIG_FILE).exists():
        raise FileExistsError(f"{folder / CONFIG_FILE} exists already")
    day = day or date.today()
    write_config_document(folder, {
        "event": {"name": name, "start": day, "end": day, "time_zone": "Europe/Berlin",
                  "languages": ["de", "en"]},
        "categories": [{"name": "Teilnehmende", "role": "Teilnehmende", "colour": "#1F6FB2"}],
        "kiosk": {},
    })
    Store(folder / DATABASE_FILE, this_kiosk_id()).close()
    return load_config(folder)


PERSONAL_DATA = (DATABASE_FILE, DATABASE_FILE + "-wal", DATABASE_FILE + "-shm", "printed")


def purge_event_data(folder: Path) -> list[Path]:
    """Delete the database (attendees, check-ins, the log), `printed/` and the badge PDFs the kiosks wrote into
    every other folder a `pdf:FOLDER` printer names (in event.toml, or in a print job of the database);
    other files in those folders stay. Returns what was deleted."""
    removed = [path for backend in _pdf_printers(folder) for path in backend.written_files()]
    for path in removed:
        path.unlink()
    for name in PERSONAL_DATA:
        path = folder / name
        if path.is_dir():
            removed += [p for p in sorted(path.rglob("*"), reverse=True) if p.is_file()]
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
            removed.append(path)
    return removed


def _pdf_printers(folder: Path) -> list[PdfFolderBackend]:
    """The PDF folder printers of the event: the default, every kiosk's own, and any a print job went to."""
    badges = load_config(folder).badges
    specs = {badges.printer, *(kiosk.get("printer", badges.printer) for kiosk in badges.kiosks.values())}
    database = folder / DATABASE_FILE
    if database.exists():  # unreadable, or without a job table: the printers event.toml names are all there is
        with suppress(sqlite3.Error), closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as db:
            specs.update(spec for (spec,) in db.execute("SELECT DISTINCT printer FROM print_jobs"))
    printers: dict[Path, PdfFolderBackend] = {}
    for spec in specs:
        try:
            backend = backend_for(spec, folder)
        except PrintError:
            continue
        if isinstance(backend, PdfFolderBackend):
            printers.setdefault(backend.folder.resolve(), backend)
    return list(printers.values())
