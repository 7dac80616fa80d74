"""Draft → open (optional countdown) → closed, results revealed or hidden on their own, new rounds keeping the
earlier ones; every transition an event row; definitions from polls.toml and from the moderator console."""

import json
from datetime import timedelta

import pytest

from kiosk.event.folder import Event
from kiosk.polls import store as polls
from kiosk.polls.ballots import cast_vote
from kiosk.polls.model import CLOSED, DRAFT, OPEN_STATE, SCALE, SINGLE, PollDefinition, PollError
from kiosk.polls.results import results
from tests.conftest import EVENT_DAY
from tests.kiosk.polls.support import sample_polls

NOW = EVENT_DAY


def _events(event: Event, prefix: str = "poll_") -> list[tuple[str, dict]]:
    rows = event.store.conn.execute("SELECT kind, payload FROM events WHERE kind LIKE ? ORDER BY seq", (f"{prefix}%",))
    return [(kind, json.loads(payload)) for kind, payload in rows]


def test_a_poll_goes_from_draft_to_open_to_closed_and_each_step_is_logged(event: Event) -> None:
    sample_polls(event.store)
    assert polls.get_poll(event.store, "open-data").state == DRAFT
    assert polls.open_poll(event.store, "open-data", NOW).state == OPEN_STATE
    with pytest.raises(PollError, match="open already"):
        polls.open_poll(event.store, "open-data", NOW)
    assert polls.close_poll(event.store, "open-data", NOW).state == CLOSED
    with pytest.raises(PollError, match="not open"):
        polls.close_poll(event.store, "open-data", NOW)
    kinds = [kind for kind, _ in _events(event)]
    assert kinds == ["poll_saved"] * 4 + ["poll_opened", "poll_closed"]


def test_results_are_hidden_by_default_and_shown_independently_of_the_state(event: Event) -> None:
    sample_polls(event.store)
    assert not polls.get_poll(event.store, "kongress").revealed
    assert polls.show_results(event.store, "kongress", NOW, shown=True).revealed
    polls.show_results(event.store, "kongress", NOW, shown=True)  # no change, no event
    assert polls.get_poll(event.store, "kongress").state == DRAFT
    assert not polls.show_results(event.store, "kongress", NOW, shown=False).revealed
    assert [kind for kind, _ in _events(event, "poll_revealed")] == ["poll_revealed"]
    assert [kind for kind, _ in _events(event, "poll_hidden")] == ["poll_hidden"]


def test_a_new_round_starts_empty_hidden_and_keeps_the_earlier_round(event: Event) -> None:
    sample_polls(event.store)
    with pytest.raises(PollError, match="draft"):
        polls.new_round(event.store, "open-data", NOW)
    polls.open_poll(event.store, "open-data", NOW)
    polls.show_results(event.store, "open-data", NOW, shown=True)
    assert cast_vote(event.store, "open-data", "ticket:1", ["1"], NOW).accepted
    poll = polls.new_round(event.store, "open-data", NOW)
    assert (poll.state, poll.round, poll.revealed) == (OPEN_STATE, 2, False)
    assert cast_vote(event.store, "open-data", "ticket:1", ["2"], NOW).accepted  # a new ballot box
    assert [o["count"] for o in results(event.store, "open-data", 1)["options"]] == [1, 0, 0, 0]
    assert [o["count"] for o in results(event.store, "open-data")["options"]] == [0, 1, 0, 0]
    with pytest.raises(PollError, match="no round 3"):
        results(event.store, "open-data", 3)
    assert [kind for kind, _ in _events(event)][-4:] == ["poll_ballot", "poll_closed", "poll_new_round",
                                                         "poll_ballot"]


def test_a_countdown_closes_the_poll_for_voters_at_its_moment(event: Event) -> None:
    sample_polls(event.store)
    polls.open_poll(event.store, "open-data", NOW, seconds=30)
    assert cast_vote(event.store, "open-data", "ticket:1", ["1"], NOW + timedelta(seconds=29)).accepted
    late = cast_vote(event.store, "open-data", "ticket:2", ["1"], NOW + timedelta(seconds=30))
    assert (late.accepted, late.reason) == (False, "the poll is closed")
    poll = polls.get_poll(event.store, "open-data")
    assert poll.state == OPEN_STATE and poll.state_at(NOW + timedelta(seconds=31)) == CLOSED
    assert polls.close_expired(event.store, NOW + timedelta(seconds=31)) == ["open-data"]
    assert polls.get_poll(event.store, "open-data").state == CLOSED
    assert _events(event, "poll_closed")[-1][1]["why"] == "countdown"
    with pytest.raises(PollError, match="out of range"):
        polls.open_poll(event.store, "kongress", NOW, seconds=0)


