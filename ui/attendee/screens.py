"""The attendee kiosk's screens: welcome, find by name, confirm, and one screen per check-in outcome."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from kiosk.attendees.search import KioskResults, SearchHit
from kiosk.checkin.desk import CheckinResult, Outcome
from kiosk.common.timeutil import local, utc_now
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget, font
from ui.widgets.pictogram import TicketPictogram
from ui.widgets.theme import AMBER, OUTCOME_COLOURS, touch
from ui.widgets.touch_keyboard import TouchKeyboard

MARGIN = 48


def moment_text(moment: datetime, time_zone: str, now: datetime) -> str:
    """A moment on the event's wall clock as people read it: "09:10" today, with the date on another day."""
    when = local(moment, time_zone)
    clock = f"{when:%H:%M}"
    if when.date() == local(now, time_zone).date():
        return clock
    # A QDate format pattern, in the current language's day and month names.
    day = QLocale().toString(QDate(when.year, when.month, when.day),
                             QCoreApplication.translate("Moment", "ddd d MMM"))
    return QCoreApplication.translate("Moment", "{date}, {time}").format(date=day, time=clock)


class WelcomeScreen(TranslatedWidget):
    """Invites the guest to scan their QR code or to find themselves by name."""

    find_by_name = Signal()

    def __init__(self, event_name: str, camera_view: QWidget | None = None) -> None:
        super().__init__()
        self.event_name = PlainLabel(event_name, points=20)
        self.title = PlainLabel(points=54, bold=True)
        self.scan_hint = PlainLabel(points=26)
        self.search_button = TouchButton(role="primary", height_mm=22, points=26)
        self.search_button.clicked.connect(self.find_by_name)
        self.camera_hint = PlainLabel(points=16)
        self.camera_view = camera_view
        text = QVBoxLayout()
        text.addStretch(2)
        for label in (self.event_name, self.title, self.scan_hint):
            text.addWidget(label)
        text.addSpacing(36)
        text.addWidget(self.search_button)
        text.addStretch(3)
        row = self.row = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        row.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        row.addLayout(text, 3)
        side = QVBoxLayout()
        side.addWidget(TicketPictogram(), 3)
        if camera_view is not None:
            side.addWidget(camera_view, 3)
            side.addWidget(self.camera_hint)
        row.addSpacing(MARGIN)
        row.addLayout(side, 2)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # portrait screens stack text over pictogram
        portrait = event.size().height() > event.size().width()
        self.row.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome!"))
        self.scan_hint.setText(self.tr("Hold the QR code of your ticket under the scanner."))
        self.search_button.setText(self.tr("Find me by name"))
        self.camera_hint.setText(self.tr("…or show it to the camera."))


class SearchScreen(TranslatedWidget):
    """Find by name: a field, the touch keyboard and at most a handful of big result buttons."""

    chosen = Signal(object)  # SearchHit
    query_changed = Signal(str)
    back = Signal()

    def __init__(self, max_results: int, min_chars: int) -> None:
        super().__init__()
        self.min_chars = min_chars
        self.title = PlainLabel(points=30, bold=True)
        self.field = QLineEdit()
        self.field.setFont(font(26))
        self.field.setMinimumHeight(touch(14))
        self.field.setMaxLength(80)
        self.field.textChanged.connect(self.query_changed)
        self.hint = PlainLabel(points=18)
        self.results = [TouchButton(height_mm=12, points=20) for _ in range(max_results)]
        self._found = KioskResults(too_short=True)
        self._hits: list[SearchHit] = []
        for index, button in enumerate(self.results):
            button.clicked.connect(lambda _=False, i=index: self.chosen.emit(self._hits[i]))
        self.back_button = TouchButton(role="quiet", points=20)
        self.back_button.clicked.connect(self.back)
        self.keyboard = TouchKeyboard()
        self.keyboard.set_target(self.field)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 8, MARGIN, 12)
        layout.addLayout(top)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        for button in self.results:
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.keyboard)
        self.back_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.retranslate()

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

    def show_results(self, found: KioskResults) -> None:
        """Show up to the maximum of hits, with a hint: why there are none, or that there are more."""
        self._found = found
        self._hits = found.hits[: len(self.results)]
        for index, button in enumerate(self.results):
            if index < len(self._hits):
                hit = self._hits[index]
                name = f"{hit.first_name} {hit.last_name}".strip()
                button.setText(f"{name}  ·  {hit.organisation}" if hit.organisation else name)
            button.setVisible(index < len(self._hits))
        if found.too_short:
            self.hint.setText(self.tr("Type at least %n letters of your name.", "", self.min_chars))
        elif not self._hits:
            self.hint.setText(self.tr("Nobody found. Check the spelling, or ask at the help desk."))
        elif found.more:
            self.hint.setText(self.tr("More found — keep typing"))
        else:
            self.hint.setText(self.tr("Tap your name."))


