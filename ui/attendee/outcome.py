"""The answer to a scan or a search, full screen: warm green for a welcome (and for the guest who scans again a
moment later), amber or red with the way to the help desk; the buttons right under the message."""

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.checkin.desk import CheckinResult, Outcome
from kiosk.common.timeutil import local, utc_now
from kiosk.event.config import EventConfig, Topic
from ui.attendee.screens import day_text
from ui.widgets.common import Chip, PlainLabel, TouchButton, TranslatedWidget
from ui.widgets.theme import (
    AMBER,
    BODY,
    BUTTON_MM,
    DISPLAY,
    GAP,
    GREEN,
    GRID,
    HEADING,
    MARGIN,
    OUTCOME_COLOURS,
    SECTION,
    SMALL,
    SYMBOL,
    TITLE,
    touch,
)

CENTRE = Qt.AlignmentFlag.AlignHCenter


def current_language() -> str:
    """The kiosk's language now ("de" or "en"): `Languages.set` makes it the default locale."""
    return QLocale().name()[:2]


class OutcomeScreen(TranslatedWidget):
    """A full-screen answer. `offer_topics`: a welcome offers the topic picker; `set_paused_search`: a name
    search waits behind this answer (the screen says so). `countdown(seconds)` shows when it goes by itself."""

    done = Signal()
    topics_requested = Signal()
    search_requested = Signal()

    def __init__(self, config: EventConfig, kiosk_id: str, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__()
        self.config, self.kiosk_id, self._clock = config, kiosk_id, clock
        self.colour = OUTCOME_COLOURS["welcome"]
        self.setProperty("surface", "colour")
        self.symbol = PlainLabel(points=SYMBOL, bold=True)
        self.headline = PlainLabel(points=DISPLAY, bold=True)
        self.name = PlainLabel(points=TITLE)
        self.role = Chip(points=HEADING)
        self.message = PlainLabel(points=HEADING)
        self.pickup = PlainLabel(points=HEADING)
        self.chips: list[Chip] = []
        self.note = PlainLabel(points=BODY, bold=True)
        self.countdown_label = PlainLabel(points=SMALL)
        self.topics_button = TouchButton(role="secondary", height_mm=BUTTON_MM, points=BODY)
        self.topics_button.clicked.connect(self.topics_requested)
        self.search_button = TouchButton(role="secondary", height_mm=BUTTON_MM, points=BODY)
        self.search_button.clicked.connect(self.search_requested)
        self.ok_button = TouchButton(role="primary", height_mm=BUTTON_MM, points=BODY)
        self.ok_button.clicked.connect(self.done)
        self.offer_topics = False
        self.badge_waits_for_topics = False  # set by the kiosk while a first badge is held for topics
        self.paused_search = False
        self._chip_column = QVBoxLayout()
        self._chip_column.setSpacing(GRID)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, GAP, MARGIN, MARGIN)
        layout.setSpacing(GAP)
        layout.addStretch(1)
        for widget in (self.symbol, self.headline, self.name):
            layout.addWidget(widget)
        layout.addWidget(self.role, 0, CENTRE)
        layout.addLayout(self._chip_column)
        for widget in (self.message, self.pickup, self.note):
            layout.addWidget(widget)
        for widget in (self.symbol, self.headline, self.name, self.message, self.pickup, self.note,
                       self.countdown_label):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addSpacing(SECTION - GAP)
        buttons = QHBoxLayout()
        buttons.setSpacing(GAP)
        buttons.addStretch(1)
        for button in (self.topics_button, self.search_button, self.ok_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.countdown_label)
        layout.addStretch(1)
        self._result: CheckinResult | None = None
        self._friendly = False
        self._plain: tuple[str, str, Callable[[], tuple[str, str]], tuple[Topic, ...], bool] | None = None
        self._seconds = 0  # the countdown shown
        self.clear()
        self.retranslate()

    # What the kiosk shows ---------------------------------------------------------------------------------------

    def show_result(self, result: CheckinResult, friendly: bool = False) -> None:
        """Fill the screen for one outcome. `friendly`: an "already checked in" that is the same guest at this
        kiosk a moment ago (`CheckinDesk.is_same_guest_again`), told as good news."""
        self.clear()
        self._result, self._friendly = result, friendly
        good = result.outcome is Outcome.WELCOME or friendly
        self.colour = GREEN if friendly else OUTCOME_COLOURS[result.outcome.value]
        attendee = result.attendee
        self.symbol.setText("✓" if good else "!")
        self.name.setText(attendee.display_name if attendee and result.outcome is not Outcome.INVALID else "")
        if result.category and good:
            self.role.setText(result.category.role_label)
            self.role.set_colour(result.category.colour)
            self.role.setVisible(True)
        self.topics_button.setVisible(self.offer_topics and result.outcome in (Outcome.WELCOME,
                                                                               Outcome.ALREADY_CHECKED_IN))
        self.search_button.setVisible(result.outcome in (Outcome.UNKNOWN, Outcome.INVALID))
        headline, message, pickup = self._texts(result)
        self.headline.setText(headline)
        self.message.setText(message)
        self.pickup.setText(pickup)
        self._after_change()

    def show_help(self, texts: Callable[[], tuple[str, str]]) -> None:
        """An amber screen that sends the guest to the help desk without naming anyone. `texts` gives headline
        and message in the kiosk's language; it is asked again when the guest switches language."""
        self._show_plain(AMBER, "!", texts)

    def show_thanks(self, texts: Callable[[], tuple[str, str]], topics: Sequence[Topic] = (),
                    badge: bool = False) -> None:
        """A green confirmation without personal details (`texts` as for `show_help`): the topics chosen as chips,
        and where the topic badge comes out when one prints."""
        self._show_plain(GREEN, "✓", texts, tuple(topics), badge)

    def clear(self) -> None:
        """Remove every personal detail from the screen."""
        self._result, self._plain, self._friendly = None, None, False
        for label in (self.headline, self.name, self.message, self.pickup, self.note):
            label.clear()
        self.role.clear()
        self.role.setVisible(False)
        self._set_chips(())
        for button in (self.topics_button, self.search_button):
            button.setVisible(False)

    def set_paused_search(self, paused: bool) -> None:
        """Say (or stop saying) that a name search waits behind this answer."""
        self.paused_search = paused
        self._after_change()

    def countdown(self, seconds: int) -> None:
        """Say when the answer goes by itself (and with it the offers on it)."""
        self._seconds = max(seconds, 1)
        self.countdown_label.setText(self.tr("This page closes in %n second(s).", "", self._seconds))

    # Inside -----------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.ok_button.setText(self.tr("OK"))
        self.topics_button.setText(self.tr("Pick my topics"))
        self.search_button.setText(self.tr("Find me by name"))
        if self._result is not None:
            self.show_result(self._result, self._friendly)
        elif self._plain is not None:
            self._show_plain(*self._plain)
        if self._seconds:
            self.countdown(self._seconds)
        self._after_change()

    def _show_plain(self, colour: str, symbol: str, texts: Callable[[], tuple[str, str]],
                    topics: tuple[Topic, ...] = (), badge: bool = False) -> None:
        self.clear()
        self._plain = (colour, symbol, texts, topics, badge)
        self.colour = colour
        self.symbol.setText(symbol)
        headline, message = texts()
        self.headline.setText(headline)
        self.message.setText(message)
        self._set_chips(topics)
        if badge:
            self.pickup.setText(self.tr("Your topic badge is being printed.") + " " + self._pickup_text())
        self._after_change()

    def _set_chips(self, topics: Sequence[Topic]) -> None:
        for chip in self.chips:  # gone at once (deleteLater alone would leave them on screen until the loop runs)
            self._chip_column.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        self.chips = [Chip(topic.label(current_language()), topic.colour) for topic in topics]
        for chip in self.chips:
            self._chip_column.addWidget(chip, 0, CENTRE)

    def _after_change(self) -> None:
        self.note.setText(self.tr("Your name search continues after this.") if self.paused_search else "")
        self.note.setVisible(self.paused_search)
        self.pickup.setVisible(bool(self.pickup.text()))
        self.name.setVisible(bool(self.name.text()))
        self._equal_buttons()

    def _equal_buttons(self) -> None:
        """Every button of the row as wide as the widest, so none looks less important by accident."""
        buttons = (self.topics_button, self.search_button, self.ok_button)
        for button in buttons:
            button.setMinimumWidth(0)
        width = max(max(b.sizeHint().width() for b in buttons), touch(45))
        for button in buttons:
            button.setMinimumWidth(width)

    def _pickup_text(self) -> str:
        place = self.config.badges.badge_pickup(self.kiosk_id, current_language()) or self.tr(
            "at the printer next to this kiosk")
        return self.tr("Pick it up {place}.").format(place=place)

    def _texts(self, result: CheckinResult) -> tuple[str, str, str]:
        """Headline, message and where the badge comes out (or "")."""
        help_desk = self.tr("Please go to the help desk – we will sort it out.")
        first_name = result.attendee.first_name if result.attendee else ""
        match result.outcome:
            case Outcome.WELCOME if result.returning:
                return (self.tr("Welcome back, {name}!").format(name=first_name),
                        self.tr("You are checked in for today."), "")
            case Outcome.WELCOME if result.badge_queued:
                return (self.tr("Welcome, {name}!").format(name=first_name), self.tr("Your badge is being printed."),
                        self._pickup_text())
            case Outcome.WELCOME if self.badge_waits_for_topics:
                return (self.tr("Welcome, {name}!").format(name=first_name),
                        self.tr("Pick your topics – your badge prints right after."), self._pickup_text())
            case Outcome.WELCOME:
                return self.tr("Welcome, {name}!").format(name=first_name), self.tr("You are checked in."), ""
            case Outcome.ALREADY_CHECKED_IN if self._friendly:
                return self.tr("You are checked in"), self.tr("Your badge is on its way."), self._pickup_text()
            case Outcome.ALREADY_CHECKED_IN:
                return (self.tr("You are already checked in"),
                        self._since_text(result) + " " + self.tr("If that was not you, please go to the help desk."),
                        "")
            case Outcome.CANCELLED:
                return self.tr("This ticket has been cancelled"), help_desk, ""
            case Outcome.NOT_VALID_TODAY:
                return self.tr("Your ticket is not valid today"), help_desk, ""
            case Outcome.INVALID:
                return (self.tr("This is not a ticket for this event"),
                        self.tr("Find yourself by name – or go to the help desk, we will sort it out."), "")
            case _:
                return (self.tr("We could not find this ticket"),
                        self.tr("Find yourself by name – or go to the help desk, we will sort it out."), "")

    def _since_text(self, result: CheckinResult) -> str:
        """"Checked in 3 minutes ago (Eingang Nord)." — the kiosk by its display name only, never its id."""
        if result.checked_in_at is None:
            return ""
        when = self._when_text(result.checked_in_at, self._clock())
        place = self.config.badges.kiosk_name(result.checked_in_by)
        if place:
            return self.tr("Checked in {when} ({place}).").format(when=when, place=place)
        return self.tr("Checked in {when}.").format(when=when)

    def _when_text(self, moment: datetime, now: datetime) -> str:
        time_zone = self.config.time_zone
        when, today = local(moment, time_zone), local(now, time_zone).date()
        minutes = int((now - moment).total_seconds() // 60)
        if when.date() != today:
            return self.tr("on {date} at {time}").format(date=day_text(when), time=f"{when:%H:%M}")
        if minutes < 1:
            return self.tr("just now")
        if minutes < 60:
            return self.tr("%n minute(s) ago", "", minutes)
        return self.tr("at {time}").format(time=f"{when:%H:%M}")

