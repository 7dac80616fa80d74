"""Measures the window for `kiosk bench`: memory with the event open, and the longest UI-thread stall
while guests scan and search and staff import a list (`kiosk import`, another process) at the same time.
Prints one JSON line.

    python -m ui.probe EVENT_FOLDER IMPORT_FILE
"""

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from kiosk.event.folder import open_event
from ui.app import create_application
from ui.i18n import Languages
from ui.main_window import MainWindow

TICK_MS = 5
ACTIONS = 400


def rss_mb() -> float:
    """Resident memory of this process now (Linux), else its peak."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class StallMeter:
    """A fast timer on the UI thread; the longest gap between its ticks is the longest stall."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.worst_ms = 0.0
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst_ms = max(self.worst_ms, (now - self.last) * 1000 - TICK_MS)
        self.last = now


def main() -> None:
    folder, import_file = Path(sys.argv[1]), Path(sys.argv[2])
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
    importer = subprocess.Popen([sys.executable, "-m", "kiosk", "--event", str(folder), "import", "attendees",
                                 str(import_file)], stdout=subprocess.DEVNULL)

    def act() -> None:
        step = state["step"]
        state["step"] += 1
        if step % 2:
            window.kiosk.handle_scan(codes[step % len(codes)])
        else:
            window.kiosk.reset() if step % 20 == 0 else window.kiosk.search.field.insert("mül"[step % 3])
        if state["step"] >= ACTIONS and importer.poll() is not None:
            app.quit()

    driver = QTimer()
    driver.setInterval(15)
    driver.timeout.connect(act)
    driver.start()
    app.exec()
    print(json.dumps({"rss_mb": memory, "ui_max_stall_ms": meter.worst_ms}), flush=True)
    event.close()
    os._exit(0)  # a measuring process: skip interpreter teardown, where PySide6 may trip over its own objects


if __name__ == "__main__":
    main()
