"""`kiosk purge`: after the event no personal data is left in any folder the kiosks printed badges to, and
nothing else in those folders is touched."""

import tomllib
from pathlib import Path

import pytest

from kiosk.attendees.importer import import_attendees
from kiosk.cli.main import main
from kiosk.event.config import write_config_document
from kiosk.event.folder import open_event
from kiosk.printing.backends import backend_for
from kiosk.printing.queue import BADGE, enqueue_now
from tests.conftest import EVENT_DAY

PDF = b"%PDF-1.4 badge"


def print_badge(folder: Path, printer: str, kiosk_id: str) -> Path:
    """A badge job of a kiosk, written by the PDF printer as the print worker does; the file it wrote."""
    event = open_event(folder, kiosk_id=kiosk_id)
    try:
        attendee_id = event.store.conn.execute("SELECT min(id) FROM attendees").fetchone()[0]
        job_id = enqueue_now(event.store, attendee_id, BADGE, "a6", printer, "checkin", EVENT_DAY)
    finally:
        event.close()
    backend = backend_for(printer, folder)
    backend.send(job_id, PDF, (105.0, 148.0))
    return backend.path(job_id)


def test_purge_deletes_badges_in_every_pdf_folder_and_keeps_other_files(
        event_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    usb = tmp_path / "usb-stick"
    document = tomllib.loads((event_folder / "event.toml").read_text(encoding="utf-8"))
    document["badges"] = {"printer": "pdf:badges"}
    document["kiosks"] = {"eingang-1": {"printer": f"pdf:{usb}"}, "eingang-2": {"printer": "cups:Brother_QL"}}
    write_config_document(event_folder, document)
    event = open_event(event_folder, kiosk_id="desk")
    import_attendees(event, tmp_path / "attendees.csv")
    event.close()

    badges = [print_badge(event_folder, "pdf:badges", "desk"), print_badge(event_folder, f"pdf:{usb}", "eingang-1"),
              print_badge(event_folder, "pdf:earlier", "eingang-3")]  # a printer event.toml no longer names
    interrupted = usb / f".{badges[1].stem}.pdf.tmp"
    interrupted.write_bytes(b"%PDF-1.4 half")
    keep = [usb / "agenda.pdf", usb / "photos" / "team.jpg", event_folder / "badges" / "notes.txt"]
    for path in keep:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"the organiser's")
    assert all(path.exists() for path in badges)

    assert main(["--event", str(event_folder), "purge", "--yes"]) == 0
    out = capsys.readouterr().out
    assert not any(path.exists() for path in [*badges, interrupted])
    assert all(path.read_bytes() == b"the organiser's" for path in keep)
    assert sorted(p.name for p in event_folder.iterdir()) == ["badges", "earlier", "event.toml"]
    for count, place in ((2, usb), (1, event_folder / "badges"), (1, event_folder / "earlier")):
        assert f"{count:>6} in {place}\n" in out
    assert not list(event_folder.glob("event.sqlite*"))
