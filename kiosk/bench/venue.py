"""Venue mode speed (`kiosk bench --venue`), against a PostgreSQL server of its own on 127.0.0.1
(kiosk/bench/pg_server.py) and four machines, each with its own copy of the event and its own `kiosk sync`
process:

- `venue_converge_p95_ms`: every machine checks in `RATE` guests a second; from a check-in's commit at one
  machine to its row in each other machine's SQLite database (polled every `POLL_S`);
- `checkin_p99_ms@sync_running` against `checkin_p99_ms@sync_stopped`: the same schedule of scans, timed with and
  without the sync processes (decisions stay local);
- `scan_to_screen_p99_ms@sync_running` against `@sync_stopped`: the window's probe (ui/probe.py) on a machine of
  the venue while the other three check in and sync, and on the same machine without a venue;
- `venue_catch_up_10k_s`: a machine offline while `catch_up` events happened elsewhere is current again (its
  pull and apply after the reconnect)."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.bench.data import make_event, percentile
from kiosk.bench.pg_server import running_server
from kiosk.checkin.desk import CheckinDesk
from kiosk.event.config import CONFIG_FILE
from kiosk.event.folder import DATABASE_FILE, KIOSK_ID_ENV, Event, open_event
from kiosk.venue.process import sync_command
from kiosk.venue.server import init_server
from kiosk.venue.status import venue_status
from kiosk.venue.sync import sync_once

MACHINES = 4
RATE = 10  # check-ins a second at each machine
POLL_S = 0.01
DATABASE = "venue_bench"
SETTLE_S = 30  # at most, for the sync processes to connect and for the last rows to arrive
NOT_SEEN_MS = 10_000.0  # a check-in that never reached a machine counts with this


class SyncProcess:
    """A machine's `kiosk sync` process, started at once (its output in `sync.log` in the event folder)."""

    def __init__(self, folder: Path, kiosk_id: str) -> None:
        self.folder = folder
        with (folder / "sync.log").open("ab") as log:
            self.process = subprocess.Popen(sync_command(folder), env={**os.environ, KIOSK_ID_ENV: kiosk_id},
                                            stdin=subprocess.PIPE, stdout=log, stderr=log)

    def stop(self) -> None:
        """Close its standard input (its signal to finish) and wait; killed if it does not end in time."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(SETTLE_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def kill(self) -> None:
        """SIGKILL: no goodbye, whatever it had in hand."""
        self.process.kill()
        self.process.wait(SETTLE_S)

    def log(self) -> str:
        return (self.folder / "sync.log").read_text(errors="replace")


@dataclass
class Venue:
    """The bench's machines: their event folders and sync processes."""

    url: str
    folders: list[Path]
    processes: dict[int, SyncProcess] = field(default_factory=dict)

    def start_sync(self, number: int) -> None:
        self.processes[number] = SyncProcess(self.folders[number], kiosk_id(number))

    def stop_sync(self, number: int) -> None:
        self.processes.pop(number).stop()

    def all_connected(self) -> bool:
        """Whether every running sync process has said it is connected (on its log)."""
        return all("connected" in process.log() for process in self.processes.values())

    def stop_all(self) -> None:
        for number in list(self.processes):
            self.stop_sync(number)


def kiosk_id(number: int) -> str:
    return f"bench-{number + 1}"


def copy_event(config: Path, database: Path, target: Path, url: str | None) -> Path:
    """Another machine's event folder: `config`'s event.toml (in a venue, or not) and a copy of `database`'s
    SQLite database (through SQLite's backup)."""
    target.mkdir(parents=True)
    text = (config / CONFIG_FILE).read_text(encoding="utf-8")
    if url is not None:
        text += f'\n[venue]\ndb = "{url}"\n'
    (target / CONFIG_FILE).write_text(text, encoding="utf-8")
    with sqlite3.connect(database / DATABASE_FILE) as original, sqlite3.connect(target / DATABASE_FILE) as copy:
        original.backup(copy)
    return target


def count_checkins(event: Event) -> int:
    return int(event.store.conn.execute("SELECT count(*) FROM checkins").fetchone()[0])


