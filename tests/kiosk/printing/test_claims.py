"""Claims with an owner and a lease: two workers of one kiosk never print one job twice, a dead worker's job is
taken over once its lease ran out, and a worker prints only its own kiosk's jobs."""

import threading
import time
from datetime import timedelta

import pytest

from kiosk.event.folder import Event
from kiosk.printing import queue
from kiosk.printing import worker as worker_module
from kiosk.printing.queue import DONE, PRINTING, QUEUED
from kiosk.printing.worker import PrintWorker
from tests.conftest import EVENT_DAY, Clock
from tests.kiosk.printing.conftest import FakePrinter, event_kinds, queue_badge


def start_printing(worker: PrintWorker) -> threading.Thread:
    thread = threading.Thread(target=worker.run_once)
    thread.start()
    return thread


def test_a_second_worker_never_takes_over_a_job_the_first_is_still_sending(event: Event, printer: FakePrinter,
                                                                         clock: Clock) -> None:
    printer.gate = threading.Event()
    job_id = queue_badge(event, "Sophie")
    first = PrintWorker(event.folder, "kiosk-1", clock=clock)
    second = PrintWorker(event.folder, "kiosk-1", clock=clock)  # a second window of the same kiosk
    sending = start_printing(first)
    try:
        assert printer.sending.wait(5)
        stop = threading.Event()
        stop.set()
        second.serve(stop, threading.Event())  # its start-up: settles what looks left over
        assert second.run_once() is None
        job = queue.get(event.store, job_id)
        assert job is not None and (job.state, job.claimed_by) == (PRINTING, first.worker_id)
    finally:
        printer.gate.set()
        sending.join()
        first.close()
        second.close()
    assert printer.job_ids == [job_id]
    assert event_kinds(event, job_id) == ["print_queued", "print_started", "print_done", "badge_printed"]


def test_a_worker_renews_its_lease_while_a_slow_printer_takes_the_job(event: Event, printer: FakePrinter,
                                                                      clock: Clock) -> None:
    printer.gate = threading.Event()
    job_id = queue_badge(event, "Jürgen")
    slow = PrintWorker(event.folder, "kiosk-1", clock=clock, lease=timedelta(seconds=0.3))
    other = PrintWorker(event.folder, "kiosk-1", clock=clock)
    sending = start_printing(slow)
    try:
        assert printer.sending.wait(5)
        clock.now += timedelta(minutes=5)  # far past the first lease
        deadline = time.monotonic() + 5
        while (job := queue.get(event.store, job_id)) and job.lease_until and job.lease_until <= clock.now:
            assert time.monotonic() < deadline, "the lease was never renewed"
            time.sleep(0.02)
        assert other.sweep() == []
    finally:
        printer.gate.set()
        sending.join()
        slow.close()
        other.close()
    assert printer.job_ids == [job_id]
    done = queue.get(event.store, job_id)
    assert done is not None and done.state == DONE


def test_a_dead_workers_job_waits_for_its_lease_then_prints_once(event: Event, printer: FakePrinter,
                                                                 worker: PrintWorker, clock: Clock) -> None:
    printer.keeps_job_list = False
    job_id = queue_badge(event, "Anna")
    queue.claim_next(event.store, "kiosk-1/4242/dead", EVENT_DAY)  # claimed, then the process died
    assert worker.sweep() == [] and worker.run_once() is None
    clock.now += queue.LEASE
    [requeued] = worker.sweep()
    assert (requeued.id, requeued.state) == (job_id, QUEUED)
    printed = worker.run_once()
    assert printed is not None and (printed.state, printed.claimed_by) == (DONE, worker.worker_id)
    assert printer.job_ids == [job_id]


def test_a_worker_prints_only_its_own_kiosks_jobs(event: Event, printer: FakePrinter, clock: Clock) -> None:
    mine = queue_badge(event, "Mia")
    queue.claim_next(event.store, "kiosk-1/4242/dead", EVENT_DAY)
    theirs = queue_badge(event, "Sophie")
    clock.now += timedelta(hours=1)
    elsewhere = PrintWorker(event.folder, "kiosk-2", clock=clock)
    try:
        assert elsewhere.sweep() == [] and elsewhere.run_once() is None
    finally:
        elsewhere.close()
    states = {job.id: job.state for job in queue.open_jobs(event.store)}
    assert states == {mine: PRINTING, theirs: QUEUED} and printer.sent == []


def test_a_serving_worker_takes_over_a_dead_workers_job_at_its_next_sweep(
        event: Event, printer: FakePrinter, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker_module, "SWEEP_S", 0.05)
    printer.keeps_job_list = False
    job_id = queue_badge(event, "Sophie")
    queue.claim_next(event.store, "kiosk-1/4242/dead", EVENT_DAY)  # another window's worker, then it died
    serving = PrintWorker(event.folder, "kiosk-1", clock=clock, poll_seconds=0.05)
    stop, wake = threading.Event(), threading.Event()
    thread = threading.Thread(target=serving.serve, args=(stop, wake))
    thread.start()
    try:
        time.sleep(0.3)
        assert printer.sent == []  # its lease still runs
        clock.now += queue.LEASE
        deadline = time.monotonic() + 5
        while not printer.sent and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        stop.set()
        wake.set()
        thread.join()
        serving.close()
    assert printer.job_ids == [job_id]
