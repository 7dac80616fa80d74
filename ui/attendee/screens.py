"""The attendee kiosk's screens before an answer: welcome, find by name, confirm, and the "One moment…" veil while
an answer is on its way (the answers: outcome.py)."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.attendees.search import KioskResults, SearchHit
from kiosk.common.timeutil import local
from ui.widgets.common import KioskField, PlainLabel, TouchButton, TranslatedWidget, retain_space
from ui.widgets.pictogram import TicketPictogram
from ui.widgets.theme import (
    BODY,
    BUTTON_MM,
    DISPLAY,
    GAP,
    GRID,
    HEADING,
    KEY_MM,
    MARGIN,
    PAPER,
    QUIET_MM,
    SECTION,
    TITLE,
    touch,
)
from ui.widgets.touch_keyboard import TouchKeyboard


def moment_text(moment: datetime, time_zone: str, now: datetime) -> str:
    """A moment on the event's wall clock as people read it: "09:10" today, with the date on another day."""
    when = local(moment, time_zone)
    clock = f"{when:%H:%M}"
    if when.date() == local(now, time_zone).date():
        return clock
    return QCoreApplication.translate("Moment", "{date}, {time}").format(date=day_text(when), time=clock)


def day_text(when: datetime) -> str:
    """A day in the current language's short day and month names ("Di., 24.11.", "Tue 24 Nov")."""
    # A QDate format pattern, translated.
    return QLocale().toString(QDate(when.year, when.month, when.day),
                              QCoreApplication.translate("Moment", "ddd d MMM"))


class TwoPanels(QBoxLayout):
    """Two panels side by side on a landscape screen, stacked on a portrait one (the second at the bottom,
    where the keyboard belongs); `orient` follows the widget's shape."""

    def __init__(self, owner: QWidget, first: QWidget, second: QWidget) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, owner)
        self.setContentsMargins(MARGIN, GAP, MARGIN, SECTION)
        self.setSpacing(SECTION)
        self.addWidget(first, 1)
        self.addWidget(second, 1)

    def orient(self, portrait: bool) -> None:
        """Stack for portrait (the first panel takes what the second leaves), side by side for landscape."""
        self.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.setStretch(0, 1)
        self.setStretch(1, 0 if portrait else 1)


def title_row(title: PlainLabel, back: QWidget) -> QHBoxLayout:
    """A screen title with its quiet back button (or a detail) on the right."""
    row = QHBoxLayout()
    row.setSpacing(GAP)
    row.addWidget(title, 1)
    row.addWidget(back, 0, Qt.AlignmentFlag.AlignTop)
    back.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return row


class WelcomeScreen(TranslatedWidget):
    """Invites the guest to scan their QR code or to find themselves by name. `actions` is the row of
    secondary actions ("Find me by name", and room for more: `actions.insertWidget(actions.count() - 1, b)`)."""

    find_by_name = Signal()

    def __init__(self, event_name: str, camera_view: QWidget | None = None) -> None:
        super().__init__()
        self.event_name = PlainLabel(event_name, points=BODY, tone="muted")
        self.title = PlainLabel(points=DISPLAY, bold=True)
        self.scan_hint = PlainLabel(points=HEADING)
        self.search_button = TouchButton(role="secondary", height_mm=BUTTON_MM, points=BODY)
        self.search_button.setMinimumWidth(touch(90))  # a button, not a bar across a wide screen
        self.search_button.clicked.connect(self.find_by_name)
        self.camera_hint = PlainLabel(points=BODY, tone="muted")
        self.camera_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.camera_view = camera_view
        self.pictogram = TicketPictogram()
        self.actions = QHBoxLayout()
        self.actions.setSpacing(GAP)
        self.actions.addWidget(self.search_button)
        self.actions.addStretch(1)  # buttons as wide as they need, from the left
        text = QWidget()
        column = QVBoxLayout(text)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(GAP)
        column.addStretch(1)
        for label in (self.event_name, self.title, self.scan_hint):
            column.addWidget(label)
        column.addSpacing(SECTION)
        column.addLayout(self.actions)
        column.addStretch(1)
        side = QWidget()
        picture = QVBoxLayout(side)
        picture.setContentsMargins(0, 0, 0, 0)
        picture.setSpacing(GAP)
        picture.addWidget(self.pictogram, 3)
        if camera_view is not None:
            picture.addWidget(camera_view, 3)
            picture.addWidget(self.camera_hint)
        self.panels = TwoPanels(self, text, side)
        self.panels.setContentsMargins(MARGIN, 0, MARGIN, MARGIN)
        self.panels.setSpacing(MARGIN)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # portrait screens stack the text over the pictogram
        portrait = event.size().height() > event.size().width()
        self.panels.orient(portrait)
        # portrait: the text takes what it needs, the pictogram the rest (no empty band between them)
        self.panels.setStretch(0, 0 if portrait else 3)
        self.panels.setStretch(1, 1 if portrait else 2)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome!"))
        self.scan_hint.setText(self.tr("Hold the QR code of your ticket under the scanner."))
        self.search_button.setText(self.tr("Find me by name"))
        self.camera_hint.setText(self.tr("…or show it to the camera."))


