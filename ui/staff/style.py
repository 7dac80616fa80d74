"""The staff desk's sizes, from the theme's one type scale, and its tables (all made alike)."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.widgets.common import font
from ui.widgets.theme import HEADING, LINE, SMALL, WHITE, touch

HEADLINE = HEADING  # the counts above the tabs
TEXT = SMALL  # everything else: tabs, tables, labels, fields, buttons
BUTTON_MM = 11.0
FIELD_MM = 10.0  # fields and choice boxes, one height
ROW_MM = 10.0  # a table row is a touch target too
NARROW_PX = 1100  # a staff page narrower than this stacks what sits side by side on a wide screen
CHOICE_STYLE = (f"QComboBox {{ background: {WHITE}; border: 2px solid {LINE}; border-radius: 12px;"
                " padding: 2px 16px; }")  # a choice box looks like the fields beside it


def text_size(*widgets: QWidget) -> None:
    """The staff desk's text size for widgets that do not take a size of their own (fields, tables, boxes)."""
    for widget in widgets:
        widget.setFont(font(TEXT))


class _WeightedColumns(QObject):
    """Columns of weight 0 as wide as their title and cells; the others share the rest by weight."""

    def __init__(self, table: QTableView, weights: tuple[int, ...]) -> None:
        super().__init__(table)
        self.table, self.weights = table, weights
        header = table.horizontalHeader()
        for column, weight in enumerate(weights):
            mode = QHeaderView.ResizeMode.ResizeToContents if weight == 0 else QHeaderView.ResizeMode.Fixed
            header.setSectionResizeMode(column, mode)
        header.sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.spread()
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column < len(self.weights) and self.weights[column] == 0:
            self.spread()

    def spread(self) -> None:
        """Share the width the fitted columns leave."""
        header = self.table.horizontalHeader()
        fitted = sum(header.sectionSize(c) for c, weight in enumerate(self.weights) if weight == 0)
        room, total = max(0, self.table.viewport().width() - fitted), sum(self.weights)
        for column, weight in enumerate(self.weights):
            if weight:
                header.resizeSection(column, max(header.minimumSectionSize(), room * weight // total))


def staff_table(model: QStandardItemModel, weights: tuple[int, ...],
                selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
                ) -> QTableView:
    """A read-only table of whole rows, as tall as a finger; `weights` per column: 0 for short values (times,
    counts, states) that get the width of their title and cells, otherwise the share of the width left over."""
    table = QTableView()
    table.setModel(model)
    text_size(table, table.horizontalHeader())
    table.setStyleSheet(f"QHeaderView::section {{ font-size: {TEXT}pt; }}")
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(touch(ROW_MM))
    table.verticalHeader().hide()
    table.setWordWrap(False)
    _WeightedColumns(table, weights)
    return table
