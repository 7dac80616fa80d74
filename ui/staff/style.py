"""The staff desk's sizes, from the theme's one type scale, and its tables (all made alike)."""

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.widgets.common import font
from ui.widgets.theme import HEADING, SMALL, touch

HEADLINE = HEADING  # the counts above the tabs
TEXT = SMALL  # everything else: tabs, tables, labels, fields, buttons
BUTTON_MM = 11.0
FIELD_MM = 10.0  # fields and choice boxes, one height
ROW_MM = 10.0  # a table row is a touch target too
NARROW_PX = 1100  # a staff page narrower than this stacks what sits side by side on a wide screen


def staff_table(model: QStandardItemModel, fit: tuple[int, ...],
                selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
                ) -> QTableView:
    """A read-only table of whole rows, as tall as a finger; the columns in `fit` (short values: times, counts,
    states) as wide as their title and cells, the others share the width left over."""
    table = QTableView()
    table.setModel(model)
    text_size(table, table.horizontalHeader())
    table.setStyleSheet(f"QHeaderView::section {{ font-size: {TEXT}pt; }}")
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(touch(ROW_MM))
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(False)
    return table


def text_size(*widgets: QWidget) -> None:
    """The staff desk's text size for widgets that do not take a size of their own (fields, tables, boxes)."""
    for widget in widgets:
        widget.setFont(font(TEXT))
