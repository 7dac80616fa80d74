"""Staff at the desk, tapping through the window: scans at the desk, the print queue's buttons, corrections
followed by the badge preview as they are typed, and walk-ins typed on the touch keyboard."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.checkin.desk import CheckinDesk
from kiosk.printing import queue
from tests.ui.attendee.test_kiosk_window import scan
from ui.app import create_application
from ui.main_window import MainWindow
from ui.staff.arrivals_chart import count_ticks
from ui.staff.desk import StaffDesk
from ui.staff.print_queue import state_text

SOPHIE = "AAAA1111BBBB2222CCCC"


def open_desk(window: MainWindow) -> StaffDesk:
    """The staff desk of a desk PC: it checks scans in itself and has no idle lock."""
    window.kiosk_mode = False
    window.show_staff()
    return window.staff


def tap(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def row_of(desk: StaffDesk, name: str) -> int:
    model = desk.attendees.model
    return next(row for row in range(model.rowCount()) if name in model.item(row, 0).text())


def test_a_scan_at_the_desk_after_an_undo_shows_in_the_row_and_in_the_one_status_line(qtbot, window) -> None:
    desk = open_desk(window)
    people = desk.attendees
    scan(qtbot, window, SOPHIE)
    qtbot.waitUntil(lambda: "eingecheckt" in desk.status.text())
    people.query.setText("sophie")
    people.table.selectRow(row_of(desk, "Sophie"))
    people.undo_reason.setText("falsche Person")
    tap(qtbot, people.undo_button)
    assert desk.status.text() == "Check-in zurückgenommen."
    assert people.model.item(row_of(desk, "Sophie"), 4).text() == ""
    qtbot.wait(int(window.kiosk_event.config.kiosk.duplicate_scan_seconds * 1000) + 100)

    scan(qtbot, window, SOPHIE)
    qtbot.waitUntil(lambda: desk.status.text() == "Sophie Müller-Lüdenscheidt: eingecheckt")
    assert people.status is desk.status, "one status line, so no stale message stays beside the answer"
    assert people.model.item(row_of(desk, "Sophie"), 4).text() != ""


def test_retry_and_cancel_wait_for_an_open_job_to_be_selected(qtbot, window) -> None:
    desk = open_desk(window)
    CheckinDesk(window.kiosk_event).check_in(1, "staff")  # queues a badge
    desk.tabs.setCurrentWidget(desk.print_queue)
    jobs = desk.print_queue
    jobs.refresh()
    assert jobs.model.rowCount() >= 1
    assert not jobs.retry_button.isEnabled() and not jobs.cancel_button.isEnabled()
    jobs.table.selectRow(0)
    assert jobs.retry_button.isEnabled() and jobs.cancel_button.isEnabled()
    tap(qtbot, jobs.cancel_button)
    assert jobs.model.item(0, 3).text() == state_text(queue.CANCELLED)
    assert not jobs.retry_button.isEnabled() and not jobs.cancel_button.isEnabled(), "a cancelled job is done"


def preview_image(desk: StaffDesk) -> QImage:
    pixmap = desk.badge.preview.pixmap()
    return QImage() if pixmap is None else pixmap.toImage()


def test_the_badge_preview_follows_corrections_as_they_are_typed(qtbot, window) -> None:
    desk = open_desk(window)
    people, badge = desk.attendees, desk.badge
    people.query.setText("sophie")
    people.table.selectRow(row_of(desk, "Sophie"))
    desk.tabs.setCurrentWidget(badge)
    qtbot.waitUntil(lambda: not preview_image(desk).isNull(), timeout=10000)
    before, renders = preview_image(desk), badge._generation
    field = badge.fields["last_name"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Schmidt", delay=120)  # typed by hand, not a scanner's burst
    assert badge.typing.isActive() or badge._generation > renders
    qtbot.waitUntil(lambda: preview_image(desk) != before, timeout=10000)
    assert badge._generation == renders + 1, "one render after typing paused, not one per key"
    stored = window.kiosk_event.store.rows("SELECT last_name FROM attendees WHERE code = ?", (SOPHIE,))
    assert stored[0]["last_name"] == "Müller-Lüdenscheidt", "the preview shows; only saving changes the guest"


def test_a_walk_in_can_be_typed_on_the_touch_keyboard(qtbot, window) -> None:
    desk = open_desk(window)
    people = desk.attendees
    assert people.keyboard.isHidden()
    tap(qtbot, people.keyboard_button)
    assert people.keyboard.isVisible()
    keys = {key.text(): key for key in people.keyboard.findChildren(type(people.keyboard.shift))}

    def type_into(field: QLineEdit, text: str) -> None:
        tap(qtbot, field)
        for letter in text:
            if letter.isupper():
                tap(qtbot, people.keyboard.shift)
                keys_now = {key.text(): key for key in people.keyboard.findChildren(type(people.keyboard.shift))}
                tap(qtbot, keys_now[letter])
            else:
                tap(qtbot, keys[letter])

    type_into(people.walk_in["first_name"], "Wanda")
    type_into(people.walk_in["last_name"], "Walk")
    assert people.walk_in["first_name"].text() == "Wanda" and people.walk_in["last_name"].text() == "Walk"
    tap(qtbot, people.register_button)
    assert desk.status.text() == "Wanda Walk: eingecheckt"
    assert desk.counts.text() == "1 von 6 eingecheckt"


def test_the_desk_speaks_one_type_scale(qtbot, window) -> None:
    app = QApplication.instance()
    previous = app.styleSheet()
    create_application()  # the kiosk's style sheet, which sets the column titles' font
    try:
        desk = open_desk(window)
        people = desk.attendees
        label = people.walk_in_form.itemAt(0, people.walk_in_form.ItemRole.LabelRole).widget()
        body = label.font().pointSizeF()
        for widget in (*people.walk_in.values(), people.category, people.query, people.table,
                       desk.tabs.tabBar(), desk.log, desk.print_queue.table, *desk.badge.fields.values(),
                       people.check_in_button, desk.export_csv):
            assert widget.font().pointSizeF() == body, widget
        header = people.table.horizontalHeader()
        assert header.sectionSizeFromContents(0).height() >= label.fontMetrics().height(), "titles as big as text"
    finally:
        app.setStyleSheet(previous)
    assert desk.counts.font().pointSizeF() <= 1.6 * body
    field_height = people.walk_in["first_name"].height()
    assert people.category.height() == field_height
    assert people.table.verticalHeader().defaultSectionSize() >= field_height - 2


def test_the_arrivals_chart_names_its_interval_and_has_round_axis_steps(window) -> None:
    chart = open_desk(window).chart
    assert chart.title() == "Ankünfte je 15 Minuten"
    assert count_ticks(22) == [0, 10, 20, 30]
    assert count_ticks(7) == [0, 2, 4, 6, 8]
    assert count_ticks(0) == [0, 1]


def test_a_topic_export_that_cannot_be_written_says_so(window, tmp_path) -> None:
    topics = open_desk(window).topics
    topics.export(tmp_path / "no such folder" / "topics.csv")  # raised inside the button's slot before
    assert topics.status.text().startswith("Export fehlgeschlagen")
    topics.export(tmp_path / "topics.csv")
    assert (tmp_path / "topics.csv").exists() and "topics.csv" in topics.status.text()
