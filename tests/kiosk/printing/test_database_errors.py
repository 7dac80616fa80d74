"""A database that will not take the record of a printed job (locked by another connection, or read-only for
a while) never makes a second badge: the worker tries again, and failing that settles the job as done."""

import sqlite3
import threading
import time

import pytest

from kiosk.event import store as store_module
from kiosk.event.folder import Event
from kiosk.printing import queue
from kiosk.printing import worker as worker_module
from kiosk.printing.queue import DONE, PRINTING
from kiosk.printing.worker import PrintWorker
from tests.conftest import Clock
from tests.kiosk.printing.conftest import FakePrinter, event_kinds, queue_badge


def restart_and_print(event: Event, clock: Clock) -> None:
    """A new worker process after the old one's lease ran out: start-up settling, then one round."""
    clock.now += queue.LEASE
    restarted = PrintWorker(event.folder, "kiosk-1", clock=clock)
    stop = threading.Event()
    stop.set()
    restarted.serve(stop, threading.Event())
    restarted.run_once()
    restarted.close()


def test_a_database_locked_for_a_moment_after_printing_is_waited_out(
        event: Event, printer: FakePrinter, worker: PrintWorker, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "LOCK_TIMEOUT_S", 0.2)  # each try gives up on the lock sooner
    printer.keeps_job_list = False  # a Brother QL cannot tell whether it has the job
    printer.gate = threading.Event()
    job_id = queue_badge(event, "Sophie")
    errors: list[BaseException] = []

    def run() -> None:
        try:
            worker.run_once()
        except BaseException as error:  # the test reports it below
            errors.append(error)

    printing = threading.Thread(target=run)
    printing.start()
    assert printer.sending.wait(5)
    other = sqlite3.connect(event.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # say, an import writing a long chunk
    printer.gate.set()
    time.sleep(0.6)
    other.execute("COMMIT")
    other.close()
    printing.join()
    assert errors == []
    job = queue.get(event.store, job_id)
    assert job is not None and job.state == DONE
    restart_and_print(event, clock)
    assert printer.job_ids == [job_id]


def test_a_database_read_only_for_longer_settles_the_printed_job_as_done_later(
        event: Event, printer: FakePrinter, worker: PrintWorker, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker_module, "RECORD_RETRIES_S", (0.01, 0.02))
    printer.keeps_job_list = False
    printer.gate = threading.Event()
    job_id = queue_badge(event, "Jürgen")
    printing = threading.Thread(target=worker.run_once)
    printing.start()
    assert printer.sending.wait(5)
    worker.event.store.conn.execute("PRAGMA query_only = ON")  # the worker's database takes no writes now
    printer.gate.set()
    printing.join()
    job = queue.get(event.store, job_id)
    assert job is not None and job.state == PRINTING  # not recorded yet: the database refused
    worker.event.store.conn.execute("PRAGMA query_only = OFF")

    clock.now += queue.LEASE
    [settled] = worker.sweep()
    assert (settled.id, settled.state) == (job_id, DONE)
    assert worker.run_once() is None
    restart_and_print(event, clock)
    assert printer.job_ids == [job_id]
    assert event_kinds(event, job_id)[-2:] == ["print_done", "badge_printed"]
