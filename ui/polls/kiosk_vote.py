"""Voting at the kiosk: "Vote now" on the welcome screen while a poll is open; the guest scans their badge,
taps an answer (large buttons; a scale as big buttons; words and questions with the touch keyboard), sees a
thank-you — with the results only once the moderator revealed them — and the kiosk returns to its welcome.

Whether a poll is open is read off the UI thread (`OpenPollsFeed`: a thread of its own looks at the polls'
change counter a few times a second and reads the open polls only when it moved), so a burst of ballots from
other processes never makes the UI thread wait for the database. The guest's ballot is cast by `decide`: at the
attendee kiosk on its decisions worker (ui/attendee/decisions.py), in order with the scans, off the UI thread."""

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.event.store import Store
from kiosk.polls.ballots import cast_vote
from kiosk.polls.model import MULTIPLE, RANKING, SCALE, SINGLE, TEXT_KINDS, Poll, PollDefinition, VoteResult
from kiosk.polls.text import display_text, limit_for
from kiosk.polls.views import StageView, open_polls, stage_view
from kiosk.polls.voters import ticket_voter
from ui.polls.phone_join import PhoneJoinPanel, phone_join
from ui.stage.board import StageBoard
from ui.stage.feed import OpenPollsFeed
from ui.widgets.common import KioskField, PlainLabel, TouchButton, TranslatedWidget
from ui.widgets.pictogram import TicketPictogram
from ui.widgets.theme import BODY, GAP, HEADING, MARGIN, SECTION, TITLE, touch
from ui.widgets.touch_keyboard import TouchKeyboard

Decide = Callable[[Callable[[Store], Any], Callable[[Any], None]], None]  # work on a connection; then, on the UI thread


class OptionButton(TouchButton):
    """An answer as a large button whose text wraps (a long option is shown whole, never cut)."""

    def __init__(self, text: str) -> None:
        super().__init__(height_mm=18)
        self.caption = PlainLabel(text, points=BODY)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inside = QHBoxLayout(self)
        inside.setContentsMargins(GAP, GAP // 2, GAP, GAP // 2)
        inside.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)


