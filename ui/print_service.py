"""The print worker on a background thread for this window, and a Qt signal when a job changes."""

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.printing.queue import Job
from kiosk.printing.worker import PrintWorker


class PrintService(QObject):
    """Starts the worker thread (with its own database connection); `job_changed` fires on the UI thread."""

    job_changed = Signal(str)  # job id

    def __init__(self, folder: Path, kiosk_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop, self._wake = threading.Event(), threading.Event()
        self._worker = PrintWorker(folder, kiosk_id, on_change=self._report)
        self._thread = threading.Thread(target=self._run, name="print-worker", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """A job was queued: print it now instead of at the next poll."""
        self._wake.set()

    def stop(self) -> None:
        """Finish the job in hand, then end the thread."""
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        try:
            self._worker.serve(self._stop, self._wake)
        finally:
            self._worker.close()

    def _report(self, job: Job) -> None:  # on the worker thread: the signal queues it to the UI thread
        self.job_changed.emit(job.id)
