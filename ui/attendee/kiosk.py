"""The attendee kiosk: scan or find by name, then one clear answer; back to the welcome screen by itself.

Every decision that writes (a check-in, an e-mail answer, topics) is made off the UI thread (decisions.py), in the
order scans and taps came; the screen shows each answer when it is back, and "One moment…" while one is late."""

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.attendees.records import Attendee
from kiosk.attendees.search import SearchHit, kiosk_search
from kiosk.checkin import confirmation
from kiosk.checkin.desk import TOPICS_CHOSEN, CheckinDesk, CheckinResult, Outcome
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.printing.queue import TOPIC
from kiosk.programme.views import ProgrammeView
from kiosk.topics import choices as topics
from ui.attendee.decisions import Decisions, Work
from ui.attendee.outcome import OutcomeScreen
from ui.attendee.screens import ConfirmScreen, OneMoment, SearchScreen, WelcomeScreen
from ui.attendee.topics import TopicScreen
from ui.i18n import Languages
from ui.polls.kiosk_vote import VotingScreen
from ui.programme.kiosk_screen import ProgrammeScreen
from ui.programme.service import ProgrammeService
from ui.widgets.common import TouchButton, TranslatedWidget
from ui.widgets.theme import BODY, GAP, KEY_MM, MARGIN, PAPER, touch

COUNTDOWN_MS = 250


