"""The venue sync in a process of its own (`kiosk sync`, started by the window when `[venue] db` is set): pushing
and pulling never take time from the UI thread, and a lost network or server never blocks a check-in, which is
decided on the local database as before. It reports what happens, one line at a time."""

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.event.folder import KIOSK_ID_ENV
from kiosk.venue.process import sync_command
from ui.helper_process import HelperProcess

REPORTS = ("connected", "offline", "pushed", "pulled", "duplicate")


class SyncService(HelperProcess):
    """Starts and stops the sync process for this machine; `reported(word)` on the UI thread for each of its
    reports (connected, offline, pushed, pulled, duplicate)."""

    reported = Signal(str)

    def __init__(self, folder: Path, kiosk_id: str, parent: QObject | None = None) -> None:
        super().__init__(sync_command(folder), parent, {KIOSK_ID_ENV: kiosk_id})

    def report(self, words: list[str]) -> None:
        if words and words[0] in REPORTS:
            self.reported.emit(words[0])
