"""The staff desk: live counts, attendees, arrivals chart, the check-in log and exports."""

from pathlib import Path

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
)

from kiosk.checkin import reports
from kiosk.checkin.desk import CheckinDesk
from kiosk.event.folder import Event, open_event
from ui.programme.service import ProgrammeService
from ui.staff.arrivals_chart import ArrivalsChart
from ui.staff.attendees import StaffAttendees, outcome_text
from ui.staff.badge_panel import BadgePanel
from ui.staff.barcamp import BarcampBoard
from ui.staff.file_dialogs import ask_save_path
from ui.staff.print_queue import StaffPrintQueue
from ui.staff.programme import StaffProgramme
from ui.staff.style import BUTTON_MM, HEADLINE, NARROW_PX, TEXT, ChoiceBox, staff_table, text_size
from ui.staff.topics import StaffTopics
from ui.staff.venue_status import VenueLine, VenuePage
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget
from ui.widgets.theme import GAP, GRID
from ui.workers import run_in_background

REFRESH_MS = 2000


class StaffDesk(TranslatedWidget):
    """Everything the badge desk needs; `lock_requested` returns the machine to the attendee kiosk."""

    lock_requested = Signal()
    quit_requested = Signal()
    export_finished = Signal(str)

    def __init__(self, event: Event, desk: CheckinDesk, programme: ProgrammeService | None = None) -> None:
        super().__init__()
        self.kiosk_event = event
        self.counts = PlainLabel(points=HEADLINE, bold=True)
        self.status = PlainLabel(points=TEXT)
        self.export_csv = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.export_xlsx = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.lock_button = TouchButton(role="primary", height_mm=BUTTON_MM, points=TEXT)
        self.export_csv.clicked.connect(lambda: self._ask_export("csv"))
        self.export_xlsx.clicked.connect(lambda: self._ask_export("xlsx"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.quit_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.quit_button.clicked.connect(self.quit_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(GAP)
        buttons.addStretch(1)
        for button in (self.export_csv, self.export_xlsx, self.lock_button, self.quit_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # never cut a word
            buttons.addWidget(button)
        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.header.setSpacing(GAP)
        self.header.addWidget(self.counts, 1)
        self.header.addLayout(buttons)

        self.attendees = StaffAttendees(event, desk, self.status)
        self.attendees.changed.connect(self._refresh_live)
        self.badge = BadgePanel(event)
        self.attendees.selected.connect(self.badge.show_attendee)
        self.topics = StaffTopics(event)
        self.print_queue = StaffPrintQueue(event)
        self.chart = ArrivalsChart()
        self.log_model = QStandardItemModel(0, 5)
        self.log = staff_table(self.log_model, (0, 0, 0, 2, 1), QAbstractItemView.SelectionMode.NoSelection)
        self.tabs = QTabWidget()
        for page in (self.attendees, self.badge, self.print_queue, self.topics, self.chart, self.log):
            self.tabs.addTab(page, "")
        self.programme = StaffProgramme(event, programme) if programme is not None else None
        self.barcamp = BarcampBoard(event, programme) if programme is not None and \
            event.config.programme.barcamp.rooms else None
        self.venue = VenuePage(event) if event.config.venue_server.enabled else None  # the sync state, staff only
        self.venue_line = VenueLine() if self.venue is not None else None
        for page in (self.programme, self.barcamp, self.venue):
            if page is not None:
                self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._refresh_live)
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 10px 12px; }")
        self.page_choice = ChoiceBox()  # instead of the tabs where they do not fit side by side
        text_size(self.tabs, self.tabs.tabBar())
        self.page_choice.activated.connect(self.tabs.setCurrentIndex)
        self.tabs.currentChanged.connect(self.page_choice.setCurrentIndex)
        self.page_choice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 2 * GRID, 3 * GRID, 2 * GRID)
        layout.setSpacing(GRID)
        layout.addLayout(self.header)
        if self.venue_line is not None:
            layout.addWidget(self.venue_line)
        layout.addWidget(self.status)
        layout.addWidget(self.page_choice)
        layout.addWidget(self.tabs, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._refresh_live)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_csv.setText(self.tr("Export CSV"))
        self.export_xlsx.setText(self.tr("Export Excel"))
        self.lock_button.setText(self.tr("Lock"))
        self.quit_button.setText(self.tr("Quit"))
        for index, title in enumerate((self.tr("Attendees"), self.tr("Badge"), self.tr("Print queue"),
                                       self.tr("Topics"), self.tr("Arrivals"), self.tr("Check-in log"))):
            self.tabs.setTabText(index, title)
        for page, title in ((self.programme, self.tr("Programme")), (self.barcamp, self.tr("Barcamp board")),
                            (self.venue, self.tr("Venue sync"))):
            if page is not None:
                self.tabs.setTabText(self.tabs.indexOf(page), title)
        self.log_model.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Kiosk"), self.tr("Outcome"),
                                                  self.tr("Name"), self.tr("Code")])
        self.page_choice.clear()
        self.page_choice.addItems([self.tabs.tabText(index) for index in range(self.tabs.count())])
        self.page_choice.setCurrentIndex(self.tabs.currentIndex())
        self._fit_tabs()
        if self.isVisible():
            self.refresh()

    def minimumSizeHint(self) -> QSize:
        """Never more than the screen: the desk arranges its pages for the room it gets when it is shown (while
        hidden, its wide arrangement would otherwise widen a narrow window)."""
        screen = self.screen()
        hint = super().minimumSizeHint()
        return hint.boundedTo(screen.availableGeometry().size()) if screen is not None else hint

    def resizeEvent(self, event) -> None:
        self.fit_width(self.width())
        super().resizeEvent(event)

    def fit_width(self, width: int) -> None:
        """Arrange the header and the pages for a width: side by side where it is wide enough, else stacked."""
        narrow = width < NARROW_PX
        self.header.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        for page in (self.attendees, self.badge, self.print_queue):
            page.stack(narrow)
        self._fit_tabs(width)

    def _fit_tabs(self, width: int | None = None) -> None:
        """Tabs where every title fits side by side; a choice box above the pages where they would not."""
        margins = self.layout().contentsMargins() if self.layout() else None
        room = (self.width() if width is None else width) - (margins.left() + margins.right() if margins else 0)
        bar = self.tabs.tabBar()
        needed = sum(bar.tabSizeHint(index).width() for index in range(bar.count()))
        bar.setVisible(needed <= room)
        self.page_choice.setVisible(needed > room)

    def showEvent(self, event) -> None:
        self.refresh()
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Update counts, the attendee list (after a check-in, undo or scan at the desk) and the tab showing."""
        self.attendees.refresh()
        self._refresh_live()

    def _refresh_live(self) -> None:
        """What the timer keeps current: the counts and the tab showing (not the list staff are working in)."""
        counts = reports.counts(self.kiosk_event)
        self.counts.setText(self.tr("{done} of {expected} checked in").format(
            done=counts.checked_in, expected=counts.expected))
        self.refresh_venue()
        if self.tabs.currentWidget() is self.print_queue:
            self.print_queue.refresh()
        elif self.tabs.currentWidget() is self.topics:
            self.topics.refresh()
        elif self.tabs.currentWidget() is self.chart:
            self.chart.set_buckets(reports.arrivals_per_quarter_hour(self.kiosk_event))
        elif self.tabs.currentWidget() is self.log:
            self._fill_log()

    def refresh_venue(self) -> None:
        """The sync state on the desk's line and page (on the timer, and when the sync process reports)."""
        if self.venue is not None and self.venue_line is not None:
            self.venue_line.show_status(self.venue.refresh(), self.kiosk_event.config.time_zone)

    def _fill_log(self) -> None:
        self.log_model.removeRows(0, self.log_model.rowCount())
        for row in reports.checkin_attempts(self.kiosk_event):
            name = " ".join(p for p in (row.get("first_name"), row.get("last_name")) if p)
            self.log_model.appendRow([QStandardItem(text) for text in (
                f"{row['at']:%H:%M:%S}", row["kiosk_id"], outcome_text(row["outcome"]), name, row["code"])])

    def _ask_export(self, kind: str) -> None:
        path = ask_save_path(self, self.tr("Export check-in list"), Path.home() / f"checkin-list.{kind}")
        if path is not None:
            self.export(path)

    def export(self, path: Path) -> None:
        """Write the check-in list off the UI thread (its own database connection)."""
        folder, kiosk_id = self.kiosk_event.folder, self.kiosk_event.store.kiosk_id
        self.status.setText(self.tr("Exporting…"))

        def work() -> int:
            event = open_event(folder, kiosk_id)
            try:
                return reports.export_checkin_list(event, path)
            finally:
                event.close()

        def done(count: int) -> None:
            self.status.setText(self.tr("Exported %n attendees to {path}.", "", count).format(path=path))
            self.export_finished.emit(str(path))

        def failed(error: Exception) -> None:
            self.status.setText(self.tr("Export failed: {error}").format(error=error))
            self.export_finished.emit("")

        run_in_background(work, done, failed, self)