class AttendeeKiosk(TranslatedWidget):
    """Controller of the attendee screens. `staff_requested` fires after the hidden corner gesture. `desk` decides
    on a worker thread over a connection of its own (`Decisions`); its `on_print_queued` wakes the printer."""

    staff_requested = Signal()

    def __init__(self, event: Event, desk: CheckinDesk, languages: Languages,
                 camera_view: QWidget | None = None, programme: ProgrammeService | None = None) -> None:
        super().__init__()
        self._background = QColor(PAPER)
        self.kiosk_event, self.desk = event, desk
        settings = event.config.kiosk
        self.welcome = WelcomeScreen(event.config.name, camera_view)
        self.search = SearchScreen(settings.search_max_results, settings.search_min_chars)
        self.confirm = ConfirmScreen(settings.confirm_chars)
        self.outcome = OutcomeScreen(event.config, event.store.kiosk_id, desk.now)
        self.outcome.offer_topics = bool(event.config.topics)
        self.topic_picker = TopicScreen(event.config.topics, event.config.badges.max_topics)
        self.stack = QStackedWidget()
        self.stack.setMinimumSize(1, 1)  # the screen's size rules: each screen fits itself into it
        self.programme = ProgrammeScreen(programme) if programme is not None else None
        self.decisions = decisions = Decisions(event, desk, self)
        self.voting = VotingScreen(event, decide=lambda work, then: decisions.ask(  # ballots: a decision too
            lambda: lambda desk: work(desk.store), then))  # live polls: "Vote now" while one is open
        # (the lambda holds the decisions, not the kiosk: no cycle keeps the kiosk's wrapper after it is deleted)
        for screen in (self.welcome, self.search, self.confirm, self.outcome, self.topic_picker, self.programme,
                       self.voting):
            if screen is not None:
                self.stack.addWidget(screen)
        self._waits_for_guest = tuple(s for s in (self.search, self.confirm, self.topic_picker, self.programme,
                                                  self.voting) if s)
        self.language_button = TouchButton(role="secondary", height_mm=KEY_MM, points=BODY)
        self.language_button.setMinimumWidth(touch(32))
        self.language_button.clicked.connect(languages.toggle)
        self.programme_button = TouchButton(role="secondary", height_mm=KEY_MM, points=BODY)  # welcome screens
        self.programme_button.setMaximumWidth(touch(50))
        self.programme_button.clicked.connect(self._open_programme)
        self.programme_button.setVisible(False)
        self._has_programme = False
        self.vote_button = TouchButton(role="primary", height_mm=KEY_MM, points=BODY)  # on the welcome screen
        self.vote_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # its text's width
        self.vote_button.clicked.connect(self._open_voting)
        self.vote_button.setVisible(False)
        self._has_poll = False
        self._welcomed = False  # the outcome on screen is a welcome
        self._languages = languages
        self.corner = CornerGesture()
        self.corner.triggered.connect(self.staff_requested)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, GAP, MARGIN, 0)
        bar.setSpacing(GAP)
        bar.addWidget(self.corner)
        bar.addStretch(1)
        bar.addWidget(self.vote_button)
        bar.addWidget(self.programme_button)
        bar.addWidget(self.language_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.welcome.find_by_name.connect(self._open_search)
        self.voting.done.connect(self.reset)
        self.voting.offered.connect(self._offer_voting)
        self.voting.look()
        self.search.query_changed.connect(self._search)
        self.search.chosen.connect(self._ask_confirmation)
        self.search.back.connect(self.reset)
        self.confirm.answered.connect(self._confirm)
        self.confirm.back.connect(self._open_search)
        self.outcome.done.connect(self._answer_over)
        self.outcome.topics_requested.connect(self._pick_topics)
        self.outcome.search_requested.connect(self._open_search)
        self.topic_picker.saved.connect(self._save_topics)
        self.topic_picker.skipped.connect(self._answer_over)
        if programme is not None and self.programme is not None:
            self.programme.back.connect(self.reset)
            programme.changed.connect(self._offer_programme)
        self.return_timer = _single_shot(self, settings.outcome_seconds, self._answer_over)
        self.return_timer.setTimerType(Qt.TimerType.PreciseTimer)  # the countdown reads it: no coarse slack
        self.countdown = QTimer(self)
        self.countdown.setInterval(COUNTDOWN_MS)
        self.countdown.timeout.connect(self._count_down)
        self._paused: tuple[QWidget, str] | None = None  # a name search a scan interrupted, and its language
        self.idle_timer = _single_shot(self, settings.idle_seconds, self.reset)
        self.one_moment = OneMoment(self)
        self.decisions.slow.connect(self.one_moment.cover)
        self.decisions.failed.connect(self._decision_failed)
        self._confirming = False  # an e-mail answer is being checked: the screen takes no second one
        self._chosen: SearchHit | None = None
        self._guest: Attendee | None = None  # whose outcome or topics are on screen
        self._held_badge: int | None = None  # a first badge waiting for the guest's topics
        self.retranslate()

    def retranslate(self) -> None:
        self.language_button.setText(self.tr("English"))
        self.programme_button.setText(self.tr("Programme"))
        self.vote_button.setText(self.tr("Vote now"))


    def paintEvent(self, event) -> None:  # the outcome colour fills the whole window, not just one screen
        QPainter(self).fillRect(self.rect(), self._background)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.one_moment.isVisible():
            self.one_moment.cover(True)

    @property
    def deciding(self) -> bool:
        """Whether an answer is on its way (a scan or tap is being decided, or waits its turn)."""
        return self.decisions.pending

    def note_activity(self) -> None:
        """Someone touched or typed: postpone the return to the welcome screen."""
        if self.stack.currentWidget() in self._waits_for_guest:
            self.idle_timer.start()

    def handle_scan(self, raw: str) -> None:
        """A code from the USB scanner or the camera, on whatever screen is showing: decided on the worker after
        the scans and taps before it, and answered when the decision is back. The ticket of the guest whose
        answer or topics are on screen then is ignored (they are still holding it up). While the voting screen
        asks for a badge or an answer, the scan names the voter instead of checking in."""
        if self.stack.currentWidget() is self.voting and self.voting.take_scan(raw):
            self.idle_timer.start()
            return

        def prepare() -> Work:
            on_screen = self._guest.id if self._guest else None  # who is on screen once the scans before are shown
            return lambda desk: desk.scan(raw, guest_picks_topics=True, on_screen=on_screen)

        self.decisions.ask(prepare, self._scanned)

    def _scanned(self, result: CheckinResult | None) -> None:
        """A scan's decision is back: show it (None: a repeat, or the guest on screen, answers nothing)."""
        if result is None:
            return
        current = self.stack.currentWidget()
        if current in (self.search, self.confirm) and self._paused is None:
            self._paused = (current, self._languages.current)  # back to it after this answer
        if current is not self.welcome:  # a new guest: the language of the one before does not carry over
            self._languages.set(self._first_language())
        self.show_outcome(result)

    def show_outcome(self, result: CheckinResult) -> None:
        """Show the answer for a check-in and return to the welcome screen (or to a name search the scan
        interrupted) after a few seconds."""
        if self._paused is None:
            self._forget_choice()
        self._release_held_badge()
        self._guest = result.attendee
        self._welcomed = result.outcome is Outcome.WELCOME
        if result.badge_held and result.attendee:
            self._held_badge = result.attendee.id
        self.outcome.badge_waits_for_topics = self._held_badge is not None
        self.outcome.show_result(result, friendly=self.desk.is_same_guest_again(result))
        self._answer()

    def reset(self) -> None:
        """Back to the welcome screen with nothing personal left on any screen."""
        self._forget_guest()
        self.voting.clear()
        self._languages.set(self._first_language())
        self._show(self.welcome)

    def _first_language(self) -> str:
        """The event's first language: every new guest starts in it."""
        return self.kiosk_event.config.languages[0] if self.kiosk_event.config.languages else "de"

    def _answer(self) -> None:
        """Show the outcome screen for the answer just set, with its countdown."""
        self.idle_timer.stop()
        self.outcome.set_paused_search(self._paused is not None)
        self._show(self.outcome)
        self.return_timer.start()
        self.countdown.start()
        self._count_down()

    def _count_down(self) -> None:
        if self.stack.currentWidget() is not self.outcome or not self.return_timer.isActive():
            self.countdown.stop()
            return
        self.outcome.countdown(math.ceil((self.return_timer.remainingTime() - COUNTDOWN_MS / 2) / 1000))

    def _answer_over(self) -> None:
        """The answer was seen (OK, skip, or its time is up): back to an interrupted name search, else to the
        welcome screen."""
        if self._paused is None:
            self.reset()
            return
        screen, language = self._paused
        self._paused = None
        self.return_timer.stop()
        self._release_held_badge()
        self._guest = None
        self.outcome.clear()
        self.topic_picker.clear()
        self._languages.set(language)
        self._show(screen)

    def _forget_guest(self) -> None:
        """Stop the timers and take everything personal off every screen (the language stays)."""
        self.return_timer.stop()
        self.idle_timer.stop()
        self._forget_choice()
        self._release_held_badge()
        self._guest = None
        self._welcomed = False
        self._paused = None
        self.search.reset()
        self.outcome.clear()
        self.topic_picker.clear()

    def _open_programme(self) -> None:
        """The programme, from the welcome screen or a welcome: the guest's answer leaves the screen first."""
        if self.programme is None:
            return
        self._forget_guest()
        self.programme.start()
        self._show(self.programme)

    def _offer_programme(self, view: ProgrammeView) -> None:
        """The "Programme" button shows while there is a programme."""
        self._has_programme = bool(view.entries)
        self._show(self.stack.currentWidget())

    def _open_voting(self) -> None:
        """A live poll, from the welcome screen: the guest picks it (when several are open) and scans."""
        self._forget_guest()
        self.voting.start()
        self._show(self.voting)

    def _offer_voting(self, open_now: bool) -> None:
        """The "Vote now" button shows while a poll is open."""
        self._has_poll = open_now
        self._show(self.stack.currentWidget())

    def _show(self, screen: QWidget) -> None:
        colour = QColor(self.outcome.colour if screen is self.outcome else PAPER)
        if colour != self._background:
            self._background = colour
            self.update()
        self.stack.setCurrentWidget(screen)
        self.vote_button.setVisible(self._has_poll and screen is self.welcome)
        self.programme_button.setVisible(self._has_programme and (
            screen is self.welcome or (screen is self.outcome and self._welcomed)))
        if screen in self._waits_for_guest:
            self.idle_timer.start()

    def _forget_choice(self) -> None:
        self._chosen = None
        self.confirm.forget()

    def _open_search(self) -> None:
        if self.stack.currentWidget() is self.outcome:  # "Find me by name" on an unknown ticket: a fresh search
            self._paused = None
            self.return_timer.stop()
            self.outcome.clear()
            self.search.reset()
        self._forget_choice()
        self._show(self.search)
        self.search.field.setFocus()

    def _search(self, query: str) -> None:
        settings = self.kiosk_event.config.kiosk
        self.search.show_results(
            kiosk_search(self.kiosk_event.store, query, settings.search_min_chars, settings.search_max_results))

    def _ask_confirmation(self, hit: SearchHit) -> None:
        self._chosen = hit
        if not confirmation.can_ask(self.kiosk_event.store, hit.attendee_id):  # no e-mail, or no tries left
            self._send_to_help_desk()
            return
        self.confirm.ask(hit)
        self._show(self.confirm)

    def _confirm(self, answer: str) -> None:
        hit = self._chosen
        if hit is None or self._confirming:
            return
        self._confirming = True
        chars = self.kiosk_event.config.kiosk.confirm_chars

        def work(desk: CheckinDesk) -> tuple[confirmation.Answer, CheckinResult | None]:
            said = confirmation.check_answer(desk.store, hit.attendee_id, answer, chars, utc_now())
            right = said is confirmation.Answer.RIGHT
            return said, desk.check_in(hit.attendee_id, "search", guest_picks_topics=True) if right else None

        self.decisions.ask(lambda: work, lambda answered: self._confirmed(hit, *answered))

    def _confirmed(self, hit: SearchHit, said: confirmation.Answer, result: CheckinResult | None) -> None:
        """The e-mail answer is checked: the guest is checked in (shown whatever happened meanwhile), asked again
        or sent to the help desk (both only while the question is still theirs)."""
        self._confirming = False
        if result is not None:
            self.show_outcome(result)
            return
        if self._chosen is not hit or self.stack.currentWidget() is not self.confirm:
            return
        if said is confirmation.Answer.WRONG:
            self.confirm.wrong()
        else:
            self._send_to_help_desk()

    def _pick_topics(self) -> None:
        if self._guest is None:
            return
        self.return_timer.stop()
        current = topics.chosen(self.kiosk_event.store, self._guest.id)
        self.topic_picker.ask(f"{self._guest.first_name} {self._guest.last_name}".strip(), current)
        self._show(self.topic_picker)

    def _save_topics(self, picks: list[tuple[str, str]]) -> None:
        """Save the guest's topics, let their held first badge print and queue a topic badge (on the worker);
        thank them once that is done."""
        guest, held = self._guest, self._held_badge
        if guest is None:
            return
        self._guest, self._held_badge = None, None  # a second tap on "Save" saves nothing twice
        printing = bool(picks) and self.kiosk_event.config.badges.topic_badge

        def work(desk: CheckinDesk) -> None:
            topics.choose(desk.store, desk.event.config, guest.id, picks, utc_now())
            if held is not None:
                desk.release_held_badge(held)
            if printing:
                desk.queue_print(guest.id, TOPIC, TOPICS_CHOSEN)

        self.decisions.ask(lambda: work, lambda _: self._thank_for_topics(picks, printing))

    def _thank_for_topics(self, picks: list[tuple[str, str]], printing: bool) -> None:
        if self.stack.currentWidget() is not self.topic_picker:  # the kiosk moved on meanwhile (a scan, idle)
            return
        chosen = {name for name, _ in picks}
        self.outcome.show_thanks(lambda: (self.tr("Thank you!"), self.tr("Your topics are saved.")),
                                 [t for t in self.kiosk_event.config.topics if t.name in chosen], badge=printing)
        self._answer()

    def _release_held_badge(self) -> None:
        """Print the first badge that waited for topics (chosen, skipped or timed out)."""
        if self._held_badge is not None:
            attendee_id, self._held_badge = self._held_badge, None
            self.decisions.ask(lambda: lambda desk: desk.release_held_badge(attendee_id))

    def _decision_failed(self, error: Exception) -> None:
        """The database would not decide (damaged, read-only, locked far too long): the guest is sent to the help
        desk, where staff check them in; nothing personal is shown."""
        self._confirming = False
        self._forget_guest()
        self._send_to_help_desk()

    def _send_to_help_desk(self) -> None:
        self._forget_choice()
        self.outcome.show_help(lambda: (self.tr("We need to check this at the help desk"),
                                        self.tr("Please go to the help desk – we will check you in there.")))
        self._answer()


def _single_shot(parent: QWidget, seconds: float, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(int(seconds * 1000))
    timer.timeout.connect(slot)
    return timer


class CornerGesture(QWidget):
    """An invisible corner: five taps within three seconds ask for the staff PIN."""

    triggered = Signal()
    TAPS = 5
    WINDOW_MS = 3000

    def __init__(self) -> None:
        super().__init__()
        self.setFixedSize(touch(14), touch(14))
        self._taps = 0
        self._window = _single_shot(self, self.WINDOW_MS / 1000, self._forget)

    def _forget(self) -> None:
        self._taps = 0

    def mousePressEvent(self, event) -> None:
        if self._taps == 0:
            self._window.start()
        self._taps += 1
        if self._taps >= self.TAPS:
            self._forget()
            self._window.stop()
            self.triggered.emit()
        event.accept()
