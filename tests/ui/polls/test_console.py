"""The moderator console: the staff PIN first; the running session's polls first; open with a countdown,
close, reveal, new round, each written to the database; the live ballot count follows ballots of another
process; the moderation queue approves, pins and hides; the preview shows what the stage shows; and a
refused step says why."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event, open_event
from kiosk.event.pin import hash_pin
from kiosk.event.store import Store
from kiosk.polls.ballots import cast_vote
from kiosk.polls.model import PollDefinition
from kiosk.polls.moderation import entries
from kiosk.polls.store import close_poll, get_poll, open_poll, save_definitions
from tests.conftest import write_event
from ui.polls.console import ModeratorWindow
from ui.programme.service import ProgrammeService
from ui.stage.feed import StageFeed

PIN = "2468"
POLLS = [PollDefinition("wahl", "single", "Wo steht Ihre Kommune?", ("Am Anfang", "Mittendrin")),
         PollDefinition("fragen", "qa", "Ihre Fragen?", moderated=True),
         PollDefinition("keynote", "scale", "Wie war die Keynote?", session="talk-1")]


@pytest.fixture
def console_event(tmp_path) -> Event:
    event = open_event(write_event(tmp_path / "event", pin_hash=hash_pin(PIN)), kiosk_id="moderator")
    save_definitions(event.store, POLLS, utc_now())
    yield event
    event.close()


@pytest.fixture
def console(qtbot, console_event: Event):
    programme = ProgrammeService(console_event, follow=False)
    feed = StageFeed(console_event.store.path, "moderator")
    window = ModeratorWindow(console_event, programme, feed)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    programme.start()
    feed.start()
    yield window
    feed.stop()
    programme.stop()
    window.close()
    window.deleteLater()
    qtbot.wait(1)


def _unlock(qtbot, window: ModeratorWindow) -> None:
    assert window.stack.currentWidget() is window.pin_pad
    window.pin_pad.field.setText(PIN)
    window.pin_pad.submit()
    assert window.stack.currentWidget() is window.console


def _select(window: ModeratorWindow, poll_id: str) -> None:
    listing = window.console.list
    row = next(i for i in range(listing.count()) if listing.item(i).data(Qt.ItemDataRole.UserRole) == poll_id)
    listing.setCurrentRow(row)


def test_the_console_opens_only_with_the_staff_pin(qtbot, console: ModeratorWindow) -> None:
    console.pin_pad.field.setText("0000")
    console.pin_pad.submit()
    assert console.stack.currentWidget() is console.pin_pad
    _unlock(qtbot, console)


def test_the_running_sessions_polls_come_first(qtbot, console: ModeratorWindow, monkeypatch) -> None:
    _unlock(qtbot, console)
    monkeypatch.setattr(console.console, "_running_sessions", lambda: ["talk-1"])
    console.console.refresh()
    first = console.console.list.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == "keynote"


def test_open_with_countdown_reveal_close_and_new_round(qtbot, console: ModeratorWindow,
                                                        console_event: Event) -> None:
    _unlock(qtbot, console)
    page = console.console
    _select(console, "wahl")
    page.countdown.setValue(90)
    page.open_button.click()
    poll = get_poll(console_event.store, "wahl")
    assert poll.state == "open" and poll.closes_at is not None
    assert timedelta(seconds=85) < poll.closes_at - utc_now() <= timedelta(seconds=90)
    voter = Store(console_event.store.path, "kiosk-2")  # another process's connection
    cast_vote(voter, "wahl", "ticket:1", ["1"], utc_now())
    qtbot.waitUntil(lambda: page.preview.view is not None and page.preview.view.ballots == 1, timeout=2000)
    assert page.count.text().endswith(" 1")
    assert page.preview.view.shown.poll.id == "wahl"  # the stage's poll
    assert page.preview.view.shown.results is None  # hidden on the stage, so hidden in the preview
    assert page.results.view.shown.results["options"][0]["count"] == 1  # the moderator sees the counts already
    page.reveal_button.click()
    assert get_poll(console_event.store, "wahl").revealed
    qtbot.waitUntil(lambda: page.preview.view.shown.results is not None, timeout=2000)
    page.close_button.click()
    assert get_poll(console_event.store, "wahl").state == "closed"
    page.countdown.setValue(0)
    page.round_button.click()
    poll = get_poll(console_event.store, "wahl")
    assert (poll.state, poll.round, poll.revealed, poll.closes_at) == ("open", 2, False, None)
    assert not page.open_button.isEnabled() and page.close_button.isEnabled()
    _select(console, "keynote")
    page._step(close_poll)  # as when another console closed it a moment ago: refused, and the console says why
    assert "is not open" in page.message.text()
    voter.close()


def test_the_queue_approves_pins_and_hides(qtbot, console: ModeratorWindow, console_event: Event) -> None:
    _unlock(qtbot, console)
    page = console.console
    open_poll(console_event.store, "fragen", utc_now())
    for number, text in enumerate(("Was kostet das?", "كيف نبدأ؟", "Wer zahlt <b>das</b>?")):
        cast_vote(console_event.store, "fragen", f"phone:{number}", [text], utc_now())
    _select(console, "fragen")
    qtbot.waitUntil(lambda: page.queue.count() == 3, timeout=2000)
    marked = [i for i in range(3) if "Wer zahlt <b>das</b>?" in page.queue.item(i).text()]  # literally
    page.queue.setCurrentRow(marked[0])
    for action in ("approve", "pin"):  # the selection follows the entry as the queue re-sorts
        page.moderation[action].click()
    shown = entries(console_event.store, "fragen", 1)
    assert [(e.text, e.pinned) for e in shown] == [("Wer zahlt <b>das</b>?", True)]
    assert page.moderation["pin"].text() == page.tr("Unpin")
    page.moderation["pin"].click()  # the same key undoes it
    assert not entries(console_event.store, "fragen", 1)[0].pinned
    page.queue.setCurrentRow(page.queue.count() - 1)
    page.moderation["hide"].click()
    statuses = sorted(e.status for e in entries(console_event.store, "fragen", 1, ("pending", "shown", "hidden")))
    assert statuses.count("hidden") == 1


def test_the_stage_window_opens_on_the_chosen_screen(qtbot, console: ModeratorWindow, tmp_path) -> None:
    _unlock(qtbot, console)
    page = console.console
    assert page.screens.count() >= 1
    page.screens.setCurrentIndex(0)
    page.stage_button.click()
    stage = page.stage_window
    assert stage is not None and stage.isVisible()
    stage.allow_close = True
    stage.close()
