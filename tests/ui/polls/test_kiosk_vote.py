"""Voting at the kiosk: "Vote now" shows only while a poll is open, the badge scan names the voter instead of
checking in, one tap votes, a second ballot is refused, text goes in with the touch keyboard, the results show
only once revealed, and the kiosk returns to its welcome."""

from PySide6.QtCore import Qt

from kiosk.checkin import desk
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event, open_event
from kiosk.event.store import Store
from kiosk.polls.model import PollDefinition
from kiosk.polls.results import results
from kiosk.polls.store import close_poll, open_poll, save_definitions, show_results
from tests.conftest import write_event
from tests.kiosk.polls.support import CODES
from ui.main_window import MainWindow
from ui.polls.kiosk_vote import OptionButton, VotingScreen

CHOICE = PollDefinition("kommune", "single", "Wo steht Ihre Kommune?", ("Am Anfang", "Mittendrin", "مدينة ذكية"))
SCALE = PollDefinition("note", "scale", "Wie hilfreich?", labels=("gar nicht", "sehr"))
CLOUD = PollDefinition("wort", "wordcloud", "Ein Wort?")


def _start(qtbot, window: MainWindow, event: Event, *polls: PollDefinition) -> None:
    save_definitions(event.store, list(polls), utc_now())
    for poll in polls:
        open_poll(event.store, poll.id, utc_now())
    qtbot.waitUntil(lambda: window.kiosk.vote_button.isVisible(), timeout=2000)


def _cast(qtbot, window: MainWindow) -> None:
    """The kiosk casts a ballot on its decisions worker: wait until it is back."""
    qtbot.waitUntil(lambda: not window.kiosk.deciding, timeout=5000)


def _options(window: MainWindow) -> list[OptionButton]:
    grid = window.kiosk.voting.options
    return [grid.itemAt(i).widget() for i in range(grid.count()) if isinstance(grid.itemAt(i).widget(),
                                                                                 OptionButton)]


def test_vote_now_shows_only_while_a_poll_is_open(qtbot, window: MainWindow, kiosk_event: Event) -> None:
    assert not window.kiosk.vote_button.isVisible()
    _start(qtbot, window, kiosk_event, CHOICE)
    close_poll(kiosk_event.store, "kommune", utc_now())
    qtbot.waitUntil(lambda: not window.kiosk.vote_button.isVisible(), timeout=2000)


def test_a_badge_scan_names_the_voter_and_one_tap_votes(qtbot, window: MainWindow, kiosk_event: Event) -> None:
    _start(qtbot, window, kiosk_event, CHOICE)
    kiosk = window.kiosk
    kiosk.vote_button.click()
    assert kiosk.stack.currentWidget() is kiosk.voting and kiosk.voting.waits_for_badge
    kiosk.handle_scan(CODES["sophie"])
    assert desk.CheckinDesk(kiosk_event).scan(CODES["sophie"]).outcome.name == "WELCOME"  # no check-in happened
    assert [b.caption.text() for b in _options(window)] == ["Am Anfang", "Mittendrin", "مدينة ذكية"]
    qtbot.mouseClick(_options(window)[1], Qt.MouseButton.LeftButton)  # on its caption, in the middle
    _cast(qtbot, window)
    assert results(kiosk_event.store, "kommune")["options"][1]["count"] == 1
    assert kiosk.voting.pages.currentWidget() is kiosk.voting.thanks_page
    assert not kiosk.voting.results.isVisible()  # not revealed: no results at the kiosk
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.welcome, timeout=3000)
    kiosk.vote_button.click()
    kiosk.handle_scan(CODES["sophie"])
    _options(window)[0].click()
    _cast(qtbot, window)
    assert kiosk.voting.thanks_detail.text() == kiosk.voting.tr("You have already voted in this poll.")
    window.languages.set("en")  # the guest switches language on the last page: it is told again in English
    qtbot.waitUntil(lambda: kiosk.voting.thanks.text() == "Your vote was not counted", timeout=2000)
    assert kiosk.voting.thanks_detail.text() == "You have already voted in this poll."
    assert results(kiosk_event.store, "kommune")["ballots"] == 1


def test_revealed_results_show_after_the_vote(qtbot, window: MainWindow, kiosk_event: Event) -> None:
    _start(qtbot, window, kiosk_event, SCALE)
    show_results(kiosk_event.store, "note", utc_now(), shown=True)
    kiosk = window.kiosk
    kiosk.vote_button.click()
    kiosk.handle_scan(CODES["anna"])
    scale = [kiosk.voting.options.itemAt(i).widget() for i in range(5)]
    assert [b.text() for b in scale] == ["1", "2", "3", "4", "5"]
    scale[3].click()
    _cast(qtbot, window)
    assert kiosk.voting.results.isVisible()
    assert kiosk.voting.results.view.shown.results["mean"] == 4.0


def test_words_go_in_with_the_touch_keyboard_and_a_cancelled_ticket_cannot_vote(qtbot, window: MainWindow,
                                                                                kiosk_event: Event) -> None:
    _start(qtbot, window, kiosk_event, CHOICE, CLOUD)
    kiosk = window.kiosk
    kiosk.vote_button.click()
    pick = kiosk.voting.pick_buttons
    assert pick.count() == 3  # two polls and the stretch
    pick.itemAt(1).widget().click()
    kiosk.handle_scan(CODES["lars_cancelled"])
    assert kiosk.voting.thanks.text() == kiosk.voting.tr("This code cannot vote")
    kiosk.reset()
    kiosk.vote_button.click()
    kiosk.voting.pick_buttons.itemAt(1).widget().click()
    kiosk.handle_scan(CODES["juergen"])
    assert kiosk.voting.keyboard.isVisible()
    for key in "KI":
        kiosk.voting.keyboard._type(key)
    kiosk.voting.keyboard.entered.emit()
    _cast(qtbot, window)
    assert results(kiosk_event.store, "wort")["words"] == [{"word": "KI", "count": 1}]


def test_the_watch_reads_on_its_own_connection_and_a_closed_event_raises_nothing(qtbot, tmp_path) -> None:
    event = open_event(write_event(tmp_path / "event"), kiosk_id="k")
    screen = VotingScreen(event)
    qtbot.addWidget(screen)
    offered: list[bool] = []
    screen.offered.connect(offered.append)
    save_definitions(event.store, [CHOICE], utc_now())
    open_poll(event.store, CHOICE.id, utc_now())
    qtbot.waitUntil(lambda: offered[-1:] == [True], timeout=2000)  # read by the watch's thread
    event.close()
    screen.look()  # no exception from a closed database in Qt's event loop


def test_the_ballot_is_cast_off_the_ui_thread_while_another_kiosk_holds_the_write_lock(qtbot, window: MainWindow,
                                                                                       kiosk_event: Event) -> None:
    _start(qtbot, window, kiosk_event, CHOICE)
    kiosk = window.kiosk
    kiosk.vote_button.click()
    kiosk.handle_scan(CODES["sophie"])
    other = Store(kiosk_event.store.path, "kiosk-2")
    other.conn.execute("BEGIN IMMEDIATE")  # another kiosk writes for a while
    _options(window)[1].click()  # back at once: the ballot waits on the kiosk's worker, not on the screen
    assert kiosk.deciding and kiosk.voting.pages.currentWidget() is kiosk.voting.answer_page
    other.conn.execute("COMMIT")
    other.close()
    _cast(qtbot, window)
    assert kiosk.voting.pages.currentWidget() is kiosk.voting.thanks_page
    assert results(kiosk_event.store, "kommune")["options"][1]["count"] == 1
