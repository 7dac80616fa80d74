"""The door sign of one room (`--mode screen --room R`): now, next, and the rest of the day, from afar."""

from datetime import datetime

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from kiosk.programme.store import Entry
from kiosk.programme.views import DoorSign, ProgrammeView
from ui.programme import texts
from ui.programme.info_board import ACCENT, ALERT, BACKGROUND, BAND, INK, MUTED
from ui.programme.painting import draw_text, pixel_font


class DoorSignBoard(QWidget):
    """One room's sign; `set_view` with a new programme, `set_time` on every tick of the clock."""

    def __init__(self, room: str) -> None:
        super().__init__()
        self.room = room
        self.view: ProgrammeView | None = None
        self.sign: DoorSign | None = None
        self.now: datetime | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_view(self, view: ProgrammeView) -> None:
        self.view = view
        if self.now is not None:
            self.set_time(self.now)

    def set_time(self, now: datetime) -> None:
        self.now = now
        if self.view is not None:
            self.sign = self.view.door(self.room, now)
        self.update()

    def unit(self) -> float:
        return min(self.width(), self.height()) / 1080

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        u = self.unit()
        margin = round(u * 48)
        width = self.width() - 2 * margin
        header = round(u * 170)
        painter.fillRect(0, 0, self.width(), header, BAND)
        clock_width = round(u * 300)
        if self.now is not None:
            draw_text(painter, QRect(self.width() - margin - clock_width, 0, clock_width, header),
                      f"{self.now:%H:%M}", pixel_font(u * 96, True), INK,
                      align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        draw_text(painter, QRect(margin, 0, width - clock_width - margin, header), self.room,
                  pixel_font(u * 80, True), INK)
        top = header + round(u * 30)
        line = self.sign.line if self.sign else None
        top = self._block(painter, top, self.tr("Now"), line.now if line else None,
                          texts.minutes_left(line.minutes_left or 0, line.now.session) if line and line.now else "",
                          self.tr("nothing running"), big=True)
        upcoming = line.next if line else None
        top = self._block(painter, top, self.tr("Next"), upcoming,
                          texts.starts_in(line.starts_in or 0, upcoming.session)
                          if line and upcoming and (line.starts_in or 0) < texts.HOUR else "",
                          self.tr("nothing more today"), big=False)
        later = self.sign.later if self.sign else []
        if later and top < self.height() - round(u * 120):
            draw_text(painter, QRect(margin, top, width, round(u * 56)), self.tr("Later today").upper(),
                      pixel_font(u * 32, True), MUTED)
            top += round(u * 60)
            row = round(u * 60)
            for entry in later:
                if top + row > self.height() - margin:
                    break
                session = entry.session
                draw_text(painter, QRect(margin, top, round(u * 150), row), f"{session.start:%H:%M}",
                          pixel_font(u * 36, True), ACCENT)
                draw_text(painter, QRect(margin + round(u * 160), top, width - round(u * 160), row), session.title,
                          pixel_font(u * 36), INK)
                top += row
        painter.end()

    def _block(self, painter: QPainter, top: int, heading: str, entry: Entry | None, when: str, empty: str,
               big: bool) -> int:
        """A "Now" or "Next" block; returns the y below it."""
        u = self.unit()
        margin = round(u * 48)
        width = self.width() - 2 * margin
        draw_text(painter, QRect(margin, top, width, round(u * 56)), heading.upper(), pixel_font(u * 34, True), MUTED)
        top += round(u * 60)
        if entry is None:
            draw_text(painter, QRect(margin, top, width, round(u * 70)), empty, pixel_font(u * 44), MUTED)
            return top + round(u * 100)
        session = entry.session
        title_font = pixel_font(u * (72 if big else 52), True)
        top += draw_text(painter, QRect(margin, top, width, round(u * 200)), session.title, title_font, INK,
                         max_lines=2)
        mark = texts.status_mark(entry)
        meta = "  ·  ".join(part for part in (texts.clock(session), when, mark) if part)
        draw_text(painter, QRect(margin, top + round(u * 6), width, round(u * 56)), meta, pixel_font(u * 38, True),
                  ALERT if mark else ACCENT)
        top += round(u * 64)
        if session.speakers:
            draw_text(painter, QRect(margin, top, width, round(u * 52)), texts.speakers(session),
                      pixel_font(u * 36), INK)
            top += round(u * 56)
        return top + round(u * 36)
