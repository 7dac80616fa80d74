"""The info screen's picture, read from 10–20 m: now and next of every room with a clock and a ticker of
changes, paged when the rooms do not fit, and the barcamp board while it runs. Painted, not built of
widgets: one frame of a 30-room programme takes a few milliseconds."""

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from kiosk.event.config import BarcampSettings
from kiosk.programme.board import Cell, arrange
from kiosk.programme.views import ProgrammeView, RoomLine, barcamp_running, pages
from ui.programme import texts
from ui.programme.painting import draw_text, pixel_font

BACKGROUND = QColor("#0E1620")
BAND = QColor("#1B2836")
INK = QColor("#FFFFFF")
MUTED = QColor("#B8C4D0")
ACCENT = QColor("#FFD54F")  # times and "in 12 min": yellow on near-black reads from far away
ALERT = QColor("#FF8A80")
TICKER = QColor("#7A1F1A")
PAGE_MS = 10_000


@dataclass(frozen=True)
class Page:
    """What one page of the info screen shows: some rooms, or the barcamp board."""

    lines: list[RoomLine]
    board: list[list[Cell]] | None = None


class InfoBoard(QWidget):
    """Now/next for all rooms; `set_view` with a new programme, `set_time` on every tick of the clock."""

    def __init__(self, event_name: str, barcamp: BarcampSettings, first_day: date) -> None:
        super().__init__()
        self.event_name, self.barcamp, self.first_day = event_name, barcamp, first_day
        self.view: ProgrammeView | None = None
        self.now: datetime | None = None
        self.lines: list[RoomLine] = []
        self.changes: list[str] = []
        self.board: list[list[Cell]] | None = None
        self.step = 0  # advances every PAGE_MS: the page shown and the change in the ticker
        self.page_timer = QTimer(self)
        self.page_timer.setInterval(PAGE_MS)
        self.page_timer.timeout.connect(self.next_page)
        self.page_timer.start()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_view(self, view: ProgrammeView) -> None:
        self.view = view
        if self.now is not None:
            self.set_time(self.now)

    def set_time(self, now: datetime) -> None:
        """Work out what the screen shows at this moment (once per tick, not per frame)."""
        self.now = now
        view = self.view
        if view is None:
            return
        day = view.shown_day(now)
        self.lines = view.now_next(now, day)
        self.changes = [texts.change_line(e) for e in view.changed(day) if e.session.end > now]
        running = barcamp_running(self.barcamp, self.first_day, now, view.zone)
        self.board = arrange(view.entries, view.zone, self.barcamp, self.barcamp.day or self.first_day) \
            if running else None
        self.update()

    def next_page(self) -> None:
        self.step += 1
        self.update()

    def unit(self) -> float:
        """One design pixel of a 1080-pixel-high landscape screen, on this screen."""
        return min(self.width(), self.height()) / 1080

    def portrait(self) -> bool:
        return self.height() > self.width()

    def row_height(self) -> int:
        return round(self.unit() * (230 if self.portrait() else 124))

    def pages(self) -> list[Page]:
        """The rooms split into pages that fit, and the board as a page of its own while it runs."""
        body = self.height() - self._header_height() - self._ticker_height() - self._column_height()
        result = [Page(chunk) for chunk in pages(self.lines, body // max(1, self.row_height()))]
        if self.board is not None:
            result.append(Page([], self.board))
        return result

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        all_pages = self.pages()
        page = all_pages[self.step % len(all_pages)]
        self._paint_header(painter, len(all_pages))
        top = self._header_height()
        bottom = self.height() - self._ticker_height()
        if page.board is not None:
            self._paint_board(painter, QRect(0, top, self.width(), bottom - top), page.board)
        elif not page.lines:
            self._paint_empty(painter, QRect(0, top, self.width(), bottom - top))
        else:
            top = self._paint_columns(painter, top)
            for line in page.lines:
                self._paint_line(painter, QRect(0, top, self.width(), self.row_height()), line)
                top += self.row_height()
        self._paint_ticker(painter)
        painter.end()

    def _header_height(self) -> int:
        return round(self.unit() * 150)

    def _column_height(self) -> int:
        return 0 if self.portrait() else round(self.unit() * 56)

    def _ticker_height(self) -> int:
        return round(self.unit() * 96) if self.changes else 0

    def _margin(self) -> int:
        return round(self.unit() * 40)

    def _paint_header(self, painter: QPainter, page_count: int) -> None:
        u, margin, height = self.unit(), self._margin(), self._header_height()
        painter.fillRect(0, 0, self.width(), height, BAND)
        clock_width = round(u * 300)
        now = self.now
        if now is not None:
            draw_text(painter, QRect(self.width() - margin - clock_width, 0, clock_width, height),
                      f"{now:%H:%M}", pixel_font(u * 96, True), INK,
                      align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        text_width = self.width() - 2 * margin - clock_width - margin
        draw_text(painter, QRect(margin, round(u * 18), text_width, round(u * 66)), self.event_name,
                  pixel_font(u * 48, True), INK)
        day = QLocale().toString(QDate(now.year, now.month, now.day), QLocale.FormatType.LongFormat) if now else ""
        pager = self.tr("Page {page} of {pages}").format(page=self.step % page_count + 1, pages=page_count) \
            if page_count > 1 else ""
        draw_text(painter, QRect(margin, round(u * 84), text_width, round(u * 48)),
                  "   ·   ".join(part for part in (day, pager) if part), pixel_font(u * 32), MUTED)

    def _columns(self) -> tuple[int, int, int]:
        """x of the now and next columns, and the right edge."""
        margin = self._margin()
        return round(self.width() * 0.22), round(self.width() * 0.62), self.width() - margin

    def _paint_columns(self, painter: QPainter, top: int) -> int:
        height = self._column_height()
        if not height:
            return top
        u, margin = self.unit(), self._margin()
        now_x, next_x, right = self._columns()
        font = pixel_font(u * 30, True)
        for x, end, text in ((margin, now_x, self.tr("Room")), (now_x, next_x, self.tr("Now")),
                             (next_x, right, self.tr("Next"))):
            draw_text(painter, QRect(x, top, end - x - margin // 2, height), text.upper(), font, MUTED)
        return top + height

    def _paint_line(self, painter: QPainter, rect: QRect, line: RoomLine) -> None:
        u, margin = self.unit(), self._margin()
        painter.fillRect(QRect(margin, rect.bottom(), rect.width() - 2 * margin, max(1, round(u * 2))), BAND)
        if self.portrait():
            self._paint_line_portrait(painter, rect, line)
            return
        now_x, next_x, right = self._columns()
        gap = margin // 2
        draw_text(painter, QRect(margin, rect.top(), now_x - margin - gap, rect.height()), line.room,
                  pixel_font(u * 40, True), INK, max_lines=2)
        self._paint_now(painter, QRect(now_x, rect.top() + round(u * 12), next_x - now_x - gap,
                                       rect.height() - round(u * 24)), line)
        self._paint_next(painter, QRect(next_x, rect.top() + round(u * 12), right - next_x,
                                        rect.height() - round(u * 24)), line)

    def _paint_line_portrait(self, painter: QPainter, rect: QRect, line: RoomLine) -> None:
        u, margin = self.unit(), self._margin()
        inner = rect.adjusted(margin, round(u * 12), -margin, -round(u * 12))
        head = round(u * 58)
        draw_text(painter, QRect(inner.left(), inner.top(), inner.width(), head), line.room,
                  pixel_font(u * 44, True), ACCENT)
        half = (inner.height() - head) // 2
        self._paint_now(painter, QRect(inner.left(), inner.top() + head, inner.width(), half), line)
        self._paint_next(painter, QRect(inner.left(), inner.top() + head + half, inner.width(), half), line)

    def _paint_now(self, painter: QPainter, rect: QRect, line: RoomLine) -> None:
        u = self.unit()
        title_height = rect.height() * 11 // 20
        if line.now is None:
            draw_text(painter, rect, self.tr("nothing running"), pixel_font(u * 34), MUTED)
            return
        prefix = f"{self.tr('Now')}: " if self.portrait() else ""
        draw_text(painter, QRect(rect.left(), rect.top(), rect.width(), title_height),
                  prefix + line.now.session.title, pixel_font(u * 40, True), INK)
        meta = "  ·  ".join(part for part in (texts.minutes_left(line.minutes_left or 0, line.now.session),
                                              texts.speakers(line.now.session)) if part)
        draw_text(painter, QRect(rect.left(), rect.top() + title_height, rect.width(), rect.height() - title_height),
                  meta, pixel_font(u * 30), ACCENT)

    def _paint_next(self, painter: QPainter, rect: QRect, line: RoomLine) -> None:
        u = self.unit()
        title_height = rect.height() * 11 // 20
        if line.next is None:
            draw_text(painter, rect, self.tr("nothing more today"), pixel_font(u * 34), MUTED)
            return
        session = line.next.session
        when = texts.starts_at(line.starts_in or 0, session)
        mark = texts.status_mark(line.next)
        if self.portrait():
            draw_text(painter, QRect(rect.left(), rect.top(), rect.width(), title_height),
                      f"{self.tr('Next')}: {session.title}", pixel_font(u * 36), INK)
        else:
            draw_text(painter, QRect(rect.left(), rect.top(), rect.width(), title_height), session.title,
                      pixel_font(u * 36), INK)
        draw_text(painter, QRect(rect.left(), rect.top() + title_height, rect.width(), rect.height() - title_height),
                  f"{when}  ·  {mark}" if mark else when, pixel_font(u * 30, True), ALERT if mark else ACCENT)

    def _paint_empty(self, painter: QPainter, rect: QRect) -> None:
        text = self.tr("No more sessions today") if self.view and self.view.entries else self.tr("No programme yet")
        draw_text(painter, rect, text, pixel_font(self.unit() * 56, True), MUTED,
                  align=Qt.AlignmentFlag.AlignCenter)

    def _paint_board(self, painter: QPainter, rect: QRect, grid: list[list[Cell]]) -> None:
        u, margin = self.unit(), self._margin()
        rooms = [cell.room for cell in grid[0]] if grid else []
        title_height = round(u * 70)
        draw_text(painter, QRect(margin, rect.top(), rect.width() - 2 * margin, title_height),
                  self.tr("Barcamp board"), pixel_font(u * 44, True), ACCENT)
        top = rect.top() + title_height
        time_width = round(u * 170)
        columns = max(1, len(rooms))
        width = (rect.width() - 2 * margin - time_width) // columns
        head = round(u * 54)
        for index, room in enumerate(rooms):
            draw_text(painter, QRect(margin + time_width + index * width, top, width - round(u * 10), head),
                      room, pixel_font(u * 30, True), MUTED)
        top += head
        height = (rect.bottom() - top - round(u * 10)) // max(1, len(grid))
        for number, row in enumerate(grid):
            y = top + number * height
            if row:
                draw_text(painter, QRect(margin, y, time_width, height), f"{row[0].start:%H:%M}",
                          pixel_font(u * 32, True), ACCENT)
            for index, cell in enumerate(row):
                box = QRect(margin + time_width + index * width, y + round(u * 4), width - round(u * 10),
                            height - round(u * 8))
                painter.fillRect(box, BAND)
                inner = box.adjusted(round(u * 12), round(u * 6), -round(u * 12), -round(u * 6))
                if cell.entry is None:
                    draw_text(painter, inner, self.tr("free"), pixel_font(u * 26), MUTED)
                    continue
                session = cell.entry.session
                used = draw_text(painter, inner, session.title, pixel_font(u * 28, True), INK,
                                 max_lines=max(1, inner.height() // round(u * 40) - 1))
                draw_text(painter, QRect(inner.left(), inner.top() + used, inner.width(), round(u * 36)),
                          texts.speakers(session), pixel_font(u * 24), MUTED)

    def _paint_ticker(self, painter: QPainter) -> None:
        height = self._ticker_height()
        if not height:
            return
        u, margin = self.unit(), self._margin()
        top = self.height() - height
        painter.fillRect(0, top, self.width(), height, TICKER)
        label = self.tr("Changes")
        label_font = pixel_font(u * 34, True)
        label_width = round(u * 240)
        draw_text(painter, QRect(margin, top, label_width, height), label.upper(), label_font, ACCENT)
        draw_text(painter, QRect(margin + label_width, top, self.width() - 2 * margin - label_width, height),
                  self.changes[self.step % len(self.changes)], pixel_font(u * 36, True), INK)
