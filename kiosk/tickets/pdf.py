"""Tickets as PDFs for mailing: an A4 page per guest with the event, the guest and a big QR code.

The page is a badge layout (`kiosk.badges`), so names get the engine's font fallback and autofit and the
QR code is the badge's: it holds nothing but the ticket code.
"""

import functools
import hashlib
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kiosk.attendees.records import SELECT_COLUMNS, Attendee
from kiosk.badges import BadgeData, Layout, load_layout, render_badges
from kiosk.badges.data import logo_path
from kiosk.event.config import EventConfig
from kiosk.event.folder import Event

_M = 18.0  # page margin, mm
_W = 210.0 - 2 * _M
_GREY = "#555555"
_PLAIN_STEM = re.compile(r"[A-Z0-9][A-Z0-9-]{0,63}")
_DEVICE_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"{port}{n}" for port in ("COM", "LPT") for n in range(1, 10))}
_SAFE_PART, _HASH_CHARS = 48, 12


def _text(box: list[float], text: str, size: float, weight: str = "bold", **style: object) -> dict[str, object]:
    return {"type": "text", "box": box, "text": text, "size": size, "floor": min(size, 9.0), "weight": weight,
            "align": "left", **style}


TICKET_LAYOUT = {
    "name": "ticket_a4",
    "page": [210, 297],
    "elements": [
        {"type": "image", "box": [_M, 14, 80, 24], "align": "left"},
        _text([110, 14, 210 - _M - 110, 10], "EINTRITTSKARTE · TICKET", 11, "regular", colour=_GREY, align="right"),
        _text([_M, 44, _W, 28], "{event_name}", 30, lines=2, valign="bottom"),
        _text([_M, 74, _W, 9], "{event_date}", 15, "regular", colour=_GREY),
        _text([_M, 83, _W, 9], "{venue}", 15, "regular", colour=_GREY),
        {"type": "band", "box": [_M, 99, _W, 14], "text": "{role|category}", "size": 20, "floor": 10, "radius": 2},
        _text([_M, 119, _W, 24], "{title} {first_name} {last_name}", 34, lines=2, floor=20),
        _text([_M, 144, _W, 12], "{organisation}", 17, "regular", lines=2),
        {"type": "qr", "box": [55, 162, 100, 100]},
        _text([_M, 261, _W, 6], "{code}", 10, "regular", colour=_GREY, align="center"),
        _text([_M, 270, _W, 9], "Zeigen Sie diesen Code am Eingang.", 16, align="center"),
        _text([_M, 279, _W, 8], "Show this code at the entrance.", 14, "regular", colour=_GREY, align="center"),
    ],
}


@functools.cache
def ticket_layout() -> Layout:
    """The ticket page as a badge layout."""
    return load_layout(TICKET_LAYOUT)


def event_dates(start: date, end: date) -> str:
    """'24.11.2026', '24.–25.11.2026', '30.11.–01.12.2026' or '30.12.2026–02.01.2027'."""
    if end <= start:
        return start.strftime("%d.%m.%Y")
    if (start.year, start.month) == (end.year, end.month):
        return f"{start:%d.}–{end:%d.%m.%Y}"
    if start.year == end.year:
        return f"{start:%d.%m.}–{end:%d.%m.%Y}"
    return f"{start:%d.%m.%Y}–{end:%d.%m.%Y}"


def ticket_pdf(config: EventConfig, attendee: Attendee, logo: Path | None = None) -> bytes:
    """One guest's ticket: event name, dates and venue, name, organisation, category, QR code, instructions."""
    category = config.category(attendee.category)
    fields = {
        "title": attendee.title, "first_name": attendee.first_name, "last_name": attendee.last_name,
        "organisation": attendee.organisation, "category": attendee.category, "role": category.role_label,
        "event_name": config.name, "event_date": event_dates(config.start, config.end), "venue": config.venue,
        "code": attendee.code,
    }
    badge = BadgeData(fields=fields, code=attendee.code, role_colour=category.colour)
    return render_badges(ticket_layout(), [badge], logo).pdf


def ticket_file_stem(code: str) -> str:
    """The file name (without suffix) of a ticket's files, different for every code on any file system.

    A code of upper-case letters, digits and '-' is its own name; any other code (lower case, '/', spaces,
    umlauts, very long, a Windows device name) keeps its safe characters and gets '_' and a hash of the
    exact code, so `2026/1001` and `20261001`, or `abc` and `ABC`, never share a file."""
    if _PLAIN_STEM.fullmatch(code) and code not in _DEVICE_NAMES:
        return code
    safe = re.sub(r"[^A-Za-z0-9-]", "", code).lstrip("-")[:_SAFE_PART]
    return f"{safe}_{hashlib.sha256(code.encode()).hexdigest()[:_HASH_CHARS]}"


def write_ticket_pdfs(event: Event, folder: Path, progress: Callable[[int, int], None] | None = None) -> int:
    """A ticket PDF for every valid ticket, named like its QR PNG (`ticket_file_stem`.pdf); returns how many.
    `progress(done, total)` follows the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    logo = logo_path(event.config, event.folder)
    rows = event.store.rows(f"SELECT {SELECT_COLUMNS} FROM attendees WHERE cancelled = 0 ORDER BY id")
    for done, row in enumerate(rows, 1):
        attendee = Attendee.from_row(row)
        (folder / f"{ticket_file_stem(attendee.code)}.pdf").write_bytes(ticket_pdf(event.config, attendee, logo))
        if progress is not None:
            progress(done, len(rows))
    return len(rows)
