"""A scan while the kiosk shows a poll's answer page: the voter's own badge again keeps the page as it is (no
check-in); another guest's code closes the unvoted page and is answered as at the welcome screen."""

from kiosk.checkin import reports
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.polls.model import PollDefinition
from kiosk.polls.results import results
from kiosk.polls.store import open_poll, save_definitions
from tests.ui.attendee.test_kiosk_window import scan
from ui.main_window import MainWindow

SOPHIE, ANNA = "AAAA1111BBBB2222CCCC", "FFFF5555GGGG6666HHHH"
POLL = PollDefinition("kommune", "multiple", "Wo steht Ihre Kommune?", ("Am Anfang", "Mittendrin", "Weit"),
                      max_choices=2)


def on_the_answer_page(qtbot, window: MainWindow, event: Event) -> None:
    """Sophie tapped "Vote now", scanned her badge and picked the first answer (not sent yet)."""
    save_definitions(event.store, [POLL], utc_now())
    open_poll(event.store, POLL.id, utc_now())
    kiosk = window.kiosk
    qtbot.waitUntil(kiosk.vote_button.isVisible, timeout=2000)
    kiosk.vote_button.click()
    scan(qtbot, window, SOPHIE)
    assert kiosk.voting.pages.currentWidget() is kiosk.voting.answer_page
    kiosk.voting.options.itemAt(0).widget().click()


def test_the_voters_own_badge_again_keeps_the_answer_page(qtbot, window: MainWindow, kiosk_event: Event) -> None:
    on_the_answer_page(qtbot, window, kiosk_event)
    voting = window.kiosk.voting
    scan(qtbot, window, SOPHIE)
    assert window.kiosk.stack.currentWidget() is voting and voting.pages.currentWidget() is voting.answer_page
    assert voting.send.isEnabled()  # the pick is still there
    assert reports.counts(kiosk_event).checked_in == 0
    voting.send.click()
    qtbot.waitUntil(lambda: not window.kiosk.deciding, timeout=5000)  # cast on the kiosk's decisions worker
    assert results(kiosk_event.store, POLL.id)["ballots"] == 1


def test_another_guests_code_closes_the_page_and_checks_them_in(qtbot, window: MainWindow,
                                                               kiosk_event: Event) -> None:
    on_the_answer_page(qtbot, window, kiosk_event)
    kiosk = window.kiosk
    scan(qtbot, window, ANNA)
    assert kiosk.stack.currentWidget() is kiosk.outcome and kiosk.outcome.headline.text() == "Willkommen, Anna!"
    assert reports.counts(kiosk_event).checked_in == 1
    assert kiosk.voting.voter == "" and results(kiosk_event.store, POLL.id)["ballots"] == 0
