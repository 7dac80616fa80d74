"""The attendee kiosk's programme screen: now/next cards, the day with filters, details by a tap."""

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics

from kiosk.event.folder import Event
from kiosk.programme import edits
from kiosk.programme.views import ProgrammeView, load_view
from tests.ui.programme.conftest import BERLIN, DAY_TIME, STAGE
from ui.programme.kiosk_pages import SMALLEST_TITLE_POINTS, TITLE_POINTS, SessionCard
from ui.programme.kiosk_screen import ProgrammeScreen
from ui.programme.service import ProgrammeService
from ui.widgets.common import font


@pytest.fixture
def service(programme_event: Event) -> Iterator[ProgrammeService]:
    made = ProgrammeService(programme_event, clock=lambda: DAY_TIME, follow=False)
    yield made
    made.stop()


@pytest.fixture
def screen(qtbot, service: ProgrammeService, view: ProgrammeView) -> ProgrammeScreen:
    shown = ProgrammeScreen(service)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    service.set_view(view)
    shown.start()
    return shown


def test_now_next_has_a_row_per_room_with_minutes(screen: ProgrammeScreen, view: ProgrammeView) -> None:
    page = screen.now_next
    shown = [(room.text(), now.entry, upcoming.entry) for room, now, upcoming in page.rows if room.isVisibleTo(page)]
    assert [room for room, _, _ in shown] == [line.room for line in view.now_next(DAY_TIME)]
    stage = next(row for row in page.rows if row[0].text() == STAGE)
    assert stage[1].title.text().startswith("Keynote") and stage[1].when.text() == "25 min left"
    assert stage[2].when.text() == "10:45  ·  in 25 min"


def test_a_tap_on_a_card_shows_the_details_and_back_returns(qtbot, screen: ProgrammeScreen) -> None:
    card = next(row for row in screen.now_next.rows if row[0].text() == STAGE)[1]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.details
    assert screen.details.title.text().startswith("Keynote")
    assert screen.details.speakers.text() == "Dr. Jan Muster"
    assert STAGE in screen.details.when.text()
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.now_next


def test_the_day_filters_by_room_and_a_tap_on_the_timeline_opens_a_session(qtbot, screen: ProgrammeScreen) -> None:
    qtbot.mouseClick(screen.day_button, Qt.MouseButton.LeftButton)
    canvas = screen.timeline.canvas
    assert len(canvas.rooms) == 5
    screen.room.setCurrentIndex(screen.room.findData(STAGE))
    assert canvas.rooms == [STAGE] and all(e.session.room == STAGE for e in canvas.entries)
    screen.timeline.scroll.ensureVisible(0, 0)
    canvas.repaint()
    box, entry = canvas._boxes[0]
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=box.center())
    assert screen.pages.currentWidget() is screen.details and screen.details.entry is entry
    screen.start()
    assert screen.room.value() == "" and screen.pages.currentWidget() is screen.now_next


def test_changes_are_marked_on_the_cards(qtbot, programme_event: Event, service: ProgrammeService,
                                         screen: ProgrammeScreen) -> None:
    stage = [e for e in load_view(programme_event.store, BERLIN).entries if e.session.room == STAGE]
    edits.move_room(programme_event.store, BERLIN, stage[2].session.key, "Projektwerkstatt")
    service.set_view(load_view(programme_event.store, BERLIN))
    card = next(row for row in screen.now_next.rows if row[0].text() == "Projektwerkstatt")[2]
    assert card.entry.session.key == stage[2].session.key
    assert card.mark.text() == f"moved: {STAGE} → Projektwerkstatt"
    edits.cancel(programme_event.store, BERLIN, stage[2].session.key)
    service.set_view(load_view(programme_event.store, BERLIN))
    screen.show_day()
    cancelled = next(e for e in screen.timeline.canvas.entries if e.session.key == stage[2].session.key)
    assert cancelled.shown == "cancelled"  # still on the day, struck through


def test_a_drag_scrolls_the_day_instead_of_opening_a_session(qtbot, screen: ProgrammeScreen) -> None:
    screen.show_day()
    canvas = screen.timeline.canvas
    canvas.repaint()
    box, _ = canvas._boxes[0]
    start = box.center()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(0, 80))
    assert screen.pages.currentWidget() is screen.day_page



def test_a_long_compound_word_shrinks_its_title_a_little_to_fit_a_narrow_card(qtbot, view: ProgrammeView) -> None:
    word = "Starkregen-Frühwarnsystem"
    full, smallest = (QFontMetrics(font(points, bold=True)).horizontalAdvance(word)
                      for points in (TITLE_POINTS, SMALLEST_TITLE_POINTS))
    card = SessionCard()
    qtbot.addWidget(card)
    card.resize(smallest + 48, 300)  # the card's margins are 16 px a side
    card.show()
    entry = view.entries[0]
    card.show_entry(replace(entry, session=replace(entry.session, title=f"Projektwerkstatt: {word}")), "11:00", "")
    assert full > card.title.width()
    metrics = card.title.fontMetrics()
    assert max(metrics.horizontalAdvance(part) for part in card.title.text().split()) <= card.title.width()
    assert SMALLEST_TITLE_POINTS <= card.title.font().pointSize() < TITLE_POINTS
    card.resize(full + 48, 300)  # room again: the title takes its full size
    assert card.title.font().pointSize() == TITLE_POINTS
