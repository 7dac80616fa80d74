"""Property tests: any polls.toml is read without a crash (polls or problems, never both), and any sequence of
ballots is counted exactly as a recount of the ballot rows says, in every round."""

import json
import tempfile
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.event.store import Store
from kiosk.polls.ballots import cast_vote
from kiosk.polls.model import KINDS, MULTIPLE, RANKING, SCALE, SINGLE, WORDCLOUD, PollDefinition, PollError
from kiosk.polls.results import results
from kiosk.polls.store import close_poll, new_round, open_poll, save_definitions, save_draft
from kiosk.polls.text import normalised
from kiosk.polls.toml_file import definition_problems, read_polls_file
from tests.conftest import EVENT_DAY
from tests.kiosk.polls.support import recount

KEYS = ("id", "kind", "question", "options", "max_choices", "scale", "labels", "session", "allow_change",
        "moderated", "anonymise_on_close", "banned_words", "colour")
values = st.one_of(st.text(max_size=12), st.integers(-20, 30), st.booleans(), st.sampled_from(KINDS),
                   st.lists(st.one_of(st.text(max_size=8), st.integers(-12, 12)), max_size=5))
ids = st.sampled_from(("a", "b", "c", "open-data"))  # repeats happen, and are refused
option_texts = st.lists(st.text(min_size=1, max_size=10), min_size=2, max_size=5)
plausible_tables = st.one_of(
    st.builds(lambda id_, kind, options: {"id": id_, "kind": kind, "question": "Frage?", "options": options},
              ids, st.sampled_from((SINGLE, RANKING)), option_texts),
    st.builds(lambda id_, options, most: {"id": id_, "kind": MULTIPLE, "question": "?", "options": options,
                                          "max_choices": most}, ids, option_texts, st.integers(1, 3)),
    st.builds(lambda id_, low, span, labels: {"id": id_, "kind": SCALE, "question": "?", "scale": [low, low + span],
                                              "labels": labels},
              ids, st.integers(-10, 5), st.integers(1, 10), st.lists(st.text(max_size=6), min_size=2, max_size=2)),
    st.builds(lambda id_, kind, moderated: {"id": id_, "kind": kind, "question": "?", "moderated": moderated},
              ids, st.sampled_from(("wordcloud", "open", "qa")), st.booleans()))
poll_tables = st.one_of(plausible_tables, st.tuples(plausible_tables, st.sampled_from(KEYS), values).map(
    lambda changed: {**changed[0], changed[1]: changed[2]}))
documents = st.fixed_dictionaries({"polls": st.lists(poll_tables, max_size=4)},
                                  optional={"banned_words": st.lists(st.text(max_size=6), max_size=3)})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=documents)
def test_any_polls_file_gives_polls_or_problems_and_its_polls_import(tmp_path: Path, document: dict) -> None:
    path = tmp_path / "polls.toml"
    path.write_text(tomli_w.dumps(document), encoding="utf-8")
    found = read_polls_file(path)
    assert bool(found.polls) != bool(found.problems) or not document["polls"]
    assert all(problem.where and problem.why for problem in found.problems)
    for definition in found.polls:
        assert definition_problems(definition) == []
    store = Store(":memory:", "test")
    assert save_definitions(store, found.polls, EVENT_DAY) == (len(found.polls), 0)
    store.close()


@settings(max_examples=60, deadline=None)
@given(raw=st.binary(max_size=200))
def test_any_bytes_as_polls_file_never_crash(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "polls.toml"
        path.write_bytes(raw)
        found = read_polls_file(path)
        assert not (found.polls and found.problems)
        assert all(problem.where and problem.why for problem in found.problems)


WORDS = ("Open Data", "open data", " OPEN  DATA ", "KI", "ki", "Radwege", "Bürgeramt", "BÜRGERAMT")
answers = st.lists(st.one_of(st.sampled_from(("1", "2", "3", "4", "0", "5", "9", "-1", "x", "Ja", "nein", "ja ")),
                             st.sampled_from(WORDS), st.text(max_size=5)), max_size=4)
steps = st.lists(st.one_of(
    st.tuples(st.just("vote"), st.integers(0, 6), answers),
    st.tuples(st.just("close"), st.just(0), st.just([])),
    st.tuples(st.just("round"), st.just(0), st.just([])),
    st.tuples(st.just("open"), st.just(0), st.just([]))), max_size=40)
definitions = st.one_of(
    st.builds(lambda allow: PollDefinition("p", SINGLE, "?", options=("Ja", "Nein", "Vielleicht"),
                                           allow_change=allow), st.booleans()),
    st.builds(lambda allow, most: PollDefinition("p", MULTIPLE, "?", options=("Ja", "Nein", "x y", "4"),
                                                 max_choices=most, allow_change=allow),
              st.booleans(), st.integers(1, 4)),
    st.builds(lambda allow: PollDefinition("p", RANKING, "?", options=("Ja", "Nein", "Vielleicht"),
                                           allow_change=allow), st.booleans()),
    st.builds(lambda allow, low: PollDefinition("p", SCALE, "?", scale=(low, low + 4), allow_change=allow),
              st.booleans(), st.integers(-1, 1)),
    st.builds(lambda allow: PollDefinition("p", WORDCLOUD, "?", allow_change=allow), st.booleans()))


def _word_recount(store: Store, round_: int) -> Counter:
    texts = [json.loads(row[0]) for row in store.conn.execute(
        "SELECT answer FROM poll_ballots WHERE poll = 'p' AND round = ?", (round_,))]
    return Counter(normalised(text) for text in texts)


def _check_round(store: Store, definition: PollDefinition, round_: int) -> None:
    data: dict[str, Any] = results(store, "p", round_)
    if definition.kind == WORDCLOUD:
        assert Counter({normalised(w["word"]): w["count"] for w in data["words"]}) == _word_recount(store, round_)
        return
    counted = recount(store, "p", round_)
    assert data["ballots"] == counted["ballots"]
    if definition.kind == SCALE:
        distribution = {d["value"]: d["count"] for d in data["distribution"] if d["count"]}
        assert distribution == counted["distribution"]
        values_ = Counter(counted["distribution"]).elements()
        total = list(values_)
        assert data["mean"] == (round(sum(total) / len(total), 2) if total else None)
    elif definition.kind == RANKING:
        assert [o["count"] for o in data["options"]] == counted["firsts"]
        assert [o["points"] for o in data["options"]] == counted["points"]
    else:
        assert [o["count"] for o in data["options"]] == counted["counts"]


@settings(max_examples=80, deadline=None)
@given(definition=definitions, plan=steps)
def test_results_always_equal_a_recount_of_the_ballot_rows(definition: PollDefinition, plan: list) -> None:
    store = Store(":memory:", "test")
    now = EVENT_DAY
    save_draft(store, definition, now)
    open_poll(store, "p", now)
    accepted: Counter = Counter()
    round_ = 1
    for step, voter, given_answers in plan:
        now += timedelta(seconds=1)
        try:
            if step == "vote":
                outcome = cast_vote(store, "p", f"phone:{voter}", given_answers, now)
                accepted[round_] += outcome.accepted and not outcome.replaced
            elif step == "close":
                close_poll(store, "p", now)
            elif step == "round":
                round_ = new_round(store, "p", now).round
            else:
                open_poll(store, "p", now)
        except PollError:  # the lifecycle refuses a step that does not fit the state (its message says why)
            pass
    for number in range(1, round_ + 1):
        _check_round(store, definition, number)
        assert results(store, "p", number)["ballots"] == accepted[number]
    store.close()
