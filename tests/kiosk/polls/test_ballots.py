"""Voting: answers by option text or number, one ballot per voter, poll and round, replaced only where the poll
allows it, none in a poll that is not open; ticket codes read like a check-in scan; every ballot an event row."""

import json

import pytest

from kiosk.attendees import records as attendees
from kiosk.event.folder import Event
from kiosk.polls.ballots import cast_vote, upvote
from kiosk.polls.model import MULTIPLE, OPEN, RANKING, SCALE, SINGLE, WORDCLOUD, PollDefinition, VoteResult
from kiosk.polls.moderation import moderate, queue
from kiosk.polls.results import results
from kiosk.polls.store import new_round, open_poll
from kiosk.polls.voters import ticket_voter
from tests.conftest import EVENT_DAY
from tests.kiosk.polls.support import CODES, recount, sample_polls

NOW = EVENT_DAY
OPTIONS = ("Noch gar nicht", "Erste Datensätze", "Portal in Betrieb", "Wir veröffentlichen alles")


def _open(event: Event, *extra: PollDefinition) -> None:
    sample_polls(event.store, *extra)
    for poll_id in ["open-data", "zukunft", "kongress", "fragen", *(p.id for p in extra)]:
        open_poll(event.store, poll_id, NOW)


def _vote(event: Event, poll_id: str, voter: str, *answers: str) -> VoteResult:
    return cast_vote(event.store, poll_id, voter, list(answers), NOW)


def test_answers_by_option_text_or_number(event: Event) -> None:
    _open(event)
    assert _vote(event, "open-data", "ticket:1", "Portal in Betrieb").accepted
    assert _vote(event, "open-data", "ticket:2", " portal IN betrieb ").accepted
    assert _vote(event, "open-data", "ticket:3", "4").accepted
    for answer, why in (("5", "'5' is not an option (expected an option's text or its number 1–4)"),
                        ("Gar nicht", "'Gar nicht' is not an option (expected an option's text or its number 1–4)")):
        assert _vote(event, "open-data", "ticket:4", answer) == VoteResult(False, reason=why)
    assert _vote(event, "open-data", "ticket:4", "1", "2") == VoteResult(False, reason="2 options given "
                                                                                   "(expected at most 1)")
    assert [o["count"] for o in results(event.store, "open-data")["options"]] == [0, 0, 2, 1]


def test_one_ballot_per_voter_and_replacing_only_where_allowed(event: Event) -> None:
    _open(event, PollDefinition("again", SINGLE, "Nochmal?", options=("ja", "nein"), allow_change=True))
    assert _vote(event, "open-data", "ticket:1", "1") == VoteResult(True)
    assert _vote(event, "open-data", "ticket:1", "2") == VoteResult(False, reason="this voter has voted already")
    assert _vote(event, "again", "ticket:1", "ja") == VoteResult(True)
    assert _vote(event, "again", "ticket:1", "nein") == VoteResult(True, replaced=True)
    assert _vote(event, "again", "ticket:1", "nein") == VoteResult(True, replaced=True)
    again = results(event.store, "again")
    assert again["ballots"] == 1 and [o["count"] for o in again["options"]] == [0, 1]
    ballots = [json.loads(p) for (p,) in event.store.conn.execute(
        "SELECT payload FROM events WHERE kind = 'poll_ballot' ORDER BY seq")]
    assert [(b["poll"], b["replaced"], b["answer"]) for b in ballots] == [
        ("open-data", False, [0]), ("again", False, [0]), ("again", True, [1]), ("again", True, [1])]
    assert all("voter" not in b for b in ballots)


def test_a_poll_that_is_not_open_takes_no_ballot(event: Event) -> None:
    sample_polls(event.store)
    assert _vote(event, "open-data", "ticket:1", "1") == VoteResult(False, reason="the poll is not open yet")
    assert _vote(event, "nope", "ticket:1", "1") == VoteResult(False, reason="no such poll")
    assert _vote(event, "open-data", "someone", "1") == VoteResult(False, reason="'someone' is not a voter id")
    assert event.store.conn.execute("SELECT count(*) FROM poll_ballots").fetchone()[0] == 0


