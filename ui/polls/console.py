"""The moderator console (`kiosk run --mode moderator`, behind the staff PIN): the polls with the running
programme session's first; open (with a countdown), close, show or hide the results, a new round; the live
ballot count; the moderation queue (approve, hide, answered, pin); a preview of exactly what the stage shows;
and which monitor the stage window fills."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.polls import store as polls
from kiosk.polls.model import CLOSED, DRAFT, OPEN_STATE, TEXT_KINDS, Poll, PollError
from kiosk.polls.moderation import HIDDEN, PENDING, SHOWN, Entry, entries, moderate
from kiosk.polls.text import display_text
from kiosk.polls.views import StageView, session_first, stage_view
from kiosk.programme.views import ProgrammeView
from ui.polls.phone_server import PhoneServer
from ui.programme.service import ProgrammeService
from ui.stage.feed import StageFeed
from ui.stage.window import StageWindow, stage_board
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget, font
from ui.widgets.pin_pad import PinPad
from ui.widgets.theme import BODY, GAP, HEADING, KEY_MM, MARGIN, SECTION, SMALL, TITLE, touch
from ui.window_loop import Background, run_window

MAX_COUNTDOWN_S = 3600


class ModeratorConsole(TranslatedWidget):
    """The console's one page. The stage window it opens shows what its preview shows."""

    def __init__(self, event: Event, programme: ProgrammeService, feed: StageFeed) -> None:
        super().__init__()
        self.kiosk_event, self.programme, self.feed = event, programme, feed
        self.poll: Poll | None = None
        self.listed: dict[int, Entry] = {}  # the entries in the queue list, by id
        self.stage_window: StageWindow | None = None
        self.heading = PlainLabel(points=TITLE, bold=True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setFont(font(SMALL))
        self.list.setSpacing(GAP // 2)
        self.list.currentRowChanged.connect(self._select)
        self.question = PlainLabel(points=HEADING, bold=True)
        self.state = PlainLabel(points=BODY)
        self.count = PlainLabel(points=TITLE, bold=True)
        self.message = PlainLabel(points=SMALL, tone="error")
        self.countdown = QSpinBox()
        self.countdown.setRange(0, MAX_COUNTDOWN_S)
        self.countdown.setSingleStep(30)
        self.countdown.setFont(font(BODY))
        self.countdown.setMinimumHeight(touch(KEY_MM))
        self.open_button = TouchButton(role="primary", height_mm=KEY_MM, points=SMALL)
        self.close_button = TouchButton(height_mm=KEY_MM, points=SMALL)
        self.reveal_button = TouchButton(height_mm=KEY_MM, points=SMALL)
        self.round_button = TouchButton(height_mm=KEY_MM, points=SMALL)
        self.open_button.clicked.connect(self._open)
        self.close_button.clicked.connect(lambda: self._step(polls.close_poll))
        self.reveal_button.clicked.connect(self._reveal)
        self.round_button.clicked.connect(self._new_round)
        self.countdown_label = PlainLabel(points=SMALL)
        actions = QGridLayout()
        actions.setSpacing(GAP)
        for row, widget in enumerate((self.countdown_label, self.countdown, self.open_button, self.close_button,
                                      self.reveal_button, self.round_button)):
            actions.addWidget(widget, row, 0)
        self.queue_title = PlainLabel(points=BODY, bold=True)
        self.queue = QListWidget()
        self.queue.setWordWrap(True)
        self.queue.setFont(font(SMALL))
        self.queue.currentRowChanged.connect(lambda _row: self._label_moderation())
        for listing in (self.list, self.queue):  # they scroll: the window decides their height
            listing.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.moderation = {action: TouchButton(height_mm=KEY_MM, points=SMALL)
                           for action in ("approve", "hide", "answered", "pin")}
        queue_buttons = QGridLayout()
        queue_buttons.setSpacing(GAP)
        for index, (action, button) in enumerate(self.moderation.items()):
            button.clicked.connect(lambda _=False, a=action: self._moderate(a))
            queue_buttons.addWidget(button, index // 2, index % 2)
        detail = QVBoxLayout()
        detail.setSpacing(GAP)
        for widget in (self.question, self.state, self.count):
            detail.addWidget(widget)
        detail.addLayout(actions)
        detail.addWidget(self.message)
        detail.addStretch(1)
        self.preview_title = PlainLabel(points=BODY, bold=True)
        self.preview = stage_board(event)
        self.preview.setMinimumSize(320, 180)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.screen_label = PlainLabel(points=SMALL)
        self.screens = QComboBox()
        self.screens.setFont(font(SMALL))
        self.screens.setMinimumHeight(touch(KEY_MM))
        self.stage_button = TouchButton(height_mm=KEY_MM, points=SMALL)
        self.stage_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.stage_button.clicked.connect(self._show_stage)
        side = QVBoxLayout()
        side.setSpacing(GAP)
        side.addWidget(self.preview_title)
        side.addWidget(self.preview)
        side.addWidget(self.screen_label)
        stage_row = QHBoxLayout()
        stage_row.addWidget(self.screens, 1)
        stage_row.addWidget(self.stage_button)
        side.addLayout(stage_row)
        self.phones_label = PlainLabel(points=SMALL)  # the phones' server, when [phones] enabled
        self.phones_label.hide()
        self._phones: tuple[str, str, str] = ("", "", "")  # its state, address and join code
        side.addWidget(self.phones_label)
        self.results = stage_board(event)  # the selected poll's counts, even while hidden from the stage
        self.results.setMinimumSize(160, 90)
        self.results.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        queue_page = QWidget()
        queue_layout = QVBoxLayout(queue_page)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(self.queue, 1)
        queue_layout.addLayout(queue_buttons)
        self.below = QStackedWidget()  # text polls: the moderation queue; the others: their live results
        self.below.addWidget(queue_page)
        self.below.addWidget(self.results)
        side.addWidget(self.queue_title)
        side.addWidget(self.below, 1)
        columns = QHBoxLayout()
        columns.setSpacing(SECTION)
        columns.addWidget(self.list, 2)
        columns.addLayout(detail, 2)
        columns.addLayout(side, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN // 2)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)
        feed.updated.connect(self._stage_changed)
        programme.changed.connect(lambda _view: self.refresh())
        programme.ticked.connect(self.preview.set_time)
        programme.changed.connect(self.preview.set_programme)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(lambda _s: self._list_screens())
            app.screenRemoved.connect(lambda _s: self._list_screens())
        self._list_screens()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Live polls – moderation"))
        self.countdown_label.setText(self.tr("Countdown (seconds, 0 = none)"))
        self.open_button.setText(self.tr("Open"))
        self.close_button.setText(self.tr("Close"))
        self.round_button.setText(self.tr("New round"))
        self._label_moderation()
        self.preview_title.setText(self.tr("On the stage now"))
        self.screen_label.setText(self.tr("Stage screen"))
        self.stage_button.setText(self.tr("Show the stage there"))
        self._say_phones()
        if self.isVisible():  # the states in the list are texts too
            self.refresh()

    # The phones' server -------------------------------------------------------------------------------------

    def follow_phones(self, server: PhoneServer) -> None:
        """Say where phones vote once the server listens, and when it stopped (it is started again)."""
        self._phones = ("starting", "", "")
        server.joined.connect(lambda address, code: self._set_phones("serving", address, code))
        server.running_changed.connect(lambda running: self._set_phones("starting" if running else "down",
                                                                        self._phones[1], self._phones[2]))
        self.phones_label.show()
        self._say_phones()

    def _set_phones(self, state: str, address: str, code: str) -> None:
        self._phones = (state, address, code)
        self._say_phones()

    def _say_phones(self) -> None:
        state, address, code = self._phones
        texts = {"": "", "starting": self.tr("Phones: the web server is starting …"),
                 "serving": self.tr("Phones vote at %1 (code %2)").replace("%1", address).replace("%2", code),
                 "down": self.tr("Phones: the web server stopped; it is started again in a moment.")}
        self.phones_label.setText(texts[state])
        self.phones_label.setProperty("tone", "error" if state == "down" else "")
        self.phones_label.style().polish(self.phones_label)

    # Reading --------------------------------------------------------------------------------------------------

    def _running_sessions(self) -> list[str]:
        view: ProgrammeView = self.programme.view
        return [line.now.session.key for line in view.now_next(self.programme.now()) if line.now is not None]

    def refresh(self) -> None:
        """Read the polls again (after a step here, or when the feed saw a change)."""
        store = self.kiosk_event.store
        running = set(self._running_sessions())
        ordered = session_first(polls.list_polls(store), running)
        selected = self.poll.id if self.poll else None
        self.list.blockSignals(True)
        self.list.clear()
        for poll in ordered:
            mark = self.tr("now in the programme") + " · " if poll.definition.session in running else ""
            item = QListWidgetItem(f"{self._state_text(poll)} · {mark}{display_text(poll.definition.question)}")
            item.setData(Qt.ItemDataRole.UserRole, poll.id)
            self.list.addItem(item)
            if poll.id == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if selected is None and ordered:
            self.list.setCurrentRow(0)
            return
        self._show_poll(polls.find_poll(store, selected) if selected else None)

    def _state_text(self, poll: Poll) -> str:
        state = poll.state_at(utc_now())
        text = {DRAFT: self.tr("draft"), OPEN_STATE: self.tr("open"), CLOSED: self.tr("closed")}[state]
        if poll.revealed:
            text += " · " + self.tr("results shown")
        return text

    def _select(self, row: int) -> None:
        item = self.list.item(row)
        self.poll = polls.find_poll(self.kiosk_event.store, item.data(Qt.ItemDataRole.UserRole)) if item else None
        self._show_poll(self.poll)

    def _show_poll(self, poll: Poll | None) -> None:
        self.poll = poll
        for button in (self.open_button, self.close_button, self.reveal_button, self.round_button):
            button.setEnabled(poll is not None)
        if poll is None:
            self.question.setText(self.tr("No polls yet: import polls.toml with “kiosk polls import”."))
            self.state.clear()
            self.count.clear()
            self.queue.clear()
            return
        store = self.kiosk_event.store
        state = poll.state_at(utc_now())
        self.question.setText(display_text(poll.definition.question))
        self.state.setText(self.tr("%1 · round %2").replace("%1", self._state_text(poll))
                           .replace("%2", str(poll.round)))
        self.count.setText(self.tr("Ballots: %1").replace("%1", str(polls.ballot_count(store, poll))))
        self.open_button.setEnabled(state != OPEN_STATE)
        self.close_button.setEnabled(state == OPEN_STATE)
        self.round_button.setEnabled(state != DRAFT)
        self.reveal_button.setText(self.tr("Hide results") if poll.revealed else self.tr("Show results"))
        self._fill_queue(poll)

    def _fill_queue(self, poll: Poll) -> None:
        chosen = self.queue.currentItem().data(Qt.ItemDataRole.UserRole) if self.queue.currentItem() else None
        self.queue.clear()
        texts = poll.kind in TEXT_KINDS
        self.below.setCurrentIndex(0 if texts else 1)
        self.queue_title.setText(self.tr("Entries (waiting first)") if texts else
                                 self.tr("Results so far (the stage shows them once revealed)"))
        if not texts:
            self.results.show_view(stage_view(self.kiosk_event.store, poll.id, hidden_too=True))
            return
        names = {PENDING: self.tr("waiting"), SHOWN: self.tr("shown"), HIDDEN: self.tr("hidden")}
        shown = entries(self.kiosk_event.store, poll.id, poll.round, (PENDING, SHOWN, HIDDEN))
        self.listed = {entry.id: entry for entry in shown}
        for entry in shown:
            marks = [names[entry.status]]
            if entry.pinned:
                marks.append(self.tr("pinned"))
            if entry.answered:
                marks.append(self.tr("answered"))
            if entry.flags:
                marks.append(self.tr("flagged: %1").replace("%1", ", ".join(entry.flags)))
            votes = f" · +{entry.votes}" if entry.votes else ""
            item = QListWidgetItem(f"[{' · '.join(marks)}{votes}] {entry.display}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.queue.insertItem(0, item) if entry.status == PENDING else self.queue.addItem(item)
            if entry.id == chosen:
                self.queue.setCurrentItem(item)

    def resizeEvent(self, event) -> None:  # the preview keeps the projector's 16:9 and leaves room below
        column = (event.size().width() - 2 * MARGIN - 2 * SECTION) * 3 // 7  # the side column's share
        height = min(column * 9 // 16, event.size().height() * 3 // 10)
        self.preview.setFixedHeight(height)
        self.preview.setMaximumWidth(height * 16 // 9)
        super().resizeEvent(event)

    def _label_moderation(self) -> None:
        """The keys say what they will do to the selected entry (pin or unpin, answered or not)."""
        item = self.queue.currentItem()
        entry = self.listed.get(int(item.data(Qt.ItemDataRole.UserRole))) if item else None
        labels = {"approve": self.tr("Approve"), "hide": self.tr("Hide"),
                  "answered": self.tr("Not answered") if entry and entry.answered else self.tr("Answered"),
                  "pin": self.tr("Unpin") if entry and entry.pinned else self.tr("Pin")}
        for action, button in self.moderation.items():
            button.setText(labels[action])

    def _stage_changed(self, view: StageView) -> None:
        self.preview.show_view(view)
        self.refresh()

    # Steps ----------------------------------------------------------------------------------------------------

    def _step(self, step: Callable[..., Poll], *args: object) -> None:
        """Run a lifecycle step on the selected poll; a refusal shows its reason."""
        if self.poll is None:
            return
        try:
            step(self.kiosk_event.store, self.poll.id, utc_now(), *args)
        except PollError as error:
            self.message.setText(str(error))
        else:
            self.message.clear()
        self.refresh()

    def _seconds(self) -> float | None:
        return float(self.countdown.value()) if self.countdown.value() else None

    def _open(self) -> None:
        self._step(polls.open_poll, self._seconds())

    def _new_round(self) -> None:
        self._step(polls.new_round, self._seconds())

    def _reveal(self) -> None:
        if self.poll is not None:
            self._step(polls.show_results, not self.poll.revealed)

    def _moderate(self, action: str) -> None:
        item = self.queue.currentItem()
        if item is None:
            return
        entry = self.listed.get(int(item.data(Qt.ItemDataRole.UserRole)))
        done = {"pin": entry.pinned, "answered": entry.answered} if entry else {}
        if done.get(action):  # the same key undoes it
            action = {"pin": "unpin", "answered": "unanswered"}[action]
        try:
            moderate(self.kiosk_event.store, int(item.data(Qt.ItemDataRole.UserRole)), action, utc_now())
        except PollError as error:
            self.message.setText(str(error))
        self.refresh()

    # The stage window -----------------------------------------------------------------------------------------

    def _list_screens(self) -> None:
        self.screens.clear()
        for index, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry().size()
            self.screens.addItem(f"{index + 1}: {screen.name()} ({size.width()}×{size.height()})")

    def _show_stage(self) -> None:
        """Open the stage window (or move it) on the monitor chosen in the list."""
        if self.stage_window is None:
            self.stage_window = StageWindow(self.kiosk_event, self.feed, self.programme)
            if self.preview.view is not None:
                self.stage_window.board.show_view(self.preview.view)
            if self.programme.view.entries:
                self.stage_window.board.set_programme(self.programme.view)
        self.stage_window.move_to(max(0, self.screens.currentIndex()))


class ModeratorWindow(QMainWindow):
    """The staff PIN first, then the console."""

    unlocked = Signal()

    def __init__(self, event: Event, programme: ProgrammeService, feed: StageFeed) -> None:
        super().__init__()
        self.pin_pad = PinPad(event)
        self.console = ModeratorConsole(event, programme, feed)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.pin_pad)
        self.stack.addWidget(self.console)
        self.setCentralWidget(self.stack)
        self.pin_pad.unlocked.connect(self._unlock)
        self.pin_pad.cancelled.connect(self.pin_pad.start)
        self.setWindowTitle(event.config.name)
        self.pin_pad.start()

    def _unlock(self) -> None:
        self.stack.setCurrentWidget(self.console)
        self.console.refresh()
        self.unlocked.emit()


def run_moderator(app: QApplication, event: Event, smoke_test: bool) -> int:
    """The moderator console's main loop (`kiosk run --mode moderator`) in a normal window; ends when it is
    closed or with Ctrl+C; a smoke test renders one frame and exits."""
    programme = ProgrammeService(event, follow=False)
    feed = StageFeed(event.store.path, event.store.kiosk_id)
    window = ModeratorWindow(event, programme, feed)
    background: list[Background] = [programme, feed]
    if event.config.phones.enabled and not smoke_test:  # phones vote too: the console runs their web server
        phones = PhoneServer(event.folder)
        window.console.follow_phones(phones)
        background.append(phones)
    return run_window(app, event, window, background, "moderator console", smoke_test, window.showMaximized)