class ResultButton(TouchButton):
    """A search result: the name on the first line, the organisation on the second; each shortened with "…"
    to the button's width rather than cut off."""

    def __init__(self) -> None:
        super().__init__(role="secondary", height_mm=KEY_MM * 1.5, points=BODY)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.hit: SearchHit | None = None

    def show_hit(self, hit: SearchHit | None) -> None:
        """Show a hit (None: hide the button, keeping its place)."""
        self.hit = hit
        self.setVisible(hit is not None)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.hit is None:
            self.setText("")
            return
        name = f"{self.hit.first_name} {self.hit.last_name}".strip()
        room = max(self.width() - 4 * GRID - 8, 10)
        metrics = self.fontMetrics()
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, room)
                 for line in (name, self.hit.organisation) if line]
        self.setText("\n".join(lines))


class SearchScreen(TranslatedWidget):
    """Find by name: results in fixed places (nothing jumps as they come and go), the field right above the
    touch keyboard, and a clear "keep typing" where more were found than fit."""

    chosen = Signal(object)  # SearchHit
    query_changed = Signal(str)
    back = Signal()

    def __init__(self, max_results: int, min_chars: int) -> None:
        super().__init__()
        self.min_chars = min_chars
        self.title = PlainLabel(points=TITLE, bold=True)
        self.back_button = TouchButton(role="quiet", height_mm=QUIET_MM, points=BODY)
        self.back_button.clicked.connect(self.back)
        self.hint = PlainLabel(points=BODY, tone="muted")
        self.results = [ResultButton() for _ in range(max_results)]
        for button in self.results:
            retain_space(button)
            button.clicked.connect(lambda _=False, b=button: b.hit and self.chosen.emit(b.hit))
        self.more = retain_space(PlainLabel(points=BODY, bold=True))
        self.field = KioskField(points=HEADING)
        self.field.setMaxLength(80)
        self.field.textChanged.connect(self.query_changed)
        self.keyboard = TouchKeyboard()
        self.keyboard.set_target(self.field)
        self._found = KioskResults(too_short=True)

        found = QWidget()
        column = QVBoxLayout(found)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(GRID)
        column.addLayout(title_row(self.title, self.back_button))
        column.addWidget(self.hint)
        for button in self.results:
            column.addWidget(button)
        column.addWidget(self.more)
        column.addStretch(1)
        typing = QWidget()
        keys = QVBoxLayout(typing)
        keys.setContentsMargins(0, 0, 0, 0)
        keys.setSpacing(GAP)
        keys.addStretch(1)
        keys.addWidget(self.field)
        keys.addWidget(self.keyboard)
        self.panels = TwoPanels(self, found, typing)
        self.retranslate()

    def resizeEvent(self, event) -> None:
        self.panels.orient(event.size().height() > event.size().width())
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Find your registration"))
        self.field.setPlaceholderText(self.tr("Your name or organisation"))
        self.back_button.setText(self.tr("Back"))
        self.show_results(self._found)

    def reset(self) -> None:
        """Forget the query and the results (personal data leaves the screen)."""
        self.field.clear()
        self.show_results(KioskResults(too_short=True))
        self.field.setFocus()

    @property
    def shown_hits(self) -> list[SearchHit]:
        """The hits on screen, in order."""
        return [button.hit for button in self.results if button.hit is not None]

    def show_results(self, found: KioskResults) -> None:
        """Show up to the maximum of hits, with a hint why there are none, and a line where more were found."""
        self._found = found
        hits = found.hits[: len(self.results)]
        for index, button in enumerate(self.results):
            button.show_hit(hits[index] if index < len(hits) else None)
        more = bool(hits) and (found.more or len(found.hits) > len(self.results))
        self.more.setText(self.tr("More found — keep typing") if more else "")
        self.more.setVisible(more)
        if found.too_short:
            self.hint.setText(self.tr("Type at least %n letters of your name.", "", self.min_chars))
        elif not hits:
            self.hint.setText(self.tr("Nobody found. Check the spelling, or ask at the help desk."))
        else:
            self.hint.setText(self.tr("Tap your name."))


