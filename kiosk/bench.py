"""`kiosk bench`: the speed figures of the issues, measured on data the bench builds itself."""

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kiosk.badges import bench as badge_figures
from kiosk.bench_data import make_event, percentile, timed_ms, write_attendee_csv
from kiosk.checkin import CheckinDesk
from kiosk.event import Event
from kiosk.printing.bench import measure_scan_to_print
from kiosk.search import kiosk_search, search

TARGETS = {"checkin_p99_ms": 2, "search_p99_ms": 10, "import_50k_s": 5, "startup_s": 1.5, "rss_mb": 250,
           "ui_max_stall_ms": 50, "badge_p50_ms": 30, "badge_p99_ms": 80, "badge_batch_2000_s": 10,
           "scan_to_print_p95_ms": 150, "badge_vs_bare_ratio": 1.5}


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


def measure_window(folder: Path, import_file: Path) -> dict[str, float]:
    """Start-up (process start to first rendered frame, median of three), memory and UI stalls, each
    measured in fresh processes of the Qt front end."""
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
    probe = subprocess.run([sys.executable, "-m", "ui.probe", str(folder), str(import_file)], capture_output=True,
                           text=True, env=env)
    figures = json.loads(probe.stdout.strip().splitlines()[-1]) if probe.returncode == 0 else {}
    return {"startup_s": startup, **figures}


def run_bench(as_json: bool, quick: bool = False) -> int:
    """Measure everything and print a table (or one JSON object)."""
    scale = 10 if quick else 1
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as temporary:
        root = Path(temporary)
        event, _ = make_event(root / "checkin", 20_000 // scale)
        results.update(measure_checkin(event, 2000 // scale))
        event.close()
        event, import_seconds = make_event(root / "large", 50_000 // scale)
        results["import_50k_s"] = import_seconds
        results.update(measure_search(event, 200 // scale))
        event.close()
        second_list = root / "second.csv"
        write_attendee_csv(second_list, 50_000 // scale, seed=2)
        results.update(measure_window(root / "large", second_list))
    results.update(badge_figures.measure(200 // scale, 2000 // scale))
    results.update(measure_scan_to_print(3000 // scale, 200 // scale))
    results = {k: round(v, 3) for k, v in results.items()}
    if as_json:
        print(json.dumps(results))
    else:
        print(f"{'figure':<24}{'measured':>12}{'target':>10}")
        for key, value in results.items():
            target = TARGETS.get(key)
            verdict = "" if target is None else ("  ok" if value <= target else "  OVER")
            print(f"{key:<24}{value:>12}{'' if target is None else target:>10}{verdict}")
    return 0
