"""A database whose polls were voted on before the counts per option and per word were kept (schema 9) gets
them counted when it is upgraded (migration 10), and counting goes on from there."""

from pathlib import Path

import pytest

from kiosk.event import store as store_module
from kiosk.event.store import MIGRATIONS, Store
from kiosk.polls.ballots import cast_vote
from kiosk.polls.model import RANKING, WORDCLOUD, PollDefinition
from kiosk.polls.results import results
from kiosk.polls.store import open_poll, save_draft
from tests.conftest import EVENT_DAY
from tests.kiosk.polls.support import recount

WORDS = ("Open Data", "open data", "KI", "OPEN DATA", "Open Data")


def _vote_all(store: Store) -> None:
    for number, word in enumerate(WORDS):
        cast_vote(store, "cloud", f"phone:{number}", [word], EVENT_DAY)
        cast_vote(store, "rank", f"phone:{number}", ["c", "a"] if number % 2 else ["b"], EVENT_DAY)


def test_an_upgraded_database_counts_the_ballots_it_already_had(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "event.sqlite"
    with monkeypatch.context() as patched:
        patched.setattr(store_module, "MIGRATIONS", MIGRATIONS[:9])
        old = Store(path, "k")
        save_draft(old, PollDefinition("cloud", WORDCLOUD, "Ein Wort", allow_change=True), EVENT_DAY)
        save_draft(old, PollDefinition("rank", RANKING, "Reihenfolge?", options=("a", "b", "c")), EVENT_DAY)
        open_poll(old, "cloud", EVENT_DAY)
        open_poll(old, "rank", EVENT_DAY)
        _vote_all(old)
        old.close()
    store = Store(path, "k")
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert results(store, "cloud")["words"] == [{"word": "Open Data", "count": 4}, {"word": "KI", "count": 1}]
    counted = recount(store, "rank", 1)
    data = results(store, "rank")
    assert [o["points"] for o in data["options"]] == counted["points"]
    assert [o["count"] for o in data["options"]] == counted["firsts"]
    cast_vote(store, "cloud", "phone:0", ["KI"], EVENT_DAY)  # replaced: counting goes on
    assert results(store, "cloud")["words"] == [{"word": "Open Data", "count": 3}, {"word": "KI", "count": 2}]
    store.close()