def test_anonymise_on_close_leaves_no_voter_id_and_no_reopening_of_that_round(event: Event) -> None:
    sample_polls(event.store, PollDefinition("anon", SINGLE, "Geheim?", options=("ja", "nein"),
                                             anonymise_on_close=True))
    polls.open_poll(event.store, "anon", NOW)
    for number in (1, 2, 3):
        cast_vote(event.store, "anon", f"ticket:{number}", ["ja"], NOW)
    polls.close_poll(event.store, "anon", NOW)
    voters = [row[0] for row in event.store.conn.execute("SELECT voter FROM poll_ballots WHERE poll = 'anon'")]
    assert len(set(voters)) == 3 and all(v.startswith("anon:") for v in voters)
    assert not any("ticket:" in payload for (payload,) in event.store.conn.execute(
        "SELECT payload FROM events WHERE kind LIKE 'poll_%'"))
    assert results(event.store, "anon")["options"][0]["count"] == 3
    with pytest.raises(PollError, match="anonymised: start a new round"):
        polls.open_poll(event.store, "anon", NOW)
    assert polls.new_round(event.store, "anon", NOW).round == 2


def test_a_closed_poll_that_keeps_voters_can_open_again(event: Event) -> None:
    sample_polls(event.store)
    polls.open_poll(event.store, "open-data", NOW)
    cast_vote(event.store, "open-data", "ticket:1", ["1"], NOW)
    polls.close_poll(event.store, "open-data", NOW)
    polls.open_poll(event.store, "open-data", NOW)
    assert not cast_vote(event.store, "open-data", "ticket:1", ["2"], NOW).accepted  # still one ballot each


def test_reimport_updates_wording_but_not_what_ballots_refer_to(event: Event) -> None:
    sample_polls(event.store)
    now = NOW
    changed = PollDefinition("open-data", SINGLE, "Wo steht Ihre Stadt?", options=(
        "Noch gar nicht", "Erste Datensätze", "Portal in Betrieb", "Wir veröffentlichen alles"))
    assert polls.save_definitions(event.store, [changed], now) == (0, 1)
    assert polls.save_definitions(event.store, [changed], now) == (0, 0)
    polls.open_poll(event.store, "open-data", now)
    cast_vote(event.store, "open-data", "ticket:1", ["1"], now)
    fewer = PollDefinition("open-data", SINGLE, "Wo steht Ihre Stadt?", options=("Ja", "Nein"))
    with pytest.raises(PollError, match=r"polls\[1\]\.options: cannot change once the poll has ballots"):
        polls.save_definitions(event.store, [fewer], now)
    reworded = PollDefinition("kongress", SCALE, "Neu formuliert?", labels=("gar nicht", "sehr"))
    with pytest.raises(PollError, match=r"polls\[2\]\.options"):
        polls.save_definitions(event.store, [reworded, fewer], now)
    assert polls.get_poll(event.store, "open-data").definition == changed  # nothing changed, in any poll
    assert polls.get_poll(event.store, "kongress").definition.question.startswith("Wie hilfreich")


def test_console_drafts_are_checked_and_polls_belong_to_sessions(event: Event) -> None:
    draft = PollDefinition("frage-1", SINGLE, "Ja oder nein?", options=("Ja", "Nein"), session="talk-42")
    assert polls.save_draft(event.store, draft, NOW) == "added"
    assert polls.save_draft(event.store, draft, NOW) == "unchanged"
    with pytest.raises(PollError, match=r"poll\.options: has 1"):
        polls.save_draft(event.store, PollDefinition("frage-2", SINGLE, "?", options=("Ja",)), NOW)
    sample_polls(event.store)
    assert [p.id for p in polls.polls_of_session(event.store, "talk-42")] == ["frage-1"]
    assert polls.polls_of_session(event.store, "talk-0") == []
    with pytest.raises(PollError, match='no poll "open-dat" \\(did you mean "open-data"\\?\\)'):
        polls.get_poll(event.store, "open-dat")
