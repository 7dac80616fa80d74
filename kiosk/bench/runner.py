"""`kiosk bench`: the speed figures of the issues, measured on data the bench builds itself."""

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.attendees.search import kiosk_search, search
from kiosk.bench import badges as badge_figures
from kiosk.bench import phones as phone_figures
from kiosk.bench import polls as poll_figures
from kiosk.bench import programme as programme_figures
from kiosk.bench import venue as venue_figures
from kiosk.bench.data import make_event, percentile, timed_ms, write_attendee_csv
from kiosk.bench.printing import measure_scan_to_print
from kiosk.checkin.desk import CheckinDesk
from kiosk.event.folder import Event

TARGETS = {"checkin_p99_ms": 2, "search_p99_ms": 10, "import_50k_s": 5, "startup_s": 1.5, "rss_mb": 250,
           "ui_max_stall_ms": 50, "badge_p50_ms": 30, "badge_p99_ms": 80, "badge_batch_2000_s": 10,
           "scan_to_print_p95_ms": 150, "badge_vs_bare_ratio": 1.5, "programme_import_1000_s": 0.3,
           "now_next_p99_ms": 2, "vote_p99_ms": 2, "results_p99_ms": 5, "scan_to_screen_p99_ms": 33,
           "screen_frame_p99_ms": 16, "programme_refresh_stall_ms": 50, "stage_frame_p99_ms": 16,
           "vote_to_stage_p95_ms": 400, "vote_ui_max_stall_ms": 50, "phone_votes_2000_p99_ms": 200,
           "phone_votes_lost": 0, "sse_fanout_p95_ms": 500, "phone_server_rss_mb": 300,
           "venue_converge_p95_ms": 1000, "venue_catch_up_10k_s": 5}
SCAN_TO_SCREEN = "scan_to_screen_p99_ms"


def measure_checkin(event: Event, scans: int) -> dict[str, float]:
    codes = [r[0] for r in event.store.conn.execute("SELECT code FROM attendees ORDER BY random() LIMIT ?",
                                                    (scans,))]
    event.store.defer_checkpoints()  # as in the kiosk window, which checkpoints on a worker thread
    desk = CheckinDesk(event)
    welcome = [timed_ms(lambda c=code: desk.scan(c)) for code in codes]
    again = CheckinDesk(event)
    repeat = [timed_ms(lambda c=code: again.scan(c)) for code in codes[:500]]
    return {"checkin_p50_ms": statistics.median(welcome), "checkin_p99_ms": percentile(welcome, 0.99),
            "already_p99_ms": percentile(repeat, 0.99)}


def measure_search(event: Event, people: int) -> dict[str, float]:
    rows = event.store.rows("SELECT first_name, last_name FROM attendees ORDER BY random() LIMIT ?", (people,))
    kiosk_times, staff_times = [], []
    for row in rows:
        typed = f"{row['last_name']} {row['first_name']}"
        for end in range(1, len(typed) + 1):
            prefix = typed[:end]
            staff_times.append(timed_ms(lambda p=prefix: search(event.store, p, 100)))
            if len(prefix.replace(" ", "")) >= 3:
                kiosk_times.append(timed_ms(lambda p=prefix: kiosk_search(event.store, p, 3, 5)))
    return {"search_p99_ms": percentile(kiosk_times, 0.99), "staff_search_p99_ms": percentile(staff_times, 0.99)}


def measure_window(folder: Path, import_file: Path, scans: int) -> dict[str, float]:
    """Start-up (process start to first rendered frame, median of three), memory, UI stalls and, over `scans`
    scans with the print worker running, a scanner's burst to the outcome screen painted, each measured in
    fresh processes of the Qt front end."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    starts = []
    for _ in range(3):
        launched = time.time()
        smoke = subprocess.run([sys.executable, "-m", "ui.launcher", "--smoke-test", "--event", str(folder)],
                               capture_output=True, text=True, env=env)
        found = re.search(r"first frame at ([0-9.]+)", smoke.stdout)
        if smoke.returncode != 0 or not found:
            return {"startup_s": float("nan")}
        starts.append(float(found.group(1)) - launched)
    startup = statistics.median(starts)
    probe = subprocess.run([sys.executable, "-m", "ui.probe", str(folder), str(import_file), str(scans)],
                           capture_output=True, text=True, env=env)
    figures = json.loads(probe.stdout.strip().splitlines()[-1]) if probe.returncode == 0 else {}
    return {"startup_s": startup, **figures}


def measure_screens(sessions: int) -> dict[str, float]:
    """The info screen's frame time over a programme of that many sessions in 30 rooms, and the kiosk's longest
    stall while a followed URL brings a new version of it, measured in a fresh process of the Qt front end."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run([sys.executable, "-m", "ui.programme.probe", str(sessions)], capture_output=True,
                           text=True, env=env)
    return json.loads(probe.stdout.strip().splitlines()[-1]) if probe.returncode == 0 else {}


