"""Slow work off the UI thread: run a function on the thread pool, or queue jobs in order on a thread of their
own, and get each result back on the UI thread."""

import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot


class _Relay(QObject):
    """Lives on the owner's thread; the worker emits into it and its slots run there (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
                 owner: QObject) -> None:
        super().__init__(owner)
        self._on_done, self._on_error = on_done, on_error
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, boxed: tuple[object]) -> None:
        self._on_done(boxed[0])
        self.deleteLater()

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self._on_error(error)  # type: ignore[arg-type]
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the UI thread, which shows a clear message
            self._deliver(self.relay.failed, exc)
        else:
            self._deliver(self.relay.succeeded, (result,))  # boxed, so that None travels as a value

    @staticmethod
    def _deliver(signal: SignalInstance, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the screen that asked is gone: nobody wants the result
            signal.emit(value)


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None], owner: QObject) -> None:
    """Run `work` on the global thread pool; `on_done` or `on_error` later runs on `owner`'s thread."""
    QThreadPool.globalInstance().start(_Job(work, _Relay(on_done, on_error, owner)))


class SerialWorker(QObject):
    """A thread of its own that runs jobs one at a time, in the order they were asked for. `open_resource` runs
    first on that thread (e.g. a database connection of the thread's own) and every job gets what it made;
    `close_resource` ends it once the owner is gone. Each job's result, or its
    exception, comes back on the owner's thread, in the same order."""

    _answered = Signal(object)  # (callback, value), emitted on the worker's thread, delivered on the owner's

    def __init__(self, open_resource: Callable[[], Any], close_resource: Callable[[Any], None],
                 owner: QObject, name: str = "serial-worker") -> None:
        super().__init__(owner)
        self._jobs: queue.SimpleQueue[tuple[Callable[[Any], Any], Callable[[Any], None],
                                            Callable[[Exception], None]] | None] = queue.SimpleQueue()
        self._answered.connect(self._deliver)
        self._gate = gate = _Gate()
        jobs = self._jobs
        self.destroyed.connect(lambda: gate.close(jobs))  # the owner went: no more answers; the thread ends
        self._thread = threading.Thread(target=_serve, args=(jobs, open_resource, close_resource, self._answer),
                                        name=name, daemon=True)
        self._thread.start()

    def submit(self, work: Callable[[Any], Any], on_done: Callable[[Any], None],
               on_error: Callable[[Exception], None]) -> None:
        """Queue `work(resource)`; `on_done(result)` or `on_error(exception)` runs later on the owner's thread."""
        self._jobs.put((work, on_done, on_error))

    def _answer(self, callback: Callable[[Any], None], value: object) -> None:
        with self._gate.lock:  # never while the owner is being destroyed
            if self._gate.open:
                self._answered.emit((callback, value))

    @Slot(object)
    def _deliver(self, answer: tuple[Callable[[Any], None], object]) -> None:
        callback, value = answer
        callback(value)


class _Gate:
    """Whether a worker's owner still takes answers; closed (under its lock) as the owner is destroyed."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.open = True

    def close(self, jobs: "queue.SimpleQueue[Any]") -> None:
        with self.lock:
            self.open = False
        jobs.put(None)


def _serve(jobs: "queue.SimpleQueue[Any]", open_resource: Callable[[], Any], close_resource: Callable[[Any], None],
           answer: Callable[[Callable[[Any], None], object], None]) -> None:
    """The worker thread: open the resource, run jobs until told to stop, close the resource."""
    try:
        resource, opening_error = open_resource(), None
    except Exception as exc:  # every job is answered with why it cannot run
        resource, opening_error = None, exc
    try:
        while (job := jobs.get()) is not None:
            _run(job, resource, opening_error, answer)
            del job  # while waiting for the next one, hold nothing of the last (its callbacks keep widgets alive)
    finally:
        if opening_error is None:
            close_resource(resource)


def _run(job: tuple[Callable[[Any], Any], Callable[[Any], None], Callable[[Exception], None]], resource: Any,
         opening_error: Exception | None, answer: Callable[[Callable[[Any], None], object], None]) -> None:
    """One job on the worker thread: its result or its exception goes to the owner's thread."""
    work, on_done, on_error = job
    if opening_error is not None:
        answer(on_error, opening_error)
        return
    try:
        result = work(resource)
    except Exception as exc:  # handed to the owner's thread, which shows a clear message
        answer(on_error, exc)
    else:
        answer(on_done, result)
