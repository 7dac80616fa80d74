"""The print worker in a process of its own (`kiosk print-worker`): rendering and printer drivers never take
time from the UI thread (Python runs one thread at a time), and a crashing printer driver cannot take the
kiosk down. A line on its standard input wakes it; it reports each changed job on its standard output."""

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

STOP_WAIT_MS = 10_000
RESTART_CAP_MS = 30_000


def worker_command(folder: Path, kiosk_id: str) -> list[str]:
    """How to start the worker: the bundle's own executable, or this Python with the launcher module."""
    arguments = ["print-worker", "--event", str(folder), "--kiosk-id", kiosk_id]
    if getattr(sys, "frozen", False):
        return [sys.executable, *arguments]
    return [sys.executable, "-m", "ui.launcher", *arguments]


class PrintService(QObject):
    """Starts and stops the worker process; `job_changed(job id)` on the UI thread."""

    job_changed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, folder: Path, kiosk_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._command = worker_command(folder, kiosk_id)
        self._stopping = False
        self._restarts = 0
        self._process = QProcess(self)
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        self._process.readyReadStandardOutput.connect(self._read_reports)
        self._process.finished.connect(self._ended)
        self._start()

    @property
    def running(self) -> bool:
        """Whether the worker process is up (staff see it when it is not)."""
        return self._process.state() == QProcess.ProcessState.Running

    def _start(self) -> None:
        program, *arguments = self._command
        self._process.start(program, arguments)

    def _ended(self) -> None:
        """The worker died (a printer driver crashed it?): start it again, waiting longer each time."""
        if self._stopping:
            return
        self.running_changed.emit(False)
        self._restarts += 1
        QTimer.singleShot(min(RESTART_CAP_MS, 500 * 2 ** min(self._restarts, 8)), self._restart)

    def _restart(self) -> None:
        if not self._stopping:
            self._start()
            self.running_changed.emit(True)

    def wake(self) -> None:
        """A job was queued: print it now instead of at the next poll."""
        if self._process.state() == QProcess.ProcessState.Running:
            self._process.write(b"\n")

    def stop(self) -> None:
        """Let the worker finish the job in hand and end."""
        self._stopping = True
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.closeWriteChannel()
            if not self._process.waitForFinished(STOP_WAIT_MS):
                self._process.kill()
                self._process.waitForFinished(STOP_WAIT_MS)

    def _read_reports(self) -> None:
        while self._process.canReadLine():
            words = bytes(self._process.readLine().data()).decode(errors="replace").split()
            if len(words) >= 2 and words[0] == "job":
                self.job_changed.emit(words[1])
