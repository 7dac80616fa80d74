"""The staff desk's programme tab and barcamp board, and the URL follower thread, on real event folders."""

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QStyle, QStyleOptionButton

from kiosk.event.config import write_config_document
from kiosk.event.folder import Event, open_event
from kiosk.programme.follow import ProgrammeFollower, read_status
from kiosk.programme.frab import parse_frab
from kiosk.programme.importing import import_programme
from kiosk.programme.views import load_view
from tests.conftest import write_event
from tests.kiosk.programme.test_follow import EMPTY, GOOD, server  # noqa: F401 (fixture)
from tests.ui.programme.conftest import BERLIN, DAY_TIME, STAGE
from ui.programme.service import ProgrammeService
from ui.staff.barcamp import BarcampBoard
from ui.staff.programme import StaffProgramme
from ui.widgets.theme import MIN_TOUCH_MM, touch


@pytest.fixture
def service(programme_event: Event) -> Iterator[ProgrammeService]:
    made = ProgrammeService(programme_event, clock=lambda: DAY_TIME, follow=False)
    made.set_view(load_view(programme_event.store, BERLIN))
    yield made
    made.stop()


@pytest.fixture
def tab(qtbot, programme_event: Event, service: ProgrammeService) -> StaffProgramme:
    shown = StaffProgramme(programme_event, service)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    return shown


def select(tab: StaffProgramme, title: str) -> int:
    row = next(i for i, e in enumerate(tab.entries) if e.session.title.startswith(title))
    tab.table.selectRow(row)
    return row


def reloaded(qtbot, tab: StaffProgramme) -> None:
    qtbot.waitUntil(lambda: tab.service.view.revision == load_view(tab.kiosk_event.store, BERLIN).revision)


def test_delay_with_the_following_sessions_then_revert(qtbot, tab: StaffProgramme) -> None:
    before = {e.session.key: e.session.start for e in tab.entries if e.session.room == STAGE}
    select(tab, "Keynote")
    tab.minutes.setValue(15)
    tab.following.setChecked(True)
    qtbot.mouseClick(tab.delay_button, Qt.MouseButton.LeftButton)
    reloaded(qtbot, tab)
    after = {e.session.key: e.session.start for e in tab.entries if e.session.room == STAGE}
    moved = [key for key in before if after[key] != before[key]]
    assert len(moved) == len(before) - 1  # every session from the keynote on; the opening stays
    keynote = tab.entries[select(tab, "Keynote")]
    assert tab.model.item(tab.entries.index(keynote), 4).text() == "moved"
    assert tab.edit_list.count() == 1
    tab.edit_list.setCurrentRow(0)
    qtbot.mouseClick(tab.revert_button, Qt.MouseButton.LeftButton)
    reloaded(qtbot, tab)
    keynote = next(e for e in tab.entries if e.session.key == keynote.session.key)
    assert keynote.session.start == before[keynote.session.key] and keynote.shown == "scheduled"


def test_move_cancel_fix_and_add(qtbot, tab: StaffProgramme) -> None:
    select(tab, "Keynote")
    tab.room_box.setCurrentText("Projektwerkstatt")
    qtbot.mouseClick(tab.move_button, Qt.MouseButton.LeftButton)
    reloaded(qtbot, tab)
    select(tab, "Keynote")
    tab.title_field.setText("Keynote: Kommunen werden smart")
    tab.speakers_field.setText("Dr. Jan Muster, Petra Platzhalter")
    qtbot.mouseClick(tab.fix_button, Qt.MouseButton.LeftButton)
    reloaded(qtbot, tab)
    keynote = tab.entries[select(tab, "Keynote")]
    assert keynote.session.room == "Projektwerkstatt" and keynote.session.title == "Keynote: Kommunen werden smart"
    assert keynote.session.speakers == ("Dr. Jan Muster", "Petra Platzhalter")
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    reloaded(qtbot, tab)
    assert tab.entries[select(tab, "Keynote")].shown == "cancelled"
    tab.new_title.setText("Pressegespräch")
    tab.new_room.setCurrentText("Presseraum")
    tab.new_start.setTime(tab.new_start.time().fromString("15:30", "HH:mm"))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    reloaded(qtbot, tab)
    added = tab.entries[select(tab, "Pressegespräch")]
    assert added.session.room == "Presseraum" and f"{added.session.start:%Y-%m-%d %H:%M}" == "2027-04-27 15:30"
    assert added.shown == "new"


