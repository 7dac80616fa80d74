"""The print worker with a real event database and the real badge renderer; only the printer is a fake."""

import threading
import time
from datetime import timedelta

import pypdfium2
import pytest

from kiosk.checkin.desk import CheckinDesk, Outcome
from kiosk.event.folder import Event
from kiosk.printing import queue
from kiosk.printing.queue import DONE, QUEUED, TOPIC
from kiosk.printing.worker import PrintWorker
from kiosk.topics import choices as topics
from tests.conftest import EVENT_DAY, Clock
from tests.kiosk.printing.conftest import Crash, FakePrinter, attendee_id, event_kinds, queue_badge


def text_of(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def badges_printed(event: Event) -> int:
    return event.store.conn.execute("SELECT count(*) FROM events WHERE kind = 'badge_printed'").fetchone()[0]


def test_the_printer_gets_a_real_pdf_of_the_attendees_badge(event: Event, printer: FakePrinter,
                                                           worker: PrintWorker) -> None:
    job_id = queue_badge(event, "Sophie")
    job = worker.run_once()
    assert job is not None and (job.id, job.state) == (job_id, DONE)
    [(sent_id, pdf, size)] = printer.sent
    assert sent_id == job_id and pdf.startswith(b"%PDF") and size == (105, 148)
    text = text_of(pdf)
    assert "Sophie" in text and "Stadt Fulda" in text and "Speaker" in text.title()
    assert worker.run_once() is None


def test_a_topic_badge_uses_its_layout_and_shows_the_chosen_topics(event: Event, printer: FakePrinter,
                                                                  worker: PrintWorker) -> None:
    topics.choose(event.store, event.config, attendee_id(event, "Anna"), [("Open Data", "offer")], EVENT_DAY)
    queue_badge(event, "Anna", kind=TOPIC, layout="topic")
    worker.run_once()
    [(_, pdf, size)] = printer.sent
    assert size == (105, 74) and "Open Data" in text_of(pdf) and "Anna" in text_of(pdf)


def test_the_default_pdf_printer_writes_one_file_per_job_into_the_event_folder(event: Event,
                                                                              worker: PrintWorker) -> None:
    job_id = queue_badge(event, "Jürgen", printer="pdf")
    job = worker.run_once()
    assert job is not None and job.state == DONE
    assert [p.name for p in (event.folder / "printed").iterdir()] == [f"{job_id}.pdf"]
    assert "Jürgen" in text_of((event.folder / "printed" / f"{job_id}.pdf").read_bytes())


def test_a_printer_that_fails_loses_no_job_prints_none_twice_and_shows_its_errors(
        event: Event, printer: FakePrinter, worker: PrintWorker, clock: Clock) -> None:
    printer.failures = ["printer is off", "printer is off", "out of labels"]
    job_ids = [queue_badge(event, name) for name in ("Sophie", "Jürgen", "Anna")]
    seen_errors = set()
    for _ in range(20):
        worker.run_once()
        seen_errors |= {job.error for job in queue.open_jobs(event.store) if job.error}
        clock.now += timedelta(seconds=5)
    assert seen_errors == {"printer is off", "out of labels"}
    assert sorted(printer.job_ids) == sorted(job_ids)
    assert all(job.state == DONE and job.error == "" for job in queue.recent_jobs(event.store))
    assert badges_printed(event) == 3


def test_a_crash_between_sending_and_recording_does_not_print_the_badge_again(
        event: Event, printer: FakePrinter, worker: PrintWorker, clock: Clock) -> None:
    job_id = queue_badge(event, "Mia")
    printer.crash_after_send = True
    with pytest.raises(Crash):
        worker.run_once()
    assert queue.open_jobs(event.store)[0].state == "printing"
    printer.crash_after_send = False
    clock.now += queue.LEASE  # the dead worker renews its lease no more

    restarted = PrintWorker(event.folder, "kiosk-1", clock=clock)
    stop = threading.Event()
    stop.set()
    restarted.serve(stop, threading.Event())  # recovery only
    assert restarted.run_once() is None
    restarted.close()
    assert printer.job_ids == [job_id]
    assert event_kinds(event, job_id)[-2:] == ["print_done", "badge_printed"]


def test_a_job_claimed_but_not_sent_before_a_crash_prints_once_after_the_restart(
        event: Event, printer: FakePrinter, clock: Clock) -> None:
    job_id = queue_badge(event, "Sophie")
    queue.claim_next(event.store, "kiosk-1/1/dead", EVENT_DAY)  # the worker died right after claiming
    clock.now += queue.LEASE
    restarted = PrintWorker(event.folder, "kiosk-1", clock=clock)
    stop = threading.Event()
    stop.set()
    restarted.serve(stop, threading.Event())
    job = restarted.run_once()
    restarted.close()
    assert job is not None and (job.id, job.state, job.attempts) == (job_id, DONE, 2)
    assert printer.job_ids == [job_id]


def test_a_slow_printer_never_blocks_the_check_in(event: Event, printer: FakePrinter, clock: Clock) -> None:
    printer.gate = threading.Event()
    changes: list[tuple[str, str]] = []
    worker = PrintWorker(event.folder, "kiosk-1", on_change=lambda job: changes.append((job.id, job.state)),
                         clock=clock)
    stop, wake = threading.Event(), threading.Event()
    thread = threading.Thread(target=worker.serve, args=(stop, wake))
    thread.start()
    try:
        first = queue_badge(event, "Sophie")
        wake.set()
        assert printer.sending.wait(5)  # the worker is stuck at the printer now
        start = time.perf_counter()
        result = CheckinDesk(event, clock=clock).scan("YZYZ3333DDDD4444EEEE")
        second = queue_badge(event, "Jürgen")
        wake.set()
        assert time.perf_counter() - start < 0.5
        assert result is not None and result.outcome is Outcome.WELCOME
        states = {job.id: job.state for job in queue.open_jobs(event.store)}
        assert (states[first], states[second]) == ("printing", QUEUED)
        printer.gate.set()
        deadline = time.monotonic() + 10
        while queue.open_jobs(event.store) and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        printer.gate.set()
        stop.set()
        wake.set()
        thread.join()
        worker.close()
    assert printer.job_ids[0] == first and second in printer.job_ids
    assert len(printer.job_ids) == len(set(printer.job_ids))
    assert (first, DONE) in changes and (second, DONE) in changes


def test_an_unusable_printer_or_layout_keeps_the_job_open_with_a_clear_error(event: Event,
                                                                          worker: PrintWorker) -> None:
    bad_printer = queue_badge(event, "Sophie", printer="fax:0661-123")
    bad_layout = queue_badge(event, "Anna", printer="pdf", layout="poster")
    assert worker.run_once() is not None and worker.run_once() is not None
    errors = {job.id: job.error for job in queue.open_jobs(event.store)}
    assert "unknown printer 'fax:0661-123'" in errors[bad_printer] and "cups:QUEUE" in errors[bad_printer]
    assert "no badge preset 'poster'" in errors[bad_layout]
