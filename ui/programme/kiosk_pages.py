"""The attendee kiosk's programme pages: "Now / Next" per room, and the details of one session."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.programme.store import SHOWN_MOVED, SHOWN_SCHEDULED, Entry
from kiosk.programme.views import RoomLine
from ui.programme import texts
from ui.widgets.common import PlainLabel, TranslatedWidget, font
from ui.widgets.theme import RED, touch

CARD_STYLE = ("QFrame#card { background: white; border: 2px solid #C9D1DC; border-radius: 14px; }"
              "QFrame#card[changed=\"true\"] { border-color: " + RED + "; }"
              "QFrame#card[empty=\"true\"] { background: transparent; border: 2px dashed #C9D1DC; }")
NARROW_PX = 1000
TITLE_POINTS = 19
SMALLEST_TITLE_POINTS = 14  # a title shrinks this far for its longest word (German compounds) to fit one line
SCROLL_STYLE = "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"


def touch_scroll(content: QWidget) -> QScrollArea:
    """A frameless scroll area on the screen's own background that a finger drags."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setStyleSheet(SCROLL_STYLE)
    QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return scroll


class SessionCard(QFrame):
    """A tappable card of one session: when, title, speakers and its change mark; `chosen` on a tap."""

    chosen = Signal(object)  # Entry

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        self.setMinimumHeight(touch(14))
        self.entry: Entry | None = None
        self.when = PlainLabel(points=15, bold=True)
        self.title = PlainLabel(points=TITLE_POINTS, bold=True)
        self.detail = PlainLabel(points=15)
        self.mark = PlainLabel(points=15, bold=True)
        self.mark.setStyleSheet(f"color: {RED};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(2)
        for label in (self.when, self.title, self.detail, self.mark):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def show_entry(self, entry: Entry | None, when: str, empty: str) -> None:
        """Show a session (with `when`, e.g. "noch 25 Min."), or `empty` when there is none."""
        self.entry = entry
        changed = entry is not None and entry.shown != SHOWN_SCHEDULED
        if self.property("changed") != changed or self.property("empty") != (entry is None):
            self.setProperty("changed", changed)
            self.setProperty("empty", entry is None)
            self.style().unpolish(self)  # the style sheet's rules for these properties anew (setting the sheet
            self.style().polish(self)  # again parsed it, about 2 ms per card on the UI thread)
        if entry is None:
            self.when.setText(empty)
            for label in (self.title, self.detail, self.mark):
                label.hide()
            return
        session = entry.session
        self.when.setText(when)
        self.title.setText(session.title)
        self.detail.setText(texts.speakers(session))
        mark = texts.status_mark(entry)
        if entry.shown == SHOWN_MOVED:
            mark = f"{mark}: {texts.moved_from(entry)}"
        self.mark.setText(mark)
        self.title.show()
        self.detail.setVisible(bool(session.speakers))
        self.mark.setVisible(bool(mark))
        self._fit_title()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """The title's size: its longest word fits the card's width on one line (a long German compound makes the
        title a little smaller rather than break inside the word)."""
        width = self.contentsRect().marginsRemoved(self.layout().contentsMargins()).width()
        words = self.title.text().split()
        if width <= 0 or not words:
            return
        points = TITLE_POINTS
        while points > SMALLEST_TITLE_POINTS and max(
                QFontMetrics(font(points, bold=True)).horizontalAdvance(word) for word in words) > width:
            points -= 1
        if self.title.font().pointSize() != points:
            self.title.setFont(font(points, bold=True))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.entry is not None and self.rect().contains(event.position().toPoint()):
            self.chosen.emit(self.entry)


class NowNextPage(TranslatedWidget):
    """Per room: the running session (minutes left) and the next ("in 12 min"); cards are reused."""

    chosen = Signal(object)  # Entry

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[RoomLine] = []
        self.rows: list[tuple[PlainLabel, SessionCard, SessionCard]] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(12)
        self.now_heading = PlainLabel(points=16, bold=True)
        self.next_heading = PlainLabel(points=16, bold=True)
        self.empty = PlainLabel(points=22)
        self.narrow = False  # portrait: the room's name above its two cards instead of beside them
        self._place(self.now_heading, self.next_heading, 0)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.empty)
        inner.addLayout(self.grid)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(touch_scroll(content))
        self.retranslate()

    def _place(self, now: QWidget, upcoming: QWidget, row: int, room: QWidget | None = None) -> None:
        """Put one row into the grid: room | now | next, or on a narrow screen the room above now | next."""
        for widget in (room, now, upcoming):
            if widget is not None:
                self.grid.removeWidget(widget)
        if self.narrow:
            if room is not None:
                self.grid.addWidget(room, 2 * row - 1, 0, 1, 2)
            self.grid.addWidget(now, 2 * row, 0)
            self.grid.addWidget(upcoming, 2 * row, 1)
        else:
            if room is not None:
                self.grid.addWidget(room, row, 0)
            self.grid.addWidget(now, row, 1)
            self.grid.addWidget(upcoming, row, 2)
        stretches = (1, 1, 0) if self.narrow else (1, 3, 3)
        for column, stretch in enumerate(stretches):
            self.grid.setColumnStretch(column, stretch)

    def resizeEvent(self, event) -> None:
        narrow = event.size().width() < NARROW_PX
        if narrow != self.narrow:
            self.narrow = narrow
            self._place(self.now_heading, self.next_heading, 0)
            for index, (room, now, upcoming) in enumerate(self.rows, start=1):
                self._place(now, upcoming, index, room)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.now_heading.setText(self.tr("Now"))
        self.next_heading.setText(self.tr("Next"))
        self.empty.setText(self.tr("Nothing more on the programme today."))
        self.show_lines(self.lines)

    def show_lines(self, lines: list[RoomLine]) -> None:
        """Fill a row per room, making rows only when there are more rooms than before."""
        self.lines = lines
        while len(self.rows) < len(lines):
            room, now, upcoming = PlainLabel(points=18, bold=True), SessionCard(), SessionCard()
            room.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            now.chosen.connect(self.chosen)
            upcoming.chosen.connect(self.chosen)
            self.rows.append((room, now, upcoming))
            self._place(now, upcoming, len(self.rows), room)
        for index, (room, now, upcoming) in enumerate(self.rows):
            visible = index < len(lines)
            for widget in (room, now, upcoming):
                widget.setVisible(visible)
            if not visible:
                continue
            line = lines[index]
            room.setText(line.room)
            now.show_entry(line.now, texts.minutes_left(line.minutes_left or 0, line.now.session) if line.now else "",
                           self.tr("nothing running"))
            upcoming.show_entry(line.next, texts.starts_at(line.starts_in or 0, line.next.session) if line.next
                                else "", self.tr("nothing more today"))
        self.empty.setVisible(not lines)
        self.now_heading.setVisible(bool(lines))
        self.next_heading.setVisible(bool(lines))