class ConfirmScreen(TranslatedWidget):
    """Asks for something only the guest knows: the first letters of their e-mail address. The answer goes
    off by itself once it has all its letters (or with "Check in" / the keyboard's OK before that)."""

    answered = Signal(str)
    back = Signal()

    def __init__(self, chars: int) -> None:
        super().__init__()
        self.chars = chars
        self.title = PlainLabel(points=TITLE, bold=True)
        self.back_button = TouchButton(role="quiet", height_mm=QUIET_MM, points=BODY)
        self.back_button.clicked.connect(self.back)
        self.name = PlainLabel(points=TITLE, bold=True)
        self.organisation = PlainLabel(points=HEADING, tone="muted")
        self.question = PlainLabel(points=HEADING)
        self.feedback = PlainLabel(points=BODY, bold=True, tone="error")
        self.field = KioskField(points=TITLE)
        self.field.setMaxLength(chars)
        self.field.returnPressed.connect(self._submit)
        self.field.textChanged.connect(self._typed)
        self.ok_button = TouchButton(role="primary", height_mm=BUTTON_MM, points=BODY)
        self.ok_button.clicked.connect(self._submit)
        self.keyboard = TouchKeyboard(with_enter=True)
        self.keyboard.set_target(self.field)
        self.keyboard.entered.connect(self._submit)

        who = QWidget()
        column = self._who = QVBoxLayout(who)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(GRID)
        column.addStretch(0)  # portrait: the question moves down to the field (no empty band between them)
        column.addLayout(title_row(self.title, self.back_button))
        for widget in (self.name, self.organisation):
            column.addWidget(widget)
        column.addSpacing(GAP)
        column.addWidget(self.question)
        column.addWidget(self.feedback)
        column.addStretch(1)
        typing = QWidget()
        keys = QVBoxLayout(typing)
        keys.setContentsMargins(0, 0, 0, 0)
        keys.setSpacing(GAP)
        keys.addStretch(1)
        answer = QHBoxLayout()
        answer.setSpacing(GAP)
        answer.addWidget(self.field, 1)
        answer.addWidget(self.ok_button, 1)
        keys.addLayout(answer)
        keys.addWidget(self.keyboard)
        self.panels = TwoPanels(self, who, typing)
        self._typed("")
        self.retranslate()

    def resizeEvent(self, event) -> None:
        portrait = event.size().height() > event.size().width()
        self.panels.orient(portrait)
        self._who.setStretch(0, 1 if portrait else 0)
        self._who.setStretch(self._who.count() - 1, 0 if portrait else 1)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Is this you?"))
        self.question.setText(self.tr("To confirm, type the first %n letters of your e-mail address.", "",
                                      self.chars))
        self.ok_button.setText(self.tr("Check in"))
        self.back_button.setText(self.tr("Back"))
        if self.feedback.text():
            self.feedback.setText(self._wrong_text())

    def ask(self, hit: SearchHit) -> None:
        """Show the chosen name and organisation and an empty answer field."""
        self.name.setText(f"{hit.first_name} {hit.last_name}".strip())
        self.organisation.setText(hit.organisation)
        self.field.clear()
        self.feedback.clear()
        self.field.setFocus()

    def forget(self) -> None:
        """Nothing personal left on the screen."""
        for widget in (self.name, self.organisation, self.field, self.feedback):
            widget.clear()

    def wrong(self) -> None:
        self.field.clear()
        self.feedback.setText(self._wrong_text())

    def _wrong_text(self) -> str:
        return self.tr("That does not match. Please try again.")

    def _typed(self, text: str) -> None:
        ready = bool(text.strip())
        self.ok_button.setEnabled(ready)
        self.keyboard.enter.setEnabled(ready)
        if len(text) >= self.chars:
            self._submit()

    def _submit(self) -> None:
        if self.field.text().strip():
            self.answered.emit(self.field.text())


class OneMoment(TranslatedWidget):
    """A veil over the kiosk while an answer takes a moment: the screen stays visible behind it, a calm
    "One moment…" in front; taps wait under it until the answer is there (scans still arrive)."""

    VEIL_ALPHA = 225  # of 255: the screen behind shows faintly, the words in front read clearly

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = PlainLabel(points=TITLE, bold=True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setContentsMargins(SECTION, GAP, SECTION, GAP)  # room for its card around the words
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignCenter)
        self._veil = QColor(PAPER)
        self._veil.setAlpha(self.VEIL_ALPHA)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("One moment…"))

    def cover(self, shown: bool) -> None:
        """Show the veil over the whole of its parent, or take it away."""
        parent = self.parentWidget()
        if shown and parent is not None:
            self.setGeometry(parent.rect())
            self.raise_()
        self.setVisible(shown)

    def paintEvent(self, event) -> None:  # the veil, and a plain card behind the words (nothing shows through)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._veil)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PAPER))
        painter.drawRoundedRect(self.label.geometry(), GRID, GRID)
