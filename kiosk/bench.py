"""`kiosk bench`: the speed figures of the issues, measured on data the bench builds itself."""

import csv
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.checkin import CheckinDesk
from kiosk.config import write_config_document
from kiosk.event import Event, open_event
from kiosk.importer import import_attendees
from kiosk.search import kiosk_search, search

FIRST = ("Anna", "Lukas", "Özlem", "Jonas", "Sophie", "Jürgen", "Hannah", "Renée", "Elias", "Zoë", "Mehmet", "Paul",
         "Ulrike", "Katharina", "Maximilian", "Leonie", "Ahmad", "Agnieszka", "Björn", "Sören", "Greta", "Malte")
LAST = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Öztürk", "Yılmaz", "Kowalczyk", "Nowak", "Groß", "Weiß", "Krämer", "Müller-Lüdenscheidt", "Schäfer")
ORGS = ("Stadt Darmstadt", "Stadt Fulda", "Wetteraukreis", "Kreis Bergstraße", "Hochschule Fulda", "TU Darmstadt",
        "Digitalstadt Darmstadt GmbH", "Smart Solutions & Co. KG", "Stadtwerke Gießen AG", "Gemeinde Eichenzell")
TARGETS = {"checkin_p99_ms": 2, "search_p99_ms": 10, "import_50k_s": 5, "startup_s": 1.5, "rss_mb": 250,
           "ui_max_stall_ms": 50}


def percentile(samples: list[float], share: float) -> float:
    """The value below which `share` of the samples lie."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def write_attendee_csv(path: Path, count: int, seed: int = 1) -> None:
    """A registration export of `count` made-up guests with unique codes."""
    chooser = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Vorname", "Nachname", "Organisation", "E-Mail", "Kategorie", "Ticket-Code", "Status"])
        for number in range(count):
            first, last = chooser.choice(FIRST), chooser.choice(LAST)
            writer.writerow([first, f"{last}{number % 97 or ''}", chooser.choice(ORGS), f"g{number}@example.org",
                             "Teilnehmende", f"B{number:09d}X{chooser.randrange(10**6):06d}", "bezahlt"])


def make_event(folder: Path, attendees: int) -> tuple[Event, float]:
    """An event with that many imported attendees, and the seconds the import took."""
    write_config_document(folder, {"event": {"name": "Bench", "start": "2026-11-24"},
                                   "categories": [{"name": "Teilnehmende"}]})
    source = folder / "attendees.csv"
    write_attendee_csv(source, attendees)
    event = open_event(folder, kiosk_id="bench")
    start = time.perf_counter()
    import_attendees(event, source)
    return event, time.perf_counter() - start


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