def wait_until(condition: Callable[[], bool], seconds: float = SETTLE_S) -> bool:
    """Poll until the condition holds (bounded); whether it did."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


class ArrivalWatch:
    """Polls every machine's check-ins (a connection of its own each) and notes when each attendee's check-in
    first appeared there."""

    def __init__(self, folders: list[Path]) -> None:
        self.connections = [sqlite3.connect(folder / DATABASE_FILE, check_same_thread=False) for folder in folders]
        self.last = [self._newest(c) for c in self.connections]
        self.seen: list[dict[int, float]] = [{} for _ in folders]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    @staticmethod
    def _newest(connection: sqlite3.Connection) -> int:
        return connection.execute("SELECT coalesce(max(rowid), 0) FROM checkins").fetchone()[0]

    def _run(self) -> None:
        while not self.stop.is_set():
            for number, connection in enumerate(self.connections):
                rows = connection.execute("SELECT rowid, attendee_id FROM checkins WHERE rowid > ?",
                                          (self.last[number],)).fetchall()
                now = time.perf_counter()
                for rowid, attendee_id in rows:
                    self.seen[number].setdefault(attendee_id, now)
                    self.last[number] = max(self.last[number], rowid)
            time.sleep(POLL_S)

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        for connection in self.connections:
            connection.close()


@dataclass
class Scans:
    """A schedule's scans: wall-clock and CPU milliseconds each, and when each check-in committed."""

    wall_ms: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)
    committed: dict[tuple[int, int], float] = field(default_factory=dict)


