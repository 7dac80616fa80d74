"""Print jobs in the database: queued → printing → done, or cancelled by staff.

A failed attempt puts the job back in the queue with a growing back-off and its error kept for staff to
see: a job is never dropped, it stays until it prints or staff cancel it. Every state change writes an
event row in the same transaction. Job ids are event UUIDs, so a backend can tell a job it already has.
"""

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import Any

from kiosk.config import EventConfig
from kiosk.store import Store, event_uuid
from kiosk.timeutil import from_iso, to_iso

QUEUED, PRINTING, DONE, CANCELLED = "queued", "printing", "done", "cancelled"
OPEN_STATES = (QUEUED, PRINTING)
BADGE, TOPIC = "badge", "topic"
KINDS = (BADGE, TOPIC)
BACKOFF_CAP_S = 60.0


@dataclass(frozen=True)
class Job:
    """One print job, as the worker and the staff screen see it."""

    id: str
    attendee_id: int
    kind: str
    layout: str
    printer: str
    state: str
    reason: str
    attempts: int
    error: str
    not_before: datetime
    kiosk_id: str
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Job":
        times = {k: from_iso(row[k]) for k in ("not_before", "created_at", "updated_at")}
        return cls(**{**row, **times})


_COLUMNS = ", ".join(f.name for f in fields(Job))
_DUE = "SELECT id FROM print_jobs WHERE state = ? AND not_before <= ? ORDER BY created_at, id LIMIT 1"


def job_target(config: EventConfig, kiosk_id: str, kind: str) -> tuple[str, str]:
    """The layout and printer spec a job of this kind from this kiosk uses."""
    layout = config.badges.topic_layout if kind == TOPIC else config.badges.layout_for(kiosk_id)
    return layout, config.badges.printer_for(kiosk_id)


