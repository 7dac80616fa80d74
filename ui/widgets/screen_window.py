"""A window for a monitor of its own (info screen, stage): frameless, on top, full screen on the chosen
monitor; it follows monitors being plugged in and out, remembers the choice for the next start and ignores
close unless `allow_close` is set (the OpenLP stage-window practice)."""

import json
from collections.abc import Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.event.folder import Event
from ui.window_loop import Background, run_window


def choice_file(name: str) -> Path:
    """Where a window's chosen monitor is remembered: the user's config folder."""
    return Path(platformdirs.user_config_dir("event-kiosk", appauthor=False)) / name


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


class ScreenWindow(QWidget):
    """Full screen on a monitor of its own (`screen`: its number, else the remembered or a secondary one)."""

    def __init__(self, screen: int | None, memory: Path) -> None:
        super().__init__()
        self.allow_close = False
        self.memory = memory
        self.wanted = screen
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

    def move_to(self, index: int) -> None:
        """Move to monitor `index` now (the operator's choice) and remember it."""
        self.wanted = index
        self.show_on_screen()

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



def run_screen_window(app: QApplication, event: Event, window: ScreenWindow, background: Sequence[Background],
                      what: str, smoke_test: bool) -> int:
    """The main loop of a window on a monitor of its own: frameless on its screen, it closes only when the
    loop ends (Ctrl+C or SIGTERM)."""

    def release() -> None:
        window.allow_close = True

    return run_window(app, event, window, background, what, smoke_test, window.show_on_screen, release)
