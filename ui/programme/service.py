"""The one clock and the one copy of the programme that every programme screen of a window reads.

`ProgrammeService` ticks on every half minute (aligned to the wall clock, so a shown HH:MM is never late),
notices a new programme (an import, a staff edit, the URL follower) by polling its cheap revision, loads it
on a worker thread with a database connection of its own, and follows `[programme] url` in a process of its
own. Screens connect to `ticked` (the moment) and `changed` (a new `ProgrammeView`)."""

import contextlib
import sys
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QProcess, QProcessEnvironment, QTimer, Signal

from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.event.store import Store
from kiosk.programme.follow import FOLDER, read_status
from kiosk.programme.store import programme_revision
from kiosk.programme.views import ProgrammeView, load_view

TICK_S = 30
REVISION_POLL_MS = 5000
STOP_WAIT_MS = 3000
RESTART_CAP_MS = 60_000


def ms_to_next_tick(now: datetime, tick_s: int = TICK_S) -> int:
    """Milliseconds until the next multiple of `tick_s` seconds of the wall clock (at least 1)."""
    into = (now.second % tick_s) + now.microsecond / 1e6
    return max(1, round((tick_s - into) * 1000))


def follow_command(folder: Path) -> list[str]:
    """The command line of the follower process (`kiosk programme follow`), also inside the bundle."""
    arguments = ["--event", str(folder), "programme", "follow"]
    if getattr(sys, "frozen", False):
        return [sys.executable, *arguments]
    return [sys.executable, "-m", "ui.launcher", *arguments]


class FollowProcess(QObject):
    """Follows the programme URL in a process of its own (`kiosk programme follow`): parsing and importing a
    big programme never competes with the screens for the interpreter. `status_changed` with the status staff
    see whenever the follower writes it; it is restarted, waiting longer each time, when it dies."""

    status_changed = Signal(object)  # FollowStatus

    def __init__(self, event: Event, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = event.folder
        self._stopping = False
        self._restarts = 0
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedChannels)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("KIOSK_ID", event.store.kiosk_id)
        self.process.setProcessEnvironment(environment)
        self.process.finished.connect(self._ended)
        (self.folder / FOLDER).mkdir(parents=True, exist_ok=True)
        self.watcher = QFileSystemWatcher([str(self.folder / FOLDER)], self)
        self.watcher.directoryChanged.connect(lambda _: self.status_changed.emit(read_status(self.folder)))

    def start(self) -> None:
        self._stopping = False
        program, *arguments = follow_command(self.folder)
        self.process.start(program, arguments)

    def running(self) -> bool:
        return self.process.state() != QProcess.ProcessState.NotRunning

    def stop(self) -> None:
        """End the follower (an import in hand is rolled back by the database; the last good copy stays)."""
        self._stopping = True
        if self.running():
            self.process.terminate()
            if not self.process.waitForFinished(STOP_WAIT_MS):
                self.process.kill()
                self.process.waitForFinished(STOP_WAIT_MS)

    def _ended(self) -> None:
        if self._stopping:
            return
        self._restarts += 1
        QTimer.singleShot(min(RESTART_CAP_MS, 1000 * 2 ** min(self._restarts, 6)), self._restart)

    def _restart(self) -> None:
        if not self._stopping:
            self.start()


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
        self._loading = self._again = self._stopped = False
        self._asked: tuple[int, int] | None = None  # the revision check_revision saw when it asked for a load
        self._reader: Store | None = None
        self.tick_timer = QTimer(self)
        self.tick_timer.setSingleShot(True)
        self.tick_timer.timeout.connect(self.tick)
        self.revision_timer = QTimer(self)
        self.revision_timer.setInterval(REVISION_POLL_MS)
        self.revision_timer.timeout.connect(self.check_revision)
        self._delivered.connect(self._loaded)
        self.follower: FollowProcess | None = None
        if follow and event.config.programme.url:
            self.follower = FollowProcess(event, self)
            self.follower.status_changed.connect(lambda _: self.check_revision())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self) -> None:
        """Load the programme, start ticking and following."""
        self._stopped = False
        self.reload()
        self.tick()
        self.revision_timer.start()
        if self.follower is not None and not self.follower.running():
            self.follower.start()

    def stop(self) -> None:
        """Stop the timers and the follower; close the worker's connection; no programme is shown after."""
        self._stopped = True
        self.tick_timer.stop()
        self.revision_timer.stop()
        if self.follower is not None:
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
        """A cheap look at whether the programme changed (another process, a staff edit); reload if so. A
        revision already being loaded is not asked for again: the follower's status file changes several times
        per import, and a second, useless load would compete for the interpreter with the screens taking in
        the first one."""
        revision = programme_revision(self.kiosk_event.store)
        if revision not in (self.view.revision, self._asked):
            self._asked = revision
            self.reload()

    def reload(self) -> None:
        """Load the programme on a worker thread; `changed` follows on the UI thread."""
        if self._loading:
            self._again = True  # a change while loading: load once more when this load lands
            return
        self._loading, self._again = True, False
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
        if self._stopped:  # the window is closing: its event may be closed already
            return
        if self._again:
            self.reload()
        else:
            self._asked = None  # the next change (or, after a failed load, the next look) loads again
        if isinstance(result, Exception):
            print(f"programme could not be loaded: {result}", file=sys.stderr)
        elif isinstance(result, ProgrammeView) and result.revision != self.view.revision:
            self.set_view(result)
