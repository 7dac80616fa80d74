"""What the stage shows, read off the UI thread: a thread with its own database connection looks at the
polls' change counter a few times a second (one index lookup) and reads the stage's view only when it moved,
so ballots from other processes reach the screen batched, at most `RATE_HZ` times a second."""

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.event.store import Store
from kiosk.polls.results import change_counter
from kiosk.polls.views import StageView, stage_view

RATE_HZ = 4


class StageFeed(QObject):
    """Emits `updated` (a StageView) on the UI thread whenever the polls changed, at most RATE_HZ times a
    second. `preview_of`: follow that poll with its hidden results (the moderator's preview) instead of the
    poll on stage."""

    updated = Signal(object)  # StageView

    def __init__(self, database: Path, kiosk_id: str, parent: QObject | None = None,
                 preview_of: str | None = None) -> None:
        super().__init__(parent)
        self.database, self.kiosk_id = database, kiosk_id
        self.preview_of = preview_of
        self._seen: tuple[int, str | None] | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self) -> None:
        """Start reading (the first view follows at once)."""
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="stage-feed", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop reading and wait for the reader to end."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def follow(self, poll_id: str | None) -> None:
        """Preview this poll from now on (None: the poll on stage); the next read delivers it."""
        self.preview_of = poll_id
        self._seen = None

    def read(self, store: Store) -> StageView | None:
        """One look: the new view when the counter (or the previewed poll) changed since the last, else None."""
        counter = change_counter(store)
        if self._seen == (counter, self.preview_of):
            return None
        view = stage_view(store, self.preview_of, hidden_too=self.preview_of is not None)
        self._seen = (view.counter, self.preview_of)
        return view

    def _run(self) -> None:
        store = Store(self.database, self.kiosk_id)
        try:
            while not self._stop.is_set():
                try:
                    view = self.read(store)
                except Exception as error:  # a locked or busy database: try again next time
                    print(f"stage: polls could not be read: {error}", flush=True)
                    view = None
                if view is not None:
                    with contextlib.suppress(RuntimeError):  # the window went away meanwhile
                        self.updated.emit(view)
                self._stop.wait(1 / RATE_HZ)
        finally:
            store.close()
