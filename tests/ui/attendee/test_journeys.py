"""The guest's journeys through the attendee kiosk, as guests make them: scans as key bursts through the scanner
wedge, taps through qtbot, time through the desk's clock (no waiting). Real event folder and database."""

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.attendees.importer import import_attendees
from kiosk.checkin import reports
from kiosk.checkin.desk import CheckinDesk
from kiosk.event.config import CONFIG_FILE, write_config_document
from kiosk.event.folder import Event, open_event
from tests.conftest import ATTENDEES_CSV, Clock, write_event
from tests.ui.attendee.test_kiosk_window import decided
from tests.ui.test_layout import button_problems
from ui.attendee.kiosk import AttendeeKiosk
from ui.attendee.scanner import ScannerWedge
from ui.i18n import Languages
from ui.widgets.common import KioskField, TouchButton
from ui.widgets.theme import GREEN, MIN_CONTRAST, OUTCOME_COLOURS, TEXT_PAIRS, WHITE, contrast, mm, text_on
from ui.widgets.touch_keyboard import TouchKeyboard

SOPHIE, ANNA, JUERGEN = "AAAA1111BBBB2222CCCC", "FFFF5555GGGG6666HHHH", "YZYZ3333DDDD4444EEEE"
MORE_MUELLERS = "".join(
    f"{first};Müller;Firma {n};{first.lower()}@example.org;Teilnehmende;MUEL{n}000AAAA1111BBBB;bezahlt\n"
    for n, first in enumerate(("Claudia", "Zoë", "Greta", "Luca", "Tim"), start=1))


@dataclass
class Kiosk:
    """The attendee kiosk on its own, with the scanner wedge in front of it and a clock the test moves."""

    screen: AttendeeKiosk
    desk: CheckinDesk
    clock: Clock
    event: Event
    languages: Languages
    taps: int = 0

    def scan(self, qtbot, code: str) -> None:
        """A USB scanner burst: keys with no pause, then Enter, on no particular field; back once answered."""
        qtbot.keyClicks(self.screen, code)
        qtbot.keyClick(self.screen, Qt.Key.Key_Return)
        decided(qtbot, self.screen)

    def tap(self, qtbot, widget: QWidget) -> None:
        """A tap, and its answer when it asked for a decision."""
        assert widget.isVisible() and widget.isEnabled(), f"{widget} cannot be tapped"
        self.taps += 1
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        decided(qtbot, self.screen)

    def type(self, qtbot, keyboard: TouchKeyboard, letters: str) -> None:
        """Taps on the touch keyboard, one per letter."""
        for letter in letters:
            self.tap(qtbot, next(key for key in keyboard._letter_keys if key.text() == letter))

    def later(self, seconds: float) -> None:
        self.clock.now += timedelta(seconds=seconds)
        self.clock.seconds += seconds

    @property
    def current(self) -> QWidget:
        return self.screen.stack.currentWidget()


def event_folder(tmp_path: Path, kiosks: dict | None = None) -> Path:
    folder = write_event(tmp_path / "event", outcome_seconds=6, idle_seconds=45)
    document = tomllib.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
    document["topics"] = [{"name": "Bürgerbeteiligung", "name_en": "Citizen participation", "colour": "#AD1457"},
                          {"name": "Open Data", "colour": "#00796B"}, {"name": "Smart Energy", "colour": "#F9A825"},
                          {"name": "Klimaanpassung & Starkregen", "name_en": "Climate adaptation & heavy rain",
                           "colour": "#2E7D32"}]
    if kiosks is not None:
        document["kiosks"] = kiosks
    write_config_document(folder, document)
    (tmp_path / "a.csv").write_text(ATTENDEES_CSV + MORE_MUELLERS, encoding="utf-8")
    return folder


def open_kiosk(qtbot, folder: Path, size: tuple[int, int] = (1280, 800), kiosk_id: str = "eingang-1") -> Kiosk:
    event = open_event(folder, kiosk_id=kiosk_id)
    if not event.store.rows("SELECT id FROM attendees LIMIT 1"):
        import_attendees(event, folder.parent / "a.csv")
    clock = Clock()
    desk = CheckinDesk(event, clock=clock, monotonic=clock.monotonic, auto_print=True)
    languages = Languages(QApplication.instance(), "de")
    screen = AttendeeKiosk(event, desk, languages)
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    return Kiosk(screen, desk, clock, event, languages)


