"""Print jobs in the database: queued → printing → done, or cancelled by staff; a first badge that waits for
the guest's topics is held until the kiosk (or, after `hold_time`, the worker) releases it into the queue.

A worker claims a job for itself for a while (a lease it renews while sending), so a second worker never
takes over a job that is still being sent; only a job whose lease ran out (its worker died) is settled by
another: done if the printer has it, else queued again. Each kiosk's worker takes only its kiosk's jobs.
A failed attempt puts the job back in the queue with a growing back-off and its error kept for staff to
see: a job is never dropped, it stays until it prints or staff cancel it. Every state change writes an
event row in the same transaction. Job ids are event UUIDs, so a backend can tell a job it already has.
"""

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import Any

from kiosk.common.timeutil import from_iso, to_iso
from kiosk.event.config import EventConfig
from kiosk.event.store import Store, event_uuid

HELD, QUEUED, PRINTING, DONE, CANCELLED = "held", "queued", "printing", "done", "cancelled"
OPEN_STATES = (HELD, QUEUED, PRINTING)
BADGE, TOPIC = "badge", "topic"
KINDS = (BADGE, TOPIC)
BATCH = "batch"  # the reason (and printer) of badges pre-printed on sheets with `kiosk badges`
BACKOFF_CAP_S = 60.0
LEASE = timedelta(seconds=15)
HOLD_MARGIN = timedelta(seconds=60)  # beyond the kiosk's own time-outs, for a guest still picking topics


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
    not_before: datetime  # for a held job: when the worker releases it by itself
    kiosk_id: str
    created_at: datetime
    updated_at: datetime
    claimed_by: str  # the worker that printed it last
    lease_until: datetime | None  # while printing: until when that worker has it

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Job":
        times = {k: from_iso(row[k]) for k in ("not_before", "created_at", "updated_at")}
        return cls(**{**row, **times, "lease_until": from_iso(row["lease_until"]) if row["lease_until"] else None})


_COLUMNS = ", ".join(f.name for f in fields(Job))
_DUE = ("SELECT id FROM print_jobs WHERE state = ? AND kiosk_id = ? AND not_before <= ? ORDER BY created_at, id"
        " LIMIT 1")
_EXPIRED = "state = ? AND kiosk_id = ? AND lease_until <= ?"


def job_target(config: EventConfig, kiosk_id: str, kind: str) -> tuple[str, str]:
    """The layout and printer spec a job of this kind from this kiosk uses."""
    layout = config.badges.topic_layout if kind == TOPIC else config.badges.layout_for(kiosk_id)
    return layout, config.badges.printer_for(kiosk_id)


def hold_time(config: EventConfig) -> timedelta:
    """How long a first badge waits for the guest's topics at most: the kiosk releases it itself when the
    guest saves, skips or walks away (outcome and idle time-outs); past this the worker releases it (the
    kiosk crashed)."""
    return timedelta(seconds=config.kiosk.outcome_seconds + config.kiosk.idle_seconds) + HOLD_MARGIN


def enqueue(store: Store, attendee_id: int, kind: str, layout: str, printer: str, reason: str,
            at: datetime, hold_until: datetime | None = None) -> str:
    """Queue a job inside the caller's open transaction (so it commits with, say, the welcome); its id.
    With `hold_until` the job is held (see `release_held`) until then at the latest."""
    if kind not in KINDS:
        raise ValueError(f"a print job is one of {KINDS}, not {kind!r}")
    if not store.conn.in_transaction:
        raise RuntimeError("enqueue runs inside a transaction; use enqueue_now outside one")
    job_id, stamp, state = event_uuid(), to_iso(at), HELD if hold_until else QUEUED
    store.conn.execute(
        "INSERT INTO print_jobs (id, attendee_id, kind, layout, printer, state, reason, not_before, kiosk_id,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (job_id, attendee_id, kind, layout, printer, state, reason, to_iso(hold_until or at), store.kiosk_id,
         stamp, stamp))
    store.record("print_queued", {"job_id": job_id, "attendee_id": attendee_id, "kind": kind, "layout": layout,
                                  "printer": printer, "reason": reason, "held": state == HELD}, at)
    return job_id


def enqueue_now(store: Store, attendee_id: int, kind: str, layout: str, printer: str, reason: str,
                at: datetime) -> str:
    """`enqueue` in a transaction of its own."""
    with store.transaction():
        return enqueue(store, attendee_id, kind, layout, printer, reason, at)