def test_multiple_choice_up_to_its_maximum(event: Event) -> None:
    _open(event, PollDefinition("themen", MULTIPLE, "Welche Themen?", options=("KI", "Open Data", "5G"),
                                max_choices=2))
    assert _vote(event, "themen", "ticket:1", "KI", "5G").accepted
    assert _vote(event, "themen", "ticket:2", "2").accepted
    assert _vote(event, "themen", "ticket:3", "1", "2", "3").reason == "3 options given (expected at most 2)"
    assert _vote(event, "themen", "ticket:3", "KI", "1").reason == "an option is given twice"
    data = results(event.store, "themen")
    assert data["ballots"] == 2 and [o["count"] for o in data["options"]] == [1, 1, 1]


def test_ranking_counts_borda_points_and_first_places(event: Event) -> None:
    _open(event, PollDefinition("prio", RANKING, "Was zuerst?", options=("Radwege", "WLAN", "Bürgeramt")))
    _vote(event, "prio", "ticket:1", "WLAN", "Radwege", "Bürgeramt")
    _vote(event, "prio", "ticket:2", "WLAN", "Bürgeramt", "Radwege")
    _vote(event, "prio", "ticket:3", "Bürgeramt")  # the others unranked: no points
    data = results(event.store, "prio")
    assert data["options"] == [{"label": "Radwege", "count": 0, "points": 1},
                               {"label": "WLAN", "count": 2, "points": 4},
                               {"label": "Bürgeramt", "count": 1, "points": 3}]
    counted = recount(event.store, "prio", 1)
    assert [o["points"] for o in data["options"]] == counted["points"]


def test_scale_distribution_and_mean(event: Event) -> None:
    _open(event, PollDefinition("nps", SCALE, "Weiterempfehlen?", scale=(0, 10)))
    for voter, value in enumerate(("0", "10", "7", "7"), start=1):
        assert _vote(event, "nps", f"ticket:{voter}", value).accepted
    assert _vote(event, "nps", "ticket:9", "11").reason == "'11' is not on the scale (expected a whole number 0–10)"
    assert _vote(event, "nps", "ticket:9", "sehr").accepted is False
    data = results(event.store, "nps")
    assert data["mean"] == 6.0 and data["ballots"] == 4
    assert {d["value"]: d["count"] for d in data["distribution"] if d["count"]} == {0: 1, 7: 2, 10: 1}
    assert len(data["distribution"]) == 11
    assert results(event.store, "kongress")["mean"] is None


def test_word_cloud_counts_normalised_words_under_their_most_common_spelling(event: Event) -> None:
    _open(event, PollDefinition("cloud", WORDCLOUD, "Ein Wort"))
    for voter, word in enumerate(("Open Data", " open data ", "Open Data", "OPEN DATA", "KI", "ki", "Bürgernähe"),
                                 start=1):
        assert _vote(event, "cloud", f"ticket:{voter}", word).accepted
    assert _vote(event, "cloud", "ticket:20", "x").reason == "a word needs at least 2 characters"
    assert _vote(event, "cloud", "ticket:20", "   ").reason == "the entry is empty"
    assert _vote(event, "cloud", "ticket:20", "w" * 41).reason == "the entry is longer than 40 characters"
    assert results(event.store, "cloud")["words"] == [
        {"word": "Open Data", "count": 4}, {"word": "KI", "count": 2}, {"word": "Bürgernähe", "count": 1}]


def test_a_replaced_word_moves_its_count(event: Event) -> None:
    _open(event, PollDefinition("cloud", WORDCLOUD, "Ein Wort", allow_change=True))
    _vote(event, "cloud", "ticket:1", "Radwege")
    _vote(event, "cloud", "ticket:2", "Radwege")
    assert _vote(event, "cloud", "ticket:1", "WLAN").replaced
    assert results(event.store, "cloud")["words"] == [{"word": "Radwege", "count": 1}, {"word": "WLAN", "count": 1}]


