"""The info screen window (`kiosk run --mode screen`): frameless, on top, full screen on the chosen monitor;
it follows monitors being plugged in and out and remembers the choice for the next start."""

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QVBoxLayout

from kiosk.event.folder import Event
from ui.programme.door_sign import DoorSignBoard
from ui.programme.info_board import InfoBoard
from ui.programme.service import ProgrammeService
from ui.widgets.screen_window import ScreenWindow, choice_file, run_screen_window
from ui.widgets.screen_window import choose_screen as choose_screen  # where the tests find them
from ui.widgets.screen_window import remember_screen as remember_screen
from ui.widgets.screen_window import remembered_screen as remembered_screen

CHOICE_FILE = "info-screen.json"


class InfoWindow(ScreenWindow):
    """The info screen or, with a room, its door sign; ignores close unless `allow_close` is set."""

    def __init__(self, event: Event, service: ProgrammeService, screen: int | None = None, room: str = "",
                 memory: Path | None = None) -> None:
        super().__init__(screen, memory or choice_file(CHOICE_FILE))
        config = event.config
        self.board: InfoBoard | DoorSignBoard = DoorSignBoard(room) if room else \
            InfoBoard(config.name, config.programme.barcamp, config.start)
        service.changed.connect(self.board.set_view)
        service.ticked.connect(self.board.set_time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.board)
        self.setWindowTitle(config.name)


def run_info_screen(app: QApplication, event: Event, screen: int | None, room: str, smoke_test: bool) -> int:
    """The info screen's main loop (`kiosk run --mode screen`): ends with Ctrl+C or SIGTERM; a smoke test renders
    one frame at 1920×1080 and exits."""
    service = ProgrammeService(event, follow=not smoke_test)
    window = InfoWindow(event, service, screen, room)
    count = len(QGuiApplication.screens())
    if screen is not None and not 0 <= screen < count:
        print(f"kiosk: there is no monitor {screen} (0 to {count - 1}); using {window.chosen_screen().name()!r}",
              file=sys.stderr)
    return run_screen_window(app, event, window, [service], "info screen", smoke_test)
