"""Staff: search everyone, check in or undo by hand, register walk-ins; warnings of the latest import."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
)

from kiosk.attendees.import_report import Warn, last_import
from kiosk.attendees.records import NOT_IN_LIST, REPLACED
from kiosk.attendees.search import search
from kiosk.checkin.desk import CheckinDesk, CheckinResult, active_checkins
from kiosk.common.timeutil import from_iso, utc_now
from kiosk.event.folder import Event
from ui.attendee.screens import moment_text
from ui.staff.style import BUTTON_MM, FIELD_MM, TEXT, ChoiceBox, staff_table, text_size
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget
from ui.widgets.theme import GAP, touch
from ui.widgets.touch_keyboard import TouchKeyboard

RESULT_LIMIT = 100
WALK_IN_FIELDS = ("title", "first_name", "last_name", "organisation", "email")
IMPORT_NOTICE_MS = 5000  # how often the tab looks for a newer import (it may run from the command line)


class StaffAttendees(TranslatedWidget):
    """The staff desk's main tab. `changed` fires after every check-in, undo or walk-in; what happened shows in
    `status` (the staff desk's one status line when it hands its own in)."""

    changed = Signal()
    selected = Signal(object)  # attendee id or None

    def __init__(self, event: Event, desk: CheckinDesk, status: PlainLabel | None = None) -> None:
        super().__init__()
        self.kiosk_event, self.desk = event, desk
        self.query = QLineEdit()
        self.query.textChanged.connect(self.refresh)
        self.import_notice = PlainLabel(points=TEXT)
        self.import_notice.setStyleSheet("color: #8A4B00;")
        self.import_notice.hide()
        self.notice_timer = QTimer(self)
        self.notice_timer.setInterval(IMPORT_NOTICE_MS)
        self.notice_timer.timeout.connect(self.show_import_notice)
        self.model = QStandardItemModel(0, 5)
        self.table = staff_table(self.model, (3, 2, 0, 1, 0))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.check_in_button = TouchButton(role="primary", height_mm=BUTTON_MM, points=TEXT)
        self.check_in_button.clicked.connect(self._check_in)
        self.undo_reason = QLineEdit()
        self.undo_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.undo_button.clicked.connect(self._undo)
        self.keyboard_button = TouchButton(role="quiet", height_mm=BUTTON_MM, points=TEXT)
        self.keyboard_button.setCheckable(True)
        self.keyboard_button.toggled.connect(self._show_keyboard)
        own_status = status is None
        self.status = PlainLabel(points=TEXT) if status is None else status
        undo = QHBoxLayout()
        undo.setSpacing(GAP)
        undo.addWidget(self.undo_reason, 1)
        undo.addWidget(self.undo_button)
        self.actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # check in | undo, or one over the other
        self.actions.setSpacing(GAP)
        self.actions.addWidget(self.check_in_button)
        self.actions.addLayout(undo, 1)
        search = QHBoxLayout()
        search.setSpacing(GAP)
        search.addWidget(self.query, 1)
        search.addWidget(self.keyboard_button)
        for button in (self.check_in_button, self.undo_button, self.keyboard_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.walk_in_box = QGroupBox()
        self.walk_in = {name: QLineEdit() for name in WALK_IN_FIELDS}
        self.category = ChoiceBox()
        self.category.addItems([c.name for c in event.config.categories])
        self.walk_in_form = QFormLayout(self.walk_in_box)
        self.walk_in_form.setSpacing(GAP)
        for edit in self.walk_in.values():
            self.walk_in_form.addRow(PlainLabel(points=TEXT), edit)
        self.walk_in_form.addRow(PlainLabel(points=TEXT), self.category)
        self.register_button = TouchButton(role="primary", height_mm=BUTTON_MM, points=TEXT)
        self.register_button.clicked.connect(self._register_walk_in)
        self.walk_in_form.addRow(self.register_button)
        self.fields = [self.query, self.undo_reason, *self.walk_in.values()]
        text_size(*self.fields, self.walk_in_box)
        for field in self.fields:
            field.setMinimumHeight(touch(FIELD_MM))
        for field in self.fields:
            field.installEventFilter(self)  # the touch keyboard types where staff tapped last
        self.keyboard = TouchKeyboard()
        self.keyboard.set_target(self.walk_in["first_name"])
        self.keyboard.hide()

        left = QVBoxLayout()
        left.setSpacing(GAP)
        left.addWidget(self.import_notice)
        left.addLayout(search)
        left.addWidget(self.table, 1)
        left.addLayout(self.actions)
        left.addWidget(self.keyboard)  # under the list, which gives up the room: the walk-in form keeps its own
        if own_status:
            left.addWidget(self.status)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(GAP)
        self.columns.addLayout(left, 3)
        self.columns.addWidget(self.walk_in_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.columns, 1)
        self._ids: list[int] = []
        self._last_import: dict[str, Any] | None = None
        self.retranslate()
        self._selection_changed()

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Search name or organisation…"))
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Category"),
                                              self.tr("Ticket"), self.tr("Checked in")])
        self.check_in_button.setText(self.tr("Check in"))
        self.undo_reason.setPlaceholderText(self.tr("Reason for undoing"))
        self.undo_reason.setMinimumWidth(self.undo_reason.fontMetrics().horizontalAdvance(
            self.undo_reason.placeholderText()) + touch(FIELD_MM))  # the hint is never cut
        self.undo_button.setText(self.tr("Undo check-in"))
        self.keyboard_button.setText(self.tr("Keyboard"))
        self.walk_in_box.setTitle(self.tr("Walk-in"))
        labels = (self.tr("Title"), self.tr("First name"), self.tr("Last name"), self.tr("Organisation"),
                  self.tr("E-mail"), self.tr("Category"))
        for row, label in enumerate(labels):
            self.walk_in_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(label)
        self.register_button.setText(self.tr("Register and check in"))
        self._render_import_notice()

    def stack(self, narrow: bool) -> None:
        """The walk-in form under the list, and undo under check-in, on a narrow screen (else side by side)."""
        for layout in (self.columns, self.actions):
            layout.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self.keyboard.set_target(watched)
        return super().eventFilter(watched, event)

    def _show_keyboard(self, shown: bool) -> None:
        self.keyboard.setVisible(shown)

    def _selection_changed(self) -> None:
        chosen = self._selected()
        for button in (self.check_in_button, self.undo_button):
            button.setEnabled(chosen is not None)
        self.selected.emit(chosen)

    def showEvent(self, event) -> None:
        self.show_import_notice()
        self.notice_timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.notice_timer.stop()
        super().hideEvent(event)

    def show_import_notice(self) -> None:
        """Warnings of the latest attendee import, above the search (hidden when it had none)."""
        self._last_import = last_import(self.kiosk_event.store)
        self._render_import_notice()

    def _render_import_notice(self) -> None:
        report = self._last_import
        text = import_notice(report, self.kiosk_event.config.time_zone) if report else ""
        self.import_notice.setText(text)
        self.import_notice.setVisible(bool(text))

    def refresh(self) -> None:
        """Run the search again (after typing or after a change)."""
        selected = self._selected()
        found = search(self.kiosk_event.store, self.query.text(), RESULT_LIMIT)
        checked = active_checkins(self.kiosk_event.store, [a.id for a in found])
        self.model.removeRows(0, self.model.rowCount())
        self._ids = [a.id for a in found]
        for attendee in found:
            when = checked.get(attendee.id)
            arrived = ""
            if when:
                arrived = f"{moment_text(when[0], self.kiosk_event.config.time_zone, utc_now())} · {when[1]}"
            ticket = self.tr("cancelled") if attendee.cancelled else attendee.code
            self.model.appendRow([QStandardItem(text) for text in (
                attendee.display_name, attendee.organisation, attendee.category, ticket, arrived)])
        if selected in self._ids:
            self.table.selectRow(self._ids.index(selected))

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._ids[rows[0].row()] if rows and rows[0].row() < len(self._ids) else None

    def _check_in(self) -> None:
        attendee_id = self._selected()
        if attendee_id is None:
            self.status.setText(self.tr("Select an attendee first."))
            return
        self._report(self.desk.check_in(attendee_id, "staff"))

    def _undo(self) -> None:
        attendee_id, reason = self._selected(), self.undo_reason.text().strip()
        if attendee_id is None or not reason:
            self.status.setText(self.tr("Select an attendee and give a reason."))
            return
        done = self.desk.undo(attendee_id, reason)
        self.status.setText(self.tr("Check-in undone.") if done else self.tr("This attendee is not checked in."))
        self.undo_reason.clear()
        self._after_change()

    def _register_walk_in(self) -> None:
        values = {name: edit.text() for name, edit in self.walk_in.items()}
        values["category"] = self.category.currentText()
        try:
            result = self.desk.register_walk_in(values)
        except ValueError:
            self.status.setText(self.tr("A walk-in needs at least a first or last name."))
            return
        for edit in self.walk_in.values():
            edit.clear()
        self._report(result)

    def _report(self, result: CheckinResult) -> None:
        self.status.setText(result_line(result))
        self._after_change()

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()


