"""The info screen and the door sign: what they show at a moment, paging, the board, the chosen monitor."""

import os
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from kiosk.bench.programme import big_programme
from kiosk.event.config import BarcampSettings
from kiosk.event.folder import Event
from kiosk.programme import edits
from kiosk.programme.views import ProgrammeView, load_view
from tests.ui.programme.conftest import BERLIN, DAY_TIME, STAGE
from ui.programme.door_sign import DoorSignBoard
from ui.programme.info_board import InfoBoard
from ui.programme.info_window import InfoWindow, choose_screen, remember_screen, remembered_screen
from ui.programme.service import ProgrammeService


def board_at(qtbot, view: ProgrammeView, moment: datetime, size: tuple[int, int],
             barcamp: BarcampSettings | None = None) -> InfoBoard:
    board = InfoBoard("Smart Region Summit", barcamp or BarcampSettings(), moment.date())
    qtbot.addWidget(board)
    board.resize(*size)
    board.set_view(view)
    board.set_time(moment)
    return board


def test_info_screen_shows_every_room_and_the_changes_in_the_ticker(qtbot, programme_event: Event) -> None:
    keys = [e.session.key for e in load_view(programme_event.store, BERLIN).day(DAY_TIME.date())
            if e.session.room == STAGE]
    edits.cancel(programme_event.store, BERLIN, keys[2])
    board = board_at(qtbot, load_view(programme_event.store, BERLIN), DAY_TIME, (1920, 1080))
    assert [line.room for line in board.lines] == sorted(line.room for line in board.lines)
    stage = next(line for line in board.lines if line.room == STAGE)
    assert stage.now is not None and stage.minutes_left == 25
    assert len(board.changes) == 1 and "Projektrundlauf" in board.changes[0]
    assert len(board.pages()) == 1
    assert not board.grab().isNull()


def test_rooms_that_do_not_fit_are_paged_and_the_pages_turn(qtbot) -> None:
    parsed = big_programme(1000, 30, DAY_TIME.date(), BERLIN)
    from kiosk.programme.store import Entry

    entries = [Entry(s, "scheduled", s, "import") for s in parsed.sessions]
    view = ProgrammeView(entries, BERLIN)
    board = board_at(qtbot, view, datetime(2027, 4, 27, 9, 0, tzinfo=BERLIN), (1920, 1080))
    landscape = board.pages()
    assert len(landscape) > 1 and sum(len(page.lines) for page in landscape) == 30
    board.resize(800, 1280)
    assert len(board.pages()) > 1
    first = board.pages()[0].lines[0].room
    board.next_page()
    assert board.step == 1 and board.pages()[1].lines[0].room != first


def test_the_barcamp_board_joins_the_pages_while_it_runs(qtbot, view: ProgrammeView) -> None:
    settings = BarcampSettings(rooms=("Barcamp Raum 1", "Barcamp Raum 2"),
                               slots=((datetime(2027, 1, 1, 11).time(), datetime(2027, 1, 1, 11, 45).time()),))
    before = board_at(qtbot, view, DAY_TIME, (1920, 1080), settings)
    assert before.board is None
    during = board_at(qtbot, view, DAY_TIME + timedelta(minutes=50), (1920, 1080), settings)
    assert during.board is not None and during.pages()[-1].board is not None
    assert [cell.entry.session.title for cell in during.board[0]] == ["Barcamp-Slot 1", "Barcamp-Slot 1"]
    during.step = len(during.pages()) - 1
    assert not during.grab().isNull()


def test_door_sign_shows_now_next_and_the_rest_of_the_day(qtbot, view: ProgrammeView) -> None:
    sign = DoorSignBoard(STAGE)
    qtbot.addWidget(sign)
    sign.resize(800, 1280)
    sign.set_view(view)
    sign.set_time(DAY_TIME)
    assert sign.sign is not None
    assert sign.sign.line.now.session.title.startswith("Keynote")
    assert sign.sign.line.next.session.title.startswith("Projektrundlauf")
    assert sign.sign.later and all(e.session.room == STAGE for e in sign.sign.later)
    assert not sign.grab().isNull()


def test_a_frame_of_a_thousand_sessions_in_thirty_rooms_renders_quickly(qtbot) -> None:
    from kiosk.programme.store import Entry

    parsed = big_programme(1000, 30, DAY_TIME.date(), BERLIN)
    view = ProgrammeView([Entry(s, "scheduled", s, "import") for s in parsed.sessions], BERLIN)
    board = board_at(qtbot, view, datetime(2027, 4, 27, 11, 0, tzinfo=BERLIN), (1920, 1080))
    board.grab()
    started = time.perf_counter()
    for _ in range(10):
        board.grab()
    assert (time.perf_counter() - started) / 10 < 0.1  # generous for a shared test machine; the bench has 16 ms


