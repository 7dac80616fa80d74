"""Measures the programme screens for `kiosk bench`; prints one JSON line.

`screen_frame_p99_ms`: the info screen at 1920×1080, offscreen, over a programme of N sessions in 30 rooms,
one frame rendered per tick of its clock (`grab()`), pages turning. `programme_refresh_stall_ms`: the longest
UI-thread stall of the attendee kiosk (its programme on screen) while the URL follower fetches and imports a
new version of that programme from a local web server (another process) and the screens reload it.

    python -m ui.programme.probe SESSIONS
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from kiosk.bench.data import percentile
from kiosk.bench.programme import big_programme, frab_xml
from kiosk.event.config import write_config_document
from kiosk.event.folder import Event, init_event, open_event
from kiosk.programme.frab import parse_frab
from kiosk.programme.importing import import_programme
from kiosk.programme.model import ParsedProgramme
from kiosk.programme.views import load_view
from ui.app import create_application
from ui.probe import StallMeter

ROOMS = 30
FRAMES = 300
ZONE = ZoneInfo("Europe/Berlin")
DAY = date(2027, 4, 27)


def frame_times(event: Event, first_day: date) -> list[float]:
    """Milliseconds per rendered frame of the info screen, the clock advancing a few seconds each frame."""
    from ui.programme.info_board import InfoBoard

    board = InfoBoard(event.config.name, event.config.programme.barcamp, first_day)
    board.resize(1920, 1080)
    board.set_view(load_view(event.store, ZONE))
    moment = datetime.combine(DAY, datetime.min.time(), ZONE) + timedelta(hours=9)
    board.set_time(moment)
    board.grab()  # fonts and caches warm
    times = []
    for frame in range(FRAMES):
        started = time.perf_counter()
        board.set_time(moment + timedelta(seconds=7 * frame))
        if frame % 10 == 0:
            board.next_page()
        board.grab()
        times.append((time.perf_counter() - started) * 1000)
    return times


def wait_until(app: QApplication, condition: Callable[[], bool], seconds: float = 60) -> None:
    """Run the event loop until the condition holds (or the time is up)."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)


def drain_events(app: QApplication, quiet_ms: float = 2.0, passes: int = 50) -> None:
    """Run the event loop until a pass finds little to do: the layout and paint a shown change left behind."""
    for _ in range(passes):
        started = time.perf_counter()
        app.processEvents()
        if (time.perf_counter() - started) * 1000 < quiet_ms:
            return


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def refresh_stall(folder: Path, newer: bytes, app: QApplication) -> float:
    """The worst UI stall of the kiosk window while a new programme arrives through the followed URL."""
    from ui.i18n import Languages
    from ui.main_window import MainWindow

    site = folder.parent / "site"
    site.mkdir()
    (site / "schedule.xml").write_bytes(newer)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory",
                               str(site)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        document = tomllib.loads((folder / "event.toml").read_text(encoding="utf-8"))
        document["programme"] = {"url": f"http://127.0.0.1:{port}/schedule.xml", "refresh_seconds": 600}
        write_config_document(folder, document)
        for _ in range(100):  # until the server listens
            with socket.socket() as attempt:
                if attempt.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        event = open_event(folder, kiosk_id="probe")
        window = MainWindow(event, Languages(app, "de"), printing=False)
        window.allow_close = True
        window.resize(1920, 1080)
        window.show()
        window.kiosk._open_programme()
        service = window.programme
        wait_until(app, lambda: service.view.revision[0] >= 1)  # the programme as it was, on screen:
        drain_events(app)  # laid out and painted (its first paint, 10-50 ms, is no part of the refresh)
        meter = StallMeter()
        wait_until(app, lambda: service.view.revision[0] >= 2)  # the follower's new version, on screen
        settle = time.monotonic() + 1.0
        while time.monotonic() < settle:
            app.processEvents()
            time.sleep(0.001)
        worst = meter.worst_ms
        service.stop()
        return worst
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    sessions = int(sys.argv[1])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    parsed = big_programme(sessions, ROOMS, DAY, ZONE)
    moved = ParsedProgramme(sessions=[replace(s, start=s.start + timedelta(minutes=5), end=s.end + timedelta(minutes=5))
                                      if number % 10 == 0 else s for number, s in enumerate(parsed.sessions)])
    with tempfile.TemporaryDirectory(prefix="kiosk-screen-probe-") as temporary:
        folder = Path(temporary) / "event"
        init_event(folder, "Smart Region Summit 2027", DAY)
        event = open_event(folder, kiosk_id="probe")
        import_programme(event.store, parse_frab(frab_xml(parsed, DAY), "v1.xml", ZONE), "v1.xml")
        frames = frame_times(event, DAY)
        event.close()
        stall = refresh_stall(folder, frab_xml(moved, DAY), app)
    print(json.dumps({"screen_frame_p99_ms": percentile(frames, 0.99), "programme_refresh_stall_ms": stall}),
          flush=True)
    os._exit(0)  # a measuring process: skip interpreter teardown, where PySide6 may trip over its own objects


if __name__ == "__main__":
    main()