def test_moderated_words_count_once_approved(event: Event) -> None:
    _open(event)
    _vote(event, "zukunft", "ticket:1", "Digital")
    _vote(event, "zukunft", "ticket:2", "Scheißbürokratie")
    assert results(event.store, "zukunft")["words"] == []
    waiting = queue(event.store, "zukunft")
    assert [(e.text, e.flags) for e in waiting] == [("Digital", ()), ("Scheißbürokratie", ("scheissburokratie",))]
    moderate(event.store, waiting[0].id, "approve", NOW)
    moderate(event.store, waiting[1].id, "hide", NOW)
    assert results(event.store, "zukunft")["words"] == [{"word": "Digital", "count": 1}]
    moderate(event.store, waiting[0].id, "hide", NOW)
    assert results(event.store, "zukunft")["words"] == []


def test_open_text_is_stored_literally(event: Event) -> None:
    _open(event, PollDefinition("frei", OPEN, "Was fehlt?"))
    text = "<b>Mehr</b> =HYPERLINK(\"x\") \u202eWLAN"
    assert _vote(event, "frei", "ticket:1", text).accepted
    assert [e["text"] for e in results(event.store, "frei")["entries"]] == [text]
    assert _vote(event, "frei", "ticket:2", "a" * 281).reason == "the entry is longer than 280 characters"


def test_questions_and_upvotes(event: Event) -> None:
    _open(event)
    assert _vote(event, "fragen", "ticket:1", "Wann kommt das Glasfasernetz?").accepted
    assert _vote(event, "fragen", "ticket:1", "Wann kommt das Glasfasernetz?").reason == \
        "this voter asked this question already"
    assert _vote(event, "fragen", "ticket:2", "Was kostet das?").accepted
    first, second = queue(event.store, "fragen")
    assert upvote(event.store, first.id, "ticket:3", NOW).reason == "no such question on screen"
    for entry in (first, second):
        moderate(event.store, entry.id, "approve", NOW)
    assert upvote(event.store, second.id, "ticket:3", NOW).accepted
    assert upvote(event.store, second.id, "ticket:3", NOW).reason == "this voter supports this question already"
    assert upvote(event.store, second.id, "ticket:1", NOW).accepted
    moderate(event.store, first.id, "pin", NOW)
    moderate(event.store, second.id, "answered", NOW)
    data = results(event.store, "fragen")
    assert data["ballots"] == 2
    assert [(e["text"], e["votes"], e["pinned"], e["answered"]) for e in data["entries"]] == [
        ("Wann kommt das Glasfasernetz?", 0, True, False), ("Was kostet das?", 2, False, True)]
    new_round(event.store, "fragen", NOW)
    assert upvote(event.store, second.id, "ticket:4", NOW).reason == "no such question on screen"  # round 1's


@pytest.mark.parametrize(("name", "expected"), [
    ("anna", "ticket:{anna}"), ("lars_cancelled", "cancelled ticket"), ("unknown", "unknown code"),
    ("invalid", "invalid code"), ("mangled", "ticket:{juergen}")])
def test_ticket_codes_are_read_like_a_check_in_scan(event: Event, name: str, expected: str) -> None:
    ids = {person: attendees.find_by_key(event.store, code).id for person, code in CODES.items()}  # type: ignore[union-attr]
    raw = {"unknown": "ZZZZ0000ZZZZ0000ZZZZ", "invalid": "<>",
           "mangled": "ZYZY3333DDDD4444EEEE"}  # a US scanner on a German layout swaps Y and Z
    found = ticket_voter(event.store, raw.get(name, CODES.get(name, "")))
    assert (found.id or found.reason) == expected.format(anna=ids["anna"], juergen=ids["juergen"])


def test_a_replaced_code_cannot_vote(event: Event) -> None:
    anna = attendees.find_by_key(event.store, CODES["anna"])
    assert anna is not None
    with event.store.transaction():
        attendees.replace_code(event.store, anna, "NEWCODE1234567890ABC", NOW, attendees.REPLACED)
    assert ticket_voter(event.store, CODES["anna"]).reason == f"cancelled ticket ({attendees.REPLACED})"
    assert ticket_voter(event.store, "NEWCODE1234567890ABC").id == f"ticket:{anna.id}"
