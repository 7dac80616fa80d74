"""Starting the Qt front end: application, fonts, style, language, and the window in its mode."""

import os
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.common import UsageError
from kiosk.common.paths import resource
from ui.x11_libraries import lacking, leave_broken_x11, missing_x11_libraries, would_use_x11

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

START = time.perf_counter()
KIOSK_SIZES = ((1920, 1080), (1280, 800))


def has_display() -> bool:
    """Whether Qt has a screen to open: always on Windows and macOS, elsewhere a desktop session (or a
    platform chosen in QT_QPA_PLATFORM). Without one Qt aborts the process instead of raising."""
    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def create_application(headless_ok: bool = False) -> "QApplication":
    """The QApplication with the bundled fonts (every script a name may be in) and the kiosk style;
    `headless_ok`: on a machine without a display, or whose X11 plugin lacks system libraries, it runs offscreen
    (printing, checks) instead of aborting."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from ui.printing import system_printer
    from ui.widgets.theme import STYLE

    if headless_ok and (not has_display() or leave_broken_x11()):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.setswitchinterval(0.001)  # background threads hand the interpreter back to the UI thread quickly
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    for font_file in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    app.setStyleSheet(STYLE)
    system_printer.register()
    return app


def run_gui(folder: Path, mode: str, smoke_test: bool, screen: int | None = None, room: str = "") -> int:
    """Open the event in a window: full-screen attendee kiosk, the staff desk, the programme's info screen
    (on monitor `screen`; a door sign with `room`), the polls' moderator console or their stage display (on
    monitor `screen`); or render once and exit."""
    if smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not has_display():
        raise UsageError("no display to open the kiosk on: start it in the desktop session (or under cage); "
                         "QT_QPA_PLATFORM=offscreen runs it invisibly")
    elif would_use_x11() and (missing := missing_x11_libraries()):
        raise UsageError(f"cannot open the X11 display: {lacking(missing)}")
    from PySide6.QtCore import QTimer

    from kiosk.event.folder import open_event
    from ui.attendee.camera import QtCameraSource
    from ui.i18n import Languages
    from ui.main_window import MainWindow

    app = create_application()
    event = open_event(folder)
    languages = Languages(app, event.config.languages[0] if event.config.languages else "de")
    if mode == "screen":
        from ui.programme.info_window import run_info_screen

        return run_info_screen(app, event, screen, room, smoke_test)
    if mode == "stage":
        from ui.stage.window import run_stage

        return run_stage(app, event, screen, smoke_test)
    if mode == "moderator":
        from ui.polls.console import run_moderator

        return run_moderator(app, event, smoke_test)
    window = MainWindow(event, languages, camera_source=None if smoke_test else QtCameraSource(),
                        kiosk_mode=mode != "staff")
    if smoke_test:
        window.allow_close = True
        window.resize(*KIOSK_SIZES[0])
        window.show()
        app.processEvents()
        frame = window.grab()
        print(f"smoke test: rendered {frame.width()}x{frame.height()} in {time.perf_counter() - START:.2f} s"
              f" (first frame at {time.time():.3f})", flush=True)
        window.close()
        event.close()
        return 0 if not frame.isNull() else 1
    if mode == "staff":
        window.show_staff()
        window.allow_close = True
        window.showMaximized()
    else:
        window.hold_screen()
    signal.signal(signal.SIGINT, lambda *_: window.quit())  # Ctrl+C in the terminal ends the program cleanly
    heartbeat = QTimer()  # lets Python run its signal handlers while Qt's loop runs
    heartbeat.start(500)
    heartbeat.timeout.connect(lambda: None)
    code = app.exec()
    event.close()
    return code
