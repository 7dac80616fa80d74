"""How long a guest waits for the badge: from a valid scan until the worker has handed the PDF to the
printer backend (the PDF folder), with the worker on its own thread, woken by each enqueue."""

import statistics
import tempfile
import threading
import time
from pathlib import Path
from queue import Queue

from kiosk.bench.data import make_event, percentile
from kiosk.checkin.desk import CheckinDesk, Outcome
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.printing.queue import BADGE, DONE, enqueue_now, job_target, open_jobs
from kiosk.printing.worker import PrintWorker

WAIT_S = 30


def measure_scan_to_print(attendees: int = 3000, scans: int = 200) -> dict[str, float]:
    """p50 and p95 in ms, in a temporary event with that many attendees."""
    with tempfile.TemporaryDirectory(prefix="kiosk-print-bench-") as temporary:
        event, _ = make_event(Path(temporary) / "event", attendees)
        try:
            times = _scan_to_print_ms(event, scans)
        finally:
            event.close()
    return {"scan_to_print_p50_ms": statistics.median(times), "scan_to_print_p95_ms": percentile(times, 0.95)}


def _scan_to_print_ms(event: Event, scans: int) -> list[float]:
    handed: Queue[str] = Queue()
    worker = PrintWorker(event.folder, event.store.kiosk_id,
                         on_change=lambda job: handed.put(job.id) if job.state == DONE else None)
    stop, wake = threading.Event(), threading.Event()
    thread = threading.Thread(target=worker.serve, args=(stop, wake), name="print-worker", daemon=True)
    thread.start()
    codes = [r[0] for r in event.store.conn.execute("SELECT code FROM attendees ORDER BY random() LIMIT ?",
                                                    (scans,))]
    event.store.defer_checkpoints()  # as the kiosk window does
    desk = CheckinDesk(event)
    layout, printer = job_target(event.config, event.store.kiosk_id, BADGE)
    times = []
    try:
        for code in codes:
            start = time.perf_counter()
            result = desk.scan(code)
            if result is None or result.outcome != Outcome.WELCOME or result.attendee is None:
                raise RuntimeError(f"bench scan of {code} was not a welcome: {result}")
            job_id = _badge_job(event, result.attendee.id, layout, printer)
            wake.set()
            while handed.get(timeout=WAIT_S) != job_id:
                pass
            times.append((time.perf_counter() - start) * 1000)
    finally:
        stop.set()
        wake.set()
        thread.join()
        worker.close()
    return times


def _badge_job(event: Event, attendee_id: int, layout: str, printer: str) -> str:
    """The job the check-in queued for the guest's badge; queued here where the category does not print
    automatically."""
    queued = [job.id for job in open_jobs(event.store) if job.attendee_id == attendee_id]
    return queued[0] if queued else enqueue_now(event.store, attendee_id, BADGE, layout, printer, "checkin",
                                                utc_now())
