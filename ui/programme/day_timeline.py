"""The day as a timeline by room for the attendee kiosk: rooms side by side, time running down, scrolled by
touch; a tap on a session opens its details. Cancelled sessions stay visible, struck through."""

from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.programme.model import CANCELLED
from kiosk.programme.store import SHOWN_SCHEDULED, Entry
from ui.programme import texts
from ui.programme.painting import draw_text, pixel_font
from ui.widgets.theme import ACCENT, INK, PAPER, RED, mm

PX_PER_MINUTE = 5.0
TAP_SLOP_PX = 12


class DayCanvas(QWidget):
    """The painted grid; `chosen` with the entry a guest tapped."""

    chosen = Signal(object)  # Entry

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Entry] = []
        self.rooms: list[str] = []
        self.begin: datetime | None = None
        self.now: datetime | None = None
        self._boxes: list[tuple[QRect, Entry]] = []
        self._pressed: QPoint | None = None

    def set_day(self, entries: list[Entry], rooms: list[str]) -> None:
        """Show these sessions in these columns (the rooms of the day, narrowed by the filters)."""
        self.entries, self.rooms = entries, rooms
        starts = [e.session.start for e in entries]
        self.begin = min(starts).replace(minute=0, second=0, microsecond=0) if starts else None
        self.updateGeometry()
        self.adjustSize()
        self.update()

    def set_time(self, now: datetime) -> None:
        self.now = now
        self.update()

    def column_width(self) -> int:
        return max(mm(60), 300)

    def head_height(self) -> int:
        """Room for the first hour's label above its line."""
        return mm(3)

    def time_width(self) -> int:
        return mm(16)

    def y_of(self, moment: datetime) -> int:
        assert self.begin is not None
        return self.head_height() + round((moment - self.begin).total_seconds() / 60 * PX_PER_MINUTE)

    def sizeHint(self) -> QSize:
        if not self.entries or self.begin is None:
            return QSize(400, 200)
        end = max(e.session.end for e in self.entries)
        return QSize(self.time_width() + self.column_width() * len(self.rooms), self.y_of(end) + mm(6))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(PAPER))
        self._boxes = []
        if self.begin is None:
            painter.end()
            return
        self._paint_hours(painter)
        columns = {room: index for index, room in enumerate(self.rooms)}
        for entry in self.entries:
            if entry.session.room in columns:
                self._paint_entry(painter, entry, columns[entry.session.room])
        if self.now is not None and self.begin <= self.now <= self.begin + timedelta(hours=24):
            y = self.y_of(self.now)
            painter.setPen(QPen(QColor(RED), 3))
            painter.drawLine(self.time_width() - 8, y, self.width(), y)
        painter.end()

    def _paint_hours(self, painter: QPainter) -> None:
        assert self.begin is not None
        hour = self.begin
        painter.setPen(QColor("#C9D1DC"))
        end = self.begin + timedelta(minutes=(self.height() - self.head_height()) / PX_PER_MINUTE)
        while hour <= end:
            y = self.y_of(hour)
            painter.setPen(QColor("#C9D1DC"))
            painter.drawLine(self.time_width() - 8, y, self.width(), y)
            draw_text(painter, QRect(8, y, self.time_width() - 16, mm(7)), f"{hour:%H:%M}", pixel_font(mm(3.6), True),
                      "#5F6B7A", align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            hour += timedelta(hours=1)

    def _paint_entry(self, painter: QPainter, entry: Entry, column: int) -> None:
        session = entry.session
        top, bottom = self.y_of(session.start), self.y_of(session.end)
        box = QRect(self.time_width() + column * self.column_width() + 4, top + 2, self.column_width() - 8,
                    max(bottom - top - 4, mm(7)))
        self._boxes.append((box, entry))
        cancelled = session.status == CANCELLED
        painter.setPen(QPen(QColor(RED if entry.shown != SHOWN_SCHEDULED else "#C9D1DC"), 2))
        painter.setBrush(QColor("#ECEFF3" if cancelled else "white"))
        painter.drawRoundedRect(box, 8, 8)
        painter.fillRect(QRect(box.left(), box.top(), 6, box.height()), QColor("#9AA3AF" if cancelled else ACCENT))
        inner = box.adjusted(14, 6, -8, -6)
        small = pixel_font(mm(4))
        used = draw_text(painter, QRect(inner.left(), inner.top(), inner.width(), mm(5)),
                         f"{texts.clock(session)}  {texts.status_mark(entry)}".strip(), pixel_font(mm(4), True),
                         RED if entry.shown != SHOWN_SCHEDULED else "#5F6B7A")
        title_font = pixel_font(mm(4.6), True)
        title_font.setStrikeOut(cancelled)
        lines = max(1, (inner.height() - used) // max(1, round(mm(4.6) * 1.4)))
        used += draw_text(painter, QRect(inner.left(), inner.top() + used, inner.width(), inner.height() - used),
                          session.title, title_font, "#5F6B7A" if cancelled else INK, max_lines=min(lines, 3))
        if inner.height() - used > mm(4):
            draw_text(painter, QRect(inner.left(), inner.top() + used, inner.width(), mm(5)), texts.speakers(session),
                      small, "#5F6B7A")

    def entry_at(self, point: QPoint) -> Entry | None:
        """The session drawn at a point (the last painted wins where boxes overlap)."""
        return next((entry for box, entry in reversed(self._boxes) if box.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.position().toPoint()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._pressed is not None and (point - self._pressed).manhattanLength() <= TAP_SLOP_PX:
            entry = self.entry_at(point)
            if entry is not None:
                self.chosen.emit(entry)
        self._pressed = None


class RoomHeader(QWidget):
    """The room names above the columns; stays in view while the day scrolls down, follows it sideways."""

    def __init__(self, canvas: DayCanvas) -> None:
        super().__init__()
        self.canvas = canvas
        self.offset = 0
        self.setFixedHeight(mm(10))

    def follow(self, offset: int) -> None:
        self.offset = offset
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(PAPER))
        column = self.canvas.column_width()
        for index, room in enumerate(self.canvas.rooms):
            left = self.canvas.time_width() + index * column - self.offset
            draw_text(painter, QRect(left + 8, 0, column - 16, self.height()), room, pixel_font(mm(4.4), True), INK)
        painter.end()


class DayTimeline(QWidget):
    """The room header over the canvas in a scroll area that a finger drags (kinetic scrolling)."""

    def __init__(self) -> None:
        super().__init__()
        self.canvas = DayCanvas()
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(False)
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.header = RoomHeader(self.canvas)
        self.scroll.horizontalScrollBar().valueChanged.connect(self.header.follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)

    def set_day(self, entries: list[Entry], rooms: list[str]) -> None:
        self.canvas.set_day(entries, rooms)
        self.header.update()

    def scroll_to(self, moment: datetime) -> None:
        """Bring a moment (now) near the top of the view."""
        if self.canvas.begin is not None:
            self.scroll.verticalScrollBar().setValue(max(0, self.canvas.y_of(moment) - mm(20)))
