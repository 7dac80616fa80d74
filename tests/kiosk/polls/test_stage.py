"""For the stage: a change counter that grows with every change, the polls changed since a counter, and a
snapshot that carries results only when they are revealed — read from another connection, as the stage's
process does."""

from kiosk.event.folder import Event
from kiosk.event.store import Store
from kiosk.polls.ballots import cast_vote
from kiosk.polls.moderation import moderate, queue
from kiosk.polls.results import change_counter, changed_since, snapshot
from kiosk.polls.store import close_poll, open_poll, show_results
from tests.conftest import EVENT_DAY
from tests.kiosk.polls.support import sample_polls

NOW = EVENT_DAY


def test_every_change_moves_the_counter_and_names_the_poll(event: Event) -> None:
    stage = Store(event.store.path, "stage")
    sample_polls(event.store)
    seen = change_counter(stage)
    steps = [
        lambda: open_poll(event.store, "open-data", NOW),
        lambda: cast_vote(event.store, "open-data", "ticket:1", ["1"], NOW),
        lambda: show_results(event.store, "open-data", NOW, shown=True),
        lambda: close_poll(event.store, "open-data", NOW),
    ]
    for step in steps:
        step()
        counter = change_counter(stage)
        assert counter > seen
        assert changed_since(stage, seen) == {"open-data": counter}
        seen = counter
    open_poll(event.store, "fragen", NOW)
    cast_vote(event.store, "fragen", "phone:abc", ["Eine Frage?"], NOW)
    before = change_counter(stage)
    moderate(event.store, queue(event.store, "fragen")[0].id, "approve", NOW)
    assert list(changed_since(stage, before)) == ["fragen"]
    assert changed_since(stage, change_counter(stage)) == {}
    cast_vote(event.store, "open-data", "ticket:2", ["1"], NOW)  # refused: closed, so nothing changed
    assert changed_since(stage, change_counter(stage)) == {}
    stage.close()


def test_a_snapshot_hides_results_until_they_are_revealed(event: Event) -> None:
    stage = Store(event.store.path, "stage")
    sample_polls(event.store)
    open_poll(event.store, "kongress", NOW)
    cast_vote(event.store, "kongress", "ticket:1", ["4"], NOW)
    hidden = snapshot(stage, "kongress")
    assert hidden.results is None and hidden.poll.state == "open"
    assert snapshot(stage, "kongress", hidden_too=True).results["mean"] == 4.0  # type: ignore[index]
    show_results(event.store, "kongress", NOW, shown=True)
    shown = snapshot(stage, "kongress")
    assert shown.counter > hidden.counter and shown.results is not None and shown.results["ballots"] == 1
    stage.close()