def result_line(result: CheckinResult) -> str:
    """"Name: outcome" for the staff desk's status line (with the reason a retired code was cancelled)."""
    name = result.attendee.display_name if result.attendee else result.code
    outcome = outcome_text(result.outcome.value)
    if result.reason:
        reasons = {REPLACED: QCoreApplication.translate("Outcome", "replaced by a new ticket"),
                   NOT_IN_LIST: QCoreApplication.translate("Outcome", "no longer in the list")}
        outcome = f"{outcome} ({reasons.get(result.reason, result.reason)})"
    return QCoreApplication.translate("Outcome", "{name}: {outcome}").format(name=name, outcome=outcome)


def import_notice(report: dict[str, Any], time_zone: str) -> str:
    """What staff should know about an import (as logged): its warnings, guests no longer in the list and kept
    corrections; empty when there is nothing."""
    lines = [warning_text(warning) for warning in report.get("warnings", [])]
    missing, kept = len(report.get("missing", [])), len(report.get("kept", []))
    if missing and report.get("missing_cancelled"):
        lines.append(QCoreApplication.translate("Import", "{count} guests no longer in the list were cancelled.")
                     .format(count=missing))
    elif missing:
        lines.append(QCoreApplication.translate(
            "Import", "{count} guests are no longer in the list (not cancelled: see kiosk import --cancel-missing)."
        ).format(count=missing))
    if kept:
        lines.append(QCoreApplication.translate(
            "Import", "{count} corrections made by staff were kept although the list has them differently.").format(
            count=kept))
    if not lines:
        return ""
    when = moment_text(from_iso(report["at"]), time_zone, utc_now())
    head = QCoreApplication.translate("Import", "Last import ({file}, {time}):").format(file=report["file"], time=when)
    return "\n".join([head, *(f"• {line}" for line in lines)])


