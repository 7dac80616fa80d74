"""When the kiosk locks (staff idle time, or "Sperren"), nothing staff opened stays on the guests' screen:
no file dialog through which a guest could save the attendee list, no menu, no popup."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMenu, QMessageBox, QToolButton

from ui.main_window import MainWindow


def visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def file_dialog() -> QFileDialog:
    found = [d for d in visible_dialogs() if isinstance(d, QFileDialog)]
    assert len(found) == 1
    return found[0]


def type_file_name(dialog: QFileDialog, path: Path) -> None:
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(path))


def fire_idle_lock(window: MainWindow) -> None:
    window.staff_lock.setInterval(50)
    window.staff_lock.start()


def while_export_dialog_open(window: MainWindow, action: Callable[[QFileDialog], None]) -> list[str]:
    """Tap "Export CSV" on the staff desk and run `action` on its dialog; returns what was still open five
    seconds later (then closed, so that a failing test ends)."""
    left_open: list[str] = []

    def give_up() -> None:
        for dialog in visible_dialogs():
            left_open.append(type(dialog).__name__)
            dialog.reject()

    safety = QTimer(window)
    safety.setSingleShot(True)
    safety.timeout.connect(give_up)
    QTimer.singleShot(200, lambda: (safety.start(5000), action(file_dialog())))
    window.staff.export_csv.click()  # returns when the dialog closes
    safety.stop()
    return left_open


def test_idle_lock_closes_the_export_dialog(qtbot, window: MainWindow) -> None:
    window.show_staff()
    seen: dict[str, bool] = {}

    def check_and_lock(dialog: QFileDialog) -> None:
        seen["read_only"] = dialog.testOption(QFileDialog.Option.ReadOnly)
        new_folder = dialog.findChild(QToolButton, "newFolderButton")
        seen["new_folder"] = new_folder is not None and new_folder.isEnabled()
        fire_idle_lock(window)

    assert while_export_dialog_open(window, check_and_lock) == []
    assert seen == {"read_only": True, "new_folder": False}
    assert visible_dialogs() == [] and QApplication.activePopupWidget() is None
    assert window.stack.currentWidget() is window.kiosk
    assert "Export" not in window.staff.status.text()  # cancelled: nothing was written


def test_idle_lock_closes_a_question_on_top_of_the_dialog(qtbot, window: MainWindow, tmp_path: Path) -> None:
    existing = tmp_path / "list.csv"
    existing.write_text("keep me", encoding="utf-8")
    window.show_staff()

    def overwrite_then_lock(dialog: QFileDialog) -> None:
        type_file_name(dialog, existing)
        QTimer.singleShot(200, lambda: (assert_question_open(), fire_idle_lock(window)))
        dialog.accept()  # asks whether to replace the file, and waits there

    def assert_question_open() -> None:
        assert any(isinstance(d, QMessageBox) for d in visible_dialogs())

    assert while_export_dialog_open(window, overwrite_then_lock) == []
    assert visible_dialogs() == [] and window.stack.currentWidget() is window.kiosk
    assert existing.read_text(encoding="utf-8") == "keep me"


def test_saving_through_the_read_only_dialog_works(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.show_staff()
    target = tmp_path / "list.csv"

    def save(dialog: QFileDialog) -> None:
        type_file_name(dialog, target)
        dialog.accept()

    with qtbot.waitSignal(window.staff.export_finished, timeout=10000) as finished:
        assert while_export_dialog_open(window, save) == []
    assert finished.args == [str(target)] and "Sophie" in target.read_text(encoding="utf-8-sig")


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen platform
@pytest.mark.parametrize("lock", ["idle time", "lock button"])
def test_locking_closes_a_context_menu(qtbot, window: MainWindow, lock: str) -> None:
    window.show_staff()
    field = window.staff.attendees.query
    field.setText("Müller")
    at = QPoint(5, 5)
    QApplication.sendEvent(field, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, field.mapToGlobal(at)))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.isVisible()
    if lock == "idle time":
        fire_idle_lock(window)
    else:
        window.staff.lock_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.staff)
    assert QApplication.activePopupWidget() is None
