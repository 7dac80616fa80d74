"""Live polls across a venue: definitions and their lifecycle follow the moderator's machine, a voter's first
ballot counts wherever it was cast, Q&A questions, upvotes and moderation reach every machine."""

from datetime import timedelta
from pathlib import Path

from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.polls.ballots import cast_vote, upvote
from kiosk.polls.moderation import SHOWN, entries, moderate, queue
from kiosk.polls.results import results
from kiosk.polls.store import close_poll, find_poll, new_round, open_poll, show_results
from kiosk.polls.voters import ticket_voter
from kiosk.venue.server import init_server
from kiosk.venue.sync import sync_once
from tests.kiosk.polls.support import CODES, sample_polls
from tests.kiosk.venue.machines import ShiftedClock, machines


def _vote(event: Event, poll_id: str, code: str, *answers: str) -> bool:
    voter = ticket_voter(event.store, code).id
    return cast_vote(event.store, poll_id, voter, list(answers), utc_now()).accepted


def _counts(event: Event, poll_id: str) -> list[int]:
    return [option["count"] for option in results(event.store, poll_id)["options"]]


def test_polls_ballots_and_questions_reach_every_machine(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "moderator", "kiosk") as (mod, kiosk):
        sample_polls(mod.store)
        open_poll(mod.store, "open-data", utc_now())
        open_poll(mod.store, "fragen", utc_now())
        sync_once(mod), sync_once(kiosk)
        assert find_poll(kiosk.store, "open-data").state == "open"  # type: ignore[union-attr]

        assert _vote(kiosk, "open-data", CODES["sophie"], "1")  # both offline: sophie votes at each
        assert _vote(mod, "open-data", CODES["sophie"], "2")
        assert _vote(kiosk, "open-data", CODES["anna"], "3")
        assert _vote(kiosk, "fragen", CODES["juergen"], "Wie geht es mit dem Datenportal weiter?")
        sync_once(kiosk), sync_once(mod), sync_once(kiosk)
        for machine in (mod, kiosk):
            assert _counts(machine, "open-data") == [1, 0, 1, 0]  # sophie's first ballot (the kiosk's) counts
        assert not _vote(mod, "open-data", CODES["anna"], "4")  # anna voted at the kiosk: not again here

        question = queue(mod.store, "fragen")
        assert [entry.text for entry in question] == ["Wie geht es mit dem Datenportal weiter?"]
        moderate(mod.store, question[0].id, "approve", utc_now())
        close_poll(mod.store, "open-data", utc_now())
        show_results(mod.store, "open-data", utc_now(), True)
        sync_once(mod), sync_once(kiosk)
        shown = entries(kiosk.store, "fragen", 1, (SHOWN,))
        assert [entry.text for entry in shown] == ["Wie geht es mit dem Datenportal weiter?"]
        voter = ticket_voter(kiosk.store, CODES["anna"]).id
        assert upvote(kiosk.store, shown[0].id, voter, utc_now()).accepted
        sync_once(kiosk), sync_once(mod)
        assert [entry.votes for entry in entries(mod.store, "fragen", 1, (SHOWN,))] == [1]
        poll = find_poll(kiosk.store, "open-data")
        assert poll is not None and poll.state == "closed" and poll.revealed
        assert not _vote(kiosk, "open-data", CODES["mia"], "1")  # closed everywhere


def test_a_countdown_ends_at_the_same_moment_on_machines_whose_clocks_differ(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    ahead, behind = ShiftedClock(utc_now, 300), ShiftedClock(utc_now, -300)
    with machines(tmp_path, pg_url, "moderator", "kiosk", attendees=False) as (mod, kiosk):
        sample_polls(mod.store)
        sync_once(mod, clock=ahead), sync_once(kiosk, clock=behind)
        open_poll(mod.store, "open-data", ahead(), seconds=60)
        sync_once(mod, clock=ahead), sync_once(kiosk, clock=behind)
        poll = find_poll(kiosk.store, "open-data")
        assert poll is not None
        assert poll.state_at(behind() + timedelta(seconds=50)) == "open"  # on the kiosk's own clock
        assert poll.state_at(behind() + timedelta(seconds=70)) == "closed"


def test_a_late_close_of_an_earlier_round_leaves_the_new_round_open(tmp_path: Path, pg_url: str) -> None:
    init_server(pg_url)
    with machines(tmp_path, pg_url, "moderator", "stage", attendees=False) as (mod, stage):
        sample_polls(mod.store)
        open_poll(mod.store, "open-data", utc_now())
        sync_once(mod), sync_once(stage)
        close_poll(stage.store, "open-data", utc_now())  # the stage, offline, closes round 1 late
        close_poll(mod.store, "open-data", utc_now())
        new_round(mod.store, "open-data", utc_now())
        sync_once(mod), sync_once(stage), sync_once(mod)
        for machine in (mod, stage):
            poll = find_poll(machine.store, "open-data")
            assert poll is not None and (poll.round, poll.state) == (2, "open")
