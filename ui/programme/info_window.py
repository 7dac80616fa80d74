"""The info screen window (`kiosk run --mode screen`): frameless, on top, full screen on the chosen monitor;
it follows monitors being plugged in and out and remembers the choice for the next start."""

import json
import signal
from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.event.folder import Event
from ui.programme.door_sign import DoorSignBoard
from ui.programme.info_board import InfoBoard
from ui.programme.service import ProgrammeService

CHOICE_FILE = "info-screen.json"


def choice_file() -> Path:
    """Where the chosen monitor is remembered: the user's config folder."""
    return Path(platformdirs.user_config_dir("event-kiosk", appauthor=False)) / CHOICE_FILE


def remembered_screen(path: Path) -> str:
    """The name of the monitor chosen last time ("" when none or the file cannot be read)."""
    try:
        return str(json.loads(path.read_text(encoding="utf-8")).get("screen", ""))
    except (OSError, ValueError, AttributeError):
        return ""


def remember_screen(path: Path, name: str) -> None:
    """Remember the chosen monitor by name (a failure to write only loses the memory)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"screen": name}), encoding="utf-8")
    except OSError:
        pass


def choose_screen(names: list[str], primary: str, wanted: int | None, remembered: str) -> int:
    """Which monitor to use: `--screen N` when it exists; else the one chosen last time when connected;
    else the last monitor that is not the primary (the kiosk itself is usually on the primary); else 0."""
    if wanted is not None and 0 <= wanted < len(names):
        return wanted
    if remembered and remembered in names:
        return names.index(remembered)
    others = [index for index, name in enumerate(names) if name != primary]
    return others[-1] if others else 0


class InfoWindow(QWidget):
    """The info screen or, with a room, its door sign; ignores close unless `allow_close` is set."""

    def __init__(self, event: Event, service: ProgrammeService, screen: int | None = None, room: str = "",
                 memory: Path | None = None) -> None:
        super().__init__()
        self.allow_close = False
        self.memory = memory or choice_file()
        self.wanted = screen
        config = event.config
        self.board: InfoBoard | DoorSignBoard = DoorSignBoard(room) if room else \
            InfoBoard(config.name, config.programme.barcamp, config.start)
        service.changed.connect(self.board.set_view)
        service.ticked.connect(self.board.set_time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.board)
        self.setWindowTitle(config.name)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.setCursor(Qt.CursorShape.BlankCursor)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)

    def chosen_screen(self) -> QScreen:
        """The monitor the window belongs on now."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        index = choose_screen([s.name() for s in screens], primary.name() if primary else "", self.wanted,
                              remembered_screen(self.memory))
        return screens[index]

    def show_on_screen(self) -> None:
        """Full screen on the chosen monitor (geometry first, so it opens there), and remember it."""
        screen = self.chosen_screen()
        if self.wanted is not None:
            if screen.name():
                remember_screen(self.memory, screen.name())
            self.wanted = None  # from now on the remembered name follows the monitor, not its position
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def _screens_changed(self, _screen: QScreen) -> None:
        if self.isVisible():  # after Qt has updated its list of screens
            QTimer.singleShot(0, self.show_on_screen)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            event.ignore()


def run_info_screen(app: QApplication, event: Event, screen: int | None, room: str, smoke_test: bool) -> int:
    """The info screen's main loop (`kiosk run --mode screen`): ends with Ctrl+C or SIGTERM; a smoke test renders
    one frame at 1920×1080 and exits."""
    service = ProgrammeService(event, follow=not smoke_test)
    window = InfoWindow(event, service, screen, room)
    service.start()
    if smoke_test:
        window.allow_close = True
        window.resize(1920, 1080)
        window.show()
        app.processEvents()
        frame = window.grab()
        print(f"smoke test: info screen rendered {frame.width()}x{frame.height()}", flush=True)
        service.stop()
        window.close()
        event.close()
        return 0 if not frame.isNull() else 1
    window.show_on_screen()

    def quit_now(*_: object) -> None:
        window.allow_close = True
        app.quit()

    signal.signal(signal.SIGINT, quit_now)
    signal.signal(signal.SIGTERM, quit_now)
    heartbeat = QTimer()  # lets Python run its signal handlers while Qt's loop runs
    heartbeat.start(500)
    heartbeat.timeout.connect(lambda: None)
    code = app.exec()
    service.stop()
    event.close()
    return code
