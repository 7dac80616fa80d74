"""The "Programm" screen of the attendee kiosk: now/next, the day by room with filters, session details.
It shows nothing personal but speaker names; the kiosk takes it back to the welcome screen when idle."""

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.programme.views import Filters, ProgrammeView
from ui.programme.day_timeline import DayTimeline
from ui.programme.kiosk_pages import DetailsPage, NowNextPage
from ui.programme.service import ProgrammeService
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget, font
from ui.widgets.theme import touch

MARGIN = 32
NARROW_PX = 1100


class FilterBox(QComboBox):
    """A touch-sized choice of one facet (track, room or type); the first item means "all"."""

    def __init__(self) -> None:
        super().__init__()
        self.setFont(font(16))
        self.setMinimumHeight(touch(11))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.all_label = ""

    def set_choices(self, all_label: str, values: list[str]) -> None:
        """Offer "all" and these values, keeping the current choice where it still exists."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(all_label, "")
        for value in values:
            self.addItem(value, value)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def value(self) -> str:
        return self.currentData() or ""


class ProgrammeScreen(TranslatedWidget):
    """Now/next, the day, details; `back` when the guest is done."""

    back = Signal()

    def __init__(self, service: ProgrammeService) -> None:
        super().__init__()
        self.service = service
        self.view: ProgrammeView | None = None
        self.title = PlainLabel(points=30, bold=True)
        self.now_button = TouchButton(height_mm=12, points=18)
        self.day_button = TouchButton(height_mm=12, points=18)
        self.back_button = TouchButton(role="quiet", height_mm=12, points=18)
        for button in (self.now_button, self.day_button):
            button.setCheckable(True)
        self.now_button.clicked.connect(self.show_now)
        self.day_button.clicked.connect(self.show_day)
        self.back_button.clicked.connect(self._back)
        self.now_next = NowNextPage()
        self.timeline = DayTimeline()
        self.details = DetailsPage()
        self.track, self.room, self.type = FilterBox(), FilterBox(), FilterBox()
        for box in (self.track, self.room, self.type):
            box.currentIndexChanged.connect(self._fill_day)
        self.filters = QWidget()
        filter_row = QHBoxLayout(self.filters)
        filter_row.setContentsMargins(0, 0, 0, 0)
        for box in (self.track, self.room, self.type):
            filter_row.addWidget(box)
        day_page = QWidget()
        day_layout = QVBoxLayout(day_page)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.filters)
        day_layout.addWidget(self.timeline, 1)
        self.day_page = day_page
        self.pages = QStackedWidget()
        for page in (self.now_next, day_page, self.details):
            self.pages.addWidget(page)
        self._before_details: QWidget = self.now_next
        self.now_next.chosen.connect(self.show_details)
        self.timeline.canvas.chosen.connect(self.show_details)

        self.top = QGridLayout()
        for button in (self.now_button, self.day_button, self.back_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._arrange_top(portrait=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 8, MARGIN, 16)
        layout.addLayout(self.top)
        layout.addWidget(self.pages, 1)
        service.changed.connect(self.set_view)
        service.ticked.connect(self.set_time)
        self.set_view(service.view)
        self.set_time(service.now())
        self.retranslate()

    def _arrange_top(self, portrait: bool) -> None:
        """Title and buttons in one row; on a narrow screen the title gets a row of its own."""
        for widget in (self.title, self.now_button, self.day_button, self.back_button):
            self.top.removeWidget(widget)
        if portrait:
            self.top.addWidget(self.title, 0, 0, 1, 3)
            for column, button in enumerate((self.now_button, self.day_button, self.back_button)):
                self.top.addWidget(button, 1, column)
        else:
            self.top.addWidget(self.title, 0, 0)
            for column, button in enumerate((self.now_button, self.day_button, self.back_button), start=1):
                self.top.addWidget(button, 0, column)
        for column, stretch in enumerate((1, 1, 1, 0) if portrait else (2, 1, 1, 1)):
            self.top.setColumnStretch(column, stretch)

    def resizeEvent(self, event) -> None:
        self._arrange_top(portrait=event.size().width() < NARROW_PX)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Programme"))
        self.now_button.setText(self.tr("Now / Next"))
        self.day_button.setText(self.tr("The day"))
        self._refresh_back_text()
        self._fill_filters()

    def _refresh_back_text(self) -> None:
        self.back_button.setText(self.tr("Back") if self.pages.currentWidget() is self.details else self.tr("Done"))

    def start(self) -> None:
        """Open on "now / next" with no filters (what a guest who just arrived wants)."""
        for box in (self.track, self.room, self.type):
            box.setCurrentIndex(0)
        self.show_now()

    def set_view(self, view: ProgrammeView) -> None:
        """A new programme: its filter choices now, the page on the `ticked` that follows every `changed` (working
        the page out here as well did it twice, on the UI thread, each time a new programme came)."""
        self.view = view
        self._fill_filters()

    def set_time(self, now: datetime) -> None:
        """Bring the shown page up to this moment (only what is on screen is worked out)."""
        if self.view is None:
            return
        self.timeline.canvas.set_time(now)
        if self.pages.currentWidget() is self.now_next:
            self.now_next.show_lines(self.view.now_next(now))
        elif self.pages.currentWidget() is self.day_page:
            self._fill_day()

    def show_now(self) -> None:
        self._switch(self.now_next)
        self.set_time(self.service.now())

    def show_day(self) -> None:
        self._switch(self.day_page)
        self._fill_day()
        self.timeline.scroll_to(self.service.now())

    def show_details(self, entry: object) -> None:
        if self.pages.currentWidget() is not self.details:
            self._before_details = self.pages.currentWidget()
        self.details.show_entry(entry)  # type: ignore[arg-type]
        self._switch(self.details)

    def _switch(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.now_button.setChecked(page is self.now_next)
        self.day_button.setChecked(page is self.day_page)
        self._refresh_back_text()

    def _back(self) -> None:
        if self.pages.currentWidget() is self.details:
            self._switch(self._before_details)
            self.set_time(self.service.now())
        else:
            self.back.emit()

    def _fill_filters(self) -> None:
        if self.view is None:
            return
        tracks, rooms, types = self.view.facets(self.view.shown_day(self.service.now()))
        self.track.set_choices(self.tr("All tracks"), tracks)
        self.room.set_choices(self.tr("All rooms"), rooms)
        self.type.set_choices(self.tr("All kinds"), types)
        for box, values in ((self.track, tracks), (self.room, rooms), (self.type, types)):
            box.setVisible(bool(values))

    def _fill_day(self) -> None:
        if self.view is None:
            return
        day = self.view.shown_day(self.service.now())
        filters = Filters(self.track.value(), self.room.value(), self.type.value())
        entries = self.view.day(day, filters)
        rooms = [self.room.value()] if self.room.value() else sorted({e.session.room for e in entries})
        self.timeline.set_day(entries, rooms)
