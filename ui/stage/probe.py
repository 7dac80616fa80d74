"""Measures the poll screens for `kiosk bench`; prints one JSON line.

    python -m ui.stage.probe WORDS            (the figures, on an event it builds in a temporary folder)
    python -m ui.stage.probe --voter FOLDER POLL RATE COUNT TIMES_FILE   (a voting process, used by the above)

- `stage_frame_p99_ms`: one frame of the stage at 1920×1080 rendered offscreen, at 60 frames a second, while
  the bars of an 8-option poll glide to new counts, and with a word cloud of WORDS words whose counts keep
  growing and whose layouts are computed meanwhile (each picture's very first frame, which loads its glyphs, is
  not counted); with its median and `stage_frame_cpu_p99_ms`, the UI thread's own CPU time per frame (no
  target: on a busy machine a frame also waits for a CPU);
- `stage_cloud_update_p99_ms` (no target): the stage's UI-thread time for the cloud's new counts (at most 4
  times a second): asking for a layout, and swapping the finished one in (it is computed on a worker thread);
  `stage_cloud_update_cpu_p99_ms`: the UI thread's own CPU time in it;
- `vote_to_stage_p95_ms`: from a ballot committed by another process to the stage having drawn it;
- `vote_ui_max_stall_ms`: the kiosk window's longest UI-thread stall while other processes commit 100 ballots a
  second and a guest votes at the kiosk; with what the UI thread did in that stall (no target):
  `vote_ui_stall_cpu_ms`, the CPU time it used itself, and `vote_ui_stall_queued_ms`, how long it was ready to
  run but waited for a CPU (Linux; the machine busy with other processes).
"""

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from kiosk.bench.data import make_event, percentile
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import open_event
from kiosk.event.store import Store
from kiosk.polls.ballots import cast_vote
from kiosk.polls.model import SINGLE, WORDCLOUD, PollDefinition
from kiosk.polls.store import open_poll, save_draft, show_results

OPTIONS = ("Offene Daten", "WLAN in allen Bürgerämtern", "Digitale Bauanträge", "Smarte Straßenbeleuchtung",
           "E-Akte", "Bürgerportal", "مدينة ذكية", "智慧城市")
FRAMES = 300  # per picture: five seconds of frames at 60 Hz
LATENCY_BALLOTS = 40
BURST_RATE = 100  # ballots a second from other processes while the kiosk is measured
BURST_SECONDS = 4


def vote_in_another_process(folder: Path, poll: str, rate: float, count: int, times_file: Path) -> None:
    """Cast `count` ballots at about `rate` a second (random gaps) and write each commit's wall-clock time."""
    store = Store(folder / "event.sqlite", "voter")
    chance = random.Random(os.getpid())
    committed = []
    for number in range(count):
        cast_vote(store, poll, f"phone:v{os.getpid()}x{number}", [str(chance.randint(1, len(OPTIONS)))], utc_now())
        committed.append(time.time())
        time.sleep(chance.uniform(0.5, 1.5) / rate)
    times_file.write_text(json.dumps(committed), encoding="utf-8")
    store.close()


def _voters(folder: Path, poll: str, rate: float, count: int, processes: int = 1) -> list[tuple[subprocess.Popen,
                                                                                                  Path]]:
    started = []
    for number in range(processes):
        times = folder / f"voter-{poll}-{number}.json"
        process = subprocess.Popen([sys.executable, "-m", "ui.stage.probe", "--voter", str(folder), poll,
                                    str(rate / processes), str(count), str(times)])
        started.append((process, times))
    return started


def _prepare(folder: Path, words: int) -> None:
    """An event with an 8-option poll and a word cloud of `words` words, both open and shown."""
    event, _ = make_event(folder, 50)
    now = utc_now()
    save_draft(event.store, PollDefinition("bars", SINGLE, "Welche Maßnahme zuerst?", options=OPTIONS), now)
    save_draft(event.store, PollDefinition("cloud", WORDCLOUD, "Ein Wort zur Verwaltung von morgen"), now)
    for poll in ("cloud", "bars"):
        open_poll(event.store, poll, now)
        show_results(event.store, poll, now, shown=True)
    chance = random.Random(7)
    for number in range(words * 3):  # every word at least once, some far more often
        word = f"Wort{number % words}" if number < words else f"Wort{min(int(chance.expovariate(0.1)), words - 1)}"
        cast_vote(event.store, "cloud", f"phone:c{number}", [word], now)
    event.close()


