"""Slow work off the UI thread: run a function on the thread pool, get its result back on the UI thread."""

import contextlib
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