def test_a_bad_edit_says_why_and_changes_nothing(qtbot, tab: StaffProgramme) -> None:
    select(tab, "Keynote")
    tab.title_field.setText("   ")
    revision = tab.service.view.revision
    qtbot.mouseClick(tab.fix_button, Qt.MouseButton.LeftButton)
    assert tab.message.text().startswith("Not changed:")
    assert load_view(tab.kiosk_event.store, BERLIN).revision == revision


def test_on_a_desk_800_px_wide_and_tall_every_control_takes_a_finger_and_no_form_is_cut(qtbot,
                                                                                       tab: StaffProgramme) -> None:
    tab.resize(800, 800)
    select(tab, "Keynote")
    QApplication.processEvents()
    controls = [w for kind in (QAbstractButton, QLineEdit, QComboBox) for w in tab.findChildren(kind)
                if w.isVisible() and w.isEnabled()]
    assert tab.title_field in controls and tab.room_box in controls
    assert {type(w).__name__: min(w.width(), w.height()) for w in controls
            if min(w.width(), w.height()) < touch(MIN_TOUCH_MM)} == {}
    assert tab.table.rowHeight(0) >= touch(MIN_TOUCH_MM)
    assert tab.side.widget().width() <= tab.side.viewport().width()  # the forms scroll up and down, never sideways
    assert tab.height() == 800


def test_an_edit_the_source_changed_afterwards_shows_a_conflict(qtbot, tab: StaffProgramme,
                                                                programme_event: Event) -> None:
    select(tab, "Speed-Networking")
    tab.title_field.setText("Speed-Networking am Stand")
    qtbot.mouseClick(tab.fix_button, Qt.MouseButton.LeftButton)
    changed = GOOD.replace(b"Speed-Networking", b"Speed-Dating")
    import_programme(programme_event.store, parse_frab(changed, "p.xml", BERLIN), "p.xml")
    tab.refresh()
    reloaded(qtbot, tab)
    row = select(tab, "Speed-Networking")
    assert "conflict" in tab.model.item(row, 4).text() and "title" in tab.model.item(row, 4).text()


def test_staff_see_the_url_state_and_accept_a_much_smaller_download(qtbot, tmp_path: Path, server) -> None:  # noqa: F811
    state, url = server
    folder = write_event(tmp_path / "followed")
    document = tomllib.loads((folder / "event.toml").read_text(encoding="utf-8"))
    document["programme"] = {"url": url, "refresh_seconds": 600}
    write_config_document(folder, document)
    event = open_event(folder, kiosk_id="desk")
    follower = ProgrammeFollower(folder, event.store, BERLIN, url)
    follower.poll()
    state.body = EMPTY
    follower.poll()
    assert read_status(folder).pending
    service = ProgrammeService(event, clock=lambda: DAY_TIME, follow=False)
    tab = StaffProgramme(event, service)
    qtbot.addWidget(tab)
    tab.show()
    assert url in tab.follow_line.text() and "waits for your confirmation" in tab.follow_line.text()
    assert tab.accept_button.isVisible()
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.text() == "The new programme is in.", timeout=10000)
    assert not read_status(folder).pending and not tab.accept_button.isVisible()
    assert all(e.shown == "cancelled" for e in load_view(event.store, BERLIN).entries)
    service.stop()
    tab.close()
    event.close()