def measure_frames(folder: Path, words: int) -> dict[str, float]:
    """Frame times of the stage with gliding bars and with the word cloud growing, paced at 60 frames a
    second with the event loop running (as on the stage), and the UI thread's time per cloud update."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage

    from kiosk.polls.views import stage_view
    from ui.stage.board import StageBoard, frame_ms

    app = QCoreApplication.instance()
    store = Store(folder / "event.sqlite", "stage")
    board = StageBoard("Bench")
    board.resize(1920, 1080)
    image = QImage(board.size(), QImage.Format.Format_RGB32)
    landed = [0]
    board.cloud.changed.connect(lambda: landed.__setitem__(0, landed[0] + 1))
    frames, frame_cpu, cloud_ui = [], [], []
    chance = random.Random(3)
    for poll in ("bars", "cloud"):
        board.show_view(stage_view(store, poll))
        _until_settled(app, board)
        board.render(image)  # the first frame of a picture loads its glyphs: a one-off, not the animation
        due = time.perf_counter()
        for frame in range(FRAMES):
            if frame % 15 == 0:  # a batched update 4 times a second (at 60 frames a second)
                for number in range(5):
                    answer = str(chance.randint(1, len(OPTIONS))) if poll == "bars" else \
                        f"Wort{min(int(chance.expovariate(0.2)), words - 1)}"
                    cast_vote(store, poll, f"phone:f{poll}{frame}x{number}", [answer], utc_now())
                view = stage_view(store, poll)  # read by the feed's thread on the stage
                started, cpu = time.perf_counter(), time.thread_time()
                board.show_view(view)  # the UI thread's part: measure new words, hand the layout to a worker
                if poll == "cloud":
                    cloud_ui.append(((time.perf_counter() - started) * 1000, (time.thread_time() - cpu) * 1000))
            before, started, cpu = landed[0], time.perf_counter(), time.thread_time()
            app.processEvents()  # a finished layout is swapped in here
            if landed[0] != before:
                cloud_ui.append(((time.perf_counter() - started) * 1000, (time.thread_time() - cpu) * 1000))
            cpu = time.thread_time()
            frames.append(frame_ms(board, image))
            frame_cpu.append((time.thread_time() - cpu) * 1000)
            due += 1 / 60
            time.sleep(max(0.0, due - time.perf_counter()))
    store.close()
    return {"stage_frame_p99_ms": percentile(frames, 0.99), "stage_frame_cpu_p99_ms": percentile(frame_cpu, 0.99),
            "stage_frame_p50_ms": percentile(frames, 0.5),
            "stage_cloud_update_p99_ms": percentile([wall for wall, _ in cloud_ui], 0.99),
            "stage_cloud_update_cpu_p99_ms": percentile([cpu for _, cpu in cloud_ui], 0.99)}


def _until_settled(app, board) -> None:
    """Let the word cloud's first layout land (bounded)."""
    deadline = time.perf_counter() + 10
    while not board.cloud.settled and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)