def enqueue_first_badge(store: Store, config: EventConfig, attendee_id: int, reason: str, at: datetime,
                        held: bool) -> str:
    """A first welcome's badge, inside the check-in's transaction: queued, or `held` for the guest's topics
    (for `hold_time` at most). Nothing if the badge was pre-printed on a sheet. The job's state, or ""."""
    if batch_printed(store, attendee_id):
        return ""
    layout, printer = job_target(config, store.kiosk_id, BADGE)
    enqueue(store, attendee_id, BADGE, layout, printer, reason, at, at + hold_time(config) if held else None)
    return HELD if held else QUEUED


def get(store: Store, job_id: str) -> Job | None:
    """The job with that id."""
    jobs = _jobs(store, "WHERE id = ?", (job_id,))
    return jobs[0] if jobs else None


def claim_next(store: Store, owner: str, now: datetime, lease: timedelta = LEASE) -> Job | None:
    """Move the oldest due queued job of this store's kiosk to printing (one more attempt), claimed by
    `owner` until `now + lease`, and return it; None if none is due."""
    due = (QUEUED, store.kiosk_id, to_iso(now))
    if store.conn.execute(_DUE, due).fetchone() is None:  # a plain read: no write lock while idle
        return None
    with store.transaction() as conn:
        row = conn.execute(_DUE, due).fetchone()
        if row is None:
            return None
        conn.execute("UPDATE print_jobs SET state = ?, attempts = attempts + 1, claimed_by = ?, lease_until = ?,"
                     " updated_at = ? WHERE id = ?", (PRINTING, owner, to_iso(now + lease), to_iso(now), row[0]))
        job = get(store, row[0])
        assert job is not None
        store.record("print_started", {"job_id": job.id, "attempt": job.attempts, "worker": owner}, now)
    return job


def renew_lease(store: Store, job_id: str, owner: str, now: datetime, lease: timedelta = LEASE) -> bool:
    """`owner` is still sending the job: keep it until `now + lease`. False if the job is no longer its."""
    with store.transaction() as conn:
        changed = conn.execute("UPDATE print_jobs SET lease_until = ? WHERE id = ? AND state = ? AND claimed_by = ?",
                               (to_iso(now + lease), job_id, PRINTING, owner)).rowcount
    return changed == 1


def mark_done(store: Store, job_id: str, now: datetime) -> bool:
    """The backend has the job: done, logged as `print_done` and `badge_printed`. Also for a job staff
    cancelled while it was printing, since the badge came out all the same."""
    with store.transaction():
        job = _change(store, job_id, (PRINTING, CANCELLED), now, state=DONE, error="")
        if job is not None:
            _record_printed(store, job, now, recovered=False)
    return job is not None


def mark_failed(store: Store, job_id: str, owner: str, error: str, now: datetime) -> bool:
    """`owner`'s attempt failed: queued again after a back-off (1 s, doubling, at most a minute), error kept.
    False if the job is not printing under that owner's claim (staff cancelled it, or another worker took it
    over after the owner's lease ran out)."""
    with store.transaction():
        job = get(store, job_id)
        if job is None or job.state != PRINTING or job.claimed_by != owner:
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
    """Staff skip the back-off of a queued job (after refilling labels, say), or print a held one now."""
    with store.transaction():
        job = _change(store, job_id, (QUEUED, HELD), now, state=QUEUED, not_before=to_iso(now))
        if job is not None:
            store.record("print_retry_now", {"job_id": job_id, "attendee_id": job.attendee_id, "was": job.state},
                         now)
    return job is not None


def release_held(store: Store, attendee_id: int, now: datetime) -> bool:
    """The guest saved or skipped their topics, or walked away: their held badge joins the queue (it prints
    with the topics chosen by then). False if nothing was held for them."""
    with store.transaction():
        held = _jobs(store, "WHERE attendee_id = ? AND state = ?", (attendee_id, HELD))
        for job in held:
            _release(store, job, now, "kiosk")
    return bool(held)


def release_overdue(store: Store, now: datetime) -> list[Job]:
    """Release this kiosk's held jobs whose hold ran out (the kiosk that held them crashed); returns them."""
    overdue = (HELD, store.kiosk_id, to_iso(now))
    if store.conn.execute(_DUE, overdue).fetchone() is None:
        return []
    with store.transaction():
        held = _jobs(store, "WHERE state = ? AND kiosk_id = ? AND not_before <= ?", overdue)
        for job in held:
            _release(store, job, now, "timeout")
    return [job for job in (get(store, job.id) for job in held) if job is not None]


