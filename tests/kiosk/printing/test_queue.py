"""The print-job state machine on a real event database: queued → printing → done, back-off, cancel, recovery."""

import json
import threading
from datetime import timedelta

import pytest

from kiosk.event.folder import Event, open_event
from kiosk.event.store import Store
from kiosk.printing import queue
from kiosk.printing.queue import BADGE, CANCELLED, DONE, PRINTING, QUEUED, TOPIC
from tests.conftest import EVENT_DAY
from tests.kiosk.printing.conftest import attendee_id, event_kinds, queue_badge

SECOND = timedelta(seconds=1)
OWNER = "kiosk-1/1/test"  # a worker's id


def test_a_job_goes_queued_printing_done_with_an_event_row_for_each_step(event: Event) -> None:
    job_id = queue_badge(event, "Sophie")
    [queued] = queue.open_jobs(event.store)
    assert (queued.id, queued.state, queued.attempts, queued.kiosk_id) == (job_id, QUEUED, 0, "kiosk-1")

    claimed = queue.claim_next(event.store, OWNER, EVENT_DAY)
    assert claimed is not None and (claimed.id, claimed.state, claimed.attempts) == (job_id, PRINTING, 1)
    assert queue.claim_next(event.store, OWNER, EVENT_DAY) is None
    assert queue.mark_done(event.store, job_id, EVENT_DAY + SECOND)

    done = queue.get(event.store, job_id)
    assert done is not None and done.state == DONE and queue.open_jobs(event.store) == []
    assert event_kinds(event, job_id) == ["print_queued", "print_started", "print_done", "badge_printed"]
    printed = json.loads(event.store.conn.execute("SELECT payload FROM events WHERE kind = 'badge_printed'"
                                                  ).fetchone()[0])
    assert printed["attendee_id"] == attendee_id(event, "Sophie") and printed["reason"] == "checkin"


def test_enqueue_commits_or_rolls_back_with_the_callers_transaction(event: Event) -> None:
    with pytest.raises(ZeroDivisionError), event.store.transaction():
        queue.enqueue(event.store, attendee_id(event, "Anna"), BADGE, "a6", "pdf", "checkin", EVENT_DAY)
        _ = 1 / 0
    assert queue.recent_jobs(event.store) == []
    assert event.store.conn.execute("SELECT count(*) FROM events WHERE kind = 'print_queued'").fetchone()[0] == 0
    with pytest.raises(RuntimeError, match="enqueue_now"):
        queue.enqueue(event.store, attendee_id(event, "Anna"), BADGE, "a6", "pdf", "checkin", EVENT_DAY)
    with pytest.raises(ValueError, match="badge"):
        queue.enqueue_now(event.store, attendee_id(event, "Anna"), "poster", "a6", "pdf", "checkin", EVENT_DAY)