def measure_latency(folder: Path) -> dict[str, float]:
    """From commits in another process to the stage having drawn the new count."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QImage

    from ui.stage.board import StageBoard
    from ui.stage.feed import StageFeed

    app = QCoreApplication.instance()
    board = StageBoard("Bench")
    board.resize(1920, 1080)
    image = QImage(board.size(), QImage.Format.Format_RGB32)
    drawn: list[tuple[float, int]] = []  # (wall clock, ballots shown)

    def show(view) -> None:
        board.show_view(view)
        board.render(image)
        drawn.append((time.time(), view.ballots))

    feed = StageFeed(folder / "event.sqlite", "stage")
    feed.follow("bars")
    feed.updated.connect(show)
    feed.start()
    base_store = Store(folder / "event.sqlite", "stage")
    base = base_store.conn.execute("SELECT count(*) FROM poll_ballots WHERE poll = 'bars'").fetchone()[0]
    base_store.close()
    (process, times), = _voters(folder, "bars", 10, LATENCY_BALLOTS)
    waiter = QTimer()
    waiter.timeout.connect(lambda: app.quit() if process.poll() is not None else None)
    waiter.start(100)
    app.exec()
    deadline = time.time() + 1.0
    while time.time() < deadline and (not drawn or drawn[-1][1] < base + LATENCY_BALLOTS):
        app.processEvents()
        time.sleep(0.01)
    feed.stop()
    committed = json.loads(times.read_text(encoding="utf-8"))
    latencies = []
    for number, at in enumerate(committed, start=1):
        shown = next((moment for moment, ballots in drawn if ballots >= base + number), None)
        latencies.append((shown - at) * 1000 if shown is not None else float("inf"))
    return {"vote_to_stage_p95_ms": percentile(latencies, 0.95)}


def _queued_ms() -> float:
    """How long this thread has waited for a CPU while ready to run (Linux schedstat), in ms; 0 elsewhere."""
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat", encoding="ascii") as stat:
            return int(stat.read().split()[1]) / 1e6
    except OSError:
        return 0.0


def _stall_meter():
    """The window probe's stall meter, also noting the UI thread's own CPU time and its wait for a CPU during
    the longest stall."""
    from ui.probe import StallMeter

    class Meter(StallMeter):
        def __init__(self) -> None:
            self.cpu_ms = self.queued_ms = 0.0
            self._marks = (time.thread_time(), _queued_ms())
            super().__init__()

        def _tick(self) -> None:
            worst, marks = self.worst_ms, (time.thread_time(), _queued_ms())
            super()._tick()
            if self.worst_ms > worst:
                self.cpu_ms, self.queued_ms = (marks[0] - self._marks[0]) * 1000, marks[1] - self._marks[1]
            self._marks = marks

    return Meter()


def measure_kiosk_stall(folder: Path) -> dict[str, float]:
    """The kiosk window's longest stall while 100 ballots a second arrive and a guest votes at the kiosk."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.i18n import Languages
    from ui.main_window import MainWindow
    from ui.polls.kiosk_vote import OptionButton

    app = QApplication.instance()
    event = open_event(folder, kiosk_id="probe")
    window = MainWindow(event, Languages(app, "de"))
    window.allow_close = True
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    codes = [row[0] for row in event.store.conn.execute("SELECT code FROM attendees LIMIT 40")]
    kiosk = window.kiosk
    voters = _voters(folder, "bars", BURST_RATE, BURST_RATE * BURST_SECONDS, processes=2)
    time.sleep(1.0)  # the voting processes have started (their start-up is not the kiosk's stall)
    app.processEvents()
    meter = _stall_meter()
    step = {"n": 0}

    def tap(button) -> None:
        if button is not None and button.isVisible():
            button.click()

    def option() -> OptionButton | None:
        grid = kiosk.voting.options
        buttons = [grid.itemAt(i).widget() for i in range(grid.count())]
        options = [b for b in buttons if isinstance(b, OptionButton)]
        return options[step["n"] % len(options)] if options else None

    def guest() -> None:  # a guest's taps a quarter second apart: Vote now, the poll, the badge, an answer
        number = step["n"]
        step["n"] += 1
        match number % 5:
            case 0:
                kiosk.reset()
                tap(kiosk.vote_button)
            case 1:
                pick = kiosk.voting.pick_buttons
                tap(pick.itemAt(0).widget() if pick.count() > 1 else None)
            case 2:
                kiosk.handle_scan(codes[number // 5 % len(codes)])
            case 3:
                tap(option())
        if all(process.poll() is not None for process, _ in voters):
            app.quit()

    driver = QTimer()
    driver.timeout.connect(guest)
    driver.start(250)
    app.exec()
    return {"vote_ui_max_stall_ms": meter.worst_ms, "vote_ui_stall_cpu_ms": meter.cpu_ms,
            "vote_ui_stall_queued_ms": meter.queued_ms}


def main() -> None:
    if sys.argv[1] == "--voter":
        folder, poll, rate, count, times = sys.argv[2:7]
        vote_in_another_process(Path(folder), poll, float(rate), int(count), Path(times))
        return
    words = int(sys.argv[1])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import create_application

    create_application()
    temporary = Path(tempfile.mkdtemp(prefix="kiosk-bench-stage-"))
    folder = temporary / "event"
    _prepare(folder, words)
    figures = measure_frames(folder, words)
    figures.update(measure_latency(folder))
    figures.update(measure_kiosk_stall(folder))
    print(json.dumps(figures), flush=True)
    shutil.rmtree(temporary, ignore_errors=True)
    os._exit(0)  # a measuring process: skip interpreter teardown, where PySide6 may trip over its own objects


if __name__ == "__main__":
    main()
