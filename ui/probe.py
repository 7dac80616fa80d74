"""Measures the window for `kiosk bench`: memory with the event open, the longest UI-thread stall while
guests scan and search and staff import a list (`kiosk import`, another process) at the same time (and the
longest of our own, not counting time the UI thread only waited for a CPU), and then,
with the print worker running, how soon after a scanner's burst the outcome screen is painted. Prints one JSON
line.

    python -m ui.probe EVENT_FOLDER IMPORT_FILE [SCANS]
"""

import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest

from kiosk.bench.data import percentile
from kiosk.event.folder import Event, open_event
from ui.app import create_application
from ui.i18n import Languages
from ui.main_window import MainWindow

TICK_MS = 5
ACTIONS = 400
SCANS = 200
GAP_MS = 40  # between an outcome painted, the return to the welcome screen and the next guest's scan
NOT_SHOWN_MS = 2000  # a scan whose outcome was not painted by then counts with this time


def rss_mb() -> float:
    """Resident memory of this process now (Linux), else its peak."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_wait_ms() -> float:
    """How long the calling thread has waited for a CPU while ready to run (Linux schedstat), in ms; 0 where
    the system does not say."""
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat", encoding="ascii") as stat:
            return int(stat.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


class StallMeter:
    """A fast timer on the UI thread; the longest gap between its ticks is the longest stall. `worst_cpu_wait_ms`:
    how much of that stall the thread spent ready to run but waiting for a CPU (other processes had them);
    `worst_own_ms`: the longest gap less such waiting, i.e. the UI thread working or blocked. On a machine others
    share, the last tells a stall of our own from the machine's."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.worst_ms = self.worst_cpu_wait_ms = self.worst_own_ms = 0.0
        self._cpu_wait_mark = cpu_wait_ms()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now, waited = time.perf_counter(), cpu_wait_ms()
        stall, cpu_wait = (now - self.last) * 1000 - TICK_MS, waited - self._cpu_wait_mark
        if stall > self.worst_ms:
            self.worst_ms, self.worst_cpu_wait_ms = stall, cpu_wait
        self.worst_own_ms = max(self.worst_own_ms, stall - cpu_wait)
        self.last, self._cpu_wait_mark = now, waited


class ScanToScreen(QObject):
    """Guests scan one after another on the welcome screen: each code is a burst of key events through the
    scanner wedge, and a sample is the time from the burst's last key event (Enter) to the end of the repaint
    in which the outcome screen was painted. Calls `finished` after the last code."""

    def __init__(self, window: MainWindow, finished: Callable[[], None]) -> None:
        super().__init__()
        self.window, self.finished = window, finished
        self.codes: list[str] = []
        self.samples: list[float] = []
        self.sent_at: float | None = None
        self.give_up = QTimer(self)
        self.give_up.setSingleShot(True)
        self.give_up.setInterval(NOT_SHOWN_MS)
        self.give_up.timeout.connect(self._painted)
        window.kiosk.outcome.installEventFilter(self)

    def start(self, codes: list[str]) -> None:
        """Wait for the print worker, then scan the codes one by one."""
        self.codes = list(codes)
        printer = self.window.printer
        if printer is not None and not printer.running:
            QTimer.singleShot(GAP_MS, lambda: self.start(codes))
            return
        QTimer.singleShot(GAP_MS, self._scan)

    def _scan(self) -> None:
        if not self.codes:
            self.finished()
            return
        code = self.codes.pop()
        QTest.keyClicks(self.window, code)
        self.sent_at = time.perf_counter()
        self.give_up.start()
        QTest.keyClick(self.window, Qt.Key.Key_Return)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.sent_at is not None:
            QTimer.singleShot(0, self._painted)  # runs once this repaint pass is over
        return False

    def _painted(self) -> None:
        if self.sent_at is None:
            return
        self.give_up.stop()
        self.samples.append((time.perf_counter() - self.sent_at) * 1000)
        self.sent_at = None
        QTimer.singleShot(GAP_MS, self._next_guest)

    def _next_guest(self) -> None:
        self.window.kiosk.reset()
        QTimer.singleShot(GAP_MS, self._scan)


def first_time_guests(event: Event, count: int) -> list[str]:
    """Codes of valid tickets not checked in yet (after the import: it gave many guests new codes)."""
    return [r[0] for r in event.store.conn.execute(
        "SELECT code FROM attendees WHERE cancelled = 0 AND id NOT IN (SELECT attendee_id FROM checkins) "
        "ORDER BY random() LIMIT ?", (count,))]


def main() -> None:
    folder, import_file = Path(sys.argv[1]), Path(sys.argv[2])
    scans = int(sys.argv[3]) if len(sys.argv) > 3 else SCANS
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    event = open_event(folder, kiosk_id="probe")
    window = MainWindow(event, Languages(app, "de"))
    window.allow_close = True
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    memory = rss_mb()
    codes = [r[0] for r in event.store.conn.execute("SELECT code FROM attendees ORDER BY random() LIMIT ?",
                                                    (ACTIONS,))]
    state = {"step": 0}
    meter = StallMeter()
    scan_to_screen = ScanToScreen(window, app.quit)
    importer = subprocess.Popen([sys.executable, "-m", "kiosk", "--event", str(folder), "import", "attendees",
                                 str(import_file)], stdout=subprocess.DEVNULL)

    def act() -> None:
        step = state["step"]
        state["step"] += 1
        if step % 2:
            window.kiosk.handle_scan(codes[step % len(codes)])
        else:
            window.kiosk.reset() if step % 20 == 0 else window.kiosk.search.field.insert("mül"[step % 3])
        if state["step"] >= ACTIONS and importer.poll() is not None and not window.kiosk.deciding:
            driver.stop()  # every scan answered: the guests' scans are measured alone
            meter.timer.stop()
            window.kiosk.reset()
            scan_to_screen.start(first_time_guests(event, scans))

    driver = QTimer()
    driver.setInterval(15)
    driver.timeout.connect(act)
    driver.start()
    app.exec()
    print(f"longest stall {meter.worst_ms:.1f} ms, of it {meter.worst_cpu_wait_ms:.1f} ms waiting for a CPU",
          file=sys.stderr)
    print(json.dumps({"rss_mb": memory, "ui_max_stall_ms": meter.worst_ms,
                      "ui_max_own_stall_ms": meter.worst_own_ms,
                      "scan_to_screen_p99_ms": percentile(scan_to_screen.samples, 0.99)}), flush=True)
    event.close()
    os._exit(0)  # a measuring process: skip interpreter teardown, where PySide6 may trip over its own objects


if __name__ == "__main__":
    main()
