"""Venue mode under faults: four entrance kiosks and the staff desk, each with its own SQLite database and its
own `kiosk sync` process, reach a real PostgreSQL server through a proxy the test controls. While the kiosks
keep welcoming guests (the real check-in service) the test cuts links at random, cuts one kiosk off, kills the
server (`pg_ctl stop -m immediate`) and starts it again, and SIGKILLs sync processes in the middle of pushes.

Afterwards every event a machine committed is on the server exactly once, all machines reach the same state
within 10 s of the network healing, and every guest welcomed twice is flagged with both welcomes, none
dropped. Each phase lasts seconds, not minutes, to keep the test bounded."""

import random
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.attendees.importer import import_attendees
from kiosk.bench.data import write_attendee_csv
from kiosk.bench.pg_server import PostgresServer
from kiosk.bench.venue import SyncProcess
from kiosk.checkin.desk import CheckinDesk, Outcome
from kiosk.checkin.reports import checkin_attempts
from kiosk.event.folder import Event, open_event
from kiosk.venue.local import LOCAL_ONLY_KINDS
from kiosk.venue.server import init_server
from kiosk.venue.status import venue_status
from kiosk.venue.sync import sync_once
from tests.conftest import Clock, write_event
from tests.kiosk.venue.machines import CODES, machines
from tests.kiosk.venue.proxy import TcpProxy

KIOSKS = ("eingang-1", "eingang-2", "eingang-3", "eingang-4")
DESK = "desk"
GUESTS = 300
SCAN_GAP_S = 0.06  # about 16 scans a second over the four kiosks
RETURNING = 0.15  # the share of scans by a guest who was welcomed already, at another kiosk
CONVERGE_S = 10
SETUP_S = 30


@dataclass
class Machine:
    """One machine of the venue: its event folder and its sync process (when running)."""

    name: str
    folder: Path
    sync: SyncProcess | None = None

    def start_sync(self) -> None:
        self.sync = SyncProcess(self.folder, self.name)

    def kill_sync(self) -> None:
        if self.sync is not None:
            self.sync.kill()
            self.sync = None

    def stop_sync(self) -> None:
        if self.sync is not None:
            self.sync.stop()
            self.sync = None

    def log(self) -> str:
        path = self.folder / "sync.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""


@dataclass
class Venue:
    server: PostgresServer
    database: str
    proxy: TcpProxy
    machines: dict[str, Machine] = field(default_factory=dict)

    def kiosks(self) -> list[Machine]:
        return [self.machines[name] for name in KIOSKS]


@pytest.fixture
def venue(pg_server: PostgresServer, pg_database: str, tmp_path: Path) -> Iterator[Venue]:
    """The server's schema with a group role for the machines, a role per machine (least privilege: insert and
    read events), and five event folders whose `[venue] db` goes through the machine's proxy door."""
    group = f"{pg_database}_machines"
    with pg_server.admin() as admin:
        admin.execute(f'CREATE ROLE "{group}" NOLOGIN')
    init_server(pg_server.url(pg_database), grant=group)
    write_attendee_csv(tmp_path / "guests.csv", GUESTS)
    with TcpProxy(pg_server.port) as proxy:
        found = Venue(pg_server, pg_database, proxy)
        for name in (*KIOSKS, DESK):
            role = f"{pg_database}_{name}".replace("-", "_")
            pg_server.create_role(role, pg_database, member_of=(group,))
            folder = write_event(tmp_path / name)
            with (folder / "event.toml").open("a", encoding="utf-8") as config:
                config.write(f'\n[venue]\ndb = "{pg_server.url(pg_database, role, proxy.port(name))}"\n')
            found.machines[name] = Machine(name, folder)
        try:
            yield found
        finally:
            for machine in found.machines.values():
                machine.stop_sync()


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return bool(condition())


class Arrivals:
    """Guests arriving at the four kiosks, one scan every SCAN_GAP_S on a thread of its own (each kiosk with
    its own database connection, as on its own machine); some guests come back at another kiosk. Every
    outcome is kept: (kiosk, code, outcome)."""

    def __init__(self, venue: Venue, codes: list[str], seed: int) -> None:
        self.venue, self.codes = venue, list(codes)
        self.chooser = random.Random(seed)
        self.outcomes: list[tuple[str, str, Outcome]] = []
        self.welcomed_at: dict[str, set[str]] = defaultdict(set)
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "Arrivals":
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop.set()
        self.thread.join(SETUP_S)

    def _run(self) -> None:
        events = {m.name: open_event(m.folder, m.name) for m in self.venue.kiosks()}
        desks = {name: CheckinDesk(event) for name, event in events.items()}
        try:
            while not self.stop.wait(SCAN_GAP_S) and (self.codes or self.welcomed_at):
                self._one_scan(desks)
        except BaseException as error:  # reported by the test
            self.error = error
        finally:
            for event in events.values():
                event.close()

    def _one_scan(self, desks: dict[str, CheckinDesk]) -> None:
        returning = self.welcomed_at and (not self.codes or self.chooser.random() < RETURNING)
        if returning:
            code = self.chooser.choice(sorted(self.welcomed_at))
            kiosk = self.chooser.choice([k for k in KIOSKS if k not in self.welcomed_at[code]] or list(KIOSKS))
        else:
            code, kiosk = self.codes.pop(), self.chooser.choice(KIOSKS)
        result = desks[kiosk].scan(code)
        if result is None:
            return
        self.outcomes.append((kiosk, code, result.outcome))
        if result.outcome is Outcome.WELCOME:
            self.welcomed_at[code].add(kiosk)

    def welcomes(self) -> Counter[str]:
        return Counter(code for _, code, outcome in self.outcomes if outcome is Outcome.WELCOME)


