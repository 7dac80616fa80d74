"""Ticket PDFs for mailing: one A4 page per valid ticket, the guest's name, and a QR code holding only the code."""

import re
import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

from kiosk.attendees.records import SELECT_COLUMNS, Attendee
from kiosk.bench.badges import sample_logo
from kiosk.event.config import load_config, write_config_document
from kiosk.event.folder import Event
from kiosk.tickets.pdf import event_dates, ticket_file_stem, ticket_pdf, write_ticket_pdfs
from tests.kiosk.badges.support import flat, page_object_types, page_texts

A4 = (595.28, 841.89)


def qr_texts(pdf: bytes, dpi: int = 100) -> list[str]:
    """What a scanner reads from the first page."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    return [d.text for d in zxingcpp.read_barcodes(image)]


def attendee_named(event: Event, first_name: str) -> Attendee:
    found = event.store.rows(f"SELECT {SELECT_COLUMNS} FROM attendees WHERE first_name = ?", (first_name,))
    return Attendee.from_row(found[0])


def page_size(pdf: bytes) -> tuple[float, float]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[0].get_size()
    finally:
        document.close()


def test_one_pdf_per_valid_ticket_named_like_the_png(event: Event, tmp_path: Path) -> None:
    assert write_ticket_pdfs(event, tmp_path / "tickets") == 4
    valid = event.store.rows("SELECT code FROM attendees WHERE cancelled = 0")
    assert sorted(p.name for p in (tmp_path / "tickets").iterdir()) == sorted(f"{r['code']}.pdf" for r in valid)


def test_ticket_shows_event_guest_and_instructions(event: Event) -> None:
    sophie = attendee_named(event, "Sophie")
    pdf = ticket_pdf(replace(event.config, venue="Esperanto Kongresszentrum Fulda"), sophie)
    assert page_size(pdf) == pytest.approx(A4, abs=0.1)
    texts = page_texts(pdf)
    assert len(texts) == 1
    text = flat(texts[0])
    for expected in ("Smart Region Summit", "24.11.2026", "Esperanto Kongresszentrum Fulda", "Sophie",
                     "Müller-Lüdenscheidt", "Stadt Fulda", "SPEAKER", "Zeigen Sie diesen Code am Eingang",
                     "Show this code at the entrance"):
        assert flat(expected) in text, expected
    assert qr_texts(pdf) == [sophie.code]


def test_every_written_ticket_scans_to_its_code(event: Event, tmp_path: Path) -> None:
    sample_logo(event.folder)
    document = tomllib.loads((event.folder / "event.toml").read_text(encoding="utf-8"))
    document["event"]["end"] = date(2026, 11, 25)
    document["badges"] = {"logo": "logo.png"}
    write_config_document(event.folder, document)
    event.config = load_config(event.folder)
    write_ticket_pdfs(event, tmp_path)
    for row in event.store.rows("SELECT code FROM attendees WHERE cancelled = 0"):
        pdf = (tmp_path / f"{ticket_file_stem(row['code'])}.pdf").read_bytes()
        assert qr_texts(pdf) == [row["code"]]
        assert flat("24.–25.11.2026") in flat(page_texts(pdf)[0])
        assert 5 in page_object_types(pdf)  # the logo, embedded once as a form


def test_names_in_any_script_are_drawn(event: Event) -> None:
    guest = replace(attendee_named(event, "Anna"), first_name="小明", last_name="王", organisation="جامعة القاهرة")
    text = flat(page_texts(ticket_pdf(event.config, guest))[0])
    assert "小明" in text and "王" in text


@pytest.mark.parametrize(("start", "end", "expected"), [
    (date(2026, 11, 24), date(2026, 11, 24), "24.11.2026"),
    (date(2026, 11, 24), date(2026, 11, 25), "24.–25.11.2026"),
    (date(2026, 11, 30), date(2026, 12, 1), "30.11.–01.12.2026"),
    (date(2026, 12, 30), date(2027, 1, 2), "30.12.2026–02.01.2027"),
])
def test_event_dates(start: date, end: date, expected: str) -> None:
    assert event_dates(start, end) == expected


def test_file_stem_of_a_plain_code_is_the_code() -> None:
    assert ticket_file_stem("SRS26-7K5178MU0810MPJQWVDQ") == "SRS26-7K5178MU0810MPJQWVDQ"


CLASHING_CODES = ("2026/1001", "20261001", "2026-1001", "abc", "ABC", "Abc", "a b", "a:b", "ab", "AB", "con",
                  "CON", "Müller", "Muller", "../x", "x", "-x", "", "K" * 80, "K" * 81, "SRS26-AB/CD:9_x")


def test_file_stems_differ_for_every_code_even_ignoring_case() -> None:
    stems = [ticket_file_stem(code) for code in CLASHING_CODES]
    assert len({stem.casefold() for stem in stems}) == len(CLASHING_CODES)
    for stem in stems:
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}|_[0-9a-f]{12}", stem), stem
        assert stem.upper() not in ("CON", "NUL", "PRN", "AUX")
