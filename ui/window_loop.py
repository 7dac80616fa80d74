"""The main loop of a window that runs on its own (info screen, stage, moderator console): its background work
starts and stops with it, Ctrl+C or SIGTERM ends it, and a smoke test renders one frame and exits."""

import signal
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.event.folder import Event


class Background(Protocol):
    """Work beside a window (a data feed, the programme's clock) that starts and stops with it."""

    def start(self) -> None: ...

    def stop(self) -> None: ...


def run_window(app: QApplication, event: Event, window: QWidget, background: Sequence[Background], what: str,
               smoke_test: bool, show: Callable[[], None], release: Callable[[], None] = lambda: None) -> int:
    """Run `window` until the loop ends; `show` puts it on screen, `release` lets it close. A smoke test renders
    one frame at 1920×1080 and exits. The event is closed after the background work has stopped."""
    for work in background:
        work.start()
    try:
        if smoke_test:
            release()
            window.resize(1920, 1080)
            window.show()
            app.processEvents()
            frame = window.grab()
            print(f"smoke test: {what} rendered {frame.width()}x{frame.height()}", flush=True)
            window.close()
            return 0 if not frame.isNull() else 1
        show()

        def quit_now(*_: object) -> None:
            release()
            app.quit()

        signal.signal(signal.SIGINT, quit_now)
        signal.signal(signal.SIGTERM, quit_now)
        heartbeat = QTimer()  # lets Python run its signal handlers while Qt's loop runs
        heartbeat.start(500)
        heartbeat.timeout.connect(lambda: None)
        return app.exec()
    finally:
        for work in reversed(background):
            work.stop()
        event.close()