def server_events(venue: Venue) -> list[tuple[str, str, str, str | None]]:
    """(id, kiosk_id, kind, verdict) of every row on the server."""
    with venue.server.admin(venue.database) as connection:
        return [(str(row[0]), row[1], row[2], row[3]) for row in connection.execute(
            "SELECT id, kiosk_id, kind, verdict FROM events ORDER BY seq")]


def local_state(event: Event) -> tuple[frozenset, frozenset, frozenset]:
    """What must be the same on every machine: event ids (local-only kinds aside), attendees by portable id,
    and check-ins with their undo and duplicate flags."""
    marks = ",".join("?" * len(LOCAL_ONLY_KINDS))
    ids = frozenset(row[0] for row in event.store.conn.execute(
        f"SELECT id FROM events WHERE kind NOT IN ({marks})", LOCAL_ONLY_KINDS))
    people = frozenset(event.store.conn.execute("SELECT uid, code, first_name, last_name FROM attendees"))
    checkins = frozenset(event.store.conn.execute(
        "SELECT c.id, a.uid, c.day, c.kiosk_id, c.undone_at IS NULL, c.duplicate_of FROM checkins c"
        " JOIN attendees a ON a.id = c.attendee_id"))
    return ids, people, checkins


def converged(events: dict[str, Event], venue: Venue) -> bool:
    states = {name: local_state(event) for name, event in events.items()}
    on_server = {row[0] for row in server_events(venue) if row[2] not in LOCAL_ONLY_KINDS}
    return len(set(states.values())) == 1 and next(iter(states.values()))[0] == on_server


def differences(events: dict[str, Event], venue: Venue) -> str:
    """What keeps the machines apart, for the failure message."""
    on_server = {row[0] for row in server_events(venue) if row[2] not in LOCAL_ONLY_KINDS}
    states = {name: local_state(event) for name, event in events.items()}
    common_checkins = frozenset.intersection(*(state[2] for state in states.values()))
    lines = [f"server: {len(on_server)} events"]
    for name, (ids, people, checkins) in states.items():
        lines.append(f"{name}: {len(ids)} events, {len(on_server - ids)} missing, {len(ids - on_server)} not on the "
                     f"server; {len(people)} attendees; check-ins not everywhere: {sorted(checkins - common_checkins)}"
                     f"; sync log: ...{venue.machines[name].log()[-300:]!r}")
    return "\n".join(lines)


def chaos(venue: Venue, seconds: float, chooser: random.Random) -> None:
    """Links cut and healed at random, some by a reset, some by a dead cable (hung connections)."""
    names = list(venue.machines)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        name = chooser.choice(names)
        venue.proxy.cut(name, hang=chooser.random() < 0.4) if chooser.random() < 0.5 else venue.proxy.heal(name)
        time.sleep(chooser.uniform(0.1, 0.5))
    venue.proxy.heal()


def kill_mid_push(venue: Venue, rounds: int, chooser: random.Random) -> None:
    """Slow links (every chunk waits), so pushes take a while, and sync processes SIGKILLed while they run,
    then started again as the window would."""
    venue.proxy.delay(0.03)
    for _ in range(rounds):
        machine = chooser.choice(venue.kiosks())
        time.sleep(chooser.uniform(0.1, 0.4))
        machine.kill_sync()
        time.sleep(0.2)
        machine.start_sync()
    venue.proxy.delay(0)


