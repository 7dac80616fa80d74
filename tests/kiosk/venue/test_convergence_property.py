"""Property: whatever 2–4 machines of a venue do in whatever order — check-ins, undos, walk-ins, imports,
ballots — while partitions come and go, once they can all reach the server again they hold the same state,
and it is the state one machine would have reached had it received every operation in the order the server
did, apart from the flagged duplicates (check-ins a machine answered offline that the server found second).

Each example runs against the real PostgreSQL server (a database of its own) with the real sync (in
process, `sync_once`); the examples and their length are bounded."""

import itertools
import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kiosk.attendees.importer import import_attendees
from kiosk.attendees.records import find_by_key
from kiosk.bench.pg_server import PostgresServer
from kiosk.checkin.desk import CheckinDesk
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.polls.ballots import cast_vote
from kiosk.polls.model import SINGLE, PollDefinition
from kiosk.polls.store import open_poll, save_draft
from kiosk.polls.voters import ticket_voter
from kiosk.tickets.codes import code_key
from kiosk.venue.connection import VenueError
from kiosk.venue.local import LOCAL_ONLY_KINDS
from kiosk.venue.server import init_server
from kiosk.venue.sync import sync_once
from tests.conftest import ATTENDEES_CSV
from tests.kiosk.venue.machines import venue_event

POLL = PollDefinition("wahl", SINGLE, "Welches Thema zuerst?", options=("Daten", "Mobilität", "Energie"))
EXTRAS = ("Erika;Extra;Kreis Fulda;erika@example.org;Teilnehmende;XTRA0001XTRA0001XTRA;bezahlt",
          "Emil;Extra;Stadt Hanau;emil@example.org;Teilnehmende;XTRA0002XTRA0002XTRA;bezahlt",
          "Eva;Extra;Stadt Kassel;eva@example.org;Speaker;XTRA0003XTRA0003XTRA;bezahlt")
BASE_CODES = tuple(line.split(";")[5] for line in ATTENDEES_CSV.splitlines()[1:])
EXTRA_CODES = tuple(line.split(";")[5] for line in EXTRAS)
FINAL_ROUNDS = 4  # every machine syncs this often at the end (a row may need another machine's next push)
_databases = itertools.count(1)


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[int, list[tuple]]:
    """A number of machines and what happens, in order."""
    machines = draw(st.integers(2, 4))
    machine = st.integers(0, machines - 1)
    guest = st.integers(0, 7)  # an index into the codes known so far (walk-ins and imports add some)
    step = st.one_of(
        st.tuples(st.just("checkin"), machine, guest),
        st.tuples(st.just("checkin"), machine, guest),
        st.tuples(st.just("checkin"), machine, guest),
        st.tuples(st.just("undo"), machine, guest),
        st.tuples(st.just("undo"), machine, guest),
        st.tuples(st.just("walk_in"), machine),
        st.tuples(st.just("import"), machine, st.integers(1, len(EXTRAS))),
        st.tuples(st.just("ballot"), machine, guest, st.integers(1, len(POLL.options))),
        st.tuples(st.just("partition"), st.frozensets(machine)),
        st.tuples(st.just("sync"), machine),
        st.tuples(st.just("sync"), machine),
    )
    return machines, draw(st.lists(step, min_size=4, max_size=30))


@dataclass
class Venue:
    url: str
    events: list[Event]
    codes: list[str]
    connected: frozenset[int]

    def sync(self, number: int) -> None:
        if number in self.connected:
            sync_once(self.events[number])


@contextmanager
def fresh_venue(server: PostgresServer, machines: int) -> Iterator[Venue]:
    """A database of its own and `machines` machines with the base list; the poll opened at the first machine,
    and everyone synced once."""
    database = f"venue_property_{next(_databases)}"
    url = server.create_database(database)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-venue-property-"))
    events: list[Event] = []
    try:
        init_server(url)
        events = [venue_event(folder / f"m{n}", url, f"m{n}") for n in range(machines)]
        save_draft(events[0].store, POLL, utc_now())
        open_poll(events[0].store, POLL.id, utc_now())
        venue = Venue(url, events, list(BASE_CODES), frozenset(range(machines)))
        for number in (*range(machines), 0):
            venue.sync(number)
        yield venue
    finally:
        for event in events:
            event.close()
        shutil.rmtree(folder, ignore_errors=True)
        server.drop_database(database)


