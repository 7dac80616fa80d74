"""A tour of every screen of the window on the demo event, shared by tools/screenshots.py and the layout test.

Each scene brings the window to one screen from wherever it is; add a scene here and both the screenshots and
the layout checks cover it.
"""

import dataclasses
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.checkin.desk import Outcome
from kiosk.common.timeutil import utc_now
from kiosk.event.demo import prepare_demo
from kiosk.event.folder import open_event
from kiosk.polls.model import PollDefinition
from kiosk.polls.store import find_poll, open_poll, save_definitions
from ui.i18n import Languages
from ui.main_window import MainWindow

DEMO_KIOSK_ID = "kiosk-eingang-1"
TOUR_POLL = PollDefinition("tour-poll", "single", "Welche der folgenden Maßnahmen sollte Ihre Kommune in den "
                           "nächsten zwei Jahren als Erstes umsetzen?",
                           ("Offene Daten", "WLAN in allen Bürgerämtern", "Digitale Bauanträge",
                            "Smarte Straßenbeleuchtung mit Sensorik und Verkehrszählung", "E-Akte", "Bürgerportal",
                            "مدينة ذكية", "智慧城市"))


@dataclass(frozen=True)
class Scene:
    """One screen worth looking at, and how to get there."""

    name: str
    show: Callable[[], None]


def wait_for(condition: Callable[[], bool], seconds: float = 10) -> None:
    """Let the event loop run until a background result has arrived (or the time is up)."""
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def settle() -> None:
    """Let layouts and pending events catch up before the screen is looked at."""
    for _ in range(3):
        QApplication.processEvents()


@contextmanager
def demo_window(folder: Path, language: str, size: tuple[int, int], printing: bool = False) -> Iterator[MainWindow]:
    """A fresh demo event in `folder` and the window on it at `size`; everything is closed afterwards."""
    with event_window(folder=prepare_demo(folder), kiosk_id=DEMO_KIOSK_ID, language=language, size=size,
                      printing=printing) as window:
        yield window


