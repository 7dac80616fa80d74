"""Print-queue fixtures: a fake printer (the only fake: it keeps the real PDF bytes), registered as `fake`."""

import threading
from collections.abc import Iterator

import pytest

from kiosk.event.folder import Event
from kiosk.printing import backends
from kiosk.printing.base import PageSize, PrintError
from kiosk.printing.queue import BADGE, enqueue_now
from kiosk.printing.worker import PrintWorker
from tests.conftest import EVENT_DAY, Clock


class Crash(BaseException):
    """The process dies (nothing below `BaseException` catches it)."""


class FakePrinter:
    """A badge printer stand-in: keeps every PDF sent; can fail its next sends, hold each send at a gate, or
    take the job and then crash before the worker records it. With `keeps_job_list` off it cannot tell
    which jobs it has, as a Brother QL or a system printer."""

    name = "fake"

    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes, PageSize]] = []
        self.failures: list[str] = []  # errors the next sends raise, in order
        self.gate: threading.Event | None = None
        self.sending = threading.Event()
        self.crash_after_send = False
        self.keeps_job_list = True

    def send(self, job_id: str, pdf: bytes, page_size_mm: PageSize) -> None:
        self.sending.set()
        if self.gate is not None:
            assert self.gate.wait(10)
        if self.failures:
            raise PrintError(self.failures.pop(0))
        self.sent.append((job_id, pdf, page_size_mm))
        if self.crash_after_send:
            raise Crash

    def already_sent(self, job_id: str) -> bool:
        return self.keeps_job_list and job_id in self.job_ids

    @property
    def job_ids(self) -> list[str]:
        return [job_id for job_id, _, _ in self.sent]


@pytest.fixture
def printer(monkeypatch: pytest.MonkeyPatch) -> FakePrinter:
    fake = FakePrinter()
    monkeypatch.setattr(backends, "_KINDS", dict(backends._KINDS))  # the registration ends with the test
    backends.register_backend("fake", lambda rest, folder: fake)
    return fake


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def worker(event: Event, clock: Clock) -> Iterator[PrintWorker]:
    opened = PrintWorker(event.folder, "kiosk-1", clock=clock)
    yield opened
    opened.close()


def attendee_id(event: Event, first_name: str) -> int:
    return event.store.conn.execute("SELECT id FROM attendees WHERE first_name = ?", (first_name,)).fetchone()[0]


def queue_badge(event: Event, first_name: str, printer: str = "fake", kind: str = BADGE, layout: str = "a6",
                reason: str = "checkin") -> str:
    return enqueue_now(event.store, attendee_id(event, first_name), kind, layout, printer, reason, EVENT_DAY)


def event_kinds(event: Event, job_id: str) -> list[str]:
    """The kinds of the event rows about one job, in order."""
    return [kind for (kind,) in event.store.conn.execute(
        "SELECT kind FROM events WHERE json_extract(payload, '$.job_id') = ? ORDER BY seq", (job_id,))]
