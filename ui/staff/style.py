"""The staff desk's sizes, from the theme's one type scale, its tables (all made alike) and choice boxes."""

from PySide6.QtCore import QEvent, QObject, QPointF, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

from ui.widgets.common import font
from ui.widgets.theme import HEADING, INK, LINE, SMALL, WHITE, touch

HEADLINE = HEADING  # the counts above the tabs
TEXT = SMALL  # everything else: tabs, tables, labels, fields, buttons
BUTTON_MM = 11.0
FIELD_MM = 10.0  # fields and choice boxes, one height
ROW_MM = 10.0  # a table row is a touch target too
CHEVRON = 20  # px: the choice box's arrow
NARROW_PX = 1100  # a staff page narrower than this stacks what sits side by side on a wide screen


class ChoiceBox(QComboBox):
    """A choice box that looks like the fields beside it (white, rounded, as tall), with a chevron of its own
    (a styled box loses the platform's arrow)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFont(font(TEXT))
        self.setMinimumHeight(touch(FIELD_MM))
        self.setStyleSheet(f"QComboBox {{ background: {WHITE}; border: 2px solid {LINE}; border-radius: 12px;"
                           f" padding: 2px {2 * CHEVRON}px 2px 16px; }}"
                           " QComboBox::drop-down { border: none; width: 0px; }")

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(INK), 2))
        x, y, half = self.width() - CHEVRON, self.height() / 2, CHEVRON / 4
        painter.drawPolyline([QPointF(x - half, y - half / 2), QPointF(x, y + half / 2),
                              QPointF(x + half, y - half / 2)])


def text_size(*widgets: QWidget) -> None:
    """The staff desk's text size for widgets that do not take a size of their own (fields, tables, boxes)."""
    for widget in widgets:
        widget.setFont(font(TEXT))


class _WeightedColumns(QObject):
    """Columns of weight 0 as wide as their title and cells; the others at least as wide as their title, sharing
    the rest by weight (a screen too narrow for every title scrolls the table sideways)."""

    def __init__(self, table: QTableView, weights: tuple[int, ...]) -> None:
        super().__init__(table)
        self.table, self.weights = table, weights
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.later = QTimer(self)  # a burst of new rows: one new arrangement
        self.later.setSingleShot(True)
        self.later.setInterval(0)
        self.later.timeout.connect(self.spread)
        model = table.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged,
                       model.headerDataChanged):
            signal.connect(self.later.start)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.spread()
        return False

    def spread(self) -> None:
        """Fit the short columns to their title and cells, and share the width they leave."""
        table, header = self.table, self.table.horizontalHeader()
        titles = [header.sectionSizeFromContents(column).width() for column in range(len(self.weights))]
        sizes = [0 if header.isSectionHidden(column) else title if weight else
                 max(title, table.sizeHintForColumn(column))
                 for column, (weight, title) in enumerate(zip(self.weights, titles, strict=True))]
        spare, total = max(0, table.viewport().width() - sum(sizes)), sum(self.weights)
        for column, weight in enumerate(self.weights):
            header.resizeSection(column, sizes[column] + spare * weight // total)


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