def test_the_window_follows_the_url_in_a_process_of_its_own(qtbot, tmp_path: Path, server) -> None:  # noqa: F811
    _, url = server
    folder = write_event(tmp_path / "followed")
    document = tomllib.loads((folder / "event.toml").read_text(encoding="utf-8"))
    document["programme"] = {"url": url, "refresh_seconds": 600}
    write_config_document(folder, document)
    event = open_event(folder, kiosk_id="kiosk")
    service = ProgrammeService(event, clock=lambda: DAY_TIME)
    assert service.follower is not None
    service.start()
    qtbot.waitUntil(lambda: len(service.view.entries) == 16, timeout=10000)
    qtbot.waitUntil(lambda: read_status(folder).last_fetched is not None)
    assert not read_status(folder).last_error
    service.stop()
    assert not service.follower.running()
    event.close()


@pytest.fixture
def board(qtbot, programme_event: Event, service: ProgrammeService) -> BarcampBoard:
    shown = BarcampBoard(programme_event, service)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    return shown


def test_barcamp_placeholders_are_filled_by_typing_and_moved_by_tap_tap(qtbot, board: BarcampBoard) -> None:
    first = board.buttons[0][0]
    assert first.cell.entry is not None and first.cell.entry.session.title == "Barcamp-Slot 1"
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)  # a placeholder is a filled cell: picked to move
    assert board.picked == first.cell.entry.session.key
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert board.picked is None


def test_a_free_cell_gets_a_session_that_every_screen_sees_and_it_moves(qtbot, programme_event: Event,
                                                                        service: ProgrammeService) -> None:
    from kiosk.programme import edits

    for entry in load_view(programme_event.store, BERLIN).entries:
        if entry.session.type == "barcamp" and entry.session.start.hour == 14:
            edits.cancel(programme_event.store, BERLIN, entry.session.key)
    service.set_view(load_view(programme_event.store, BERLIN))
    board = BarcampBoard(programme_event, service)
    qtbot.addWidget(board)
    board.show()
    free = board.buttons[1][0]
    assert free.cell.entry is None
    qtbot.mouseClick(free, Qt.MouseButton.LeftButton)
    assert board.editor.isVisible()
    board.title_field.setText("Open Data im Landkreis")
    board.host_field.setText("Kim Beispiel")
    qtbot.mouseClick(board.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.buttons[1][0].cell.entry is not None)
    made = board.buttons[1][0].cell.entry
    assert made.session.title == "Open Data im Landkreis" and made.session.speakers == ("Kim Beispiel",)
    qtbot.mouseClick(board.buttons[1][0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(board.buttons[1][1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.buttons[1][1].cell.entry is not None)
    assert board.buttons[1][1].cell.entry.session.key == made.session.key and board.buttons[1][0].cell.entry is None
    assert any(e.session.title == "Open Data im Landkreis" and e.session.room == "Barcamp Raum 2"
               for e in service.view.entries)


def test_a_long_title_wraps_inside_its_cell_on_a_narrow_board(qtbot, board: BarcampBoard, programme_event: Event,
                                                               service: ProgrammeService) -> None:
    from kiosk.programme import edits

    cell = board.buttons[0][0]
    title = "Open Data im Landkreis – wo fangen wir an? Mit Lastenrädern & Bürgerbüros"
    edits.fix(programme_event.store, BERLIN, cell.cell.entry.session.key, title=title, speakers=["Ada Beispiel"])
    service.set_view(load_view(programme_event.store, BERLIN))
    board.resize(800, 800)
    QApplication.processEvents()
    option = QStyleOptionButton()
    cell.initStyleOption(option)
    room = cell.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, cell)
    lines = cell.text().replace("&&", "&").split("\n")
    assert len(lines) == 3 and lines[0].startswith("Open Data") and lines[-1] == "Ada Beispiel"
    assert max(cell.fontMetrics().horizontalAdvance(line) for line in lines) <= room.width()
    assert cell.fontMetrics().height() * len(lines) <= room.height()
    assert abs(cell.width() - board.buttons[0][1].width()) <= 1  # the rooms share the width alike