def test_screen_choice_prefers_the_asked_then_the_remembered_then_a_secondary() -> None:
    names = ["eDP-1", "HDMI-1", "DP-2"]
    assert choose_screen(names, "eDP-1", 1, "DP-2") == 1
    assert choose_screen(names, "eDP-1", 7, "DP-2") == 2  # no such monitor: the remembered one
    assert choose_screen(names, "eDP-1", None, "gone") == 2  # the last that is not the primary
    assert choose_screen(["eDP-1"], "eDP-1", None, "") == 0
    assert choose_screen([], "", None, "") == 0


def test_the_choice_is_remembered_in_a_file(tmp_path: Path) -> None:
    memory = tmp_path / "config" / "info-screen.json"
    assert remembered_screen(memory) == ""
    remember_screen(memory, "HDMI-1")
    assert remembered_screen(memory) == "HDMI-1"
    memory.write_text("{broken", encoding="utf-8")
    assert remembered_screen(memory) == ""


def test_the_window_fills_its_screen_frameless_and_ignores_close(qtbot, programme_event: Event,
                                                                 tmp_path: Path) -> None:
    service = ProgrammeService(programme_event, clock=lambda: DAY_TIME, follow=False)
    window = InfoWindow(programme_event, service, screen=0, room="", memory=tmp_path / "choice.json")
    qtbot.addWidget(window)
    service.set_view(load_view(programme_event.store, BERLIN))
    window.show_on_screen()
    qtbot.waitExposed(window)
    screen = QGuiApplication.screens()[0]
    assert window.geometry() == screen.geometry() and window.isFullScreen()
    window.close()
    assert window.isVisible()
    window.allow_close = True
    window.close()
    service.stop()


def test_the_info_screen_follows_the_one_clock(qtbot, programme_event: Event) -> None:
    moments = [DAY_TIME]
    service = ProgrammeService(programme_event, clock=lambda: moments[-1], follow=False)
    board = InfoBoard("x", BarcampSettings(), date(2027, 4, 27))
    qtbot.addWidget(board)
    service.changed.connect(board.set_view)
    service.ticked.connect(board.set_time)
    with qtbot.waitSignal(service.changed, timeout=5000):
        service.start()
    stage = next(line for line in board.lines if line.room == STAGE)
    assert stage.minutes_left == 25
    moments.append(DAY_TIME + timedelta(minutes=20))
    service.tick()
    stage = next(line for line in board.lines if line.room == STAGE)
    assert stage.minutes_left == 5 and board.now == moments[-1]
    service.stop()


def test_the_info_screen_smoke_test_renders_a_frame(programme_event: Event) -> None:
    folder = str(programme_event.folder)
    result = subprocess.run([sys.executable, "-m", "ui.launcher", "--smoke-test", "--event", folder, "run", "--mode",
                             "screen", "--room", STAGE], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0 and "info screen rendered 1920x1080" in result.stdout


SCREENS = {"screens": [
    {"name": "HDMI-1", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96},
    {"name": "eDP-1", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96}]}
PLACE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from kiosk.event.folder import open_event
from ui.programme.info_window import InfoWindow
from ui.programme.service import ProgrammeService
app = QApplication([])
event = open_event(Path(sys.argv[1]))
window = InfoWindow(event, ProgrammeService(event, follow=False), None if sys.argv[2] == "-" else int(sys.argv[2]),
                    memory=Path(sys.argv[3]))
window.show_on_screen()
app.processEvents()
print(window.screen().name(), window.geometry().getRect())
"""


def test_the_window_goes_to_the_chosen_monitor_and_remembers_it(programme_event: Event, tmp_path: Path) -> None:
    import json

    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    memory = tmp_path / "choice.json"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}

    def place(wanted: str) -> str:
        result = subprocess.run([sys.executable, "-c", PLACE, str(programme_event.folder), wanted, str(memory)],
                                capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    assert place("-") == "eDP-1 (0, 0, 1280, 800)"  # not the primary: the kiosk itself is there
    assert place("0") == "HDMI-1 (1280, 0, 1920, 1080)"
    assert remembered_screen(memory) == "HDMI-1"
    assert place("-") == "HDMI-1 (1280, 0, 1920, 1080)"  # the next start, without --screen