class VotingScreen(TranslatedWidget):
    """The voting pages of one guest. `done`: back to the welcome screen; `offered`: whether "Vote now"
    shows (a poll is open)."""

    done = Signal()
    offered = Signal(bool)

    def __init__(self, event: Event, clock=utc_now, decide: Decide | None = None) -> None:
        super().__init__()
        self.kiosk_event, self.clock = event, clock
        self.decide: Decide = decide or (lambda work, then: then(work(event.store)))  # alone: here and now
        self.polls: list[Poll] = []
        self.poll: Poll | None = None
        self.voter = ""
        self._casting = False  # a ballot is on its way: another tap casts none
        self._offered: bool | None = None
        self._said: Callable[[], tuple[str, str]] = lambda: ("", "")  # the last page's message
        self._picked: list[int] = []
        self._built_for: PollDefinition | None = None  # the poll whose answer buttons are in place
        self.pages = QStackedWidget()
        self.pick_page, self.pick_buttons = self._page()
        self.badge_page, self.badge_body = self._page()
        self.answer_page, self.answer_body = self._page()
        self.thanks_page, self.thanks_body = self._page()
        self.join = phone_join(event)  # phones can vote too: a page with the QR code and the address
        self.phone_page, phone_body = self._page()
        if self.join is not None:
            phone_body.addWidget(PhoneJoinPanel(self.join), 1)
        self.phone_button = TouchButton(role="secondary", height_mm=11)
        self.phone_button.clicked.connect(self.show_phone_page)
        self.phone_button.hide()
        self.title = PlainLabel(points=TITLE, bold=True)
        self.hint = PlainLabel(points=HEADING)
        self.badge_body.addWidget(self.hint)
        self.badge_body.addWidget(TicketPictogram(), 1)
        self.options = QGridLayout()
        self.options.setSpacing(GAP)
        self.answer_body.addLayout(self.options)
        self.field = KioskField()
        self.keyboard = TouchKeyboard(with_enter=True)
        self.keyboard.set_target(self.field)
        self.keyboard.entered.connect(self._send_text)
        self.answer_body.addStretch(1)
        self.answer_body.addWidget(self.field)  # right above the keyboard
        self.answer_body.addWidget(self.keyboard)
        self.send = TouchButton(role="primary")
        self.send.clicked.connect(self._send_choices)
        self.answer_body.addWidget(self.send)
        self.thanks = PlainLabel(points=TITLE, bold=True)
        self.thanks_detail = PlainLabel(points=HEADING)
        self.results = StageBoard("")
        self.results.setMinimumHeight(touch(60))
        self.thanks_body.addWidget(self.thanks)
        self.thanks_body.addWidget(self.thanks_detail)
        self.thanks_body.addWidget(self.results, 1)  # all the room there is: the stage's picture scales with it
        self.back = TouchButton(role="quiet", height_mm=11)
        self.back.clicked.connect(self.done)
        self.finish = TouchButton(role="primary")
        self.finish.clicked.connect(self.done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.phone_button)
        buttons.addWidget(self.finish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 0, MARGIN, MARGIN)
        layout.setSpacing(SECTION)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.return_timer = QTimer(self)
        self.return_timer.setSingleShot(True)
        self.return_timer.setInterval(round(event.config.kiosk.outcome_seconds * 1000))
        self.return_timer.timeout.connect(self.done)
        self.watch = OpenPollsFeed(event.store.path, event.store.kiosk_id, clock, self)
        self.watch.updated.connect(self._offer)
        self.watch.start()
        self.retranslate()

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        body = QVBoxLayout(page)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(GAP)
        self.pages.addWidget(page)
        return page, body

    def retranslate(self) -> None:
        self.back.setText(self.tr("Back"))
        self.finish.setText(self.tr("Done"))
        self.send.setText(self.tr("Send my vote"))
        self.field.setPlaceholderText(self.tr("Your answer"))
        self.phone_button.setText(self.tr("Vote with your phone"))
        headline, detail = self._said()  # what the last guest was told, in the language now chosen
        self.thanks.setText(headline)
        self.thanks_detail.setText(detail)
        if self.pages.currentWidget() is self.badge_page:
            self.hint.setText(self.tr("Please scan your badge or ticket to vote."))
        elif self.pages.currentWidget() is self.pick_page:
            self.title.setText(self.tr("Which poll would you like to vote in?"))
        elif self.pages.currentWidget() is self.phone_page:
            self.title.setText(self.tr("Vote with your phone"))

    # Which polls are open --------------------------------------------------------------------------------------

    def look(self) -> None:
        """Read the open polls now, on the UI thread (the screen tour; the watch reads them off it)."""
        try:
            self._offer(open_polls(self.kiosk_event.store, self.clock()))
        except sqlite3.ProgrammingError:  # the event was closed under a window that is going away
            return

    def _offer(self, polls: list[Poll]) -> None:
        """The open polls, as read: tell the welcome screen whether to offer "Vote now"."""
        self.polls = polls
        if bool(self.polls) != self._offered:
            self._offered = bool(self.polls)
            self.offered.emit(self._offered)

    # The guest's way through --------------------------------------------------------------------------------

    def start(self) -> None:
        """Begin with a fresh guest: choose the poll (when several are open), then the badge."""
        self.clear()
        if len(self.polls) == 1:
            self._ask_for_badge(self.polls[0])
            return
        _clear_layout(self.pick_buttons)
        for poll in self.polls:
            button = TouchButton(display_text(poll.definition.question))
            button.clicked.connect(lambda _=False, p=poll: self._ask_for_badge(p))
            self.pick_buttons.addWidget(button)
        self.pick_buttons.addStretch(1)
        self.pages.setCurrentWidget(self.pick_page)
        self._show_buttons(back=True)
        self.retranslate()

    def clear(self) -> None:
        """Forget the guest (voter, answer) and stop the return timer."""
        self.return_timer.stop()
        self.poll, self.voter, self._picked, self._casting = None, "", [], False
        self.field.clear()

    @property
    def waits_for_badge(self) -> bool:
        return self.poll is not None and not self.voter and self.pages.currentWidget() is self.badge_page

    def take_scan(self, raw: str) -> bool:
        """A scanned code while this screen waits for a badge: it names the voter (no check-in happens). On the
        answer page the voter's own badge again changes nothing (the page is theirs); another code is the next
        guest's: the page closes unvoted and, like every scan this screen does not ask for, the scan returns
        False (the kiosk treats it as usual)."""
        if self.poll is not None and self.voter and self.pages.currentWidget() is self.answer_page:
            if ticket_voter(self.kiosk_event.store, raw).id == self.voter:
                return True
            self.clear()
            return False
        if not self.waits_for_badge or self.poll is None:
            return False
        voter = ticket_voter(self.kiosk_event.store, raw)
        if not voter.id:
            self._say(lambda: (self.tr("This code cannot vote"), self.tr("Please ask at the help desk.")))
            return True
        self.voter = voter.id
        self._ask_answer(self.poll)
        return True

    def _ask_for_badge(self, poll: Poll) -> None:
        self.poll = poll
        self.title.setText(display_text(poll.definition.question))
        self.pages.setCurrentWidget(self.badge_page)
        self._show_buttons(back=True)
        self.retranslate()

    def _ask_answer(self, poll: Poll) -> None:
        self._picked = []
        self.send.setEnabled(False)
        self.field.clear()
        if self._built_for != poll.definition:  # the buttons of the last guest's poll are reused
            self._build_answers(poll)
        for position in range(self.options.count()):
            button = self.options.itemAt(position).widget()
            if isinstance(button, OptionButton):
                button.setChecked(False)
                button.set_caption(display_text(poll.definition.options[position]))
        if poll.kind in TEXT_KINDS:
            self.field.setFocus()
        self.pages.setCurrentWidget(self.answer_page)
        self._show_buttons(back=True)

    def _build_answers(self, poll: Poll) -> None:
        _clear_layout(self.options)
        self._built_for = poll.definition
        definition = poll.definition
        texts = definition.kind in TEXT_KINDS
        self.field.setVisible(texts)
        self.keyboard.setVisible(texts)
        self.send.setVisible(definition.kind in (MULTIPLE, RANKING))
        if texts:
            self.field.setMaxLength(limit_for(definition.kind))
        elif definition.kind == SCALE:
            for column, value in enumerate(definition.values):
                button = TouchButton(str(value), height_mm=25, points=TITLE)
                button.clicked.connect(lambda _=False, v=value: self._vote([str(v)]))
                self.options.addWidget(button, 0, column)
            ends = (0, len(definition.values) - 1)
            for column, label in zip(ends, definition.labels, strict=False):
                caption = PlainLabel(display_text(label), points=BODY, tone="muted")
                if column == ends[1]:
                    caption.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.options.addWidget(caption, 1, column)
        else:
            columns = 2 if len(definition.options) > 4 and self.width() > self.height() else 1
            for column in range(2):
                self.options.setColumnStretch(column, 1 if column < columns else 0)
            for index, option in enumerate(definition.options):
                button = OptionButton(display_text(option))
                button.setCheckable(definition.kind != SINGLE)
                button.clicked.connect(lambda _=False, i=index: self._tap_option(i))
                self.options.addWidget(button, index // columns, index % columns)

    def _tap_option(self, index: int) -> None:
        poll = self.poll
        if poll is None:
            return
        if poll.kind == SINGLE:
            self._vote([str(index + 1)])
            return
        if index in self._picked:
            self._picked.remove(index)
        elif poll.kind != MULTIPLE or len(self._picked) < poll.definition.max_choices:
            self._picked.append(index)
        for position in range(self.options.count()):
            button = self.options.itemAt(position).widget()
            if isinstance(button, OptionButton):
                chosen = position in self._picked
                label = display_text(poll.definition.options[position])
                rank = f"{self._picked.index(position) + 1}. " if chosen and poll.kind == RANKING else ""
                button.set_caption(rank + label)
                button.setChecked(chosen)
        self.send.setEnabled(bool(self._picked))

    def _send_choices(self) -> None:
        self._vote([str(index + 1) for index in self._picked])

    def _send_text(self) -> None:
        if self.field.text().strip():
            self._vote([self.field.text()])

    def _vote(self, answer: list[str]) -> None:
        poll, voter, now = self.poll, self.voter, self.clock()
        if poll is None or not voter or self._casting:
            return
        self._casting = True

        def cast(store: Store) -> tuple[VoteResult, StageView | None]:  # by `decide`, on its connection
            result = cast_vote(store, poll.id, voter, answer, now)
            return result, stage_view(store, poll.id) if result.accepted else None

        self.decide(cast, lambda cast_: self._voted(poll, *cast_))

    def _voted(self, poll: Poll, result: VoteResult, view: StageView | None) -> None:
        """The ballot is cast (or refused): say so, unless the guest has gone meanwhile."""
        if self.poll is not poll:
            return
        self._casting = False
        if not result.accepted or view is None:
            self._say(lambda: (self.tr("Your vote was not counted"), self._reason(result.reason)))
            return
        revealed = view.shown is not None and view.shown.results is not None

        def thanks() -> tuple[str, str]:
            later = "" if revealed else self.tr("The results will be shown on the stage.")
            replaced = self.tr("Your earlier vote was replaced.") if result.replaced else ""
            return self.tr("Thank you for your vote!"), " ".join(filter(None, (replaced, later)))

        self._say(thanks)
        self.results.setVisible(revealed)
        if revealed:
            self.results.show_view(view)

    def _reason(self, reason: str) -> str:
        known = {
            "this voter has voted already": self.tr("You have already voted in this poll."),
            "this voter asked this question already": self.tr("You have already asked this question."),
            "the poll is closed": self.tr("This poll has just closed."),
            "the poll is not open yet": self.tr("This poll is not open yet."),
        }
        return known.get(reason, self.tr("Please check your answer and try again."))

    def _say(self, message: Callable[[], tuple[str, str]]) -> None:
        """Show the last page with a headline and a detail, kept as a function so a language switch retells it."""
        self._said = message
        headline, detail = message()
        self.thanks.setText(headline)
        self.thanks_detail.setText(detail)
        self.results.setVisible(False)
        self.voter = ""  # the next guest scans again
        self.pages.setCurrentWidget(self.thanks_page)
        self._show_buttons(back=False)
        self.return_timer.start()

    def show_phone_page(self) -> None:
        """The QR code and address phones vote at (offered beside the poll choice and the badge scan)."""
        self.clear()
        self.pages.setCurrentWidget(self.phone_page)
        self._show_buttons(back=True)
        self.retranslate()

    def _show_buttons(self, back: bool) -> None:
        self.back.setVisible(back)
        self.finish.setVisible(not back)
        self.phone_button.setVisible(self.join is not None and self.pages.currentWidget() in (self.pick_page,
                                                                                                self.badge_page))


def _clear_layout(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()  # off the screen at once, not only once Qt deletes it
            widget.deleteLater()