def test_kiosks_keep_welcoming_through_faults_and_lose_nothing(venue: Venue) -> None:
    chooser = random.Random(11)
    desk = open_event(venue.machines[DESK].folder, DESK)
    import_attendees(desk, venue.machines[DESK].folder.parent / "guests.csv")  # the list, imported at the desk
    codes = [row[0] for row in desk.store.conn.execute("SELECT code FROM attendees WHERE cancelled = 0")]
    chooser.shuffle(codes)
    for machine in venue.machines.values():
        machine.start_sync()
    events = {name: open_event(m.folder, name) for name, m in venue.machines.items()}
    try:
        assert wait_for(lambda: all(len(local_state(e)[1]) == GUESTS for e in events.values()), SETUP_S), \
            "the desk's import did not reach every kiosk"
        with Arrivals(venue, codes, seed=5) as arrivals:
            time.sleep(1.5)
            chaos(venue, 4, chooser)
            loner = venue.machines[KIOSKS[3]]
            venue.proxy.cut(loner.name, hang=True)  # one kiosk cut off while guests keep coming
            time.sleep(4)
            venue.proxy.heal(loner.name)
            time.sleep(0.5)
            venue.server.crash()  # the server dies: everything it acknowledged must survive
            time.sleep(2)
            venue.server.start()
            kill_mid_push(venue, 6, chooser)
            walk_in = CheckinDesk(desk).register_walk_in({"first_name": "Wanda", "last_name": "Walk-In"})
            assert walk_in.outcome is Outcome.WELCOME
        assert arrivals.error is None, arrivals.error
        venue.proxy.heal()
        healed = time.monotonic()
        assert wait_for(lambda: converged(events, venue), CONVERGE_S), \
            f"not the same state {time.monotonic() - healed:.1f} s after healing:\n" + differences(events, venue)

        rows = server_events(venue)
        assert len(rows) == len({row[0] for row in rows})  # exactly once
        welcomes = arrivals.welcomes()
        welcomes[walk_in.code] += 1
        assert sum(welcomes.values()) > 100 and any(count > 1 for count in welcomes.values())
        checkins_on_server = Counter()
        for event in events.values():  # each machine's own check-ins are on the server
            own = {row[0] for row in event.store.conn.execute("SELECT id FROM checkins WHERE kiosk_id = ?",
                                                             (event.store.kiosk_id,))}
            assert own <= {row[0] for row in rows}
        for row in rows:
            if row[2] == "checkin":
                checkins_on_server[row[1]] += 1
        assert sum(checkins_on_server.values()) == sum(welcomes.values())  # none dropped, none invented
        for name, event in events.items():
            status = venue_status(event.store)
            flagged = {d["code"]: len(d["entries"]) for d in status["duplicates"]}
            twice = {code: count for code, count in welcomes.items() if count > 1}
            assert flagged == twice, name
            assert status["outbox"] == 0 and status["connected"]
    finally:
        for event in events.values():
            event.close()
        desk.close()


SKEWS = {"a": timedelta(minutes=5), "b": timedelta(minutes=-5), "c": timedelta(0)}
SOPHIE, JUERGEN, ANNA = CODES


def skew_story(tmp_path: Path, url: str, skews: dict[str, timedelta]) -> dict[str, object]:
    """Three machines, clocks off by `skews`, go through the same story (20 s between steps on a shared clock):
    two offline welcomes of one guest, a welcome known everywhere, two more offline welcomes pushed in the other
    order. What staff and guests see of it, in the form that must not depend on the clocks."""
    init_server(url)
    now = Clock()
    with machines(tmp_path, url, "a", "b", "c") as events:
        clocks = {event.store.kiosk_id: (lambda s=skews[event.store.kiosk_id]: now() + s) for event in events}
        at = {event.store.kiosk_id: event for event in events}
        outcomes = []

        def scan(name: str, code: str) -> None:
            now.now += timedelta(seconds=20)
            desk = CheckinDesk(at[name], clock=clocks[name], monotonic=now.monotonic, auto_print=False)
            outcomes.append((name, code, desk.scan(code).outcome.value))

        def sync(*names: str) -> None:
            for name in names:
                now.now += timedelta(seconds=20)
                sync_once(at[name], clock=clocks[name])

        sync("a", "b", "c")
        scan("a", SOPHIE), scan("b", SOPHIE), sync("b", "a")
        scan("c", JUERGEN), sync("c", "a"), scan("a", JUERGEN)
        scan("b", ANNA), scan("a", ANNA), sync("a", "b", "a", "b", "c")
        desk = at["c"]
        shown = desk.store.rows("SELECT c.kiosk_id, a.code, c.duplicate_of IS NOT NULL AS flagged FROM checkins c"
                                " JOIN attendees a ON a.id = c.attendee_id ORDER BY c.at")
        return {"outcomes": outcomes,
                "duplicates": [(d["code"], [e["kiosk_id"] for e in d["entries"]])
                               for d in venue_status(desk.store)["duplicates"]],
                "check-ins by time": [(row["kiosk_id"], row["code"], row["flagged"]) for row in shown],
                "log": [(row["kiosk_id"], row["code"], row["outcome"]) for row in checkin_attempts(desk)]}


def test_clock_skew_changes_no_decision_and_no_order_staff_see(tmp_path: Path, pg_server: PostgresServer) -> None:
    seen = []
    for number, skews in enumerate((dict.fromkeys(SKEWS, timedelta(0)), SKEWS)):
        database = f"venue_skew_{number}_{uuid.uuid4().hex[:8]}"
        url = pg_server.create_database(database)
        try:
            seen.append(skew_story(tmp_path / database, url, skews))
        finally:
            pg_server.drop_database(database)
    straight, skewed = seen
    assert straight["duplicates"] == [(SOPHIE, ["b", "a"]), (ANNA, ["a", "b"])]
    assert skewed == straight
