"""The one window: attendee kiosk, staff PIN pad and staff desk, locked down in kiosk mode."""

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QToolTip, QWidget

from kiosk.checkin.desk import REPRINT_PREFIX, CheckinDesk
from kiosk.event.folder import Event
from kiosk.event.store import checkpoint
from kiosk.printing.queue import BADGE
from ui.attendee.camera import CameraPreview, CameraScanner, FrameSource
from ui.attendee.kiosk import AttendeeKiosk
from ui.attendee.scanner import ScannerWedge
from ui.i18n import Languages
from ui.printing.service import PrintService
from ui.programme.service import ProgrammeService
from ui.staff.attendees import result_line
from ui.staff.desk import StaffDesk
from ui.venue.service import SyncService
from ui.widgets.confirm import ConfirmDialog
from ui.widgets.pin_pad import PinPad
from ui.workers import run_in_background
from ui.x11_focus import take_focus

CHECKPOINT_MS = 20_000
STAFF_IDLE_SECONDS = 300
QUEUE_REFRESH_MS = 500
ACTIVITY_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin)
RESTORE_MS = 150  # after a minimise or a lost focus, the kiosk takes the screen back this soon


def close_dialogs_and_popups(window: QWidget) -> None:
    """Close every dialog, menu, popup and tooltip over the window: when the kiosk locks, nothing staff opened
    (a file dialog could save the attendee list anywhere) stays on the guests' screen. A dialog waiting in
    `exec()` is rejected, so the code that opened it sees "cancelled"."""
    QToolTip.hideText()
    while (popup := QApplication.activePopupWidget()) is not None and popup.close():
        pass
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        elif widget.windowType() != Qt.WindowType.Window:  # menus, popups, tool windows
            widget.close()