@contextmanager
def event_window(folder: Path, kiosk_id: str, language: str, size: tuple[int, int],
                 printing: bool = False) -> Iterator[MainWindow]:
    """The window on the event in `folder` (a connection of its own) at `size`; everything is closed afterwards
    (the window also stops filtering the application's events, so a later window gets every scan)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    event = open_event(folder, kiosk_id=kiosk_id)
    languages = Languages(app, language)
    window = MainWindow(event, languages, printing=printing)
    window.resize(*size)
    window.show()
    settle()
    try:
        yield window
    finally:
        window.allow_close = True
        app.removeEventFilter(window)
        window.close()
        window.deleteLater()
        languages.uninstall()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        settle()
        event.close()


def first_code(window: MainWindow, where: str) -> str:
    """A ticket code of the demo event that fits a condition on the attendees table."""
    rows = window.kiosk_event.store.rows(f"SELECT code FROM attendees WHERE {where} ORDER BY id LIMIT 1")
    return rows[0]["code"]


def show_scene(window: MainWindow, scene: Scene, language: str) -> None:
    """Go to a scene in a language: the kiosk returns to its first language on every reset, so the language is
    set again after the scene is shown."""
    scene.show()
    window.languages.set(language)
    settle()


def scenes(window: MainWindow) -> list[Scene]:
    """Every screen, in order; each scene may be shown once per window (scans change the demo event)."""
    kiosk, staff = window.kiosk, window.staff
    not_arrived = "cancelled = 0 AND id NOT IN (SELECT attendee_id FROM checkins)"
    fresh = first_code(window, f"{not_arrived} AND id > 3")
    topic_guest = first_code(window, f"{not_arrived} AND id > 10")
    arrived = first_code(window, "id IN (SELECT attendee_id FROM checkins)")
    cancelled = first_code(window, "cancelled = 1")
    long_name = first_code(window, "id = 1")
    voter = first_code(window, "cancelled = 0 AND id > 20")

    def decided() -> None:
        """The kiosk decides scans and taps on a worker thread: wait for its answer on screen."""
        wait_for(lambda: not kiosk.deciding)

    def at_kiosk(action: Callable[[], None]) -> Callable[[], None]:
        def show() -> None:
            window.show_kiosk()
            action()
            decided()
        return show

    def search() -> None:
        window.show_kiosk()
        kiosk.welcome.find_by_name.emit()
        kiosk.search.field.setText("mül")

    def confirm() -> None:
        search()
        kiosk.search.results[0].click()

    def help_desk() -> None:
        confirm()
        for _ in range(window.kiosk_event.config.kiosk.confirm_chars + 5):
            if kiosk.stack.currentWidget() is not kiosk.confirm:
                break
            kiosk.confirm.field.setText("zzz")
            kiosk.confirm.ok_button.click()
            decided()

    def outcome_like(outcome: Outcome, **changes: object) -> Callable[[], None]:
        """An answer the demo event cannot give by a scan (one day, no other events): the welcome of a guest
        who already arrived, shown as another outcome."""
        def show() -> None:
            window.show_kiosk()
            result = window.desk.check_in(window.kiosk_event.store.rows(
                "SELECT attendee_id FROM checkins ORDER BY id LIMIT 1")[0]["attendee_id"], "staff")
            kiosk.show_outcome(dataclasses.replace(result, outcome=outcome, **changes))
        return show

    def topic_picker() -> None:
        window.show_kiosk()
        kiosk.handle_scan(topic_guest)
        decided()
        kiosk.outcome.topics_button.click()
        for chip in kiosk.topic_picker.chips[:1] + kiosk.topic_picker.chips[14:16]:
            chip.click()

    def thanks() -> None:
        kiosk.topic_picker.save_button.click()
        decided()

    def pin_locked() -> None:
        window.ask_for_pin()
        for _ in range(4):
            window.pin_pad.field.setText("0000")
            window.pin_pad.submit()

    def staff_tab(page: object, prepare: Callable[[], None] = lambda: None) -> Callable[[], None]:
        def show() -> None:
            window.show_staff()
            staff.tabs.setCurrentWidget(page)
            prepare()
        return show

    def find_mueller() -> None:
        staff.attendees.query.setText("mül")
        staff.attendees.table.selectRow(2)

    def walk_in_keyboard() -> None:
        staff.attendees.keyboard_button.setChecked(True)
        staff.attendees.walk_in["first_name"].setText("Wanda")

    def badge() -> None:
        find_mueller()
        staff.tabs.setCurrentWidget(staff.badge)
        wait_for(lambda: staff.badge.preview.pixmap() is not None and not staff.badge.preview.pixmap().isNull())

    def programme() -> None:
        window.show_kiosk()
        wait_for(kiosk.programme_button.isVisible)  # the programme loads in the background
        kiosk.programme_button.click()

    def programme_day() -> None:
        programme()
        kiosk.programme.show_day()

    def programme_details() -> None:
        programme()
        entry = next((line.now or line.next for line in kiosk.programme.now_next.lines), None)
        if entry is not None:
            kiosk.programme.show_details(entry)

    def vote(step: int) -> Callable[[], None]:
        """The kiosk's voting screens on a live poll of eight options: "Vote now" on the welcome screen (step -1),
        the badge (0), the answer (1), the thank-you (2)."""
        def show() -> None:
            store = window.kiosk_event.store
            if find_poll(store, TOUR_POLL.id) is None:
                save_definitions(store, [TOUR_POLL], utc_now())
                open_poll(store, TOUR_POLL.id, utc_now())
            window.show_kiosk()
            kiosk.reset()
            kiosk.voting.look()
            if step >= 0:
                kiosk.vote_button.click()
            if step >= 1:
                kiosk.handle_scan(voter)
            if step >= 2:
                kiosk.voting.options.itemAt(1).widget().click()
                decided()
        return show

    optional = [Scene("21-programme", programme), Scene("21b-programme-day", programme_day),
                Scene("21c-programme-details", programme_details)] if kiosk.programme is not None else []
    optional += [Scene(name, staff_tab(page)) for name, page in (("22-staff-programme", staff.programme),
                                                                ("23-staff-barcamp", staff.barcamp)) if page]
    return [
        Scene("01-welcome", at_kiosk(lambda: None)),
        Scene("02-search", search),
        Scene("03-confirm", confirm),
        Scene("04-welcome-outcome", at_kiosk(lambda: kiosk.handle_scan(fresh))),
        Scene("05-already", at_kiosk(lambda: kiosk.handle_scan(arrived))),
        Scene("06-cancelled", at_kiosk(lambda: kiosk.handle_scan(cancelled))),
        Scene("07-unknown", at_kiosk(lambda: kiosk.handle_scan("NOTAREALCODE123"))),
        Scene("08-hard-name", at_kiosk(lambda: kiosk.handle_scan(long_name))),
        Scene("09-topics", topic_picker),
        Scene("09b-topics-thanks", thanks),
        Scene("10-pin", window.ask_for_pin),
        Scene("10b-pin-locked", pin_locked),
        Scene("11-staff-attendees", staff_tab(staff.attendees, find_mueller)),
        Scene("11b-staff-walk-in-keyboard", staff_tab(staff.attendees, walk_in_keyboard)),
        Scene("12-staff-badge", staff_tab(staff.badge, badge)),
        Scene("13-staff-print-queue", staff_tab(staff.print_queue)),
        Scene("14-staff-topics", staff_tab(staff.topics)),
        Scene("15-staff-arrivals", staff_tab(staff.chart)),
        Scene("16-staff-log", staff_tab(staff.log)),
        Scene("17-invalid", at_kiosk(lambda: kiosk.handle_scan("!!!"))),
        Scene("18-not-valid-today", outcome_like(Outcome.NOT_VALID_TODAY)),
        Scene("19-welcome-back", outcome_like(Outcome.WELCOME, returning=True)),
        Scene("20-help-desk", help_desk),
        *optional,
        Scene("24-vote-welcome", vote(-1)),
        Scene("24a-vote-badge", vote(0)),
        Scene("24b-vote-answer", vote(1)),
        Scene("24c-vote-thanks", vote(2)),
    ]
