"""Tickets for mailing: one QR code PNG per attendee (holding only the opaque code) and a mail-merge CSV."""

from collections.abc import Callable
from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_M

from kiosk.common.csv_out import write_csv
from kiosk.event.folder import Event
from kiosk.tickets.pdf import ticket_file_stem, write_ticket_pdfs

MERGE_COLUMNS = ("code", "salutation", "title", "first_name", "last_name", "organisation", "email", "category",
                 "qr_file")


def qr_png(code: str, path: Path) -> None:
    """Write a QR code for a ticket code: nothing but the code itself is in it."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=10, border=4)
    qr.add_data(code)
    qr.make(fit=True)
    qr.make_image().save(path)


def write_tickets(event: Event, folder: Path, pdf: bool = False,
                  progress: Callable[[int, int], None] | None = None) -> int:
    """QR PNGs for every valid ticket plus `tickets.csv` for mail merge (and, with `pdf`, a PDF ticket per
    guest with the event's details); returns how many. `progress(done, total)` follows the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = event.store.rows(
        "SELECT code, salutation, title, first_name, last_name, organisation, email, category FROM attendees"
        " WHERE cancelled = 0 ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE")
    total = len(rows) * (2 if pdf else 1)
    merge_rows = []
    for done, row in enumerate(rows, 1):
        row["qr_file"] = ticket_file_stem(row["code"]) + ".png"
        qr_png(row["code"], folder / row["qr_file"])
        merge_rows.append([row[column] for column in MERGE_COLUMNS])
        if progress is not None:
            progress(done, total)
    write_csv(folder / "tickets.csv", MERGE_COLUMNS, merge_rows)
    if pdf:
        after_qr = None if progress is None else lambda done, _: progress(len(rows) + done, total)
        write_ticket_pdfs(event, folder, after_qr)
    return len(rows)