class MainWindow(QMainWindow):
    """Routes scans to the screen that answers them; ignores close and Esc unless `allow_close` is set.

    `kiosk_mode` (an attendee kiosk, not a desk PC): the staff desk and the PIN pad lock themselves when idle,
    and a scan on them is a guest's, answered on the guest side; `hold_screen()` keeps the window full screen."""

    def __init__(self, event: Event, languages: Languages, camera_source: FrameSource | None = None,
                 printing: bool = True, kiosk_mode: bool = True) -> None:
        super().__init__()
        self.kiosk_event, self.languages = event, languages
        self.kiosk_mode = kiosk_mode
        self.allow_close = False
        self.holds_screen = False
        self.desk = CheckinDesk(event)
        self.printer = PrintService(event.folder, event.store.kiosk_id, self) if printing else None
        if self.printer is not None:
            self.desk.on_print_queued = self.printer.wake
        self.sync = SyncService(event.folder, event.store.kiosk_id, self) if event.config.venue_server.enabled else None
        self.camera = CameraScanner(camera_source, self) if camera_source is not None else None
        self.preview = CameraPreview() if self.camera is not None else None
        self.programme = ProgrammeService(event, self)  # one clock and programme for every programme screen
        self.kiosk = AttendeeKiosk(event, self.desk, languages, self.preview, programme=self.programme)
        self.pin_pad = PinPad(event)
        self.staff = StaffDesk(event, self.desk, programme=self.programme)
        self.programme.start()
        self.stack = QStackedWidget()
        for page in (self.kiosk, self.pin_pad, self.staff):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.setWindowTitle(event.config.name)

        self.kiosk.staff_requested.connect(self.ask_for_pin)
        self.pin_pad.unlocked.connect(self.show_staff)
        self.pin_pad.cancelled.connect(self.show_kiosk)
        self.staff.lock_requested.connect(self.show_kiosk)
        self.staff.quit_requested.connect(self.ask_to_quit)
        self.quit_question: ConfirmDialog | None = None
        self.staff.badge.reprint_requested.connect(
            lambda attendee_id, reason: self.desk.queue_print(attendee_id, BADGE, REPRINT_PREFIX + reason))
        self.queue_refresh = self._one_refresh_per_burst(self._refresh_print_queue)
        self.venue_refresh = self._one_refresh_per_burst(self._refresh_venue)
        if self.printer is not None:
            self.printer.job_changed.connect(self._job_changed)
            self.printer.running_changed.connect(self._print_worker_running)
        if self.sync is not None:
            self.sync.reported.connect(self._sync_reported)  # a report per sync round: many a second when busy
        self.scanner = ScannerWedge(self)
        self.scanner.scanned.connect(self.handle_scan)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        app.focusWindowChanged.connect(self._focus_moved)
        event.store.defer_checkpoints()
        self.staff_lock = QTimer(self)
        self.staff_lock.setSingleShot(True)
        self.staff_lock.timeout.connect(self.show_kiosk)
        self.checkpoints = QTimer(self)
        self.checkpoints.setInterval(CHECKPOINT_MS)
        self.checkpoints.timeout.connect(self._checkpoint)
        self.checkpoints.start()
        self.restore_timer = QTimer(self)
        self.restore_timer.setSingleShot(True)
        self.restore_timer.setInterval(RESTORE_MS)
        self.restore_timer.timeout.connect(self._take_screen_back)
        if self.camera is not None and self.preview is not None:
            self.camera.decoded.connect(self.handle_scan)
            self.camera.frame.connect(self.preview.set_frame)
            self.camera.availability_changed.connect(self._camera_availability)
            self._camera_availability(self.camera.available)
            self.camera.start()

    def handle_scan(self, raw: str) -> None:
        """A code from the scanner or the camera. The staff desk of a desk PC checks it in itself; on every
        other screen it is a guest's scan: the window returns to the attendee kiosk, which answers it."""
        if self.stack.currentWidget() is self.staff and not self.kiosk_mode:
            result = self.desk.scan(raw)
            if result is not None:
                self.staff.status.setText(result_line(result))
                self.staff.refresh()
            return
        if self.stack.currentWidget() is not self.kiosk:
            self.show_kiosk()
        self.kiosk.handle_scan(raw)

    def show_kiosk(self) -> None:
        self.staff_lock.stop()
        close_dialogs_and_popups(self)
        self.kiosk.reset()
        self.stack.setCurrentWidget(self.kiosk)

    def ask_for_pin(self) -> None:
        close_dialogs_and_popups(self)
        self.pin_pad.start()
        self.stack.setCurrentWidget(self.pin_pad)
        self._lock_when_idle(self.kiosk_event.config.kiosk.idle_seconds)

    def show_staff(self) -> None:
        self.kiosk.reset()
        self.stack.setCurrentWidget(self.staff)
        self._lock_when_idle(STAFF_IDLE_SECONDS)

    def _lock_when_idle(self, seconds: float) -> None:
        """On a kiosk, an unattended staff desk or PIN pad goes back to the attendee screens by itself."""
        if self.kiosk_mode:
            self.staff_lock.setInterval(int(seconds * 1000))
            self.staff_lock.start()

    def _one_refresh_per_burst(self, refresh: Callable[[], None]) -> QTimer:
        """A timer for news that comes in bursts (job changes, sync reports): one refresh, shortly after."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(QUEUE_REFRESH_MS)
        timer.timeout.connect(refresh)
        return timer

    def _job_changed(self) -> None:
        if not self.queue_refresh.isActive():
            self.queue_refresh.start()

    def _refresh_print_queue(self) -> None:
        if self.staff.print_queue.isVisible():  # otherwise nobody looks; the tab reads the queue when shown
            self.staff.print_queue.refresh()

    def _print_worker_running(self, running: bool) -> None:
        self.staff.print_queue.worker_running = running
        self._refresh_print_queue()

    def _sync_reported(self) -> None:
        if not self.venue_refresh.isActive():
            self.venue_refresh.start()

    def _refresh_venue(self) -> None:
        if self.staff.isVisible():  # the attendee kiosk never shows the sync state
            self.staff.refresh_venue()

    def ask_to_quit(self) -> None:
        """"Quit" on the staff desk (behind the PIN on a kiosk): a large question first, as one tap ends the
        program and leaves the screen empty."""
        if self.quit_question is not None and self.quit_question.isVisible():
            return
        self.quit_question = ConfirmDialog(
            self, self.tr("Quit the kiosk?"),
            self.tr("The program ends and the screen stays empty until someone starts it again."),
            yes_text=self.tr("Quit"), no_text=self.tr("Cancel"))
        self.quit_question.accepted.connect(self.quit)
        self.quit_question.finished.connect(self._forget_quit_question)
        self.quit_question.open()

    def _forget_quit_question(self) -> None:
        question, self.quit_question = self.quit_question, None
        if question is not None:
            question.deleteLater()

    def quit(self) -> None:
        """End the program (after the question, or Ctrl+C in the terminal)."""
        self.holds_screen = False
        self.allow_close = True
        self.close()

    def hold_screen(self) -> None:
        """The attendee kiosk's window: frameless, on top, covering the whole screen even without a window
        manager, and back in front by itself after a minimise or when another window takes the focus."""
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.stack.setMinimumSize(1, 1)  # the screen's size, even where a screen's content would want more
        self.holds_screen = True
        self._take_screen_back()

    def _take_screen_back(self) -> None:
        if not self.holds_screen or not self._lost_the_screen():
            return
        if self.isVisible() and not self._exposed():
            self.hide()  # unmapped or iconified behind Qt's back: showing it again maps it again
        self.setGeometry(self.screen().geometry())  # without a window manager nobody else sizes the window
        self.showFullScreen()
        self.raise_()
        front = QApplication.activeModalWidget() or self  # a question of ours stays in front of the window
        front.raise_()
        front.activateWindow()
        take_focus(front)

    def _exposed(self) -> bool:
        handle = self.windowHandle()
        return handle is not None and handle.isExposed()

    def _lost_the_screen(self) -> bool:
        """Minimised, hidden, no longer full screen, or no window of ours has the focus."""
        if self.isMinimized() or not self.isFullScreen() or not self._exposed():
            return True
        return QApplication.activeWindow() is None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        watched = event.type() in (QEvent.Type.WindowStateChange, QEvent.Type.ActivationChange)
        if self.holds_screen and watched and self._lost_the_screen():
            self.restore_timer.start()

    def _focus_moved(self, window: object) -> None:
        """No window of ours has the focus any more while a dialog of ours was up: another program took it."""
        if self.holds_screen and window is None:
            self.restore_timer.start()

    def _checkpoint(self) -> None:
        path = self.kiosk_event.store.path
        run_in_background(lambda: checkpoint(Path(path)), lambda _: None,
                          lambda error: print(f"checkpoint failed: {error}", file=sys.stderr), self)

    def _camera_availability(self, available: bool) -> None:
        if self.preview is not None:
            self.preview.setVisible(available)
            self.kiosk.welcome.camera_hint.setVisible(available)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.holds_screen and self._gone_from_view(watched, event):
            self.restore_timer.start()
        if event.type() in ACTIVITY_EVENTS:
            self.kiosk.note_activity()
            if self.staff_lock.isActive():
                self.staff_lock.start()
        is_escape = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
        return event.type() == QEvent.Type.KeyPress and is_escape and not self.allow_close

    def _gone_from_view(self, watched: QObject, event: QEvent) -> bool:
        """This window unmapped without a state change (no window manager), or a dialog of ours closed, which
        leaves the focus nowhere on X11 without a window manager."""
        if event.type() == QEvent.Type.Expose:
            return watched == self.windowHandle() and not self._exposed()
        return event.type() == QEvent.Type.Hide and isinstance(watched, QDialog) and watched.parent() is not None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            if self.camera is not None:
                self.camera.stop()
            for helper in (self.printer, self.sync):
                if helper is not None:
                    helper.stop()
            self.programme.stop()
            event.accept()
        else:
            event.ignore()
