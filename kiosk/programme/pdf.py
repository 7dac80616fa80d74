"""Printed programme: one A4 landscape page per day, rooms as columns, time running down; and the barcamp
board for the wall (slots × rooms, A3 or A4)."""

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfgen.canvas import Canvas

from kiosk.badges.fonts import BOLD
from kiosk.programme.board import Cell
from kiosk.programme.nownext import Timeline
from kiosk.programme.pdf_text import TextBox
from kiosk.programme.store import SHOWN_CANCELLED, SHOWN_MOVED, Entry

PAPER = {"A4": landscape(A4), "A3": landscape(A3)}
MARGIN = 28.0
HEADER = 40.0
TIME_COLUMN = 36.0
SLOT_LABEL_EMS = 6.5  # the barcamp board's slot times, "11:00–11:45", in ems of their type size
_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def write_programme_pdf(path: Path, timeline: Timeline, title: str) -> int:
    """Write the programme, a page per day; returns the number of pages (a page saying so when empty)."""
    width, height = PAPER["A4"]
    canvas = Canvas(str(path), pagesize=(width, height), pageCompression=1)
    canvas.setTitle(title)
    text = TextBox(canvas)
    days = timeline.days() or [None]
    for day in days:
        entries = timeline.day(day) if day else []
        _heading(text, title, _day_label(day) if day else "Kein Programm / no programme", width, height)
        if entries:
            _day_grid(canvas, text, entries, width, height)
        canvas.showPage()
    canvas.save()
    return len(days)


def write_board_pdf(path: Path, grid: Sequence[Sequence[Cell]], title: str, paper: str = "A3") -> None:
    """Write the barcamp board: a row per slot, a column per room, empty cells left to fill by hand."""
    width, height = PAPER[paper]
    canvas = Canvas(str(path), pagesize=(width, height), pageCompression=1)
    canvas.setTitle(title)
    text = TextBox(canvas)
    _heading(text, title, "Barcamp", width, height)
    rooms = [cell.room for cell in grid[0]] if grid else []
    top = height - MARGIN - HEADER
    row = (top - MARGIN - 24) / max(1, len(grid))
    scale = min(1.6, row / 90) if paper == "A3" else min(1.0, row / 80)
    left = MARGIN + SLOT_LABEL_EMS * 11 * scale  # room for "11:00–11:45" in the slot's type size
    column = (width - left - MARGIN) / max(1, len(rooms))
    for index, room in enumerate(rooms):
        text.line(room, left + index * column + 4, top - 16, 13 * scale, column - 8, BOLD)
    top -= 24
    for number, cells in enumerate(grid):
        y = top - (number + 1) * row
        if cells:
            text.line(f"{cells[0].start:%H:%M}–{cells[0].end:%H:%M}", MARGIN, y + row - 16 * scale, 11 * scale,
                      left - MARGIN - 4, BOLD)
        for index, cell in enumerate(cells):
            x = left + index * column
            canvas.setStrokeColor(HexColor("#555555"))
            canvas.rect(x, y, column, row, stroke=1, fill=0)
            if cell.entry is not None:
                session = cell.entry.session
                below = text.paragraph(session.title, x + 6, y + row - 6, 14 * scale, column - 12, 4, BOLD)
                text.line(", ".join(session.speakers), x + 6, below - 14 * scale, 11 * scale, column - 12)
    canvas.save()


def _heading(text: TextBox, title: str, subtitle: str, width: float, height: float) -> None:
    text.line(title, MARGIN, height - MARGIN - 16, 16, width / 2, BOLD)
    text.line(subtitle, width / 2, height - MARGIN - 16, 14, width / 2 - MARGIN)


def _day_label(day: date) -> str:
    return f"{_WEEKDAYS[day.weekday()]}, {day:%d.%m.%Y}"


def _day_grid(canvas: Canvas, text: TextBox, entries: list[Entry], width: float, height: float) -> None:
    rooms = sorted({e.session.room for e in entries})
    begin = min(e.session.start for e in entries).replace(minute=0, second=0, microsecond=0)
    end = max(max(e.session.end, e.session.start) for e in entries)
    span = max((end - begin).total_seconds(), 3600.0)
    top, bottom = height - MARGIN - HEADER - 18, MARGIN
    left = MARGIN + TIME_COLUMN
    column = (width - left - MARGIN) / len(rooms)

    def y_of(moment: datetime) -> float:
        return top - (moment - begin).total_seconds() / span * (top - bottom)

    for index, room in enumerate(rooms):
        text.line(room, left + index * column + 2, top + 6, 9, column - 4, BOLD)
    canvas.setStrokeColor(HexColor("#CCCCCC"))
    hour = begin
    while hour <= end:
        canvas.line(MARGIN, y_of(hour), width - MARGIN, y_of(hour))
        text.line(f"{hour:%H:%M}", MARGIN, y_of(hour) - 9, 7, TIME_COLUMN - 4)
        hour += timedelta(hours=1)
    for entry in entries:
        _session_box(canvas, text, entry, left + rooms.index(entry.session.room) * column, column, y_of)


def _session_box(canvas: Canvas, text: TextBox, entry: Entry, x: float, column: float,
                 y_of: Callable[[datetime], float]) -> None:
    session = entry.session
    y_top, y_bottom = y_of(session.start), y_of(session.end)
    box_height = max(y_top - y_bottom, 14.0)
    cancelled = entry.shown == SHOWN_CANCELLED
    canvas.setFillColor(HexColor("#EEEEEE" if cancelled else "#E8F0FA"))
    canvas.setStrokeColor(HexColor("#7A8899"))
    canvas.rect(x + 1, y_top - box_height, column - 2, box_height, stroke=1, fill=1)
    colour = "#777777" if cancelled else "#000000"
    status = " · entfällt / cancelled" if cancelled else ""
    if entry.shown == SHOWN_MOVED:
        old = entry.published
        status = f" · verschoben / moved from {old.start:%H:%M} {old.room}"
    text.line(f"{session.start:%H:%M}–{session.end:%H:%M}{status}", x + 4, y_top - 8, 6.5, column - 8,
              colour=colour)
    lines = max(1, int((box_height - 10) // 9))
    below = text.paragraph(session.title, x + 4, y_top - 9, 7.5, column - 8, min(lines, 3), BOLD, colour)
    if session.speakers and below - 7 > y_top - box_height:
        text.line(", ".join(session.speakers), x + 4, below - 7, 6.5, column - 8, colour=colour)

