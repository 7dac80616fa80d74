"""The "Mein Digital, Dein Digital" screen: a guest picks up to N topics they can talk about or want to talk about."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from kiosk.event.config import Topic
from kiosk.topics.choices import OFFER, SEEK
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget

COLUMNS = 4


class TopicChip(TouchButton):
    """A large toggle in the topic's colour: outlined when off, filled when chosen."""

    def __init__(self, topic: Topic, kind: str) -> None:
        super().__init__(topic.name, height_mm=11, points=15)
        self.topic, self.kind = topic, kind
        self.setCheckable(True)
        self.setStyleSheet(
            f"QPushButton {{ border: 3px solid {topic.colour}; color: {topic.colour}; background: white;"
            f" border-radius: 24px; }} QPushButton:checked {{ background: {topic.colour}; color: white; }}"
            " QPushButton:disabled { border-color: #D5DAE1; color: #A7AFBA; }")


class TopicScreen(TranslatedWidget):
    """Two groups of chips; `saved` carries the picks as (topic, kind), `skipped` leaves them unchanged."""

    saved = Signal(list)
    skipped = Signal()

    def __init__(self, topics: tuple[Topic, ...], max_topics: int) -> None:
        super().__init__()
        self.max_topics = max_topics
        self.title = PlainLabel(points=30, bold=True)
        self.name = PlainLabel(points=22)
        self.counter = PlainLabel(points=18)
        self.headings = {OFFER: PlainLabel(points=20, bold=True), SEEK: PlainLabel(points=20, bold=True)}
        self.chips: list[TopicChip] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 16)
        for widget in (self.title, self.name):
            layout.addWidget(widget)
        for kind in (OFFER, SEEK):
            layout.addWidget(self.headings[kind])
            grid = QGridLayout()
            for index, topic in enumerate(topics):
                chip = TopicChip(topic, kind)
                chip.toggled.connect(self._limit)
                self.chips.append(chip)
                grid.addWidget(chip, index // COLUMNS, index % COLUMNS)
            layout.addLayout(grid)
        layout.addWidget(self.counter)
        layout.addStretch(1)
        self.save_button = TouchButton(role="primary", height_mm=16, points=22)
        self.save_button.clicked.connect(lambda: self.saved.emit(self.picks()))
        self.skip_button = TouchButton(role="quiet", height_mm=16, points=20)
        self.skip_button.clicked.connect(self.skipped)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button, 1)
        buttons.addWidget(self.save_button, 2)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Mein Digital, Dein Digital"))
        self.headings[OFFER].setText(self.tr("I can talk about"))
        self.headings[SEEK].setText(self.tr("I would like to talk about"))
        self.save_button.setText(self.tr("Save my topics"))
        self.skip_button.setText(self.tr("Skip"))
        self._show_count()


    def ask(self, name: str, current: list[tuple[str, str]]) -> None:
        """Show the guest's name and their current picks."""
        self.name.setText(name)
        chosen = set(current)
        for chip in self.chips:
            chip.blockSignals(True)
            chip.setChecked((chip.topic.name, chip.kind) in chosen)
            chip.blockSignals(False)
        self._limit()

    def clear(self) -> None:
        """Forget the guest (name and picks)."""
        self.ask("", [])

    def picks(self) -> list[tuple[str, str]]:
        """The chosen (topic, kind) pairs."""
        return [(chip.topic.name, chip.kind) for chip in self.chips if chip.isChecked()]

    def _limit(self) -> None:
        full = len(self.picks()) >= self.max_topics
        for chip in self.chips:
            chip.setEnabled(chip.isChecked() or not full)
        self._show_count()

    def _show_count(self) -> None:
        self.counter.setText(self.tr("{chosen} of {most} chosen").format(chosen=len(self.picks()),
                                                                         most=self.max_topics))

