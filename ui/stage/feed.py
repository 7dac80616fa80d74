"""What the poll screens show, read off the UI thread: a thread with its own database connection looks at the
polls' change counter a few times a second (one index lookup) and reads only when it moved, so ballots from
other processes reach the screen batched, at most `RATE_HZ` times a second, and the UI thread never waits for
the database. `StageFeed`: the stage's view; `OpenPollsFeed`: the polls a kiosk offers."""

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.common.timeutil import utc_now
from kiosk.event.store import Store
from kiosk.polls.model import Poll
from kiosk.polls.results import change_counter
from kiosk.polls.views import StageView, open_polls, stage_view
from ui.stage.relay import hand_back

RATE_HZ = 4


class CounterFeed(QObject):
    """Emits `updated` on the UI thread with what `read` found whenever it found something (at most RATE_HZ
    times a second). The reading thread ends with `stop`, when the application quits, or when this object is
    destroyed (its results are then dropped: see ui/stage/relay.py)."""

    updated = Signal(object)

    def __init__(self, database: Path, kiosk_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database, self.kiosk_id = database, kiosk_id
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        stop = self._stop
        self.destroyed.connect(stop.set)  # the reader ends with its feed

    def start(self) -> None:
        """Start reading (the first result follows at once)."""
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, args=(hand_back(self, "_found"),),
                                            name=type(self).__name__, daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop reading and wait for the reader to end."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def read(self, store: Store) -> object | None:
        """One look at the database (on the reading thread): what to show, or None when nothing changed."""
        raise NotImplementedError

    def _found(self, found: object) -> None:
        self.updated.emit(found)

    def _run(self, found: Callable[[object], None]) -> None:
        store = Store(self.database, self.kiosk_id)
        try:
            while not self._stop.is_set():
                try:
                    result = self.read(store)
                except Exception as error:  # a locked or busy database: try again next time
                    print(f"polls could not be read: {error}", flush=True)
                    result = None
                if result is not None:
                    found(result)
                self._stop.wait(1 / RATE_HZ)
        finally:
            store.close()


class StageFeed(CounterFeed):
    """The stage's view (a StageView) whenever the polls changed. `preview_of`: follow that poll with its hidden
    results (the moderator's preview) instead of the poll on stage."""

    def __init__(self, database: Path, kiosk_id: str, parent: QObject | None = None,
                 preview_of: str | None = None) -> None:
        super().__init__(database, kiosk_id, parent)
        self.preview_of = preview_of
        self._seen: tuple[int, str | None] | None = None

    def follow(self, poll_id: str | None) -> None:
        """Preview this poll from now on (None: the poll on stage); the next read delivers it."""
        self.preview_of = poll_id
        self._seen = None

    def read(self, store: Store) -> StageView | None:
        """One look: the new view when the counter (or the previewed poll) changed since the last, else None."""
        counter = change_counter(store)
        if self._seen == (counter, self.preview_of):
            return None
        view = stage_view(store, self.preview_of, hidden_too=self.preview_of is not None)
        self._seen = (view.counter, self.preview_of)
        return view


class OpenPollsFeed(CounterFeed):
    """The polls a guest can vote in now (a list of Poll), read again whenever the counter moved or a
    countdown ran out — for the kiosk, whose UI thread then never reads them itself."""

    def __init__(self, database: Path, kiosk_id: str, clock=utc_now, parent: QObject | None = None) -> None:
        super().__init__(database, kiosk_id, parent)
        self.clock = clock
        self._counter = -1
        self._polls: list[Poll] = []

    def read(self, store: Store) -> list[Poll] | None:
        """One look: the open polls when something changed since the last, else None."""
        now: datetime = self.clock()
        counter = change_counter(store)
        expired = any(p.closes_at is not None and p.closes_at <= now for p in self._polls)
        if counter == self._counter and not expired:
            return None
        self._polls = open_polls(store, now)
        self._counter = counter  # read before the polls: a change in between is read again next time
        return self._polls
