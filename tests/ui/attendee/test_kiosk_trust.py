"""Trust on the day at the attendee kiosk: day two, a code held up, the e-mail question, the search hints."""

import json
from datetime import UTC, datetime, timedelta

from kiosk.attendees import records as attendees
from kiosk.attendees.search import kiosk_search
from kiosk.checkin.desk import CheckinDesk, CheckinResult, Outcome
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.printing import queue
from tests.ui.attendee import test_kiosk_window
from tests.ui.attendee.test_kiosk_window import decided, forget_recent_scans, scan
from ui.attendee.screens import SearchScreen
from ui.main_window import MainWindow

HELP_DESK = "Das klären wir am Info-Counter"
pin_hash, kiosk_event, window = (test_kiosk_window.pin_hash, test_kiosk_window.kiosk_event,
                                 test_kiosk_window.window)  # the window fixtures


def attendee_id(event: Event, code: str) -> int:
    found = attendees.find_by_key(event.store, code)
    assert found is not None
    return found.id


def test_day_two_welcomes_back_without_a_new_badge(qtbot, window: MainWindow) -> None:
    event, kiosk = window.kiosk_event, window.kiosk
    yesterday = CheckinDesk(event, clock=lambda: utc_now() - timedelta(days=1), auto_print=False)
    assert yesterday.check_in(attendee_id(event, "AAAA1111BBBB2222CCCC"), "scan").outcome is Outcome.WELCOME
    kiosk.handle_scan("AAAA1111BBBB2222CCCC")
    decided(qtbot, kiosk)
    assert kiosk.outcome.headline.text() == "Willkommen zurück, Sophie!"
    assert kiosk.outcome.message.text() == "Sie sind für heute eingecheckt."
    assert queue.recent_jobs(event.store) == []


def test_a_time_on_another_day_carries_the_date_and_no_kiosk_id_shows(qtbot, window: MainWindow) -> None:
    kiosk, event = window.kiosk, window.kiosk_event
    sophie = attendees.get(event.store, attendee_id(event, "AAAA1111BBBB2222CCCC"))
    tuesday = datetime(2026, 11, 24, 8, 10, tzinfo=UTC)  # 09:10 in Berlin
    kiosk.outcome.show_result(CheckinResult(Outcome.ALREADY_CHECKED_IN, "", sophie, None, tuesday, "eingang-1"))
    assert kiosk.outcome.message.text().startswith("Eingecheckt am Di., 24.11. um 09:10. Falls")
    kiosk.language_button.click()
    qtbot.waitUntil(lambda: kiosk.outcome.message.text().startswith("Checked in on Tue 24 Nov at 09:10. If"))
    earlier = utc_now() - timedelta(minutes=3)
    kiosk.outcome.show_result(CheckinResult(Outcome.ALREADY_CHECKED_IN, "", sophie, None, earlier, "eingang-1"))
    assert kiosk.outcome.message.text().startswith("Checked in 3 minutes ago. If")
    assert "eingang-1" not in kiosk.outcome.message.text()  # a kiosk without a display name is not named


def test_the_guest_still_holding_up_the_code_is_not_told_already_checked_in(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    scan(qtbot, window, "AAAA1111BBBB2222CCCC")
    qtbot.waitUntil(lambda: kiosk.outcome.headline.text() == "Willkommen, Sophie!")
    forget_recent_scans(qtbot, kiosk)  # the repeat window is over, the welcome still on screen
    kiosk.handle_scan("AAAA1111BBBB2222CCCC")
    decided(qtbot, kiosk)
    assert kiosk.outcome.headline.text() == "Willkommen, Sophie!"
    kiosk.outcome.topics_button.click()
    forget_recent_scans(qtbot, kiosk)
    kiosk.handle_scan("AAAA1111BBBB2222CCCC")
    decided(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is kiosk.topic_picker
    kiosk.handle_scan("FFFF5555GGGG6666HHHH")  # the next guest is answered at once
    decided(qtbot, kiosk)
    assert kiosk.outcome.headline.text() == "Willkommen, Anna!"


def choose_juergen(window: MainWindow) -> None:
    kiosk = window.kiosk
    kiosk.welcome.find_by_name.emit()
    kiosk.search.field.setText("groß")
    kiosk.search.results[0].click()


def test_wrong_answers_count_per_guest_whatever_the_screen_does(qtbot, window: MainWindow) -> None:
    kiosk, store = window.kiosk, window.kiosk_event.store
    for _ in range(3):
        choose_juergen(window)
        assert kiosk.stack.currentWidget() is kiosk.confirm
        kiosk.confirm.field.setText("abc")
        kiosk.confirm.ok_button.click()
        kiosk.reset()  # each try from a fresh screen
        decided(qtbot, kiosk)
    choose_juergen(window)
    assert kiosk.stack.currentWidget() is kiosk.outcome and kiosk.outcome.headline.text() == HELP_DESK
    logged = [json.loads(row["payload"]) for row in store.rows(
        "SELECT payload FROM events WHERE kind = 'confirmation_wrong' ORDER BY seq")]
    assert [entry["wrong_answers"] for entry in logged] == [1, 2, 3]
    assert all("abc" not in json.dumps(entry) and "juergen" not in json.dumps(entry) for entry in logged)

    # staff check Jürgen in at the help desk: the kiosk asks him again another time
    window.desk.check_in(logged[0]["attendee_id"], "staff")
    kiosk.reset()
    choose_juergen(window)
    assert kiosk.stack.currentWidget() is kiosk.confirm


def test_search_hints_more_found_and_punctuation_finds_nobody(qtbot, window: MainWindow,
                                                              kiosk_event: Event) -> None:
    kiosk = window.kiosk
    kiosk.welcome.find_by_name.emit()
    kiosk.search.field.setText("a..")
    assert not any(b.isVisible() for b in kiosk.search.results)
    assert "mindestens" in kiosk.search.hint.text()
    kiosk.search.field.setText("storno")  # a cancelled ticket
    assert not any(b.isVisible() for b in kiosk.search.results)
    screen = SearchScreen(1, 3)
    qtbot.addWidget(screen)
    screen.show_results(kiosk_search(kiosk_event.store, "mül", 3, 1))
    assert screen.more.text() == "Weitere gefunden – bitte weitertippen"
    window.languages.set("en")
    qtbot.waitUntil(lambda: screen.more.text() == "More found — keep typing")