class ConfirmScreen(TranslatedWidget):
    """Asks for something only the guest knows: the first letters of their e-mail address."""

    answered = Signal(str)
    back = Signal()

    def __init__(self, chars: int) -> None:
        super().__init__()
        self.chars = chars
        self.title = PlainLabel(points=30, bold=True)
        self.name = PlainLabel(points=28)
        self.question = PlainLabel(points=22)
        self.feedback = PlainLabel(points=20)
        self.feedback.setStyleSheet("color: #B3261E;")
        self.field = QLineEdit()
        self.field.setFont(font(28))
        self.field.setMinimumHeight(touch(16))
        self.field.setMaxLength(chars)
        self.field.returnPressed.connect(self._submit)
        self.ok_button = TouchButton(role="primary", height_mm=16, points=22)
        self.ok_button.clicked.connect(self._submit)
        self.back_button = TouchButton(role="quiet", points=20)
        self.back_button.clicked.connect(self.back)
        self.keyboard = TouchKeyboard()
        self.keyboard.set_target(self.field)
        answer = QHBoxLayout()
        answer.addWidget(self.field, 2)
        answer.addWidget(self.ok_button, 1)
        answer.addWidget(self.back_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 8, MARGIN, 12)
        for widget in (self.title, self.name, self.question):
            layout.addWidget(widget)
        layout.addLayout(answer)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        layout.addWidget(self.keyboard)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Is this you?"))
        self.question.setText(self.tr("To confirm, type the first %n letters of your e-mail address.", "",
                                      self.chars))
        self.ok_button.setText(self.tr("Check in"))
        self.back_button.setText(self.tr("Back"))

    def ask(self, hit: SearchHit) -> None:
        """Show the chosen name and an empty answer field."""
        self.name.setText(f"{hit.first_name} {hit.last_name}".strip())
        self.field.clear()
        self.feedback.clear()
        self.field.setFocus()

    def wrong(self) -> None:
        self.field.clear()
        self.feedback.setText(self.tr("That does not match. Please try again."))

    def _submit(self) -> None:
        if self.field.text().strip():
            self.answered.emit(self.field.text())


