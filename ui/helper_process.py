"""A helper process of the window (the print worker, the venue sync): its own process, so that its work never
takes time from the UI thread and its crash never takes the kiosk down. It is started at once and started
again when it dies, waiting longer each time; each line it writes on its standard output goes to `report`;
closing its standard input asks it to finish."""

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

STOP_WAIT_MS = 10_000
RESTART_CAP_MS = 30_000


class HelperProcess(QObject):
    """Starts, restarts and stops one command; subclasses read its lines in `report(words)`."""

    running_changed = Signal(bool)

    def __init__(self, command: list[str], parent: QObject | None = None,
                 environment: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._command = command
        self._stopping = False
        self._restarts = 0
        self._process = QProcess(self)
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        if environment:
            merged = QProcessEnvironment.systemEnvironment()
            for name, value in environment.items():
                merged.insert(name, value)
            self._process.setProcessEnvironment(merged)
        self._process.readyReadStandardOutput.connect(self._read_lines)
        self._process.finished.connect(self._ended)
        self._start()

    @property
    def running(self) -> bool:
        """Whether the process is up (staff see it when it is not)."""
        return self._process.state() == QProcess.ProcessState.Running

    def _start(self) -> None:
        program, *arguments = self._command
        self._process.start(program, arguments)

    def _ended(self) -> None:
        """It died (a driver crashed it?): start it again, waiting longer each time."""
        if self._stopping:
            return
        self.running_changed.emit(False)
        self._restarts += 1
        QTimer.singleShot(min(RESTART_CAP_MS, 500 * 2 ** min(self._restarts, 8)), self._restart)

    def _restart(self) -> None:
        if not self._stopping:
            self._start()
            self.running_changed.emit(True)

    def write(self, data: bytes) -> None:
        """Send bytes to its standard input (when it is up)."""
        if self._process.state() == QProcess.ProcessState.Running:
            self._process.write(data)

    def stop(self) -> None:
        """Close its standard input and wait for it to finish what it has in hand (killed after 10 s)."""
        self._stopping = True
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.closeWriteChannel()
            if not self._process.waitForFinished(STOP_WAIT_MS):
                self._process.kill()
                self._process.waitForFinished(STOP_WAIT_MS)

    def _read_lines(self) -> None:
        while self._process.canReadLine():
            self.report(bytes(self._process.readLine().data()).decode(errors="replace").split())

    def report(self, words: list[str]) -> None:
        """One line of its standard output, split into words."""
