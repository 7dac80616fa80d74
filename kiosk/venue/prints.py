"""The other machines' print queues, read from their print events in this machine's log: each machine prints
its own jobs, the staff desk sees every queue (read only)."""

import json
from typing import Any

from kiosk.attendees.records import display_names
from kiosk.event.store import Store
from kiosk.printing.queue import CANCELLED, DONE, HELD, PRINTING, QUEUED

_STATE_AFTER = {"print_started": PRINTING, "print_failed": QUEUED, "print_cancelled": CANCELLED,
                "print_retry_now": QUEUED, "print_requeued": QUEUED, "print_released": QUEUED, "print_done": DONE}
_KINDS = ("print_queued", *_STATE_AFTER)


def other_queues(store: Store, open_only: bool = True) -> list[dict[str, Any]]:
    """Print jobs of the other machines of the venue, oldest first: kiosk_id, job_id, attendee_id (this
    machine's id, None while the guest is not here), name, kind, printer, state, error, queued_at, updated_at.
    `open_only`: only those not done and not cancelled."""
    marks = ",".join("?" * len(_KINDS))
    rows = store.conn.execute(
        f"SELECT kiosk_id, at, kind, payload FROM events WHERE kind IN ({marks}) AND kiosk_id != ? ORDER BY seq",
        (*_KINDS, store.kiosk_id))
    jobs: dict[str, dict[str, Any]] = {}
    for kiosk_id, at, kind, text in rows:
        payload = json.loads(text)
        job_id = payload.get("job_id", "")
        if kind == "print_queued":
            jobs[job_id] = {"kiosk_id": kiosk_id, "job_id": job_id, "attendee_id": payload.get("attendee_id"),
                            "kind": payload.get("kind", ""), "printer": payload.get("printer", ""),
                            "state": HELD if payload.get("held") else QUEUED, "error": "", "queued_at": at,
                            "updated_at": at}
        elif job_id in jobs:
            jobs[job_id].update(state=_STATE_AFTER[kind], updated_at=at, error=payload.get("error", ""))
    names = display_names(store, [job["attendee_id"] for job in jobs.values() if job["attendee_id"] is not None])
    listed = [{**job, "name": names.get(job["attendee_id"], "")} for job in jobs.values()]
    return [job for job in listed if not open_only or job["state"] not in (DONE, CANCELLED)]