@pytest.fixture
def kiosk(qtbot, tmp_path: Path) -> Iterator[Kiosk]:
    folder = event_folder(tmp_path, {"eingang-1": {"name": "Eingang Nord", "badge_pickup": "am Tresen links",
                                                   "badge_pickup_en": "at the desk on the left"}})
    opened = open_kiosk(qtbot, folder)
    wedge = ScannerWedge(opened.screen)
    wedge.scanned.connect(opened.screen.handle_scan)
    yield opened
    QApplication.instance().removeEventFilter(wedge)
    close_kiosk(opened)


def close_kiosk(opened: Kiosk) -> None:
    """The widgets go before the database does (no timer of theirs may read a closed one)."""
    opened.screen.close()
    opened.screen.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    opened.languages.uninstall()
    opened.event.close()


def texts(widget: QWidget) -> list[str]:
    """Every text a guest can see on the widget now."""
    found = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QPushButton) if w.isVisible()]
    return [text for text in found if text]


# Scans ----------------------------------------------------------------------------------------------------------


def test_a_quick_repeat_scan_is_good_news_and_a_later_one_a_warning(qtbot, kiosk: Kiosk) -> None:
    outcome = kiosk.screen.outcome
    kiosk.scan(qtbot, SOPHIE)
    assert outcome.headline.text() == "Willkommen, Sophie!" and outcome.colour == GREEN
    assert outcome.pickup.text() == "Abholung am Tresen links."
    kiosk.tap(qtbot, outcome.ok_button)  # the welcome went, no badge in hand yet
    kiosk.later(3.5)
    kiosk.scan(qtbot, SOPHIE)
    assert (outcome.headline.text(), outcome.message.text()) == ("Sie sind eingecheckt", "Ihr Badge kommt gleich.")
    assert outcome.colour == GREEN and outcome.symbol.text() == "✓"
    assert outcome.pickup.text() == "Abholung am Tresen links."
    assert "Info-Counter" not in " ".join(texts(outcome))
    kiosk.tap(qtbot, outcome.ok_button)
    kiosk.later(5 * 60)
    kiosk.scan(qtbot, SOPHIE)
    assert outcome.headline.text() == "Sie sind bereits eingecheckt"
    assert outcome.colour == OUTCOME_COLOURS["already_checked_in"]
    assert outcome.message.text().startswith("Eingecheckt vor 5 Minuten (Eingang Nord). Falls Sie das nicht waren")
    assert not any("eingang-1" in text for text in texts(kiosk.screen))  # the kiosk id is for staff only


def test_unknown_and_invalid_tickets_offer_the_name_search(qtbot, kiosk: Kiosk) -> None:
    outcome = kiosk.screen.outcome
    for code in ("UNKNOWN00000000", "!!!!!!"):
        kiosk.scan(qtbot, code)
        assert outcome.search_button.isVisible() and outcome.search_button.text() == "Mit Namen suchen"
        assert "Info-Counter" in outcome.message.text()
        kiosk.tap(qtbot, outcome.search_button)
        assert kiosk.current is kiosk.screen.search and kiosk.screen.search.field.text() == ""
        kiosk.tap(qtbot, kiosk.screen.search.back_button)
    kiosk.scan(qtbot, "JJJJ7777KKKK8888LLLL")  # cancelled: only the help desk can help
    assert not outcome.search_button.isVisible()


def test_every_new_guest_starts_in_german(qtbot, kiosk: Kiosk) -> None:
    screen = kiosk.screen
    kiosk.tap(qtbot, screen.language_button)
    kiosk.scan(qtbot, SOPHIE)  # she chose English on the welcome screen: she keeps it
    assert screen.outcome.headline.text() == "Welcome, Sophie!"
    assert screen.outcome.pickup.text() == "Pick it up at the desk on the left."
    kiosk.later(1)
    kiosk.scan(qtbot, ANNA)  # the next guest scans while Sophie's welcome is still up
    assert screen.outcome.headline.text() == "Willkommen, Anna!"
    assert screen.language_button.text() == "English"