def measure_stage(words: int) -> dict[str, float]:
    """The polls' stage (frames with gliding bars and a word cloud of that many words, a ballot of another
    process to the stage) and the kiosk's longest stall while 100 ballots a second arrive, measured in a fresh
    process of the Qt front end (ui/stage/probe.py)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run([sys.executable, "-m", "ui.stage.probe", str(words)], capture_output=True, text=True,
                           env=env)
    return json.loads(probe.stdout.strip().splitlines()[-1]) if probe.returncode == 0 else {}


@dataclass(frozen=True)
class BenchSizes:
    """How much data each measurement uses; the targets are for the full sizes."""

    checkin_attendees: int = 20_000
    checkin_scans: int = 2_000
    import_rows: int = 50_000
    searched_people: int = 200
    badges: int = 200
    badge_batch: int = 2_000
    print_attendees: int = 3_000
    print_scans: int = 200
    programme_sessions: int = 1_000
    poll_ballots: int = 10_000  # ballots in a poll before its votes and results are timed
    poll_votes: int = 2_000
    poll_words: int = 2_000  # distinct words of the word cloud
    screen_scans: int = 200  # scanner bursts timed to the painted outcome screen
    stage_words: int = 200  # distinct words of the stage's word cloud
    phones: int = 2_000  # simulated phones against `kiosk serve`
    venue_seconds: int = 10  # of check-ins at every machine of the venue
    venue_catch_up: int = 10_000  # events an offline machine catches up on
    venue_screen_scans: int = 100  # scanner bursts timed to the painted outcome screen, sync running or not


FULL = BenchSizes()
QUICK = BenchSizes(2_000, 200, 5_000, 20, 20, 200, 300, 20, 100, 1_000, 200, 200, 20, 20, phones=200, venue_seconds=3,
                   venue_catch_up=1_000, venue_screen_scans=20)
QUICK_VERDICT = "n/a (quick)"


def measured_on(figures: dict[str, float], data: str, sizes: BenchSizes) -> dict[str, float]:
    """Full-size figures keep the names their targets have; smaller ones say what they were measured on
    (`checkin_p99_ms@2000_attendees`)."""
    return figures if sizes == FULL else {f"{name}@{data}": value for name, value in figures.items()}


def verdict(name: str, value: float, quick: bool) -> str:
    """'ok' or 'OVER' for a full-size figure with a target; a quick figure is no test of a target."""
    if quick:
        return QUICK_VERDICT
    target = TARGETS.get(name)
    return "" if target is None else ("ok" if value <= target else "OVER")


def measure_all(sizes: BenchSizes) -> dict[str, float]:
    """Every figure, named by what it was measured on (see `measured_on`)."""
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as temporary:
        root = Path(temporary)
        event, _ = make_event(root / "checkin", sizes.checkin_attendees)
        checkin = measure_checkin(event, sizes.checkin_scans)
        results.update(measured_on(checkin, f"{sizes.checkin_attendees}_attendees", sizes))
        event.close()
        event, import_seconds = make_event(root / "large", sizes.import_rows)
        results[f"import_{sizes.import_rows // 1000}k_s"] = import_seconds  # the size is in the name
        large = f"{sizes.import_rows}_attendees"
        results.update(measured_on(measure_search(event, sizes.searched_people), large, sizes))
        event.close()
        results.update(window_figures(root / "large", sizes))
    badges = badge_figures.measure(sizes.badges, sizes.badge_batch)
    batch = f"badge_batch_{sizes.badge_batch}_s"  # the size is in the name
    batch_seconds = badges.pop(batch)
    results.update(measured_on(badges, f"{sizes.badges}_badges", sizes))
    results[batch] = batch_seconds
    results.update(measured_on(measure_scan_to_print(sizes.print_attendees, sizes.print_scans),
                               f"{sizes.print_scans}_scans", sizes))
    programme = programme_figures.measure(sizes.programme_sessions)
    imported = f"programme_import_{sizes.programme_sessions}_s"  # the size is in the name
    results[imported] = programme.pop(imported)
    results.update(measured_on(programme, f"{sizes.programme_sessions}_sessions", sizes))
    results.update(measured_on(measure_screens(sizes.programme_sessions), f"{sizes.programme_sessions}_sessions",
                               sizes))
    results.update(measure_polls(sizes))
    results.update(measure_phones(sizes))
    return {name: round(value, 3) for name, value in results.items()}


def window_figures(folder: Path, sizes: BenchSizes) -> dict[str, float]:
    """The window's figures (`measure_window`) on an event of `sizes.import_rows` guests in `folder`, while a
    second list that replaces every code is imported."""
    second_list = folder.parent / "second.csv"
    write_attendee_csv(second_list, sizes.import_rows, seed=2)
    window = measure_window(folder, second_list, sizes.screen_scans)
    scan_to_screen = {name: window.pop(name) for name in [SCAN_TO_SCREEN] if name in window}
    return {**measured_on(window, f"{sizes.import_rows}_attendees", sizes),
            **measured_on(scan_to_screen, f"{sizes.screen_scans}_scans", sizes)}


def measure_kiosk_window(sizes: BenchSizes) -> dict[str, float]:
    """The kiosk window alone (`kiosk bench --only window`): start-up, memory, UI stalls during a re-import and
    scan to screen."""
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as temporary:
        folder = Path(temporary) / "large"
        make_event(folder, sizes.import_rows)[0].close()
        return window_figures(folder, sizes)


def measure_polls(sizes: BenchSizes) -> dict[str, float]:
    """Live polls: ballots and results (kiosk/bench/polls.py), the stage and the voting kiosk (ui/stage/probe.py)."""
    polls = poll_figures.measure(sizes.poll_ballots, sizes.poll_votes, sizes.poll_words)
    return {**measured_on(polls, f"{sizes.poll_ballots}_ballots", sizes),
            **measured_on(measure_stage(sizes.stage_words), f"{sizes.stage_words}_words", sizes)}


def measure_phones(sizes: BenchSizes) -> dict[str, float]:
    """The phones' server: simulated phones join, hold event streams and vote (kiosk/bench/phones.py)."""
    return measured_on(phone_figures.measure(sizes.phones), f"{sizes.phones}_phones", sizes)


