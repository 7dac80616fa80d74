"""The stage window (`kiosk run --mode stage`, or opened from the moderator console): the stage display full
screen on the projector, on the chosen monitor, following hot-plug (see ui/widgets/screen_window.py)."""

from pathlib import Path

from PySide6.QtWidgets import QApplication, QVBoxLayout

from kiosk.event.folder import Event
from ui.polls.phone_join import phone_join
from ui.programme.service import ProgrammeService
from ui.stage.board import StageBoard
from ui.stage.feed import StageFeed
from ui.widgets.screen_window import ScreenWindow, choice_file, run_screen_window

CHOICE_FILE = "stage-screen.json"


def stage_board(event: Event) -> StageBoard:
    """A stage board for the event (its name and logo, and how phones join when they can vote)."""
    logo = event.config.badges.logo
    board = StageBoard(event.config.name, event.folder / logo if logo else None)
    board.set_join(phone_join(event))
    return board


class StageWindow(ScreenWindow):
    """The stage display on its monitor; ignores close unless `allow_close` is set."""

    def __init__(self, event: Event, feed: StageFeed, programme: ProgrammeService, screen: int | None = None,
                 memory: Path | None = None) -> None:
        super().__init__(screen, memory or choice_file(CHOICE_FILE))
        self.board = stage_board(event)
        feed.updated.connect(self.board.show_view)
        programme.changed.connect(self.board.set_programme)
        programme.ticked.connect(self.board.set_time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.board)
        self.setWindowTitle(event.config.name)


def run_stage(app: QApplication, event: Event, screen: int | None, smoke_test: bool) -> int:
    """The stage's main loop (`kiosk run --mode stage`): ends with Ctrl+C or SIGTERM; a smoke test renders one
    frame at 1920×1080 and exits."""
    programme = ProgrammeService(event, follow=False)
    feed = StageFeed(event.store.path, event.store.kiosk_id)
    window = StageWindow(event, feed, programme, screen)
    return run_screen_window(app, event, window, [programme, feed], "stage", smoke_test)
