"""The attendee kiosk's writes off the UI thread. Every decision a scan or a tap makes (a check-in, an e-mail
answer, topics, a held badge let go) runs on a thread of its own, with its own connection to the event, one at
a time and in the order asked; the kiosk shows each answer when it is back. So the UI thread never waits for the
database's write lock, which an import in another process may hold for a while."""

import sys
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.checkin.desk import CheckinDesk
from kiosk.event.folder import Event
from kiosk.event.store import Store
from ui.workers import SerialWorker

SLOW_MS = 150  # an answer not back by then: the kiosk says "One moment…"

Work = Callable[[CheckinDesk], Any]


class _WorkerSide:
    """What the worker thread holds: the event on a connection of its own, and the kiosk's desk over it."""

    def __init__(self, event: Event, desk: CheckinDesk) -> None:
        store = Store(event.store.path, event.store.kiosk_id)
        store.defer_checkpoints()  # as the window's own connection: checkpoints run on a timer elsewhere
        self.event = Event(folder=event.folder, config=event.config, store=store)
        self.desk = desk.twin(self.event)
        self.desk.on_print_queued = self._queued
        self._printing = False

    def run(self, work: Work) -> tuple[Any, bool]:
        """The work's result, and whether it queued something for the printer."""
        self._printing = False
        return work(self.desk), self._printing

    def _queued(self) -> None:
        self._printing = True

    def close(self) -> None:
        self.event.close()


class Decisions(QObject):
    """The kiosk's queue of decisions. `ask(prepare, then)`: when the decisions asked before are answered,
    `prepare()` runs on the UI thread and returns the work, which runs on the worker with its desk; `then(result)`
    runs on the UI thread. `slow(True)` when an answer takes longer than `SLOW_MS`, `slow(False)` once it is back;
    `failed(error)` instead of `then` when the work raised."""

    slow = Signal(bool)
    failed = Signal(object)

    def __init__(self, event: Event, desk: CheckinDesk, owner: QObject) -> None:
        super().__init__(owner)
        self._desk = desk  # the UI's desk: its `on_print_queued` wakes the printer
        self._asked: deque[tuple[Callable[[], Work], Callable[[Any], None]]] = deque()
        self._busy = False
        self._said_slow = False
        self._slow_timer = QTimer(self)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.setInterval(SLOW_MS)
        self._slow_timer.timeout.connect(self._taking_long)
        self._worker = SerialWorker(lambda: _WorkerSide(event, desk), _WorkerSide.close, self, "kiosk-decisions")

    @property
    def pending(self) -> bool:
        """Whether a decision is being made or waits for its turn."""
        return self._busy or bool(self._asked)

    def ask(self, prepare: Callable[[], Work], then: Callable[[Any], None] = lambda _: None) -> None:
        """Queue a decision (see the class)."""
        self._asked.append((prepare, then))
        self._next()

    def _next(self) -> None:
        if self._busy or not self._asked:
            return
        prepare, then = self._asked.popleft()
        self._busy = True
        self._slow_timer.start()
        work = prepare()
        self._worker.submit(lambda side: side.run(work), lambda answer: self._answered(then, answer), self._failed)

    def _answered(self, then: Callable[[Any], None], answer: tuple[Any, bool]) -> None:
        result, printing = answer
        self._done()
        if printing:
            self._desk.on_print_queued()
        then(result)
        self._next()

    def _failed(self, error: Exception) -> None:
        print(f"kiosk: a decision failed: {error!r}", file=sys.stderr)
        self._done()
        self.failed.emit(error)
        self._next()

    def _done(self) -> None:
        self._busy = False
        self._slow_timer.stop()
        if self._said_slow:
            self._said_slow = False
            self.slow.emit(False)

    def _taking_long(self) -> None:
        self._said_slow = True
        self.slow.emit(True)
