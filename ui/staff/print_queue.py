"""Staff: every print job until it is done or cancelled — state, tries, the printer's last complaint."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QVBoxLayout

from kiosk.attendees import records as attendees
from kiosk.checkin.desk import FIRST_CHECKIN, REPRINT_PREFIX, TOPICS_CHOSEN
from kiosk.common.timeutil import from_iso, local, utc_now
from kiosk.event.folder import Event
from kiosk.printing import queue
from kiosk.venue.prints import other_queues
from ui.staff.style import BUTTON_MM, TEXT, staff_table
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget
from ui.widgets.theme import GAP

RECENT = 100


def state_text(state: str) -> str:
    """A staff-facing word for a job's state."""
    texts = {
        queue.HELD: QCoreApplication.translate("PrintState", "waiting for topics"),
        queue.QUEUED: QCoreApplication.translate("PrintState", "waiting"),
        queue.PRINTING: QCoreApplication.translate("PrintState", "printing"),
        queue.DONE: QCoreApplication.translate("PrintState", "printed"),
        queue.CANCELLED: QCoreApplication.translate("PrintState", "cancelled"),
    }
    return texts.get(state, state)


def reason_text(reason: str) -> str:
    """Why a job was queued, in the staff's language (a reprint keeps the reason staff typed)."""
    if reason.startswith(REPRINT_PREFIX):
        return QCoreApplication.translate("PrintReason", "reprint: {reason}").format(
            reason=reason.removeprefix(REPRINT_PREFIX))
    texts = {
        FIRST_CHECKIN: QCoreApplication.translate("PrintReason", "first check-in"),
        TOPICS_CHOSEN: QCoreApplication.translate("PrintReason", "topics chosen"),
    }
    return texts.get(reason, reason)


class StaffPrintQueue(TranslatedWidget):
    """Open jobs first, then the most recent; cancel or retry the selected job (the buttons wait for one)."""

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.kiosk_event = event
        self.model = QStandardItemModel(0, 6)
        self.table = staff_table(self.model, (0, 2, 0, 0, 0, 3))
        self.table.selectionModel().selectionChanged.connect(self._enable_actions)
        self.retry_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.retry_button.clicked.connect(self._retry)
        self.cancel_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.cancel_button.clicked.connect(self._cancel)
        for button in (self.retry_button, self.cancel_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.summary = PlainLabel(points=TEXT, bold=True)
        buttons = QHBoxLayout()
        buttons.setSpacing(GAP)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        self.actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.actions.setSpacing(GAP)
        self.actions.addWidget(self.summary, 1)
        self.actions.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setSpacing(GAP)
        layout.addLayout(self.actions)
        layout.addWidget(self.table, 1)
        self._ids: list[str] = []
        self._open: set[str] = set()
        self.worker_running = True
        self.retranslate()

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels([self.tr("Queued"), self.tr("Name"), self.tr("Kind"), self.tr("State"),
                                              self.tr("Tries"), self.tr("Reason / printer message")])
        self.retry_button.setText(self.tr("Print again now"))
        self.cancel_button.setText(self.tr("Cancel job"))

    def refresh(self, *_: object) -> None:
        """Read the queue again (after a job changed, or on the staff desk's timer)."""
        store, zone = self.kiosk_event.store, self.kiosk_event.config.time_zone
        open_jobs = queue.open_jobs(store)
        seen = self._open = {job.id for job in open_jobs}
        jobs = open_jobs + [job for job in queue.recent_jobs(store, RECENT) if job.id not in seen]
        selected = self._selected()
        self.model.removeRows(0, self.model.rowCount())
        self._ids = [job.id for job in jobs]
        names = attendees.display_names(store, [job.attendee_id for job in jobs])
        for job in jobs:
            kind = self.tr("topic badge") if job.kind == queue.TOPIC else self.tr("badge")
            detail = f"{reason_text(job.reason)} — {job.error}" if job.error else reason_text(job.reason)
            self.model.appendRow([QStandardItem(text) for text in (
                f"{local(job.created_at, zone):%H:%M:%S}", names.get(job.attendee_id, "?"), kind,
                state_text(job.state), str(job.attempts), detail)])
        elsewhere = other_queues(store) if self.kiosk_event.config.venue_server.enabled else []
        for job in elsewhere:  # the venue's other machines print these themselves: shown, never acted on here
            kind = self.tr("topic badge") if job["kind"] == queue.TOPIC else self.tr("badge")
            self._ids.append(job["job_id"])
            self.model.appendRow([QStandardItem(text) for text in (
                f"{local(from_iso(job['queued_at']), zone):%H:%M:%S}", job["name"] or "?",
                self.tr("{kind} at {kiosk}").format(kind=kind, kiosk=job["kiosk_id"]), state_text(job["state"]), "",
                job["error"])])
        if selected in self._ids:
            self.table.selectRow(self._ids.index(selected))
        self._enable_actions()
        waiting = sum(1 for job in open_jobs if job.state == queue.QUEUED)
        failing = sum(1 for job in open_jobs if job.error)
        summary = self.tr("{waiting} waiting, {failing} with printer problems").format(waiting=waiting,
                                                                                         failing=failing)
        if elsewhere:
            summary += self.tr("; %n open at other machines", "", len(elsewhere))
        if not self.worker_running:
            summary = self.tr("The print worker stopped and is being restarted. ") + summary
        self.summary.setText(summary)

    def stack(self, narrow: bool) -> None:
        """The buttons under the summary on a narrow screen (else beside it)."""
        self.actions.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)

    def _enable_actions(self) -> None:
        """Retry and cancel only for a selected job that is not done yet."""
        selected = self._selected()
        for button in (self.retry_button, self.cancel_button):
            button.setEnabled(selected in self._open)

    def _selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self._ids[rows[0].row()] if rows and rows[0].row() < len(self._ids) else None

    def _retry(self) -> None:
        job_id = self._selected()
        if job_id:
            queue.retry_now(self.kiosk_event.store, job_id, utc_now())
            self.refresh()

    def _cancel(self) -> None:
        job_id = self._selected()
        if job_id:
            queue.cancel(self.kiosk_event.store, job_id, "cancelled at the staff desk", utc_now())
            self.refresh()
