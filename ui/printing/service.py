"""The print worker in a process of its own (`kiosk print-worker`): rendering and printer drivers never take
time from the UI thread (Python runs one thread at a time), and a crashing printer driver cannot take the
kiosk down. A line on its standard input wakes it; it reports each changed job on its standard output."""

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ui.helper_process import HelperProcess


def worker_command(folder: Path, kiosk_id: str) -> list[str]:
    """How to start the worker: the bundle's own executable, or this Python with the launcher module."""
    arguments = ["print-worker", "--event", str(folder), "--kiosk-id", kiosk_id]
    if getattr(sys, "frozen", False):
        return [sys.executable, *arguments]
    return [sys.executable, "-m", "ui.launcher", *arguments]


class PrintService(HelperProcess):
    """Starts and stops the worker process; `job_changed(job id)` on the UI thread."""

    job_changed = Signal(str)

    def __init__(self, folder: Path, kiosk_id: str, parent: QObject | None = None) -> None:
        super().__init__(worker_command(folder, kiosk_id), parent)

    def wake(self) -> None:
        """A job was queued: print it now instead of at the next poll."""
        self.write(b"\n")

    def report(self, words: list[str]) -> None:
        if len(words) >= 2 and words[0] == "job":
            self.job_changed.emit(words[1])
