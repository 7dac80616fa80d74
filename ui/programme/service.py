"""The one clock and the one copy of the programme that every programme screen of a window reads.

`ProgrammeService` ticks on every half minute (aligned to the wall clock, so a shown HH:MM is never late),
notices a new programme (an import, a staff edit, the URL follower) by polling its cheap revision, loads it
on a worker thread with a database connection of its own, and follows `[programme] url` on a thread of its
own. Screens connect to `ticked` (the moment) and `changed` (a new `ProgrammeView`)."""

import contextlib
import sys
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.event.store import Store
from kiosk.programme.follow import FollowStatus, ProgrammeFollower
from kiosk.programme.store import programme_revision
from kiosk.programme.views import ProgrammeView, load_view

TICK_S = 30
REVISION_POLL_MS = 5000


def ms_to_next_tick(now: datetime, tick_s: int = TICK_S) -> int:
    """Milliseconds until the next multiple of `tick_s` seconds of the wall clock (at least 1)."""
    into = (now.second % tick_s) + now.microsecond / 1e6
    return max(1, round((tick_s - into) * 1000))


class FollowThread(QThread):
    """Follows the programme URL off the UI thread with its own database connection; `polled` after each
    fetch (with the status staff see), `imported` when a new version landed."""

    polled = Signal(object)  # FollowStatus
    imported = Signal()

    def __init__(self, event: Event, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder, self.kiosk_id = event.folder, event.store.kiosk_id
        self.zone = ZoneInfo(event.config.time_zone)
        self.settings = event.config.programme
        self.stop_requested = threading.Event()

    def run(self) -> None:
        store = Store(self.folder / "event.sqlite", self.kiosk_id)
        try:
            follower = ProgrammeFollower(self.folder, store, self.zone, self.settings.url,
                                         self.settings.timeout_seconds)
            while not self.stop_requested.is_set():
                before = follower.status.last_imported
                status: FollowStatus = follower.poll()
                self.polled.emit(status)
                if status.last_imported != before:
                    self.imported.emit()
                self.stop_requested.wait(self.settings.refresh_seconds)
        finally:
            store.close()

    def stop(self) -> None:
        """Ask the loop to end and wait for it (a fetch in flight ends by its own timeout)."""
        self.stop_requested.set()
        self.wait()


class ProgrammeService(QObject):
    """The clock and the current programme of one window (`clock` is injectable for tests)."""

    ticked = Signal(object)  # datetime: the moment every screen shows
    changed = Signal(object)  # ProgrammeView
    _delivered = Signal(object)  # from the loader thread: a ProgrammeView or the exception

    def __init__(self, event: Event, parent: QObject | None = None,
                 clock: Callable[[], datetime] = utc_now, follow: bool = True) -> None:
        super().__init__(parent)
        self.kiosk_event, self.clock = event, clock
        self.zone = ZoneInfo(event.config.time_zone)
        self.grace = timedelta(minutes=event.config.programme.grace_minutes)
        self.view = ProgrammeView([], self.zone, self.grace, (-1, -1))
        self._loading = False
        self._reader: Store | None = None
        self.tick_timer = QTimer(self)
        self.tick_timer.setSingleShot(True)
        self.tick_timer.timeout.connect(self.tick)
        self.revision_timer = QTimer(self)
        self.revision_timer.setInterval(REVISION_POLL_MS)
        self.revision_timer.timeout.connect(self.check_revision)
        self._delivered.connect(self._loaded)
        self.follower: FollowThread | None = None
        if follow and event.config.programme.url:
            self.follower = FollowThread(event, self)
            self.follower.imported.connect(self.reload)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self) -> None:
        """Load the programme, start ticking and following."""
        self.reload()
        self.tick()
        self.revision_timer.start()
        if self.follower is not None and not self.follower.isRunning():
            self.follower.start()

    def stop(self) -> None:
        """Stop the timers and the follower; close the worker's connection."""
        self.tick_timer.stop()
        self.revision_timer.stop()
        if self.follower is not None and self.follower.isRunning():
            self.follower.stop()
        if self._reader is not None and not self._loading:
            self._reader.close()
            self._reader = None

    def now(self) -> datetime:
        """The moment on the event's wall clock."""
        return self.clock().astimezone(self.zone)

    def tick(self) -> None:
        """Tell every screen the time (and plan the next tick on the next half minute)."""
        now = self.now()
        self.ticked.emit(now)
        self.tick_timer.start(ms_to_next_tick(now))

    def check_revision(self) -> None:
        """A cheap look at whether the programme changed (another process, a staff edit); reload if so."""
        if programme_revision(self.kiosk_event.store) != self.view.revision:
            self.reload()

    def reload(self) -> None:
        """Load the programme on a worker thread; `changed` follows on the UI thread."""
        if self._loading:
            return
        self._loading = True
        if self._reader is None:
            self._reader = Store(self.kiosk_event.store.path, self.kiosk_event.store.kiosk_id)
        threading.Thread(target=self._load, args=(self._reader,), name="programme-loader", daemon=True).start()

    def _load(self, reader: Store) -> None:
        """On the loader thread: read the programme, hand it to the UI thread (queued through the signal)."""
        try:
            result: ProgrammeView | Exception = load_view(reader, self.zone, self.grace)
        except Exception as error:  # shown on the UI thread; the screens keep the programme they have
            result = error
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            self._delivered.emit(result)

    def set_view(self, view: ProgrammeView) -> None:
        """Show this programme on every screen (the loader's result; tests hand one in directly)."""
        self.view = view
        self.changed.emit(view)
        self.ticked.emit(self.now())

    def _loaded(self, result: object) -> None:
        self._loading = False
        if isinstance(result, Exception):
            print(f"programme could not be loaded: {result}", file=sys.stderr)
        elif isinstance(result, ProgrammeView) and result.revision != self.view.revision:
            self.set_view(result)