def test_the_answer_counts_down_to_when_it_goes(qtbot, kiosk: Kiosk) -> None:
    kiosk.scan(qtbot, SOPHIE)
    outcome = kiosk.screen.outcome
    assert outcome.countdown_label.text() == "Diese Seite schließt in 6 Sekunden."
    assert outcome.topics_button.isVisible()
    kiosk.tap(qtbot, kiosk.screen.language_button)
    qtbot.waitUntil(lambda: outcome.countdown_label.text().startswith("This page closes in"))
    kiosk.screen.return_timer.setInterval(900)
    kiosk.screen.return_timer.start()
    qtbot.waitUntil(lambda: outcome.countdown_label.text() == "This page closes in 1 second.", timeout=2000)
    qtbot.waitUntil(lambda: kiosk.current is kiosk.screen.welcome, timeout=2000)


# Name search ----------------------------------------------------------------------------------------------------


def test_name_search_in_eight_taps(qtbot, kiosk: Kiosk) -> None:
    screen = kiosk.screen
    kiosk.tap(qtbot, screen.welcome.search_button)
    kiosk.type(qtbot, screen.search.keyboard, "gro")
    qtbot.waitUntil(lambda: screen.search.shown_hits != [])
    assert screen.search.results[0].label == "Jürgen Groß\nStraßenbauamt Kassel"
    kiosk.tap(qtbot, screen.search.results[0])
    assert kiosk.current is screen.confirm
    assert (screen.confirm.name.text(), screen.confirm.organisation.text()) == ("Jürgen Groß", "Straßenbauamt Kassel")
    assert not screen.confirm.ok_button.isEnabled() and not screen.confirm.keyboard.enter.isEnabled()
    kiosk.type(qtbot, screen.confirm.keyboard, "jue")  # the third letter checks in: no extra tap
    assert screen.outcome.headline.text() == "Willkommen, Jürgen!"
    assert kiosk.taps == 8
    assert reports.counts(kiosk.event).checked_in == 1


def test_a_short_email_is_sent_with_the_keyboards_ok(qtbot, kiosk: Kiosk) -> None:
    kiosk.event.store.conn.execute("UPDATE attendees SET email = 'ab' WHERE code = ?", (ANNA,))
    screen = kiosk.screen
    kiosk.tap(qtbot, screen.welcome.search_button)
    screen.search.field.setText("anna")
    kiosk.tap(qtbot, screen.search.results[0])
    kiosk.type(qtbot, screen.confirm.keyboard, "ab")
    assert kiosk.current is screen.confirm  # two letters of three: the guest decides
    kiosk.tap(qtbot, screen.confirm.keyboard.enter)
    assert screen.outcome.headline.text() == "Willkommen, Anna!"


def test_results_appear_without_moving_the_keyboard_and_more_are_announced(qtbot, kiosk: Kiosk) -> None:
    search = kiosk.screen.search
    kiosk.tap(qtbot, kiosk.screen.welcome.search_button)
    before = search.keyboard.mapTo(kiosk.screen, QPoint(0, 0)), search.keyboard.size()
    kiosk.type(qtbot, search.keyboard, "mül")
    assert len(search.shown_hits) == 5
    assert (search.keyboard.mapTo(kiosk.screen, QPoint(0, 0)), search.keyboard.size()) == before
    assert search.more.isVisible() and search.more.text() == "Weitere gefunden – bitte weitertippen"
    assert search.more.font().bold()
    kiosk.tap(qtbot, search.keyboard.clear)
    kiosk.type(qtbot, search.keyboard, "tim")
    assert [hit.first_name for hit in search.shown_hits] == ["Tim"] and not search.more.isVisible()
    assert (search.keyboard.mapTo(kiosk.screen, QPoint(0, 0)), search.keyboard.size()) == before


