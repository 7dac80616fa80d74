"""The print worker: takes due jobs from the queue, renders each badge and sends it to the job's printer.

It opens its own connection to the event, so `serve` can run on a background thread and the UI thread
never waits for a printer. `on_change(job)` is called on the worker's thread whenever a job changes; a Qt
front end forwards it to the UI thread with a signal.
"""

import logging
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kiosk.badge_data import badge_data, layout_named, logo_path
from kiosk.badges import Layout, render_badges
from kiosk.badges.items import MM
from kiosk.badges.render import page_size
from kiosk.event import open_event
from kiosk.printing import queue
from kiosk.printing.backends import Backend, PrintError, backend_for
from kiosk.printing.base import PageSize
from kiosk.printing.queue import TOPIC, Job
from kiosk.timeutil import utc_now

POLL_S = 1.0
log = logging.getLogger(__name__)


class PrintWorker:
    """Prints the event's queued jobs, one at a time."""

    def __init__(self, folder: Path, kiosk_id: str, on_change: Callable[[Job], None] | None = None,
                 clock: Callable[[], datetime] = utc_now, poll_seconds: float = POLL_S) -> None:
        self.event = open_event(folder, kiosk_id)
        self.on_change = on_change
        self._clock = clock
        self._poll_seconds = poll_seconds
        self._backends: dict[str, Backend] = {}

    def run_once(self, now: datetime | None = None) -> Job | None:
        """Print the next due job, if there is one, and return it as it ended up. A printer problem (or a
        badge that cannot be made) marks the job failed, to be tried again; it is never raised."""
        store = self.event.store
        job = queue.claim_next(store, self._time(now))
        if job is None:
            return None
        self._changed(job)
        try:
            self._print(job)
        except Exception as error:  # whatever happens, the job must not stay "printing"
            if not isinstance(error, PrintError):
                log.exception("print job %s failed", job.id)
            queue.mark_failed(store, job.id, _describe(error), self._time(now))
        else:
            queue.mark_done(store, job.id, self._time(now))
        settled = queue.get(store, job.id)
        assert settled is not None
        return self._changed(settled)

    def serve(self, stop: threading.Event, wake: threading.Event) -> None:
        """Settle what a crash left printing, then print until `stop` is set (set `wake` too, to end at
        once). Set `wake` after enqueueing to print at once; otherwise the queue is polled every second."""
        for job in queue.recover_after_restart(self.event.store, self._already_sent, self._clock()):
            self._changed(job)
        while not stop.is_set():
            wake.clear()
            try:
                printed = self.run_once()
            except sqlite3.OperationalError:  # the database stayed locked past the timeout: try again later
                log.exception("print queue not readable")
                printed = None
            if printed is None:
                wake.wait(self._poll_seconds)

    def close(self) -> None:
        """Close the worker's connection (after `serve` has returned)."""
        self.event.close()

    def _print(self, job: Job) -> None:
        backend = self._backend(job.printer)
        if job.attempts > 1 and backend.already_sent(job.id):
            return  # an earlier attempt got through after all
        pdf, size = self._render(job)
        backend.send(job.id, pdf, size)

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
