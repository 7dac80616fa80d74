"""The print worker: takes its kiosk's due jobs from the queue, renders each badge and sends it to the job's
printer.

It opens its own connections to the event, so `serve` can run on a background thread and the UI thread
never waits for a printer. Each job it takes is claimed in its name (kiosk id, process id and a random
part) with a lease that a helper thread renews while the job is sent, so another worker of the same kiosk
(a second window, a restarted process) never prints it too. `on_change(job)` is called on the worker's
thread whenever a job changes; a Qt front end forwards it to the UI thread with a signal.
"""

import logging
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.badges import Layout, render_badges
from kiosk.badges.data import badge_data, layout_named, logo_path
from kiosk.badges.items import MM
from kiosk.badges.render import page_size
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import open_event
from kiosk.event.store import Store
from kiosk.printing import queue
from kiosk.printing.backends import Backend, PrintError, backend_for
from kiosk.printing.base import PageSize
from kiosk.printing.queue import TOPIC, Job

POLL_S = 1.0
SWEEP_S = 5.0  # how often held jobs past their time and printing jobs past their lease are settled
RECORD_RETRIES_S = (0.05, 0.2, 0.5, 1.0, 2.0, 4.0)  # pauses between tries to record a printed job
log = logging.getLogger(__name__)


class PrintWorker:
    """Prints the queued jobs of its kiosk, one at a time."""

    def __init__(self, folder: Path, kiosk_id: str, on_change: Callable[[Job], None] | None = None,
                 clock: Callable[[], datetime] = utc_now, poll_seconds: float = POLL_S,
                 lease: timedelta = queue.LEASE) -> None:
        self.event = open_event(folder, kiosk_id)
        self.worker_id = f"{kiosk_id}/{os.getpid()}/{uuid.uuid4().hex[:8]}"
        self.on_change = on_change
        self._clock = clock
        self._poll_seconds = poll_seconds
        self._lease = lease
        self._lease_store = Store(self.event.store.path, kiosk_id)  # for the lease-renewing thread only
        self._backends: dict[str, Backend] = {}
        self._unrecorded: set[str] = set()  # printed, but the database would not take it: never print again

    def run_once(self, now: datetime | None = None) -> Job | None:
        """Print the next due job, if there is one, and return it as it ended up. A printer problem (or a
        badge that cannot be made) marks the job failed, to be tried again; it is never raised."""
        store = self.event.store
        job = queue.claim_next(store, self.worker_id, self._time(now), self._lease)
        if job is None:
            return None
        self._changed(job)
        with self._lease_kept(job.id):  # until the outcome is recorded
            try:
                self._print(job)
            except Exception as error:  # whatever happens, the job must not stay "printing"
                if not isinstance(error, PrintError):
                    log.exception("print job %s failed", job.id)
                queue.mark_failed(store, job.id, self.worker_id, _describe(error), self._time(now))
            else:
                self._record_done(job.id, now)
        settled = queue.get(store, job.id)
        assert settled is not None
        return self._changed(settled)

    def sweep(self, now: datetime | None = None) -> list[Job]:
        """Release held badges whose time ran out and settle printing jobs whose lease ran out (done if the
        printer has them or this worker printed them, else queued again); returns the jobs changed."""
        moment = self._time(now)
        changed = queue.release_overdue(self.event.store, moment)
        changed += queue.settle_expired(self.event.store, self._already_sent, moment)
        self._unrecorded -= {job.id for job in changed}
        return [self._changed(job) for job in changed]

    def serve(self, stop: threading.Event, wake: threading.Event) -> None:
        """Settle what a crash left behind, then print until `stop` is set (set `wake` too, to end at once),
        sweeping every few seconds. Set `wake` after enqueueing to print at once; otherwise the queue is
        polled every second."""
        next_sweep = 0.0
        while True:
            wake.clear()
            try:
                if time.monotonic() >= next_sweep:
                    next_sweep = time.monotonic() + SWEEP_S
                    self.sweep()
                printed = None if stop.is_set() else self.run_once()
            except sqlite3.Error:  # say, the database stayed locked past the timeout: try again later
                log.exception("print queue not usable")
                printed = None
            if stop.is_set():
                return
            if printed is None:
                wake.wait(self._poll_seconds)

    def close(self) -> None:
        """Close the worker's connections (after `serve` has returned)."""
        self._lease_store.close()
        self.event.close()

    def _print(self, job: Job) -> None:
        backend = self._backend(job.printer)
        if job.attempts > 1 and backend.already_sent(job.id):
            return  # an earlier attempt got through after all
        pdf, size = self._render(job)
        backend.send(job.id, pdf, size)

    def _record_done(self, job_id: str, now: datetime | None) -> None:
        """Record that the printer has the job, trying again for a few seconds if the database will not
        take it; failing that, the job stays printing until its lease runs out and `sweep` records it (it
        asks `_already_sent`, which knows the job), never printing it again."""
        for pause in (*RECORD_RETRIES_S, None):
            try:
                queue.mark_done(self.event.store, job_id, self._time(now))
                return
            except sqlite3.Error as error:
                if pause is None:
                    log.error("print job %s printed, but not recorded yet: %s", job_id, error)
                    self._unrecorded.add(job_id)
                    return
                time.sleep(pause)

    @contextmanager
    def _lease_kept(self, job_id: str) -> Iterator[None]:
        """Renew the claim on the job in the background while the block runs (a slow printer, say)."""
        finished = threading.Event()

        def renew() -> None:
            while not finished.wait(self._lease.total_seconds() / 3):
                try:
                    queue.renew_lease(self._lease_store, job_id, self.worker_id, self._clock(), self._lease)
                except sqlite3.Error as error:
                    log.warning("lease of print job %s not renewed: %s", job_id, error)

        renewer = threading.Thread(target=renew, name="print-lease", daemon=True)
        renewer.start()
        try:
            yield
        finally:
            finished.set()
            renewer.join()

    def _render(self, job: Job) -> tuple[bytes, PageSize]:
        config = self.event.config
        data = badge_data(self.event.store, config, job.attendee_id, with_topics=True if job.kind == TOPIC else None)
        layout = layout_named(config, job.layout)
        return render_badges(layout, [data], logo_path(config, self.event.folder)).pdf, page_size_mm(layout)

    def _backend(self, spec: str) -> Backend:
        if spec not in self._backends:
            self._backends[spec] = backend_for(spec, self.event.folder)
        return self._backends[spec]

    def _already_sent(self, job: Job) -> bool:
        if job.id in self._unrecorded:
            return True
        try:
            return self._backend(job.printer).already_sent(job.id)
        except PrintError:
            return False

    def _changed(self, job: Job) -> Job:
        if self.on_change is not None:
            self.on_change(job)
        return job

    def _time(self, now: datetime | None) -> datetime:
        return now if now is not None else self._clock()


def page_size_mm(layout: Layout) -> PageSize:
    """The PDF page of a layout in mm: the sheet's, or the card's."""
    width, height = page_size(layout)
    return round(width / MM, 2), round(height / MM, 2)


def _describe(error: Exception) -> str:
    return str(error) if isinstance(error, PrintError) else f"{type(error).__name__}: {error}"
