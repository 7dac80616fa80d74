"""The "Mein Digital, Dein Digital" screen: a guest picks up to N topics they can talk about or want to talk about."""

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout

from kiosk.event.config import Topic
from kiosk.topics.choices import OFFER, SEEK
from ui.attendee.outcome import current_language
from ui.attendee.screens import title_row
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget, font
from ui.widgets.theme import (
    BODY,
    BUTTON_MM,
    GAP,
    GRID,
    HEADING,
    INK,
    KEY_MM,
    LINE,
    MARGIN,
    SECTION,
    SMALL,
    TITLE,
    WHITE,
    text_on,
    touch,
)

DOT = 3 * GRID  # the topic's colour as a dot before its name
CHIP_CHROME = 2 * 2 + GRID + DOT + GRID  # borders, padding, the dot and its gap: a chip beside its text
TALL_SCREEN = 1000  # from this height chips get the full button height
RESERVED, RESERVED_PORTRAIT = 290, 360  # pixels the title, the headings and the buttons take, beside the chips


def dot(colour: str, tick: str) -> QIcon:
    """A round dot in the topic's colour; on a chosen (filled) chip a tick in `tick`, the text's colour."""
    icon = QIcon()
    for state in (QIcon.State.Off, QIcon.State.On):
        pixmap = QPixmap(DOT * 2, DOT * 2)  # drawn at twice the size: sharp on high-dpi screens
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if state is QIcon.State.Off:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawEllipse(6, 6, DOT * 2 - 12, DOT * 2 - 12)
        else:
            painter.setPen(QPen(QColor(tick), 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPolyline([QPointF(DOT * 0.45, DOT * 1.05), QPointF(DOT * 0.85, DOT * 1.45),
                                  QPointF(DOT * 1.6, DOT * 0.6)])
        painter.end()
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return icon


class TopicChip(TouchButton):
    """A toggle with the topic's colour as a dot (off) and as its fill with a tick (chosen); the text always in
    ink or white, whichever reads on the colour. Its name follows the kiosk's language (`Topic.label`)."""

    def __init__(self, topic: Topic, kind: str) -> None:
        super().__init__(topic.name, role="chip", height_mm=KEY_MM, points=BODY)
        self.topic, self.kind = topic, kind
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)  # as tall as its row
        self.setIconSize(QSize(DOT, DOT))
        colour = topic.colour
        self.setIcon(dot(colour, text_on(colour)))
        self.setStyleSheet(
            f"QPushButton {{ background: {WHITE}; color: {INK}; border: 2px solid {LINE}; border-radius: 12px;"
            f" padding: 2px {GRID // 2}px; }}"
            f" QPushButton:checked {{ background: {colour}; color: {text_on(colour)}; border-color: {colour};"
            " font-weight: 600; }")

    @property
    def name(self) -> str:
        """The topic's name in the kiosk's language now."""
        return self.topic.label(current_language())

    def fit(self, width: int, points: float, height: int) -> None:
        """Set the name at `points`, at least `height` high; a name wider than `width` breaks at its middle
        space onto two lines (the chip grows, and the others of its row with it)."""
        self.setFont(font(points, bold=self.isChecked()))
        metrics = QFontMetrics(font(points, bold=True))
        text = self.name
        if metrics.horizontalAdvance(text) + CHIP_CHROME > width and " " in text:
            spaces = [i for i, c in enumerate(text) if c == " "]
            middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
            text = text[:middle] + "\n" + text[middle + 1:]
        self.setText(text)
        lines = text.count("\n") + 1
        self.setMinimumHeight(max(height, lines * metrics.height() + 2 * GRID))


class TopicScreen(TranslatedWidget):
    """Two groups of chips; `saved` carries the picks as (topic, kind), `skipped` leaves them unchanged. At the
    limit a further tap picks nothing and says how to swap: tap a chosen topic to free its place."""

    saved = Signal(list)
    skipped = Signal()

    def __init__(self, topics: tuple[Topic, ...], max_topics: int) -> None:
        super().__init__()
        self.max_topics = max_topics
        self.title = PlainLabel(points=TITLE, bold=True)
        self.name = PlainLabel(points=HEADING, tone="muted")
        self.name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counter = PlainLabel(points=BODY, bold=True)
        self.note = PlainLabel(points=BODY, tone="muted")
        self.headings = {OFFER: PlainLabel(points=BODY, bold=True), SEEK: PlainLabel(points=BODY, bold=True)}
        self.chips: list[TopicChip] = []
        self.grids: dict[str, QGridLayout] = {}
        self._refused = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, GAP, MARGIN, SECTION)
        layout.setSpacing(GRID)
        layout.addLayout(title_row(self.title, self.name))
        for kind in (OFFER, SEEK):
            layout.addSpacing(GRID)
            layout.addWidget(self.headings[kind])
            grid = self.grids[kind] = QGridLayout()
            grid.setSpacing(GRID)
            for topic in topics:
                chip = TopicChip(topic, kind)
                chip.clicked.connect(lambda _=False, c=chip: self._tapped(c))
                self.chips.append(chip)
            layout.addLayout(grid)
        layout.addStretch(1)
        self.save_button = TouchButton(role="primary", height_mm=BUTTON_MM, points=BODY)
        self.save_button.clicked.connect(lambda: self.saved.emit(self.picks()))
        self.skip_button = TouchButton(role="quiet", height_mm=BUTTON_MM, points=BODY)
        self.skip_button.clicked.connect(self.skipped)
        self.skip_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        status = QVBoxLayout()
        status.setSpacing(0)
        status.addWidget(self.counter)
        status.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.setSpacing(GAP)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        self.bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.bottom.setSpacing(GAP)
        self.bottom.addLayout(status, 1)
        self.bottom.addLayout(buttons)
        layout.addLayout(self.bottom)
        self._columns = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("My Digital, Your Digital"))
        self.headings[OFFER].setText(self.tr("I can talk about"))
        self.headings[SEEK].setText(self.tr("I would like to talk about"))
        self.save_button.setText(self.tr("Save my topics"))
        self.skip_button.setText(self.tr("Skip"))
        self._fit_chips()
        self._show_count()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        portrait = event.size().height() > event.size().width()
        self.bottom.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self._fit_chips()

    def ask(self, name: str, current: list[tuple[str, str]]) -> None:
        """Show the guest's name and their current picks."""
        self.name.setText(name)
        chosen = set(current)
        for chip in self.chips:
            chip.setChecked((chip.topic.name, chip.kind) in chosen)
        self._refused = False
        self._fit_chips()
        self._show_count()

    def clear(self) -> None:
        """Forget the guest (name and picks)."""
        self.ask("", [])

    def picks(self) -> list[tuple[str, str]]:
        """The chosen (topic, kind) pairs."""
        return [(chip.topic.name, chip.kind) for chip in self.chips if chip.isChecked()]

    def _tapped(self, chip: TopicChip) -> None:
        """A tap toggled `chip`: past the limit it is taken back, and the screen says how to swap."""
        self._refused = chip.isChecked() and len(self.picks()) > self.max_topics
        if self._refused:
            chip.setChecked(False)
        self._fit_chips()
        self._show_count()

    def _fit_chips(self) -> None:
        """One text size and one column count for all chips: the body size where every name fits on one line
        and both groups fit the screen's height, else the small size (a name still too wide goes onto two
        lines, and its row grows); as few columns as that allows, so the chips are wide and their names large;
        full button height on tall screens where it fits."""
        room = self.width() - 2 * MARGIN
        rows_room = self.height() - (RESERVED_PORTRAIT if self.height() > self.width() else RESERVED)
        per_group = max(len(self.chips) // 2, 1)
        heights = (touch(BUTTON_MM), touch(KEY_MM)) if self.height() >= TALL_SCREEN else (touch(KEY_MM),)

        def fits(points: float, columns: int, height: int, one_line: bool = True) -> bool:
            width = (room - (columns - 1) * GRID) // columns
            metrics = QFontMetrics(font(points, bold=True))
            wide = {i % per_group // columns for i, c in enumerate(self.chips)
                    if metrics.horizontalAdvance(c.name) + CHIP_CHROME > width}  # rows with a name on two lines
            rows = -(-per_group // columns)
            grown = len(wide) * max(0, 2 * metrics.height() + 2 * GRID - height)
            tall_enough = 2 * (rows * height + (rows - 1) * GRID + grown) <= rows_room
            return tall_enough and (not wide or not one_line)

        choices = [(p, c, h) for p in (BODY, SMALL) for c in (2, 3, 4) for h in heights]
        wrapping = [(SMALL, c, touch(KEY_MM)) for c in (2, 3, 4)]
        points, columns, height = next((choice for choice in choices if fits(*choice)), next(
            (choice for choice in wrapping if fits(*choice, one_line=False)), wrapping[-1]))
        width = (room - (columns - 1) * GRID) // columns
        for chip in self.chips:
            chip.fit(width, points, height)
        if columns != self._columns:
            self._columns = columns
            for kind, grid in self.grids.items():
                mine = [chip for chip in self.chips if chip.kind == kind]
                for chip in mine:
                    grid.removeWidget(chip)
                for index, chip in enumerate(mine):
                    grid.addWidget(chip, index // columns, index % columns)

    def _show_count(self) -> None:
        self.counter.setText(self.tr("{chosen} of {most} chosen").format(chosen=len(self.picks()),
                                                                         most=self.max_topics))
        if self._refused:
            self.note.setText(self.tr("That is the most – tap a chosen topic to free its place."))
            self.note.setProperty("tone", "error")
        else:
            self.note.setText(self.tr("Tap a chosen topic again to remove it."))
            self.note.setProperty("tone", "muted")
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
