"""The demo event has polls to run, and a restart of the demo keeps their ballots."""

from datetime import UTC, datetime
from pathlib import Path

from kiosk.event.demo import prepare_demo
from kiosk.event.folder import open_event
from kiosk.polls.ballots import cast_vote
from kiosk.polls.results import results
from kiosk.polls.store import list_polls, open_poll
from kiosk.polls.voters import voter_id


def test_the_demo_has_polls_of_every_common_kind_and_keeps_ballots_on_restart(tmp_path: Path) -> None:
    folder = prepare_demo(tmp_path / "demo")
    event = open_event(folder)
    now = datetime.now(UTC)
    try:
        polls = list_polls(event.store)
        assert [p.id for p in polls] == ["open-data", "prioritaeten", "zukunft", "kongress", "fragen"]
        assert {p.kind for p in polls} == {"single", "multiple", "wordcloud", "scale", "qa"}
        open_poll(event.store, "open-data", now)
        assert cast_vote(event.store, "open-data", voter_id("phone", "demo-1"), ["2"], now).accepted
    finally:
        event.close()
    prepare_demo(folder)
    event = open_event(folder)
    try:
        assert len(list_polls(event.store)) == 5
        counts = {o["label"]: o["count"] for o in results(event.store, "open-data")["options"]}
        assert counts["Erste Datensätze"] == 1
    finally:
        event.close()