def measure_venue(sizes: BenchSizes) -> dict[str, float]:
    """Venue mode: four machines and their sync processes on a PostgreSQL server of its own (kiosk/bench/venue.py).
    Not part of `measure_all`: it needs PostgreSQL's server binaries (`kiosk bench --venue`)."""
    figures = venue_figures.measure(sizes.venue_seconds, sizes.venue_catch_up, sizes.venue_screen_scans)
    catch_up = f"venue_catch_up_{sizes.venue_catch_up // 1000}k_s"  # the size is in the name
    seconds = figures.pop(catch_up)
    return {**measured_on(figures, f"{sizes.venue_seconds}s_of_checkins", sizes), catch_up: seconds}


# what `kiosk bench --only` can measure alone
SECTIONS = {"phones": measure_phones, "venue": measure_venue, "polls": measure_polls, "window": measure_kiosk_window}


def report(results: dict[str, float], quick: bool) -> str:
    """The figures as a table with their targets and verdicts."""
    width = max(len(name) for name in results) + 2
    lines = [f"{'figure':<{width}}{'measured':>12}{'target':>10}"]
    for name, value in results.items():
        target = "" if quick else TARGETS.get(name, "")
        lines.append(f"{name:<{width}}{value:>12}{target:>10}  {verdict(name, value, quick)}".rstrip())
    return "\n".join(lines)


def run_bench(as_json: bool, quick: bool = False, only: str | None = None) -> int:
    """Measure everything (or `only` one of the SECTIONS) and print a table (or one JSON object); `quick`
    measures a tenth of the data, and names the figures accordingly."""
    sizes = QUICK if quick else FULL
    results = {name: round(value, 3) for name, value in SECTIONS[only](sizes).items()} if only else \
        measure_all(sizes)
    print(json.dumps(results) if as_json else report(results, quick))
    return 0
