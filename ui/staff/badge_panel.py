"""Staff: the live preview of exactly what will print, corrections to the name, and reprints with a reason."""

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from kiosk.attendees import records as attendees
from kiosk.badges import render_preview
from kiosk.badges.data import badge_data, layout_named, logo_path
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event, open_event
from ui.staff.style import BUTTON_MM, FIELD_MM, TEXT, text_size
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget
from ui.widgets.theme import GAP, touch
from ui.workers import run_in_background

CORRECTABLE = ("title", "first_name", "last_name", "organisation")
PREVIEW_DPI = 110
TYPING_PAUSE_MS = 300  # the preview follows typed corrections once typing pauses this long


@dataclass(frozen=True)
class Preview:
    """A rendered preview and the characters no bundled font can draw."""

    attendee_id: int
    generation: int  # which request it answers: only the latest is shown
    png: bytes
    missing: frozenset[str]


class BadgePanel(TranslatedWidget):
    """Shows the selected attendee's badge; `reprint_requested(attendee_id, reason)` after corrections."""

    reprint_requested = Signal(int, str)

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.kiosk_event = event
        self.attendee_id: int | None = None
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 420)
        self.warning = PlainLabel(points=TEXT, tone="error")
        self.fields = {name: QLineEdit() for name in CORRECTABLE}
        self.reason = QLineEdit()
        self.form = QFormLayout()
        self.form.setSpacing(GAP)
        for edit in (*self.fields.values(), self.reason):
            edit.setMinimumHeight(touch(FIELD_MM))
            text_size(edit)
            self.form.addRow(PlainLabel(points=TEXT), edit)
        for edit in self.fields.values():
            edit.textEdited.connect(self._typed)
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.refresh_preview)
        self._generation = 0
        self.save_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.save_button.clicked.connect(self._save_corrections)
        self.reprint_button = TouchButton(role="primary", height_mm=BUTTON_MM, points=TEXT)
        self.reprint_button.clicked.connect(self._reprint)
        self.status = PlainLabel(points=TEXT)
        side = QVBoxLayout()
        side.setSpacing(GAP)
        side.addLayout(self.form)
        side.addWidget(self.save_button)
        side.addWidget(self.reprint_button)
        side.addWidget(self.status)
        side.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.preview, 1)
        left.addWidget(self.warning)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.columns.setSpacing(GAP)
        self.columns.addLayout(left, 3)
        self.columns.addLayout(side, 2)
        self.retranslate()
        self.show_attendee(None)

    def retranslate(self) -> None:
        labels = (self.tr("Title"), self.tr("First name"), self.tr("Last name"), self.tr("Organisation"),
                  self.tr("Reason for the reprint"))
        for row, label in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            item.widget().setText(label)
        self.save_button.setText(self.tr("Save corrections"))
        self.reprint_button.setText(self.tr("Reprint badge"))

    def stack(self, narrow: bool) -> None:
        """The form under the preview on a narrow screen (else beside it)."""
        self.columns.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)

    def show_attendee(self, attendee_id: int | None) -> None:
        """Load an attendee (or none) into the form and render the preview off the UI thread."""
        self.attendee_id = attendee_id
        attendee = attendees.get(self.kiosk_event.store, attendee_id) if attendee_id is not None else None
        for name, edit in self.fields.items():
            edit.setText(getattr(attendee, name) if attendee else "")
            edit.setEnabled(attendee is not None)
        for widget in (self.reason, self.save_button, self.reprint_button):
            widget.setEnabled(attendee is not None)
        self.preview.clear()
        self.warning.clear()
        if attendee is not None:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Render what will print for the current attendee with the corrections as typed (saved or not), on a
        worker with its own connection."""
        attendee_id, folder, kiosk_id = self.attendee_id, self.kiosk_event.folder, self.kiosk_event.store.kiosk_id
        if attendee_id is None:
            return
        self.typing.stop()
        self._generation += 1
        generation, typed = self._generation, {name: edit.text().strip() for name, edit in self.fields.items()}

        def render() -> Preview:
            event = open_event(folder, kiosk_id)
            try:
                config = event.config
                layout = layout_named(config, config.badges.layout_for(kiosk_id))
                data = badge_data(event.store, config, attendee_id)
                data = replace(data, fields={**data.fields, **typed})
                png, missing = render_preview(layout, data, PREVIEW_DPI, logo_path(config, folder))
                return Preview(attendee_id, generation, png, missing)
            finally:
                event.close()

        run_in_background(render, self._show_preview, self._preview_failed, self)

    def _typed(self) -> None:
        self.typing.start()  # (again): render once typing pauses, not at every key

    def _show_preview(self, preview: Preview) -> None:
        if preview.attendee_id != self.attendee_id or preview.generation != self._generation:
            return  # staff moved on to someone else, or typed more, meanwhile
        pixmap = QPixmap()
        pixmap.loadFromData(preview.png, "PNG")
        self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        self.warning.clear()
        if preview.missing:
            self.warning.setText(self.tr("No font can draw: {chars} – they print as boxes.").format(
                chars=" ".join(sorted(preview.missing))))

    def _preview_failed(self, error: Exception) -> None:
        self.warning.setText(self.tr("The preview failed: {error}").format(error=error))

    def _save_corrections(self) -> bool:
        attendee = attendees.get(self.kiosk_event.store, self.attendee_id) if self.attendee_id else None
        if attendee is None:
            return False
        changes = {name: edit.text().strip() for name, edit in self.fields.items()}
        if not (changes["first_name"] or changes["last_name"]):
            self.status.setText(self.tr("A badge needs a first or last name."))
            return False
        with self.kiosk_event.store.transaction():
            attendees.update(self.kiosk_event.store, attendee, changes, utc_now(), reason="correction")
        self.status.setText(self.tr("Saved."))
        self.refresh_preview()
        return True

    def _reprint(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.status.setText(self.tr("Give a reason for the reprint."))
            return
        if self.attendee_id is not None and self._save_corrections():
            self.reprint_requested.emit(self.attendee_id, reason)
            self.reason.clear()
            self.status.setText(self.tr("Reprint queued."))
