"""Ballots under pressure, in real processes on a real database: twenty processes voting as one voter at the
same moment leave one ballot, a poll closed while votes pour in takes none after its close, and SIGKILL at
random moments loses no acknowledged ballot."""

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event, open_event
from kiosk.polls.model import SINGLE, PollDefinition
from kiosk.polls.store import close_poll, open_poll, save_draft

ROOT = Path(__file__).resolve().parents[3]
SAME_MOMENT = """
import json, sys
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import open_event
from kiosk.polls.ballots import cast_vote
event = open_event(__import__("pathlib").Path(sys.argv[1]), kiosk_id="k" + sys.argv[2])
print("ready", flush=True)
sys.stdin.readline()  # all at once
print(json.dumps(cast_vote(event.store, "p", "ticket:7", [sys.argv[2]], utc_now()).as_json()), flush=True)
"""
STREAM = """
import sys
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import open_event
from kiosk.polls.ballots import cast_vote
event = open_event(__import__("pathlib").Path(sys.argv[1]), kiosk_id="voter")
print("ready", flush=True)
for number in range(int(sys.argv[2]), int(sys.argv[2]) + 100_000):
    result = cast_vote(event.store, "p", f"phone:{number}", ["1"], utc_now())
    sys.stdout.write(f"{'yes' if result.accepted else 'no'} {number}\\n")  # one write: a whole line is an ack
    sys.stdout.flush()
    if not result.accepted:
        break
"""


def _poll(event: Event, allow_change: bool = False) -> Path:
    save_draft(event.store, PollDefinition("p", SINGLE, "?", options=("a", "b", "c"), allow_change=allow_change),
               utc_now())
    open_poll(event.store, "p", utc_now())
    folder = event.folder
    event.close()
    return folder


def _same_moment(folder: Path, voters: int) -> list[dict]:
    processes = [subprocess.Popen([sys.executable, "-c", SAME_MOMENT, str(folder), str(1 + n % 3)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
                 for n in range(voters)]
    for process in processes:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    return [json.loads(process.communicate(timeout=60)[0]) for process in processes]


def _count(folder: Path, sql: str) -> int:
    event = open_event(folder, "check")
    try:
        return event.store.conn.execute(sql).fetchone()[0]
    finally:
        event.close()


def test_twenty_processes_voting_as_one_voter_leave_one_ballot(event: Event) -> None:
    folder = _poll(event)
    outcomes = _same_moment(folder, 20)
    assert sum(o["accepted"] for o in outcomes) == 1
    assert {o["reason"] for o in outcomes if not o["accepted"]} == {"this voter has voted already"}
    assert _count(folder, "SELECT count(*) FROM poll_ballots") == 1
    assert _count(folder, "SELECT count(*) FROM poll_choices") == 1
    assert _count(folder, "SELECT count(*) FROM events WHERE kind = 'poll_ballot'") == 1


def test_twenty_changes_of_mind_at_once_leave_one_ballot_with_the_last(event: Event) -> None:
    folder = _poll(event, allow_change=True)
    outcomes = _same_moment(folder, 20)
    assert all(o["accepted"] for o in outcomes) and sum(not o["replaced"] for o in outcomes) == 1
    assert _count(folder, "SELECT count(*) FROM poll_ballots") == 1
    assert _count(folder, "SELECT count(*) FROM poll_choices") == 1
    last = _count(folder, "SELECT json_extract(payload, '$.answer[0]') FROM events WHERE kind = 'poll_ballot' "
                          "ORDER BY seq DESC LIMIT 1")
    assert _count(folder, "SELECT option FROM poll_choices") == last


def test_a_poll_closed_while_votes_pour_in_takes_none_after_its_close(event: Event) -> None:
    folder = _poll(event)
    voters = [subprocess.Popen([sys.executable, "-c", STREAM, str(folder), str(n * 1_000_000)],
                               stdout=subprocess.PIPE, text=True, cwd=ROOT) for n in range(3)]
    for voter in voters:
        assert voter.stdout is not None and voter.stdout.readline().strip() == "ready"
    time.sleep(0.3)
    closer = open_event(folder, "moderator")
    close_poll(closer.store, "p", utc_now())
    closer.close()
    # communicate() without a timeout reads through the pipe's buffer, where readline() may have read ahead
    acknowledged = [line.split()[1] for voter in voters for line in voter.communicate()[0].splitlines()
                    if line.startswith("yes ")]
    assert acknowledged
    assert _count(folder, "SELECT count(*) FROM poll_ballots") == len(acknowledged)
    assert _count(folder, "SELECT count(*) FROM events WHERE kind = 'poll_ballot' AND seq > "
                          "(SELECT seq FROM events WHERE kind = 'poll_closed')") == 0


def test_sigkill_at_random_moments_loses_no_acknowledged_ballot(event: Event) -> None:
    folder = _poll(event)
    chooser = random.Random(9)
    acknowledged: list[str] = []
    for kill in range(10):
        voter = subprocess.Popen([sys.executable, "-c", STREAM, str(folder), str(kill * 1_000_000)],
                                 stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert voter.stdout is not None and voter.stdout.readline().strip() == "ready"
        time.sleep(chooser.uniform(0.005, 0.1))
        voter.send_signal(signal.SIGKILL)
        whole_lines = voter.communicate()[0].split("\n")[:-1]  # a line cut off by the kill was never acknowledged
        acknowledged += [f"phone:{line.split()[1]}" for line in whole_lines if line.startswith("yes ")]
    check = open_event(folder, "check")
    conn = check.store.conn
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ballots = {row[0] for row in conn.execute("SELECT voter FROM poll_ballots")}
    assert set(acknowledged) <= ballots and acknowledged
    assert conn.execute("SELECT count(*) FROM events WHERE kind = 'poll_ballot'").fetchone()[0] == len(ballots)
    assert conn.execute("SELECT count(*) FROM poll_choices").fetchone()[0] == len(ballots)
    check.close()