def test_a_queue_scanning_during_a_name_search_keeps_the_search(qtbot, kiosk: Kiosk) -> None:
    """Guests scan one second apart at the kiosk where another guest is typing her name: each is answered, and
    the search comes back as she left it, in her language, with a word on every answer that it will."""
    screen = kiosk.screen
    kiosk.tap(qtbot, screen.language_button)
    kiosk.tap(qtbot, screen.welcome.search_button)
    kiosk.type(qtbot, screen.search.keyboard, "clau")
    hits = screen.search.shown_hits
    assert [hit.first_name for hit in hits] == ["Claudia"]
    for code, name in ((SOPHIE, "Sophie"), (ANNA, "Anna"), (JUERGEN, "Jürgen")):
        kiosk.later(1)
        kiosk.scan(qtbot, code)
        assert screen.outcome.headline.text() == f"Willkommen, {name}!"  # each new guest in German
        assert screen.outcome.note.text() == "Danach geht Ihre Namenssuche weiter."
    kiosk.tap(qtbot, screen.outcome.ok_button)
    assert kiosk.current is screen.search
    assert screen.search.field.text() == "clau" and screen.search.shown_hits == hits
    qtbot.waitUntil(lambda: screen.search.title.text() == "Find your registration")  # her language again
    kiosk.tap(qtbot, screen.search.results[0])
    assert kiosk.current is screen.confirm
    kiosk.later(1)
    kiosk.scan(qtbot, "UNKNOWN00000000")  # the queue goes on while she confirms
    screen.return_timer.timeout.emit()  # the answer's time is up
    assert kiosk.current is screen.confirm and screen.confirm.name.text() == "Claudia Müller"
    kiosk.type(qtbot, screen.confirm.keyboard, "cla")
    assert screen.outcome.headline.text() == "Welcome, Claudia!"
    assert reports.counts(kiosk.event).checked_in == 4


def test_idle_time_forgets_a_paused_search(qtbot, kiosk: Kiosk) -> None:
    screen = kiosk.screen
    kiosk.tap(qtbot, screen.welcome.search_button)
    kiosk.type(qtbot, screen.search.keyboard, "mül")
    kiosk.scan(qtbot, SOPHIE)
    screen.idle_timer.timeout.emit()
    assert kiosk.current is screen.welcome and screen.search.field.text() == ""
    screen.return_timer.timeout.emit()
    assert kiosk.current is screen.welcome


def test_no_text_field_has_a_context_menu(qtbot, kiosk: Kiosk) -> None:
    fields = kiosk.screen.findChildren(QLineEdit)
    assert fields and all(isinstance(f, KioskField) for f in fields)
    assert all(f.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu for f in fields)
    kiosk.tap(qtbot, kiosk.screen.welcome.search_button)
    field = kiosk.screen.search.field
    at = QPoint(5, 5)
    QApplication.sendEvent(field, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, field.mapToGlobal(at)))
    assert QApplication.activePopupWidget() is None


# Topics ---------------------------------------------------------------------------------------------------------


def test_topics_in_english_a_swap_and_thanks_with_the_badge(qtbot, kiosk: Kiosk) -> None:
    screen = kiosk.screen
    kiosk.tap(qtbot, screen.language_button)
    kiosk.scan(qtbot, SOPHIE)
    kiosk.tap(qtbot, screen.outcome.topics_button)
    picker = screen.topic_picker
    qtbot.waitUntil(lambda: picker.title.text() == "My Digital, Your Digital")
    assert [chip.text() for chip in picker.chips[:2]] == ["Citizen participation", "Open Data"]
    for chip in picker.chips[:3]:
        kiosk.tap(qtbot, chip)
    kiosk.tap(qtbot, picker.chips[3])  # a fourth: refused, and the screen says how to swap
    assert len(picker.picks()) == 3 and "tap a chosen topic" in picker.note.text()
    assert all(chip.isEnabled() for chip in picker.chips)
    kiosk.tap(qtbot, picker.chips[2])
    kiosk.tap(qtbot, picker.chips[3])
    kiosk.tap(qtbot, picker.save_button)
    outcome = screen.outcome
    assert outcome.headline.text() == "Thank you!"
    assert [chip.text() for chip in outcome.chips] == ["Citizen participation", "Open Data",
                                                       "Climate adaptation & heavy rain"]
    assert outcome.pickup.text() == "Your topic badge is being printed. Pick it up at the desk on the left."