def enqueue(store: Store, attendee_id: int, kind: str, layout: str, printer: str, reason: str,
            at: datetime) -> str:
    """Queue a job inside the caller's open transaction (so it commits with, say, the welcome); its id."""
    if kind not in KINDS:
        raise ValueError(f"a print job is one of {KINDS}, not {kind!r}")
    if not store.conn.in_transaction:
        raise RuntimeError("enqueue runs inside a transaction; use enqueue_now outside one")
    job_id, stamp = event_uuid(), to_iso(at)
    store.conn.execute(
        "INSERT INTO print_jobs (id, attendee_id, kind, layout, printer, state, reason, not_before, kiosk_id,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (job_id, attendee_id, kind, layout, printer, QUEUED, reason, stamp, store.kiosk_id, stamp, stamp))
    store.record("print_queued", {"job_id": job_id, "attendee_id": attendee_id, "kind": kind, "layout": layout,
                                  "printer": printer, "reason": reason}, at)
    return job_id


def enqueue_now(store: Store, attendee_id: int, kind: str, layout: str, printer: str, reason: str,
                at: datetime) -> str:
    """`enqueue` in a transaction of its own."""
    with store.transaction():
        return enqueue(store, attendee_id, kind, layout, printer, reason, at)


def get(store: Store, job_id: str) -> Job | None:
    """The job with that id."""
    jobs = _jobs(store, "WHERE id = ?", (job_id,))
    return jobs[0] if jobs else None


def claim_next(store: Store, now: datetime) -> Job | None:
    """Move the oldest due queued job to printing (one more attempt) and return it; None if none is due."""
    due = (QUEUED, to_iso(now))
    if store.conn.execute(_DUE, due).fetchone() is None:  # a plain read: no write lock while idle
        return None
    with store.transaction() as conn:
        row = conn.execute(_DUE, due).fetchone()
        if row is None:
            return None
        conn.execute("UPDATE print_jobs SET state = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?",
                     (PRINTING, to_iso(now), row[0]))
        job = get(store, row[0])
        assert job is not None
        store.record("print_started", {"job_id": job.id, "attempt": job.attempts}, now)
    return job


def mark_done(store: Store, job_id: str, now: datetime) -> bool:
    """The backend has the job: done, logged as `print_done` and `badge_printed`. Also for a job staff
    cancelled while it was printing, since the badge came out all the same."""
    with store.transaction():
        job = _change(store, job_id, (PRINTING, CANCELLED), now, state=DONE, error="")
        if job is not None:
            _record_printed(store, job, now, recovered=False)
    return job is not None


def mark_failed(store: Store, job_id: str, error: str, now: datetime) -> bool:
    """The attempt failed: queued again after a back-off (1 s, doubling, at most a minute), error kept."""
    with store.transaction():
        job = get(store, job_id)
        if job is None or job.state != PRINTING:
            return False
        retry_at = now + backoff(job.attempts)
        _change(store, job_id, (PRINTING,), now, state=QUEUED, error=error, not_before=to_iso(retry_at))
        store.record("print_failed", {"job_id": job_id, "attendee_id": job.attendee_id, "error": error,
                                      "attempt": job.attempts, "retry_at": to_iso(retry_at)}, now)
    return True


def backoff(attempts: int) -> timedelta:
    """How long a job waits after its `attempts`-th failed attempt."""
    return timedelta(seconds=min(BACKOFF_CAP_S, 2.0 ** min(max(attempts - 1, 0), 16)))


def cancel(store: Store, job_id: str, reason: str, now: datetime) -> bool:
    """Staff take an open job out of the queue; False if it is done or cancelled already."""
    with store.transaction():
        job = _change(store, job_id, OPEN_STATES, now, state=CANCELLED)
        if job is not None:
            store.record("print_cancelled", {"job_id": job_id, "attendee_id": job.attendee_id, "reason": reason,
                                             "was": job.state}, now)
    return job is not None


def retry_now(store: Store, job_id: str, now: datetime) -> bool:
    """Staff skip the back-off of a queued job (after refilling labels, say)."""
    with store.transaction():
        job = _change(store, job_id, (QUEUED,), now, not_before=to_iso(now))
        if job is not None:
            store.record("print_retry_now", {"job_id": job_id, "attendee_id": job.attendee_id}, now)
    return job is not None


def recover_after_restart(store: Store, already_sent: Callable[[Job], bool], now: datetime) -> list[Job]:
    """Settle jobs a crash left printing: done if the backend has them, else queued again; returns them
    as they are now. Assumes one worker per event database (another live worker's jobs look the same)."""
    settled = []
    for job in _jobs(store, "WHERE state = ? ORDER BY created_at, id", (PRINTING,)):
        sent = already_sent(job)  # may ask the printer system: outside the transaction
        with store.transaction():
            if sent and _change(store, job.id, (PRINTING,), now, state=DONE, error=""):
                _record_printed(store, job, now, recovered=True)
            elif not sent and _change(store, job.id, (PRINTING,), now, state=QUEUED, not_before=to_iso(now)):
                store.record("print_requeued", {"job_id": job.id, "attendee_id": job.attendee_id,
                                                "after": "restart"}, now)
        settled.append(get(store, job.id))
    return [job for job in settled if job is not None]


def open_jobs(store: Store) -> list[Job]:
    """Jobs not yet done or cancelled, oldest first: what staff must keep an eye on."""
    return _jobs(store, "WHERE state IN (?, ?) ORDER BY created_at, id", OPEN_STATES)


def recent_jobs(store: Store, limit: int = 50) -> list[Job]:
    """The most recently changed jobs, in any state, newest first."""
    return _jobs(store, "ORDER BY updated_at DESC, id DESC LIMIT ?", (limit,))


def _jobs(store: Store, clause: str, params: tuple[Any, ...]) -> list[Job]:
    return [Job.from_row(row) for row in store.rows(f"SELECT {_COLUMNS} FROM print_jobs {clause}", params)]


def _change(store: Store, job_id: str, allowed: tuple[str, ...], now: datetime, **columns: Any) -> Job | None:
    """Update the job if it is in one of the `allowed` states (inside a transaction); the job as it was."""
    job = get(store, job_id)
    if job is None or job.state not in allowed:
        return None
    assignments = ", ".join(f"{name} = ?" for name in columns)
    store.conn.execute(f"UPDATE print_jobs SET {assignments}, updated_at = ? WHERE id = ?",
                       (*columns.values(), to_iso(now), job_id))
    return job


def _record_printed(store: Store, job: Job, now: datetime, recovered: bool) -> None:
    store.record("print_done", {"job_id": job.id, "attendee_id": job.attendee_id, "attempts": job.attempts,
                                "recovered": recovered}, now)
    store.record("badge_printed", {"attendee_id": job.attendee_id, "job_id": job.id, "kind": job.kind,
                                   "reason": job.reason, "printer": job.printer}, now)
