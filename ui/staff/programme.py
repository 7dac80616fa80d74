"""Staff: same-day programme edits — delay (and the following sessions of the room), move to another room,
cancel, add, fix a title or speakers, revert; conflicts with the source; the followed URL's state."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.common.timeutil import from_iso
from kiosk.event.folder import Event, open_event
from kiosk.event.store import event_uuid
from kiosk.programme import edits
from kiosk.programme.edits import EditError
from kiosk.programme.follow import FollowStatus, ProgrammeFollower, read_status
from kiosk.programme.model import Session, split_speakers
from kiosk.programme.store import SHOWN_SCHEDULED, Entry
from kiosk.programme.views import ProgrammeView
from ui.programme import texts
from ui.programme.service import ProgrammeService
from ui.staff.style import BUTTON_MM, FIELD_MM, NARROW_PX, TEXT, ChoiceBox, staff_table, text_size
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget
from ui.widgets.theme import GAP, MIN_TOUCH_MM, RED, touch
from ui.workers import run_in_background

EDITS_SHOWN = 3  # rows of the list of a session's edits before it scrolls


class StaffProgramme(TranslatedWidget):
    """The programme tab of the staff desk."""

    def __init__(self, event: Event, service: ProgrammeService) -> None:
        super().__init__()
        self.kiosk_event, self.service = event, service
        self.zone = ZoneInfo(event.config.time_zone)
        self.entries: list[Entry] = []
        self.follow_line = PlainLabel(points=TEXT)
        self.accept_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.accept_button.clicked.connect(self._accept_pending)
        self.model = QStandardItemModel(0, 5)
        self.table = staff_table(self.model, (0, 2, 4, 2, 0))  # time, room, title, speakers, status
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())

        self.heading = PlainLabel(points=TEXT, bold=True)
        self.title_field, self.speakers_field = QLineEdit(), QLineEdit()
        self.fix_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.fix_button.clicked.connect(self._fix)
        self.minutes = QSpinBox()
        self.minutes.setRange(-240, 240)
        self.minutes.setValue(10)
        self.minutes.setSingleStep(5)
        self.following = QCheckBox()
        self.delay_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.delay_button.clicked.connect(self._delay)
        self.room_box = ChoiceBox()
        self.room_box.setEditable(True)
        self.move_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.move_button.clicked.connect(self._move)
        self.cancel_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.cancel_button.clicked.connect(self._cancel)
        self.edit_list = QListWidget()
        self.revert_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.revert_button.clicked.connect(self._revert)
        self.new_title, self.new_speakers = QLineEdit(), QLineEdit()
        self.new_room = ChoiceBox()
        self.new_room.setEditable(True)
        self.new_start = QTimeEdit()
        self.new_start.setDisplayFormat("HH:mm")
        self.new_length = QSpinBox()
        self.new_length.setRange(5, 600)
        self.new_length.setValue(30)
        self.new_length.setSingleStep(5)
        self.add_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.add_button.clicked.connect(self._add)
        self.message = PlainLabel(points=TEXT)
        self.message.hide()  # until an edit has something to say
        text_size(self.edit_list)
        for field in (self.title_field, self.speakers_field, self.minutes, self.new_title, self.new_speakers,
                      self.new_start, self.new_length, self.following):
            text_size(field)
            field.setMinimumHeight(max(touch(FIELD_MM), field.sizeHint().height()))
        self.following.setStyleSheet(f"QCheckBox::indicator {{ width: {touch(FIELD_MM) // 2}px;"
                                     f" height: {touch(FIELD_MM) // 2}px; }}")
        for composite in (self.minutes, self.new_start, self.new_length, self.room_box, self.new_room):
            composite.findChild(QLineEdit).setMinimumHeight(touch(MIN_TOUCH_MM))  # the part that takes a tap
        self.edit_list.setMaximumHeight(EDITS_SHOWN * touch(FIELD_MM))

        self.labels = [PlainLabel(points=TEXT) for _ in range(9)]  # title, speakers, minutes, room; and of "add"
        self.form = QFormLayout()
        self.form.setSpacing(GAP)
        self.form.addRow(self.heading)
        self.form.addRow(self.labels[0], self.title_field)
        self.form.addRow(self.labels[1], self.speakers_field)
        self.form.addRow(self.fix_button)
        self.form.addRow(self.labels[2], self.minutes)
        self.form.addRow(self.following)
        self.form.addRow(self.delay_button)
        self.form.addRow(self.labels[3], self.room_box)
        self.form.addRow(self.move_button)
        self.form.addRow(self.cancel_button)
        self.form.addRow(self.edit_list)
        self.form.addRow(self.revert_button)
        self.add_form = QFormLayout()
        self.add_form.setSpacing(GAP)
        self.add_heading = PlainLabel(points=TEXT, bold=True)
        self.add_form.addRow(self.add_heading)
        for label, field in zip(self.labels[4:], (self.new_title, self.new_speakers, self.new_room, self.new_start,
                                                  self.new_length), strict=True):
            self.add_form.addRow(label, field)
        self.add_form.addRow(self.add_button)
        side = QVBoxLayout()
        side.addLayout(self.form)
        side.addLayout(self.add_form)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_scroll = QScrollArea()  # the forms keep their height on a short screen: they scroll
        side_scroll.setWidgetResizable(True)
        side_scroll.setWidget(side_widget)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side = side_scroll
        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.addWidget(self.table, 3)
        body.addWidget(side_scroll, 2)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_line, 1)
        follow_row.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.addLayout(follow_row)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self._stale = True  # a new programme arrived while the tab was hidden: filled when it shows
        service.changed.connect(self.show_view)
        if service.follower is not None:
            service.follower.status_changed.connect(self._show_status)
        self.retranslate()
        self._selected()

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Room"), self.tr("Title"),
                                              self.tr("Speakers"), self.tr("Status")])
        self.fix_button.setText(self.tr("Save title and speakers"))
        self.following.setText(self.tr("also the following sessions in this room"))
        self.delay_button.setText(self.tr("Delay by these minutes"))
        self.move_button.setText(self.tr("Move to this room"))
        self.cancel_button.setText(self.tr("Cancel session"))
        self.revert_button.setText(self.tr("Revert the selected edit"))
        self.add_heading.setText(self.tr("Add a session"))
        self.add_button.setText(self.tr("Add"))
        self.accept_button.setText(self.tr("Accept the new programme"))
        self._show_status(read_status(self.kiosk_event.folder))
        for label, text in zip(self.labels, (
                self.tr("Title"), self.tr("Speakers"), self.tr("Minutes"), self.tr("Room"),
                self.tr("Title"), self.tr("Speakers"), self.tr("Room"), self.tr("Start"), self.tr("Minutes")),
                strict=True):
            label.setText(text)
        self.show_view(self.service.view)
        self._fit_side()

    def _fit_side(self) -> None:
        """The forms as wide as their widest row in this language and style (they scroll only up and down)."""
        self.side.setMinimumWidth(self.side.widget().minimumSizeHint().width()
                                  + self.side.verticalScrollBar().sizeHint().width())

    def resizeEvent(self, event) -> None:  # a narrow desk stacks the forms under the list
        narrow = self.width() < NARROW_PX
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def showEvent(self, event) -> None:
        if not self.new_title.text():  # a new session starts at the next full hour unless staff say otherwise
            self.new_start.setTime(QTime(self.service.now().hour, 0).addSecs(3600))
        self.refresh()
        self._fit_side()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the follower's status (a small file) and bring the list up to date."""
        self._show_status(read_status(self.kiosk_event.folder))
        if self._stale:
            self.show_view(self.service.view)
        self.service.check_revision()

    def show_view(self, view: ProgrammeView) -> None:
        """Fill the list with every session of the programme (cancelled ones too); only while it shows."""
        self._stale = not self.isVisible()
        if self._stale:
            return
        current = self._current()
        self.entries = list(view.entries)
        self.model.removeRows(0, self.model.rowCount())
        for entry in self.entries:
            session = entry.session
            status = texts.status_mark(entry)
            if entry.conflicts:
                status = self.tr("{status} conflict: the source changed {fields}").format(
                    status=status, fields=", ".join(entry.conflicts)).strip()
            row = [QStandardItem(text) for text in (self._when(session), session.room,
                                                    session.title, texts.speakers(session), status)]
            if entry.shown != SHOWN_SCHEDULED or entry.conflicts:
                row[4].setForeground(QColor(RED))
            self.model.appendRow(row)
        rooms = sorted({e.session.room for e in self.entries})
        for box in (self.room_box, self.new_room):
            text = box.currentText()
            box.clear()
            box.addItems(rooms)
            box.setCurrentText(text)
        if current is not None:
            for index, entry in enumerate(self.entries):
                if entry.session.key == current.session.key:
                    self.table.selectRow(index)
                    break
        self._selected()

    def _show_status(self, status: FollowStatus) -> None:
        url = self.kiosk_event.config.programme.url
        if not url:
            self.follow_line.setText(self.tr("No programme URL in event.toml: imports and edits only."))
            self.accept_button.setVisible(False)
            return
        fetched = self._time(status.last_fetched) or self.tr("not yet")
        line = self.tr("Following {url} — last fetched {when}").format(url=url, when=fetched)
        if status.last_error:
            line += "\n" + self.tr("Last error ({when}): {error}").format(
                when=self._time(status.last_error_at), error=status.last_error)
        pending = status.pending
        if pending:
            line += "\n" + self.tr("A download with {incoming} sessions (now {current}) waits for your "
                                   "confirmation.").format(incoming=pending.get("incoming"),
                                                           current=pending.get("current"))
        self.follow_line.setText(line)
        self.accept_button.setVisible(bool(pending))

    def _when(self, session: Session) -> str:
        """"Di 10:00–10:45": the day in the staff's language (a programme may span days)."""
        day = QLocale().toString(QDate(session.start.year, session.start.month, session.start.day), "ddd")
        return f"{day} {texts.clock(session)}"

    def _time(self, stamp: str | None) -> str:
        return f"{from_iso(stamp).astimezone(self.zone):%H:%M:%S}" if stamp else ""

    def _current(self) -> Entry | None:
        index = self.table.currentIndex()
        return self.entries[index.row()] if index.isValid() and index.row() < len(self.entries) else None

    def _selected(self) -> None:
        entry = self._current()
        for widget in (self.title_field, self.speakers_field, self.fix_button, self.minutes, self.following,
                       self.delay_button, self.room_box, self.move_button, self.cancel_button, self.edit_list,
                       self.revert_button):
            widget.setEnabled(entry is not None)
        self.edit_list.clear()
        if entry is None:
            self.heading.setText(self.tr("Select a session to change it"))
            return
        session = entry.session
        self.heading.setText(f"{texts.clock(session)} · {session.title}")
        self.title_field.setText(session.title)
        self.speakers_field.setText(", ".join(session.speakers))
        self.room_box.setCurrentText(session.room)
        for edit in edits.edits_of(self.kiosk_event.store, session.key):
            names = ", ".join(edit["fields"]) or self.tr("added")
            item = QListWidgetItem(self.tr("{when}: {fields}").format(when=self._time(edit["at"]), fields=names))
            item.setData(Qt.ItemDataRole.UserRole, edit["id"])
            self.edit_list.addItem(item)
        self.revert_button.setEnabled(self.edit_list.count() > 0)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _apply(self, change) -> None:
        """Run one edit; say what went wrong in words, never lose the programme."""
        try:
            change()
        except EditError as error:
            self._say(self.tr("Not changed: {reason}").format(reason=error))
            return
        self._say(self.tr("Saved. Every screen shows it within seconds."))
        self.service.reload()
        self._selected()

    def _key(self) -> str:
        entry = self._current()
        assert entry is not None
        return entry.session.key

    def _fix(self) -> None:
        self._apply(lambda: edits.fix(self.kiosk_event.store, self.zone, self._key(), title=self.title_field.text(),
                                      speakers=list(split_speakers(self.speakers_field.text()))))

    def _delay(self) -> None:
        self._apply(lambda: edits.delay(self.kiosk_event.store, self.zone, self._key(), self.minutes.value(),
                                        following=self.following.isChecked()))

    def _move(self) -> None:
        room = self.room_box.currentText()
        self._apply(lambda: edits.move_room(self.kiosk_event.store, self.zone, self._key(), room))

    def _cancel(self) -> None:
        self._apply(lambda: edits.cancel(self.kiosk_event.store, self.zone, self._key()))

    def _revert(self) -> None:
        item = self.edit_list.currentItem() or self.edit_list.item(self.edit_list.count() - 1)
        if item is not None:
            self._apply(lambda: edits.revert(self.kiosk_event.store, self.zone, item.data(Qt.ItemDataRole.UserRole)))

    def _add(self) -> None:
        day = self.service.view.shown_day(self.service.now()) or self.service.now().date()
        clock: QTime = self.new_start.time()
        start = datetime(day.year, day.month, day.day, clock.hour(), clock.minute(), tzinfo=self.zone)
        session = Session(key=f"staff:{event_uuid()}", title=self.new_title.text().strip(),
                          room=self.new_room.currentText().strip(), start=start,
                          end=start + timedelta(minutes=self.new_length.value()),
                          speakers=split_speakers(self.new_speakers.text()))
        self._apply(lambda: edits.add_session(self.kiosk_event.store, session))

    def _accept_pending(self) -> None:
        """Staff accept the empty or much smaller download (on a worker: it imports the whole programme)."""
        folder, kiosk_id, zone = self.kiosk_event.folder, self.kiosk_event.store.kiosk_id, self.zone
        settings = self.kiosk_event.config.programme
        self.accept_button.setEnabled(False)

        def work() -> None:
            event = open_event(folder, kiosk_id)
            try:
                ProgrammeFollower(folder, event.store, zone, settings.url, settings.timeout_seconds).confirm_pending()
            finally:
                event.close()

        def done(_: object) -> None:
            self.accept_button.setEnabled(True)
            self._say(self.tr("The new programme is in."))
            self.refresh()
            self.service.reload()

        def failed(error: Exception) -> None:
            self.accept_button.setEnabled(True)
            self._say(self.tr("Not accepted: {reason}").format(reason=error))
            self.refresh()

        run_in_background(work, done, failed, self)