def run_step(venue: Venue, step: tuple, folder: Path) -> None:
    kind, *args = step
    if kind == "partition":
        venue.connected = args[0]
        return
    event = venue.events[args[0]]
    if kind == "sync":
        venue.sync(args[0])
    elif kind == "checkin":
        CheckinDesk(event, auto_print=False).scan(venue.codes[args[1] % len(venue.codes)])
    elif kind == "undo":
        found = find_by_key(event.store, code_key(venue.codes[args[1] % len(venue.codes)]))
        if found is not None:
            CheckinDesk(event).undo(found.id, "Versehen")
    elif kind == "walk_in":
        result = CheckinDesk(event, auto_print=False).register_walk_in({"first_name": "Walk", "last_name": "In"})
        venue.codes.append(result.code)
    elif kind == "import":
        listing = folder / f"list-{args[1]}.csv"
        listing.write_text(ATTENDEES_CSV + "".join(f"{row}\n" for row in EXTRAS[:args[1]]), encoding="utf-8")
        import_attendees(event, listing)
        venue.codes.extend(code for code in EXTRA_CODES[:args[1]] if code not in venue.codes)
    elif kind == "ballot":
        voter = ticket_voter(event.store, venue.codes[args[1] % len(venue.codes)])
        if voter.id:
            cast_vote(event.store, POLL.id, voter.id, [str(args[2])], utc_now())


def server_log(venue: Venue) -> list[tuple[str, str, dict, str]]:
    """(id, kind, payload, verdict) of every server row in the server's order."""
    import psycopg

    with psycopg.connect(venue.url) as connection:
        return [(str(row[0]), row[1], row[2], row[3] or "") for row in connection.execute(
            "SELECT id, kind, payload, verdict FROM events ORDER BY seq")]


def one_machine(log: list[tuple[str, str, dict, str]]) -> tuple[set[str], dict[tuple, object]]:
    """What one machine would hold after the server's rows in the server's order: the check-ins that count (the
    first per guest and day, until undone) and the ballots that count (the first per poll, round, voter)."""
    holders: dict[tuple[str, str], str] = {}
    ballots: dict[tuple, object] = {}
    for event_id, kind, payload, _ in log:
        if kind == "checkin":
            holders.setdefault((payload["attendee_uid"], payload["day"]), event_id)
        elif kind == "checkin_undone":
            holders = {key: held for key, held in holders.items() if held != payload["checkin_id"]}
        elif kind == "poll_ballot":
            voter = payload.get("voter_uid") or payload.get("voter")
            ballots.setdefault((payload["poll"], payload["round"], voter), payload["answer"])
    return set(holders.values()), ballots


def machine_state(event: Event) -> tuple[frozenset, ...]:
    """A machine's attendees, check-ins (with undo and duplicate flags), counted ballots and event ids."""
    conn = event.store.conn
    marks = ",".join("?" * len(LOCAL_ONLY_KINDS))
    return (
        frozenset(conn.execute("SELECT uid, code, first_name, last_name, cancelled FROM attendees")),
        frozenset(conn.execute("SELECT c.id, a.uid, c.day, c.undone_at IS NULL, c.duplicate_of FROM checkins c"
                               " JOIN attendees a ON a.id = c.attendee_id")),
        frozenset((poll, round_, f"ticket:{uid}", json.dumps(json.loads(answer), sort_keys=True))
                  for poll, round_, uid, answer in conn.execute(
                      "SELECT b.poll, b.round, a.uid, b.answer FROM poll_ballots b"
                      " JOIN attendees a ON 'ticket:' || a.id = b.voter")),
        frozenset(row[0] for row in conn.execute(f"SELECT id FROM events WHERE kind NOT IN ({marks})",
                                                  LOCAL_ONLY_KINDS)),
    )


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(scenario=scenarios())
def test_machines_converge_to_what_one_machine_would_hold(pg_server: PostgresServer, tmp_path: Path,
                                                          scenario: tuple[int, list[tuple]]) -> None:
    machines, steps = scenario
    with fresh_venue(pg_server, machines) as venue:
        for step in steps:
            run_step(venue, step, tmp_path)
        venue.connected = frozenset(range(machines))
        for _ in range(FINAL_ROUNDS):
            for number in range(machines):
                try:
                    venue.sync(number)
                except VenueError as error:
                    raise AssertionError(f"m{number} could not sync: {error}") from error

        states = [machine_state(event) for event in venue.events]
        assert all(state == states[0] for state in states), "the machines differ"
        log = server_log(venue)
        assert len({row[0] for row in log}) == len(log)
        assert states[0][3] == {row[0] for row in log if row[1] not in LOCAL_ONLY_KINDS}  # nothing lost
        counting, ballots = one_machine(log)
        checkins = states[0][1]
        assert {row[0] for row in checkins if row[3] and row[4] is None} == counting
        for checkin_id, _, _, active, duplicate_of in checkins:
            if active and checkin_id not in counting:  # answered offline, found second: flagged, not dropped
                assert duplicate_of is not None
        event(f"flagged duplicates: {sum(row[4] is not None for row in checkins) > 0}")
        event(f"undone check-ins: {sum(not row[3] for row in checkins) > 0}")
        event(f"ballots refused by the server: {sum(row[1] == 'poll_ballot' and row[3] != '' for row in log) > 0}")
        assert {(poll, round_, voter) for poll, round_, voter, _ in states[0][2]} == set(ballots)
        for poll, round_, voter, answer in states[0][2]:
            assert json.loads(answer) == ballots[poll, round_, voter]
