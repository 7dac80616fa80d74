"""Staff: how many guests picked each topic, by kind, live; and the export."""

from pathlib import Path

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout

from kiosk.event.folder import Event
from kiosk.topics import choices as topics
from ui.staff.file_dialogs import ask_save_path
from ui.staff.style import BUTTON_MM, TEXT, staff_table
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget
from ui.widgets.theme import GAP


class StaffTopics(TranslatedWidget):
    """A table of counts per topic, and its export."""

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.kiosk_event = event
        self.model = QStandardItemModel(0, 3)
        self.table = staff_table(self.model, (1, 0, 0), QAbstractItemView.SelectionMode.NoSelection)
        self.export_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.export_button.clicked.connect(self._ask_export)
        self.status = PlainLabel(points=TEXT)
        layout = QVBoxLayout(self)
        layout.setSpacing(GAP)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.export_button)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels([self.tr("Topic"), self.tr("I can talk about"),
                                              self.tr("I would like to talk about")])
        self.export_button.setText(self.tr("Export topic counts (CSV)"))

    def refresh(self) -> None:
        """Read the counts again."""
        self.model.removeRows(0, self.model.rowCount())
        for count in topics.counts(self.kiosk_event.store, self.kiosk_event.config):
            self.model.appendRow([QStandardItem(count.topic), QStandardItem(str(count.offer)),
                                  QStandardItem(str(count.seek))])

    def _ask_export(self) -> None:
        path = ask_save_path(self, self.tr("Export topic counts"), Path.home() / "topics.csv")
        if path is not None:
            self.export(path)

    def export(self, path: Path) -> None:
        """Write the counts as CSV (small: on the UI thread is fine); a file that cannot be written is said."""
        try:
            topics.export_counts(self.kiosk_event.store, self.kiosk_event.config, path)
        except OSError as error:
            self.status.setText(self.tr("Export failed: {error}").format(error=error.strerror or error))
            return
        self.status.setText(self.tr("Exported to {path}.").format(path=path))