def settle_expired(store: Store, already_sent: Callable[[Job], bool], now: datetime) -> list[Job]:
    """Settle this kiosk's printing jobs whose lease ran out (their worker died, or could not record the
    end): done if the backend has them, else queued again; returns them as they are now. A job whose
    worker still renews its lease is left alone."""
    expired = (PRINTING, store.kiosk_id, to_iso(now))
    settled = []
    for job in _jobs(store, f"WHERE {_EXPIRED} ORDER BY created_at, id", expired):
        sent = already_sent(job)  # may ask the printer system: outside the transaction
        with store.transaction() as conn:
            still_expired = conn.execute(f"SELECT 1 FROM print_jobs WHERE id = ? AND {_EXPIRED}",
                                         (job.id, *expired)).fetchone()
            if still_expired and sent:
                _change(store, job.id, (PRINTING,), now, state=DONE, error="")
                _record_printed(store, job, now, recovered=True)
            elif still_expired:
                _change(store, job.id, (PRINTING,), now, state=QUEUED, not_before=to_iso(now))
                store.record("print_requeued", {"job_id": job.id, "attendee_id": job.attendee_id,
                                                "after": "lease expired", "worker": job.claimed_by}, now)
        settled.append(get(store, job.id))
    return [job for job in settled if job is not None]


def record_batch(store: Store, attendee_ids: list[int], layout: str, now: datetime) -> None:
    """Badges pre-printed on sheets: one done job (reason and printer `batch`) and one `badge_printed` event
    per attendee, inside the caller's transaction, so the kiosk does not print them again and the next batch
    of the not-printed leaves them out."""
    if not store.conn.in_transaction:
        raise RuntimeError("record_batch runs inside a transaction")
    stamp, job_ids = to_iso(now), [event_uuid() for _ in attendee_ids]
    store.conn.executemany(
        "INSERT INTO print_jobs (id, attendee_id, kind, layout, printer, state, reason, not_before, kiosk_id,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(job_id, attendee_id, BADGE, layout, BATCH, DONE, BATCH, stamp, store.kiosk_id, stamp, stamp)
         for job_id, attendee_id in zip(job_ids, attendee_ids, strict=True)])
    store.record_many("badge_printed", [
        {"attendee_id": attendee_id, "job_id": job_id, "kind": BADGE, "reason": BATCH, "printer": BATCH,
         "layout": layout} for job_id, attendee_id in zip(job_ids, attendee_ids, strict=True)], now)


def batch_printed(store: Store, attendee_id: int) -> bool:
    """Whether the attendee's badge was pre-printed on a sheet (`record_batch`)."""
    return store.conn.execute(
        "SELECT 1 FROM print_jobs WHERE attendee_id = ? AND kind = ? AND state = ? AND reason = ? LIMIT 1",
        (attendee_id, BADGE, DONE, BATCH)).fetchone() is not None


def open_jobs(store: Store) -> list[Job]:
    """Jobs not yet done or cancelled, oldest first: what staff must keep an eye on."""
    return _jobs(store, "WHERE state IN (?, ?, ?) ORDER BY created_at, id", OPEN_STATES)


def recent_jobs(store: Store, limit: int = 50) -> list[Job]:
    """The most recently changed jobs, in any state, newest first (pre-printed sheets are not jobs a
    printer here did)."""
    return _jobs(store, "WHERE printer != ? ORDER BY updated_at DESC, id DESC LIMIT ?", (BATCH, limit))


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


def _release(store: Store, job: Job, now: datetime, after: str) -> None:
    _change(store, job.id, (HELD,), now, state=QUEUED, not_before=to_iso(now))
    store.record("print_released", {"job_id": job.id, "attendee_id": job.attendee_id, "after": after}, now)


def _record_printed(store: Store, job: Job, now: datetime, recovered: bool) -> None:
    store.record("print_done", {"job_id": job.id, "attendee_id": job.attendee_id, "attempts": job.attempts,
                                "recovered": recovered}, now)
    store.record("badge_printed", {"attendee_id": job.attendee_id, "job_id": job.id, "kind": job.kind,
                                   "reason": job.reason, "printer": job.printer}, now)
