"""A checking-in process killed with SIGKILL at random moments loses and doubles nothing."""

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from kiosk.attendees.importer import import_attendees
from kiosk.event.folder import open_event
from tests.conftest import write_event

KILLS = 24
WORKER = """
import sys
from kiosk.checkin.desk import CheckinDesk
from kiosk.event.folder import open_event
event = open_event(__import__("pathlib").Path(sys.argv[1]), kiosk_id="victim")
desk = CheckinDesk(event)
pending = [r[0] for r in event.store.conn.execute(
    "SELECT id FROM attendees WHERE id NOT IN (SELECT attendee_id FROM checkins WHERE undone_at IS NULL)")]
print("ready", flush=True)
for attendee_id in pending:
    result = desk.check_in(attendee_id, "scan")
    sys.stdout.write(f"{result.outcome.value} {attendee_id}\\n")  # one write: a whole line is an acknowledgement
    sys.stdout.flush()
"""


def test_sigkill_at_random_moments(tmp_path: Path) -> None:
    folder = write_event(tmp_path / "event")
    rows = "\n".join(f"Gast{i};Nummer{i};CODE{i:08d}" for i in range(3000))
    (tmp_path / "a.csv").write_text(f"Vorname;Nachname;Ticket-Code\n{rows}\n", encoding="utf-8")
    event = open_event(folder, "setup")
    import_attendees(event, tmp_path / "a.csv")
    event.close()
    chooser = random.Random(7)
    acknowledged: list[int] = []
    for _ in range(KILLS):
        worker = subprocess.Popen([sys.executable, "-c", WORKER, str(folder)], stdout=subprocess.PIPE, text=True,
                                  cwd=Path(__file__).resolve().parents[3])
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
        time.sleep(chooser.uniform(0.005, 0.12))
        worker.send_signal(signal.SIGKILL)
        output = worker.communicate()[0]
        whole_lines = output.split("\n")[:-1]  # a line cut off by the kill was never acknowledged
        acknowledged += [int(line.split()[1]) for line in whole_lines if line.startswith("welcome ")]

    event = open_event(folder, "check")
    conn = event.store.conn
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    checked_in = [r[0] for r in conn.execute("SELECT attendee_id FROM checkins WHERE undone_at IS NULL")]
    assert len(checked_in) == len(set(checked_in)), "an attendee was checked in twice"
    assert set(acknowledged) <= set(checked_in), "an acknowledged check-in was lost"
    assert len(acknowledged) > 0
    checkin_events = conn.execute("SELECT count(*) FROM events WHERE kind = 'checkin'").fetchone()[0]
    assert checkin_events == len(checked_in), "state and event log disagree"
    event.close()