def warning_text(warning: dict[str, Any]) -> str:
    """One import warning (as logged) in the staff's language."""
    count, value, total = warning.get("count", 0), warning.get("value", ""), warning.get("total", 0)
    shown = warning.get("lines", [])
    lines = ", ".join(map(str, shown)) + (", …" if shown and count > len(shown) else "")
    texts = {
        Warn.UNKNOWN_CATEGORY: QCoreApplication.translate(
            "Import", "Category \"{value}\" is not in event.toml: {count} guests (line {lines})."),
        Warn.LOST_CHARACTERS: QCoreApplication.translate(
            "Import", "\"?\" in {count} names, e.g. \"{value}\": characters lost in the export? (line {lines})"),
        Warn.MANY_MISSING: QCoreApplication.translate(
            "Import", "The updated list drops {count} of {total} imported guests – is it the whole list?"),
        Warn.NO_CODE_COLUMN: QCoreApplication.translate(
            "Import", "No ticket-code column found: {count} new guests got fresh codes."),
        Warn.CODE_LIKE_COLUMN: QCoreApplication.translate(
            "Import", "Column \"{value}\" was read as the category but holds unique codes: ticket codes?"),
        Warn.MISSING_NOT_CANCELLED: QCoreApplication.translate(
            "Import", "Guests no longer in the list were not cancelled: {count} rows have errors."),
    }
    template = texts.get(warning.get("kind", ""))
    if template is None:
        return warning.get("text", "")
    return template.format(count=count, value=value, total=total, lines=lines)


def outcome_text(outcome: str) -> str:
    """A short staff-facing word for an outcome."""
    texts = {
        "welcome": QCoreApplication.translate("Outcome", "checked in"),
        "already_checked_in": QCoreApplication.translate("Outcome", "was already checked in"),
        "unknown": QCoreApplication.translate("Outcome", "unknown code"),
        "invalid": QCoreApplication.translate("Outcome", "invalid code"),
        "cancelled": QCoreApplication.translate("Outcome", "ticket cancelled"),
        "not_valid_today": QCoreApplication.translate("Outcome", "not valid today"),
    }
    return texts.get(outcome, outcome)