class DetailsPage(TranslatedWidget):
    """Everything public about one session: title, time, room, track, language, type, speakers, abstract."""

    def __init__(self) -> None:
        super().__init__()
        self.entry: Entry | None = None
        self.title = PlainLabel(points=28, bold=True)
        self.mark = PlainLabel(points=20, bold=True)
        self.mark.setStyleSheet(f"color: {RED};")
        self.when = PlainLabel(points=20, bold=True)
        self.facts = PlainLabel(points=18)
        self.speakers = PlainLabel(points=20)
        self.abstract = PlainLabel(points=18)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setSpacing(14)
        for label in (self.title, self.mark, self.when, self.speakers, self.facts, self.abstract):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            inner.addWidget(label)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(touch_scroll(content))

    def retranslate(self) -> None:
        if self.entry is not None:
            self.show_entry(self.entry)

    def show_entry(self, entry: Entry) -> None:
        self.entry = entry
        session = entry.session
        self.title.setText(session.title + (f" – {session.subtitle}" if session.subtitle else ""))
        mark = texts.status_mark(entry)
        if entry.shown == SHOWN_MOVED:
            mark = f"{mark}: {texts.moved_from(entry)}"
        self.mark.setText(mark)
        self.mark.setVisible(bool(mark))
        self.when.setText(self.tr("{time} · {room}").format(time=texts.clock(session), room=session.room))
        self.speakers.setText(texts.speakers(session))
        self.speakers.setVisible(bool(session.speakers))
        language = {"de": self.tr("German"), "en": self.tr("English")}.get(session.language.lower()[:2], "")
        facts = [(self.tr("Track"), session.track), (self.tr("Type"), session.type),
                 (self.tr("Language"), language or session.language)]
        self.facts.setText("\n".join(f"{name}: {value}" for name, value in facts if value))
        self.facts.setVisible(any(value for _, value in facts))
        self.abstract.setText(session.abstract)
        self.abstract.setVisible(bool(session.abstract))