def test_chosen_chips_are_readable_on_their_own_colour(qtbot, kiosk: Kiosk) -> None:
    for topic in kiosk.event.config.topics:
        assert contrast(text_on(topic.colour), topic.colour) >= MIN_CONTRAST, topic.name
    assert contrast(WHITE, OUTCOME_COLOURS["already_checked_in"]) >= MIN_CONTRAST
    assert all(contrast(fg, bg) >= MIN_CONTRAST for _, fg, bg in TEXT_PAIRS)


# Looks ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(800, 1280), (1280, 800), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_keyboard_fits_every_screen(qtbot, tmp_path: Path, size: tuple[int, int]) -> None:
    from ui.app import create_application

    app = QApplication.instance()
    previous = app.styleSheet()
    create_application()  # the kiosk's style sheet, as it runs
    opened = open_kiosk(qtbot, event_folder(tmp_path), size)
    try:
        opened.screen.welcome.find_by_name.emit()
        qtbot.wait(10)
        keyboard = opened.screen.search.keyboard
        letters = keyboard._letter_keys
        widths = [key.width() for key in letters]
        assert max(widths) - min(widths) <= 1  # one width for every letter key (a pixel of rounding)
        assert letters[0].width() >= mm(9) and letters[0].height() >= mm(9)
        for key in [*letters, keyboard.shift, keyboard.clear, keyboard.space, keyboard.backspace]:
            assert button_problems(key) == []  # "Löschen" whole, and "g" keeps its descender
        left = letters[0].mapTo(keyboard, QPoint(0, 0)).x()
        right = keyboard.width() - letters[10].mapTo(keyboard, QPoint(letters[10].width(), 0)).x()
        assert abs(left - right) <= 2  # centred
    finally:
        app.setStyleSheet(previous)
        close_kiosk(opened)


def test_outcome_buttons_are_alike_and_under_the_message(qtbot, kiosk: Kiosk) -> None:
    kiosk.scan(qtbot, SOPHIE)
    outcome = kiosk.screen.outcome
    topics, ok = outcome.topics_button, outcome.ok_button
    assert topics.size() == ok.size()
    assert not isinstance(outcome.role, QPushButton) and outcome.role.text() == "Speaker"
    message_end = outcome.pickup.mapTo(outcome, QPoint(0, outcome.pickup.height())).y()
    gap = topics.mapTo(outcome, QPoint(0, 0)).y() - message_end
    assert 0 < gap <= 64


def test_touch_targets_of_every_attendee_screen(qtbot, kiosk: Kiosk) -> None:
    screens = [kiosk.screen.welcome, kiosk.screen.search, kiosk.screen.confirm, kiosk.screen.outcome,
               kiosk.screen.topic_picker]
    buttons = [b for screen in screens for b in screen.findChildren(TouchButton)] + [kiosk.screen.language_button]
    assert min(b.minimumHeight() for b in buttons) >= mm(9)
    language = kiosk.screen.language_button
    corner = language.mapTo(kiosk.screen, QPoint(language.width(), 0))
    assert kiosk.screen.width() - corner.x() >= 16 and corner.y() >= 8  # not glued to the screen's edge


def test_without_kiosk_texts_the_default_pickup_and_no_kiosk_named(qtbot, tmp_path: Path) -> None:
    opened = open_kiosk(qtbot, event_folder(tmp_path))  # no [kiosks] table at all
    try:
        outcome = opened.screen.outcome
        opened.screen.handle_scan(SOPHIE)
        decided(qtbot, opened.screen)
        assert outcome.pickup.text() == "Abholung am Drucker neben diesem Kiosk."
        opened.screen.reset()
        opened.later(10 * 60)
        opened.screen.handle_scan(SOPHIE)
        decided(qtbot, opened.screen)
        assert outcome.message.text().startswith("Eingecheckt vor 10 Minuten. Falls")
    finally:
        close_kiosk(opened)