class OutcomeScreen(TranslatedWidget):
    """A full-screen answer: warm green for a welcome, amber or red with the way to the help desk."""

    done = Signal()
    topics_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.colour = OUTCOME_COLOURS["welcome"]
        self.setStyleSheet("QLabel { background: transparent; color: white; }")
        self.symbol = PlainLabel(points=80, bold=True)
        self.headline = PlainLabel(points=44, bold=True)
        self.name = PlainLabel(points=36)
        self.role = PlainLabel(points=26, bold=True)
        self.role.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = PlainLabel(points=24)
        self.ok_button = TouchButton(height_mm=16, points=26)
        self.ok_button.clicked.connect(self.done)
        self.topics_button = TouchButton(height_mm=16, points=22)
        self.topics_button.clicked.connect(self.topics_requested)
        self.topics_button.setVisible(False)
        self.offer_topics = False
        self.badge_waits_for_topics = False  # set by the kiosk while a first badge is held for topics
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN * 2, MARGIN, MARGIN * 2, MARGIN)
        layout.addStretch(2)
        for widget in (self.symbol, self.headline, self.name, self.role, self.message):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addStretch(3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.topics_button)
        buttons.addWidget(self.ok_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.setAlignment(self.role, Qt.AlignmentFlag.AlignHCenter)
        self.ok_button.setMinimumWidth(touch(40))
        self._result: CheckinResult | None = None
        self._time_zone = "UTC"
        self.retranslate()

    def retranslate(self) -> None:
        self.ok_button.setText(self.tr("OK"))
        self.topics_button.setText(self.tr("Pick my topics"))
        if self._result is not None:
            self.show_result(self._result, self._time_zone)

    def clear(self) -> None:
        """Remove every personal detail from the screen."""
        self._result = None
        self.topics_button.setVisible(False)
        for label in (self.headline, self.name, self.role, self.message):
            label.clear()

    def show_result(self, result: CheckinResult, time_zone: str) -> None:
        """Fill the screen for one outcome; times are shown on the event's wall clock (`time_zone`)."""
        self._result, self._time_zone = result, time_zone
        colour = OUTCOME_COLOURS[result.outcome.value]
        self.colour = colour
        attendee = result.attendee
        self.symbol.setText("✓" if result.outcome is Outcome.WELCOME else "!")
        self.name.setText(attendee.display_name if attendee else "")
        self.role.setVisible(bool(result.category and result.outcome is Outcome.WELCOME))
        if result.category:
            self.role.setText(result.category.role_label)
            self.role.setStyleSheet(f"background: {result.category.colour}; color: white; border: 3px solid white;"
                                    " border-radius: 12px; padding: 8px 32px;")
        self.topics_button.setVisible(self.offer_topics and result.outcome in (
            Outcome.WELCOME, Outcome.ALREADY_CHECKED_IN))
        headline, message = self._texts(result)
        self.headline.setText(headline)
        self.message.setText(message)

    def show_help(self, headline: str, message: str) -> None:
        """An amber screen that sends the guest to the help desk without naming anyone."""
        self._show_plain(AMBER, "!", headline, message)

    def show_thanks(self, headline: str, message: str) -> None:
        """A green confirmation without personal details."""
        self._show_plain(OUTCOME_COLOURS["welcome"], "✓", headline, message)

    def _show_plain(self, colour: str, symbol: str, headline: str, message: str) -> None:
        self.clear()
        self.colour = colour
        self.symbol.setText(symbol)
        self.role.setVisible(False)
        self.headline.setText(headline)
        self.message.setText(message)

    def _texts(self, result: CheckinResult) -> tuple[str, str]:
        help_desk = self.tr("Please go to the help desk – we will sort it out.")
        first_name = result.attendee.first_name if result.attendee else ""
        match result.outcome:
            case Outcome.WELCOME if result.returning:
                return (self.tr("Welcome back, {name}!").format(name=first_name),
                        self.tr("You are checked in for today."))
            case Outcome.WELCOME:
                if result.badge_queued:
                    done = self.tr("Your badge is being printed.")
                elif self.badge_waits_for_topics:
                    done = self.tr("Pick your topics – your badge prints right after.")
                else:
                    done = self.tr("You are checked in.")
                return self.tr("Welcome, {name}!").format(name=first_name), done
            case Outcome.ALREADY_CHECKED_IN:
                return (self.tr("You are already checked in"),
                        self.tr("Since {time} at {kiosk}. If that was not you, please go to the help desk.")
                        .format(time=self._checked_in_text(result), kiosk=result.checked_in_by))
            case Outcome.CANCELLED:
                return self.tr("This ticket has been cancelled"), help_desk
            case Outcome.NOT_VALID_TODAY:
                return self.tr("Your ticket is not valid today"), help_desk
            case Outcome.INVALID:
                return self.tr("This is not a ticket for this event"), help_desk
            case _:
                return self.tr("We could not find this ticket"), help_desk

    def _checked_in_text(self, result: CheckinResult) -> str:
        if result.checked_in_at is None:
            return ""
        return moment_text(result.checked_in_at, self._time_zone, utc_now())