def test_claims_take_the_oldest_due_job_and_never_the_same_job_twice(event: Event) -> None:
    job_ids = [queue_badge(event, name) for name in ("Sophie", "Jürgen", "Anna", "Mia") for _ in range(5)]
    claimed: list[str] = []

    def claim_all() -> None:
        store = Store(event.store.path, "kiosk-1")
        while (job := queue.claim_next(store, OWNER, EVENT_DAY)) is not None:
            claimed.append(job.id)
        store.close()

    threads = [threading.Thread(target=claim_all) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(claimed) == sorted(job_ids)


def test_a_failure_queues_the_job_again_after_a_growing_back_off_and_keeps_the_error(event: Event) -> None:
    job_id = queue_badge(event, "Jürgen")
    now = EVENT_DAY
    for wait in (1, 2, 4, 8):
        claimed = queue.claim_next(event.store, OWNER, now)
        assert claimed is not None and claimed.id == job_id
        assert queue.mark_failed(event.store, job_id, OWNER, "out of labels", now)
        [waiting] = queue.open_jobs(event.store)
        assert (waiting.state, waiting.error, waiting.not_before) == (QUEUED, "out of labels", now + wait * SECOND)
        assert queue.claim_next(event.store, OWNER, now + wait * SECOND - timedelta(milliseconds=10)) is None
        now += wait * SECOND
    assert [queue.backoff(n).total_seconds() for n in (5, 6, 7, 8, 100)] == [16, 32, 60, 60, 60]
    assert event_kinds(event, job_id).count("print_failed") == 4
    assert not queue.mark_failed(event.store, job_id, OWNER, "not printing", now)  # only a job being printed fails


def test_staff_can_skip_the_back_off(event: Event) -> None:
    job_id = queue_badge(event, "Anna")
    queue.claim_next(event.store, OWNER, EVENT_DAY)
    queue.mark_failed(event.store, job_id, OWNER, "printer off", EVENT_DAY)
    assert queue.claim_next(event.store, OWNER, EVENT_DAY) is None
    assert queue.retry_now(event.store, job_id, EVENT_DAY + timedelta(milliseconds=100))
    claimed = queue.claim_next(event.store, OWNER, EVENT_DAY + timedelta(milliseconds=100))
    assert claimed is not None and claimed.attempts == 2
    assert not queue.retry_now(event.store, job_id, EVENT_DAY)  # printing: nothing to skip


def test_cancelled_jobs_leave_the_queue_but_stay_in_the_recent_list(event: Event) -> None:
    waiting, printing = queue_badge(event, "Sophie"), queue_badge(event, "Anna")
    assert queue.cancel(event.store, waiting, "guest left", EVENT_DAY)
    assert not queue.cancel(event.store, waiting, "twice", EVENT_DAY)
    claimed = queue.claim_next(event.store, OWNER, EVENT_DAY)
    assert claimed is not None and claimed.id == printing  # the cancelled one is never claimed
    assert queue.cancel(event.store, printing, "jammed", EVENT_DAY)
    assert not queue.mark_failed(event.store, printing, OWNER, "paper jam", EVENT_DAY)  # cancelled stays cancelled
    assert queue.open_jobs(event.store) == []
    assert {(j.id, j.state) for j in queue.recent_jobs(event.store)} == {(waiting, CANCELLED), (printing, CANCELLED)}
    assert queue.mark_done(event.store, printing, EVENT_DAY)  # it came out after all: the log must say so
    assert event_kinds(event, printing)[-2:] == ["print_done", "badge_printed"]
    assert not queue.cancel(event.store, printing, "too late", EVENT_DAY)


def test_jobs_past_their_lease_are_done_if_the_printer_has_them_and_queued_again_if_not(event: Event) -> None:
    sent, lost = queue_badge(event, "Sophie"), queue_badge(event, "Jürgen")
    queue.claim_next(event.store, OWNER, EVENT_DAY)
    queue.claim_next(event.store, OWNER, EVENT_DAY)
    event.close()  # the crash: both jobs left "printing"

    reopened = open_event(event.folder, "kiosk-1")
    assert queue.settle_expired(reopened.store, lambda job: job.id == sent, EVENT_DAY + SECOND) == []  # leased
    after_lease = EVENT_DAY + queue.LEASE + SECOND
    settled = queue.settle_expired(reopened.store, lambda job: job.id == sent, after_lease)
    assert {(j.id, j.state) for j in settled} == {(sent, DONE), (lost, QUEUED)}
    again = queue.claim_next(reopened.store, OWNER, after_lease)
    assert again is not None and again.id == lost and again.attempts == 2
    assert event_kinds(reopened, sent)[-2:] == ["print_done", "badge_printed"]
    assert event_kinds(reopened, lost)[-2:] == ["print_requeued", "print_started"]
    reopened.close()


def test_a_queued_job_survives_closing_and_reopening_the_event(event: Event) -> None:
    job_id = queue_badge(event, "Mia", reason="reprint: typo")
    event.close()
    reopened = open_event(event.folder, "kiosk-1")
    [job] = queue.open_jobs(reopened.store)
    assert (job.id, job.state, job.reason, job.attendee_id) == (job_id, QUEUED, "reprint: typo",
                                                                attendee_id(reopened, "Mia"))
    reopened.close()


def test_job_target_uses_the_topic_layout_for_topic_badges(event: Event) -> None:
    assert queue.job_target(event.config, "kiosk-1", BADGE) == ("a6", "pdf")
    assert queue.job_target(event.config, "kiosk-1", TOPIC) == ("topic", "pdf")
