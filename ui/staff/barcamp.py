"""Staff: the barcamp board, by touch — tap a free cell and type title and host; move a session by tapping it
and then a free cell, or by dragging it there. Each change is a programme edit: every screen shows it at once."""

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.event.folder import Event
from kiosk.programme.board import Cell, arrange, fill_cell, move_session
from kiosk.programme.edits import EditError
from kiosk.programme.views import ProgrammeView
from ui.programme import texts
from ui.programme.painting import wrapped
from ui.programme.service import ProgrammeService
from ui.staff.style import BUTTON_MM, FIELD_MM, TEXT, text_size
from ui.widgets.common import PlainLabel, TouchButton, TranslatedWidget
from ui.widgets.theme import touch

MIME = "application/x-event-kiosk-session"
PICKED_STYLE = "QPushButton { border: 4px solid #1F6FB2; background: #DCE6F2; }"
CELL_MM = 16.0
TITLE_LINES = 2  # a cell: the title on up to two lines, the host on one


class CellButton(TouchButton):
    """One cell: tapped (`tapped`), dragged from when filled, dropped on when free (`dropped` with the key). Its
    text is wrapped to the cell's width (shortened with "…" where it would run longer), never cut."""

    tapped = Signal(object)  # Cell
    dropped = Signal(object, str)  # Cell, session key

    def __init__(self) -> None:
        super().__init__(height_mm=CELL_MM, points=TEXT)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # rooms share the width alike
        self.setMinimumHeight(max(touch(CELL_MM), (TITLE_LINES + 1) * self.fontMetrics().height()
                                  + self._padding()[1]))
        self.cell: Cell | None = None
        self._parts: tuple[str, ...] = ()
        self._pressed: QPoint | None = None
        self.setAcceptDrops(True)
        self.clicked.connect(lambda: self.tapped.emit(self.cell))

    def show_cell(self, cell: Cell, free_text: str, picked: bool) -> None:
        self.cell = cell
        entry = cell.entry
        self._parts = (entry.session.title, texts.speakers(entry.session)) if entry else (free_text,)
        self.setStyleSheet(PICKED_STYLE if picked else "")
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _padding(self) -> tuple[int, int]:
        """Width and height of the button around its text (border and padding)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        area = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return self.width() - area.width(), self.height() - area.height()

    def _fit(self) -> None:
        width, metrics = max(self.width() - self._padding()[0], 1), self.fontMetrics()
        lines = [line for part, most in zip(self._parts, (TITLE_LINES, 1), strict=False) if part
                 for line in wrapped(metrics, part, width, most)]
        self.setText("\n".join(lines).replace("&", "&&"))  # '&' is no shortcut

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        moved = self._pressed is not None and (event.position().toPoint() - self._pressed).manhattanLength() \
            > QApplication.startDragDistance() * 3
        if moved and self.cell is not None and self.cell.entry is not None:
            self._pressed = None
            self.setDown(False)
            data = QMimeData()
            data.setData(MIME, self.cell.entry.session.key.encode())
            drag = QDrag(self)
            drag.setMimeData(data)
            drag.exec(Qt.DropAction.MoveAction)
            return
        super().mouseMoveEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME) and self.cell is not None and self.cell.entry is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.cell is not None:
            self.dropped.emit(self.cell, bytes(event.mimeData().data(MIME)).decode())
            event.acceptProposedAction()


class BarcampBoard(TranslatedWidget):
    """Slots × rooms of `[programme.barcamp]`, filled and rearranged by staff on the day."""

    def __init__(self, event: Event, service: ProgrammeService) -> None:
        super().__init__()
        self.kiosk_event, self.service = event, service
        self.zone = ZoneInfo(event.config.time_zone)
        self.settings = event.config.programme.barcamp
        self.day: date = self.settings.day or event.config.start
        self.grid_cells: list[list[Cell]] = []
        self.picked: str | None = None  # the key of the session to move
        self.target: Cell | None = None  # the free cell being filled
        self.hint = PlainLabel(points=TEXT)
        self.buttons: list[list[CellButton]] = []
        self.room_labels = [PlainLabel(room, points=TEXT, bold=True) for room in self.settings.rooms]
        self.slot_labels = [PlainLabel(f"{start:%H:%M}–{end:%H:%M}", points=TEXT, bold=True)
                            for start, end in self.settings.slots]
        grid = QGridLayout()
        for column, label in enumerate(self.room_labels, start=1):
            grid.addWidget(label, 0, column)
            grid.setColumnStretch(column, 1)
        for row, label in enumerate(self.slot_labels, start=1):
            grid.addWidget(label, row, 0)
            buttons = []
            for column in range(1, len(self.settings.rooms) + 1):
                button = CellButton()
                button.tapped.connect(self.tap)
                button.dropped.connect(self.drop)
                grid.addWidget(button, row, column)
                buttons.append(button)
            self.buttons.append(buttons)
        self.title_field, self.host_field = QLineEdit(), QLineEdit()
        text_size(self.title_field, self.host_field)
        for field in (self.title_field, self.host_field):
            field.setMinimumHeight(max(touch(FIELD_MM), field.sizeHint().height()))
        self.title_field.setMaxLength(200)
        self.host_field.setMaxLength(100)
        self.save_button = TouchButton(role="primary", height_mm=BUTTON_MM, points=TEXT)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = TouchButton(height_mm=BUTTON_MM, points=TEXT)
        self.cancel_button.clicked.connect(self.clear_choice)
        self.editor = QWidget()
        editor = QHBoxLayout(self.editor)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addWidget(self.title_field, 3)
        editor.addWidget(self.host_field, 2)
        for button in (self.save_button, self.cancel_button):  # as wide as their word, the fields take the rest
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            editor.addWidget(button)
        self.editor.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.editor)
        layout.addLayout(grid)
        layout.addStretch(1)
        service.changed.connect(self.show_view)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_field.setPlaceholderText(self.tr("Title of the session"))
        self.host_field.setPlaceholderText(self.tr("Host"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_hint()
        self.show_view(self.service.view)

    def show_view(self, view: ProgrammeView) -> None:
        """Fill the cells from the programme (only while the board shows; it fills itself when shown)."""
        if not self.settings.rooms or not self.settings.slots or not self.isVisible():
            return
        self.grid_cells = arrange(view.entries, self.zone, self.settings, self.day)
        for row, cells in zip(self.buttons, self.grid_cells, strict=True):
            for button, cell in zip(row, cells, strict=True):
                picked = cell.entry is not None and cell.entry.session.key == self.picked
                button.show_cell(cell, self.tr("free"), picked)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.show_view(self.service.view)

    def tap(self, cell: Cell) -> None:
        """A free cell: move the picked session there, or type a new one. A filled cell: pick it to move."""
        if cell.entry is not None:
            self.picked = None if cell.entry.session.key == self.picked else cell.entry.session.key
            self.target = None
            self.editor.setVisible(False)
        elif self.picked is not None:
            self.drop(cell, self.picked)
            return
        else:
            self.target = cell
            self.title_field.clear()
            self.host_field.clear()
            self.editor.setVisible(True)
            self.title_field.setFocus()
        self._show_hint()
        self.show_view(self.service.view)

    def drop(self, cell: Cell, key: str) -> None:
        """Move a session into a free cell."""
        self.picked = None
        self._run(lambda: move_session(self.kiosk_event.store, self.zone, self.settings, self.day, key, cell.slot,
                                       cell.room))

    def save(self) -> None:
        """Fill the chosen free cell with the typed title and host."""
        cell = self.target
        if cell is None:
            return
        title, host = self.title_field.text(), self.host_field.text()
        if self._run(lambda: fill_cell(self.kiosk_event.store, self.zone, self.settings, self.day, cell.slot,
                                       cell.room, title, host)):
            self.clear_choice()

    def clear_choice(self) -> None:
        self.picked, self.target = None, None
        self.editor.setVisible(False)
        self._show_hint()
        self.show_view(self.service.view)

    def _run(self, change) -> bool:
        try:
            change()
        except EditError as error:
            self.hint.setText(self.tr("Not changed: {reason}").format(reason=error))
            return False
        self.service.reload()
        self._show_hint()
        return True

    def _show_hint(self) -> None:
        if not self.settings.rooms or not self.settings.slots:
            self.hint.setText(self.tr("No barcamp in event.toml: add [programme.barcamp] with rooms and slots."))
        elif self.target is not None:
            self.hint.setText(self.tr("{room}, {time}: type the title and the host.").format(
                room=self.target.room, time=f"{self.target.start:%H:%M}"))
        elif self.picked is not None:
            self.hint.setText(self.tr("Tap a free cell to move the session there (or drag it)."))
        else:
            self.hint.setText(self.tr("Tap a free cell to add a session; tap a session to move it."))
