"""The poll screens' read models: the poll on stage follows the moderator's last step, the stage's view
carries results only when revealed (the preview always), kiosks offer open polls only, and the running
session's polls come first on the console."""

from datetime import timedelta

from kiosk.event.folder import Event
from kiosk.event.store import Store
from kiosk.polls.ballots import cast_vote
from kiosk.polls.model import PollDefinition
from kiosk.polls.store import close_poll, list_polls, open_poll, show_results
from kiosk.polls.views import open_polls, session_first, stage_poll_id, stage_view
from tests.conftest import EVENT_DAY
from tests.kiosk.polls.support import sample_polls

NOW = EVENT_DAY


def test_the_stage_shows_the_poll_the_moderator_changed_last(event: Event) -> None:
    stage = Store(event.store.path, "stage")
    sample_polls(event.store)
    assert stage_poll_id(stage) is None and stage_view(stage).shown is None
    open_poll(event.store, "open-data", NOW)
    open_poll(event.store, "kongress", NOW + timedelta(seconds=1))
    assert stage_poll_id(stage) == "kongress"
    cast_vote(event.store, "open-data", "ticket:1", ["2"], NOW + timedelta(seconds=2))  # a ballot is no step
    assert stage_poll_id(stage) == "kongress"
    show_results(event.store, "open-data", NOW + timedelta(seconds=3), shown=True)
    assert stage_poll_id(stage) == "open-data"
    close_poll(event.store, "kongress", NOW + timedelta(seconds=4))  # closed and hidden: off the stage
    close_poll(event.store, "open-data", NOW + timedelta(seconds=5))  # closed but shown: stays
    assert stage_poll_id(stage) == "open-data"
    show_results(event.store, "open-data", NOW + timedelta(seconds=6), shown=False)
    assert stage_poll_id(stage) is None
    stage.close()


def test_the_stage_view_counts_ballots_and_hides_results_until_revealed(event: Event) -> None:
    stage = Store(event.store.path, "stage")
    sample_polls(event.store)
    open_poll(event.store, "open-data", NOW)
    cast_vote(event.store, "open-data", "ticket:1", ["2"], NOW)
    cast_vote(event.store, "open-data", "ticket:2", ["2"], NOW)
    view = stage_view(stage)
    assert view.ballots == 2 and view.shown is not None and view.shown.results is None
    assert stage_view(stage, "open-data").shown.results is None  # type: ignore[union-attr]
    preview = stage_view(stage, "open-data", hidden_too=True)
    assert preview.shown is not None and preview.shown.results is not None
    assert [o["count"] for o in preview.shown.results["options"]] == [0, 2, 0, 0]
    show_results(event.store, "open-data", NOW, shown=True)
    shown = stage_view(stage)
    assert shown.counter > view.counter and shown.shown is not None and shown.shown.results is not None
    stage.close()


def test_kiosks_offer_open_polls_and_the_console_puts_the_running_session_first(event: Event) -> None:
    sample_polls(event.store, PollDefinition("keynote", "single", "Frage zur Keynote?", ("Ja", "Nein"),
                                             session="talk-42"))
    open_poll(event.store, "kongress", NOW, seconds=60)
    open_poll(event.store, "fragen", NOW)
    assert [p.id for p in open_polls(event.store, NOW)] == ["kongress", "fragen"]
    assert [p.id for p in open_polls(event.store, NOW + timedelta(seconds=61))] == ["fragen"]
    ordered = session_first(list_polls(event.store), ["talk-42"])
    assert [p.id for p in ordered] == ["keynote", "open-data", "zukunft", "kongress", "fragen"]