def scan_schedule(events: list[Event], codes: list[list[str]], seconds: float) -> Scans:
    """Each machine checks in `RATE` guests a second for `seconds`, spread evenly (one thread takes turns, as
    four machines would in parallel); each scan's wall-clock and CPU time (on one machine of two cores, four
    machines' sync processes and the server also want the CPU: the CPU time shows what the decision itself
    costs) and when each check-in committed, by (machine, attendee)."""
    desks = [CheckinDesk(event, auto_print=False) for event in events]
    step = 1 / (RATE * len(events))
    scans = Scans()
    start = time.perf_counter()
    for turn in range(int(seconds * RATE) * len(events)):
        number = turn % len(events)
        time.sleep(max(0.0, start + turn * step - time.perf_counter()))
        began, began_cpu = time.perf_counter(), time.thread_time()
        result = desks[number].scan(codes[number][turn // len(events)])
        done = time.perf_counter()
        scans.cpu_ms.append((time.thread_time() - began_cpu) * 1000)
        scans.wall_ms.append((done - began) * 1000)
        if result is not None and result.attendee is not None:
            scans.committed[(number, result.attendee.id)] = done
    return scans


def converge_figures(watch: ArrivalWatch, committed: dict[tuple[int, int], float]) -> float:
    """p95 of commit-at-one to row-at-another over every check-in and every other machine."""
    delays = []
    for (origin, attendee_id), at in committed.items():
        for number, seen in enumerate(watch.seen):
            if number != origin:
                delays.append((seen[attendee_id] - at) * 1000 if attendee_id in seen else NOT_SEEN_MS)
    return percentile(delays, 0.95)


def probe_window(folder: Path, import_file: Path, scans: int) -> float:
    """scan_to_screen_p99_ms of the window's probe on that folder (its window starts the sync when the folder
    is in a venue)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run([sys.executable, "-m", "ui.probe", str(folder), str(import_file), str(scans)],
                           capture_output=True, text=True, env=env)
    if probe.returncode != 0:
        return float("nan")
    return float(json.loads(probe.stdout.strip().splitlines()[-1])["scan_to_screen_p99_ms"])


def catch_up_seconds(venue: Venue, late: int, writer: int, codes: list[str]) -> float:
    """`late`'s sync is stopped; `writer` checks in len(codes) guests (two event rows each: the check-in and the
    attempt) and its sync pushes them; then `late` pulls and applies them (the pull after a reconnect): its
    seconds."""
    venue.stop_sync(late)
    writing = open_event(venue.folders[writer], kiosk_id(writer))
    desk = CheckinDesk(writing, auto_print=False)
    for code in codes:
        desk.scan(code)
    wait_until(lambda: venue_status(writing.store)["outbox"] == 0, 120)
    writing.close()
    behind = open_event(venue.folders[late], kiosk_id(late))
    start = time.perf_counter()
    sync_once(behind, venue.url)
    seconds = time.perf_counter() - start
    behind.close()
    return seconds


def measure(seconds: float, catch_up: int, screen_scans: int) -> dict[str, float]:
    """Every venue figure; `seconds` of check-ins at each machine, `catch_up` events for the offline one."""
    attendees = 3 * MACHINES * RATE * int(seconds) + catch_up + 4 * screen_scans + 100
    with running_server() as server, tempfile.TemporaryDirectory(prefix="kiosk-bench-venue-") as temporary:
        root = Path(temporary)
        server.create_database(DATABASE)
        url = server.url(DATABASE)
        init_server(url)
        base, _ = make_event(root / "base", attendees)
        codes = [row[0] for row in base.store.conn.execute("SELECT code FROM attendees ORDER BY id")]
        base.close()
        venue = Venue(url, [copy_event(root / "base", root / "base", root / kiosk_id(n), url)
                                    for n in range(MACHINES)])
        for number, folder in enumerate(venue.folders):  # everyone has the list: the first push and pull
            event = open_event(folder, kiosk_id(number))
            sync_once(event, url)
            event.close()
        share = int(seconds * RATE)
        batches = [codes[n * share:(n + 1) * share] for n in range(3 * MACHINES)]
        events = [open_event(folder, kiosk_id(n)) for n, folder in enumerate(venue.folders)]
        alone = scan_schedule(events, batches[:MACHINES], seconds)
        for number in range(MACHINES):
            venue.start_sync(number)
        try:
            wait_until(lambda: venue.all_connected() and all(venue_status(e.store)["outbox"] == 0 for e in events)
                       and len({count_checkins(e) for e in events}) == 1)  # the first round is over everywhere
            running = scan_schedule(events, batches[MACHINES:2 * MACHINES], seconds)  # timed without the watch
            wait_until(lambda: all(venue_status(e.store)["outbox"] == 0 for e in events)
                       and len({count_checkins(e) for e in events}) == 1)
            watch = ArrivalWatch(venue.folders)  # a thread of this process: it would slow the timed scans
            committed = scan_schedule(events, batches[2 * MACHINES:], seconds).committed
            wait_until(lambda: all(len(seen) >= len(committed) for seen in watch.seen), 10)
            watch.close()
            converge = converge_figures(watch, committed)
            for event in events:
                event.close()
            used = 3 * MACHINES * share
            screen = measure_screen_with_sync(venue, root, codes[used:used + 2 * screen_scans], screen_scans)
            used += 2 * screen_scans
            catch_up_s = catch_up_seconds(venue, MACHINES - 1, 0, codes[used:used + catch_up // 2])
        finally:
            venue.stop_all()
    return {"venue_converge_p95_ms": converge, f"venue_catch_up_{catch_up // 1000}k_s": catch_up_s,
            "checkin_p99_ms@sync_running": percentile(running.wall_ms, 0.99),
            "checkin_p99_ms@sync_stopped": percentile(alone.wall_ms, 0.99),
            "checkin_cpu_p99_ms@sync_running": percentile(running.cpu_ms, 0.99),
            "checkin_cpu_p99_ms@sync_stopped": percentile(alone.cpu_ms, 0.99), **screen}


def measure_screen_with_sync(venue: Venue, root: Path, codes: list[str], scans: int) -> dict[str, float]:
    """The window's scan-to-screen on a fifth machine of the venue while the four others check in and sync,
    and on a copy of it outside any venue."""
    import_file = root / "base" / "attendees.csv"  # the list again: the probe's import changes nothing
    inside = copy_event(root / "base", venue.folders[0], root / "probe-venue", venue.url)
    outside = copy_event(root / "base", venue.folders[0], root / "probe-alone", None)
    stop = threading.Event()

    def traffic() -> None:
        events = [open_event(folder, kiosk_id(n)) for n, folder in enumerate(venue.folders)]
        desks = [CheckinDesk(event, auto_print=False) for event in events]
        for turn, code in enumerate(codes):
            if stop.wait(1 / (RATE * len(desks))):
                break
            desks[turn % len(desks)].scan(code)
        for event in events:
            event.close()

    sync_stopped = probe_window(outside, import_file, scans)
    worker = threading.Thread(target=traffic, daemon=True)
    worker.start()
    sync_running = probe_window(inside, import_file, scans)
    stop.set()
    worker.join()
    shutil.rmtree(inside, ignore_errors=True)
    return {"scan_to_screen_p99_ms@sync_running": sync_running, "scan_to_screen_p99_ms@sync_stopped": sync_stopped}
