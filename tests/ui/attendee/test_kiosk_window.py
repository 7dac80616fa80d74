"""The window as a guest and as staff use it: real event folder, real database, offscreen Qt."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.attendees.importer import import_attendees
from kiosk.checkin import reports
from kiosk.event.folder import Event, open_event
from kiosk.event.pin import hash_pin
from tests.conftest import ATTENDEES_CSV, write_event
from ui.attendee.kiosk import AttendeeKiosk
from ui.i18n import Languages
from ui.main_window import MainWindow

PIN = "4711"


@pytest.fixture(scope="module")
def pin_hash() -> str:
    return hash_pin(PIN)


@pytest.fixture
def kiosk_event(tmp_path: Path, pin_hash: str) -> Iterator[Event]:
    folder = write_event(tmp_path / "event", pin_hash=pin_hash, outcome_seconds=1, idle_seconds=2)
    (tmp_path / "a.csv").write_text(ATTENDEES_CSV + "Ana <b>;Admin & Co 🎉;مدينة 東京;ana@example.org;Speaker;"
                                    "RRRR2222SSSS3333TTTT;bezahlt\n", encoding="utf-8")
    event = open_event(folder, kiosk_id="eingang-1")
    import_attendees(event, tmp_path / "a.csv")
    yield event
    event.close()


def shown_window(qtbot, kiosk_event: Event, staff: bool = False, **options: bool) -> Iterator[MainWindow]:
    """The main window at 1280x800 in German (`options` as MainWindow takes them), closed again after."""
    app = QApplication.instance()
    languages = Languages(app, "de")
    main = MainWindow(kiosk_event, languages, **options)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    if staff:
        main.show_staff()
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.allow_close = True
    app.removeEventFilter(main)
    languages.uninstall()
    main.close()
    main.deleteLater()
    qtbot.wait(1)


@pytest.fixture
def window(qtbot, kiosk_event: Event) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, kiosk_event)


def scan(qtbot, target: QWidget, code: str) -> None:
    """A USB scanner burst: keys with no pause, then Enter, on the window or a widget of it; back once it is
    answered."""
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    decided(qtbot, target.window().kiosk)


def decided(qtbot, kiosk: AttendeeKiosk) -> None:
    """Wait until the kiosk's decisions (made on its worker thread) are answered on screen."""
    qtbot.waitUntil(lambda: not kiosk.deciding, timeout=5000)


def forget_recent_scans(qtbot, kiosk: AttendeeKiosk) -> None:
    """The kiosk's desk (on its worker) forgets the codes it saw a moment ago: the next scan of one counts."""
    kiosk.decisions.ask(lambda: lambda desk: desk._recent_scans.clear())
    decided(qtbot, kiosk)


def test_scan_on_the_welcome_screen_welcomes_and_returns(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    assert kiosk.welcome.title.text() == "Willkommen!"
    scan(qtbot, window, "AAAA1111BBBB2222CCCC")
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.outcome)
    assert kiosk.outcome.headline.text() == "Willkommen, Sophie!"
    assert kiosk.outcome.role.text() == "Speaker"
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.welcome, timeout=3000)
    assert kiosk.outcome.name.text() == "" and kiosk.outcome.headline.text() == ""


def test_each_problem_sends_the_guest_to_the_help_desk(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    for code, headline in (("JJJJ7777KKKK8888LLLL", "Dieses Ticket wurde storniert"),
                           ("UNKNOWN00000000", "Dieses Ticket konnten wir nicht finden"),
                           ("MMMM9999NNNN0000PPPP", "Ihr Ticket gilt heute nicht")):
        scan(qtbot, window, code)
        qtbot.waitUntil(lambda h=headline: kiosk.outcome.headline.text() == h)
        assert "Info-Counter" in kiosk.outcome.message.text()


def test_find_by_name_and_confirm_with_email(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    qtbot.mouseClick(kiosk.welcome.search_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.search
    for key in "mü":
        button = next(b for b in kiosk.search.keyboard._letter_keys if b.text() == key)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not any(b.isVisible() for b in kiosk.search.results)
    qtbot.keyClicks(kiosk.search.field, "l")  # the physical keyboard works too (after the wedge's pause)
    qtbot.waitUntil(lambda: kiosk.search.field.text() == "mül")
    visible = [b for b in kiosk.search.results if b.isVisible()]
    assert [b.label for b in visible] == ["Anna Mueller\nWetteraukreis", "Sophie Müller-Lüdenscheidt\nStadt Fulda"]
    qtbot.mouseClick(visible[1], Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.confirm
    assert kiosk.confirm.name.text() == "Sophie Müller-Lüdenscheidt"
    assert kiosk.confirm.organisation.text() == "Stadt Fulda"
    assert not kiosk.confirm.ok_button.isEnabled()  # nothing typed: nothing to check in with
    kiosk.confirm.field.setText("xy")
    qtbot.mouseClick(kiosk.confirm.ok_button, Qt.MouseButton.LeftButton)
    decided(qtbot, kiosk)
    assert kiosk.confirm.feedback.text() and kiosk.stack.currentWidget() is kiosk.confirm
    kiosk.confirm.field.setText("SOP")  # the third letter sends the answer by itself
    decided(qtbot, kiosk)
    assert kiosk.outcome.headline.text() == "Willkommen, Sophie!"
    assert reports.counts(window.kiosk_event).checked_in == 1


def test_three_wrong_answers_send_to_the_help_desk(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    kiosk.welcome.find_by_name.emit()
    kiosk.search.field.setText("groß")
    kiosk.search.results[0].click()
    for _ in range(3):
        kiosk.confirm.field.setText("abc")
        kiosk.confirm.ok_button.click()
        decided(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is kiosk.outcome
    assert kiosk.outcome.headline.text() == "Das klären wir am Info-Counter"
    assert kiosk.outcome.name.text() == ""
    assert reports.counts(window.kiosk_event).checked_in == 0


def test_idle_search_returns_to_welcome_and_forgets(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    kiosk.welcome.find_by_name.emit()
    kiosk.search.field.setText("müller")
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.welcome, timeout=4000)
    assert kiosk.search.field.text() == ""
    assert not any(b.isVisible() for b in kiosk.search.results)


def test_names_with_markup_emoji_and_arabic_show_literally(qtbot, window: MainWindow) -> None:
    scan(qtbot, window, "RRRR2222SSSS3333TTTT")
    kiosk = window.kiosk
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.outcome)
    assert kiosk.outcome.name.text() == "Ana <b> Admin & Co 🎉"
    assert kiosk.outcome.name.textFormat() == Qt.TextFormat.PlainText
    kiosk.reset()
    kiosk.welcome.find_by_name.emit()
    kiosk.search.field.setText("admin")
    assert kiosk.search.results[0].label == "Ana <b> Admin & Co 🎉\nمدينة 東京"
    assert kiosk.search.results[0].text() == "Ana <b> Admin && Co 🎉\nمدينة 東京"  # '&' is no shortcut
    window.show_staff()
    window.staff.attendees.query.setText("東京")
    model = window.staff.attendees.model
    assert [model.item(0, c).text() for c in (0, 1)] == ["Ana <b> Admin & Co 🎉", "مدينة 東京"]


def test_language_switch_by_one_tap(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    qtbot.mouseClick(kiosk.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.welcome.title.text() == "Welcome!")
    assert kiosk.language_button.text() == "Deutsch"
    assert kiosk.search.keyboard.space.text() == "Space"
    qtbot.mouseClick(kiosk.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.welcome.title.text() == "Willkommen!")


def test_escape_and_close_are_ignored(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    window.close()
    assert window.isVisible()


def test_touch_targets_are_at_least_nine_millimetres(window: MainWindow) -> None:
    from ui.widgets.theme import mm
    kiosk = window.kiosk
    buttons = [kiosk.welcome.search_button, kiosk.language_button, *kiosk.search.keyboard._letter_keys,
               *kiosk.search.results, kiosk.confirm.ok_button, kiosk.outcome.ok_button]
    assert min(b.minimumHeight() for b in buttons) >= mm(9)


def test_staff_gesture_pin_and_desk(qtbot, window: MainWindow, tmp_path: Path) -> None:
    corner = window.kiosk.corner
    for _ in range(5):
        qtbot.mouseClick(corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.stack.currentWidget() is window.pin_pad
    window.pin_pad.field.setText("0000")
    window.pin_pad.submit()
    assert window.pin_pad.status.text() == "Falsche PIN."
    for digit in PIN:
        window.pin_pad.field.insert(digit)
    window.pin_pad.submit()
    assert window.stack.currentWidget() is window.staff
    staff = window.staff
    assert staff.counts.text() == "0 von 5 eingecheckt"

    # a walk-in, then undo, then a manual check-in
    people = staff.attendees
    people.walk_in["first_name"].setText("Walter")
    people.walk_in["last_name"].setText("Walk-In")
    people.register_button.click()
    assert staff.counts.text() == "1 von 6 eingecheckt"
    people.query.setText("walter")
    people.table.selectRow(0)
    people.undo_button.click()
    assert "Grund" in people.status.text()
    people.undo_reason.setText("wrong person")
    people.undo_button.click()
    assert staff.counts.text() == "0 von 6 eingecheckt"
    people.check_in_button.click()
    assert staff.counts.text() == "1 von 6 eingecheckt"

    # a scan at the staff desk of a desk PC checks in too (a kiosk's answers it as a guest's), and the log shows
    # every attempt
    window.kiosk_mode = False
    scan(qtbot, window, "AAAA1111BBBB2222CCCC")
    qtbot.waitUntil(lambda: "eingecheckt" in staff.status.text())
    staff.tabs.setCurrentWidget(staff.log)
    assert staff.log_model.rowCount() == 3
    assert staff.log_model.item(0, 2).text() == "eingecheckt"

    for suffix in ("csv", "xlsx"):
        target = tmp_path / f"list.{suffix}"
        with qtbot.waitSignal(staff.export_finished, timeout=10000) as finished:
            staff.export(target)
        assert finished.args == [str(target)]
    assert "Walk-In" in (tmp_path / "list.csv").read_text(encoding="utf-8-sig")
    sheet = load_workbook(tmp_path / "list.xlsx").active
    assert sheet is not None and sheet.max_row == 1 + 7  # header, six tickets of the list, one walk-in

    staff.lock_button.click()
    assert window.stack.currentWidget() is window.kiosk


def test_staff_can_quit_but_guests_cannot(qtbot, window: MainWindow) -> None:
    window.close()
    assert window.isVisible()
    window.show_staff()
    window.staff.quit_button.click()
    assert window.quit_question is not None and window.isVisible()  # asks first
    window.quit_question.yes_button.click()
    assert not window.isVisible()


def test_camera_scan_checks_in_and_unplugging_hides_the_preview(qtbot, kiosk_event: Event) -> None:
    from tests.ui.fakes import FakeCameraSource, qr_frame

    app = QApplication.instance()
    languages = Languages(app, "de")
    camera = FakeCameraSource([qr_frame("FFFF5555GGGG6666HHHH", size=(640, 480))], fps=15)
    main = MainWindow(kiosk_event, languages, camera_source=camera)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    try:
        assert main.preview is not None and main.preview.isVisible()
        qtbot.waitUntil(lambda: main.kiosk.outcome.headline.text() == "Willkommen, Anna!", timeout=5000)
        camera.unplug()
        qtbot.waitUntil(lambda: not main.preview.isVisible())
        assert reports.counts(kiosk_event).checked_in == 1
    finally:
        close_window(main, languages)


def close_window(main: MainWindow, languages: Languages) -> None:
    """Close and delete a window of a test before its event's database closes (no timer of it may read on)."""
    main.allow_close = True
    main.close()
    languages.uninstall()
    QApplication.instance().removeEventFilter(main)
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_smoke_test_renders_a_frame(kiosk_event: Event) -> None:
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-m", "ui.launcher", "--smoke-test", "--event",
                             str(kiosk_event.folder)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "smoke test: rendered 1920x1080" in result.stdout


def test_guest_picks_topics_after_the_welcome_and_can_change_them(qtbot, window: MainWindow) -> None:
    from kiosk.attendees import records as attendees
    from kiosk.topics import choices as topics

    kiosk = window.kiosk
    sophie = attendees.find_by_key(window.kiosk_event.store, "AAAA1111BBBB2222CCCC")
    assert sophie is not None
    scan(qtbot, window, "AAAA1111BBBB2222CCCC")
    qtbot.waitUntil(lambda: kiosk.outcome.topics_button.isVisible())
    kiosk.outcome.topics_button.click()
    picker = kiosk.topic_picker
    assert kiosk.stack.currentWidget() is picker and picker.name.text() == "Sophie Müller-Lüdenscheidt"
    offer = next(c for c in picker.chips if c.kind == "offer")
    offer.click()
    assert picker.picks() == [("Open Data", "offer")]
    picker.save_button.click()
    decided(qtbot, kiosk)
    assert topics.chosen(window.kiosk_event.store, sophie.id) == [("Open Data", "offer")]
    assert kiosk.outcome.headline.text() == "Danke!" and kiosk.outcome.name.text() == ""
    kiosk.language_button.click()  # the thank-you follows the guest's switch of language
    qtbot.waitUntil(lambda: kiosk.outcome.headline.text() == "Thank you!")
    assert kiosk.outcome.message.text() == "Your topics are saved."

    # later: the same ticket again offers to change the topics, with the earlier pick shown
    kiosk.reset()
    forget_recent_scans(qtbot, kiosk)
    kiosk.handle_scan("AAAA1111BBBB2222CCCC")
    decided(qtbot, kiosk)
    assert kiosk.outcome.topics_button.isVisible()
    kiosk.outcome.topics_button.click()
    assert offer.isChecked()
    picker.skip_button.click()
    assert kiosk.stack.currentWidget() is kiosk.welcome and picker.name.text() == ""


def test_topic_limit_refuses_a_fourth_and_says_how_to_swap(qtbot, kiosk_event: Event, tmp_path: Path) -> None:
    from kiosk.event.config import Topic
    from ui.attendee.topics import TopicScreen

    languages = Languages(QApplication.instance(), "de")
    screen = TopicScreen(tuple(Topic(f"T{i}", "#123456") for i in range(5)), max_topics=3)
    qtbot.addWidget(screen)
    for chip in screen.chips[:3]:
        chip.click()
    assert all(chip.isEnabled() for chip in screen.chips)  # never pale grey: every chip stays readable
    screen.chips[4].click()
    assert len(screen.picks()) == 3 and not screen.chips[4].isChecked()
    assert "gewähltes Thema an" in screen.note.text() and screen.note.property("tone") == "error"
    screen.chips[0].click()  # a pick undone frees its place
    screen.chips[4].click()
    assert [name for name, _ in screen.picks()] == ["T1", "T2", "T4"]
    languages.uninstall()


def test_staff_badge_preview_corrections_and_topic_counts(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.show_staff()
    staff = window.staff
    staff.attendees.query.setText("sophie")
    staff.attendees.table.selectRow(0)
    panel = staff.badge
    assert panel.fields["first_name"].text() == "Sophie"
    qtbot.waitUntil(lambda: panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull(),
                    timeout=10000)
    panel.fields["title"].setText("Dr.")
    requests: list[tuple[int, str]] = []
    panel.reprint_requested.connect(lambda attendee_id, reason: requests.append((attendee_id, reason)))
    panel.reprint_button.click()
    assert requests == [] and "Grund" in panel.status.text()
    panel.reason.setText("Titel fehlte")
    panel.reprint_button.click()
    assert requests and requests[0][1] == "Titel fehlte"
    changes = window.kiosk_event.store.rows("SELECT payload FROM events WHERE kind = 'attendee_changed'")
    assert any('"reason": "correction"' in row["payload"] for row in changes)

    staff.tabs.setCurrentWidget(staff.topics)
    assert staff.topics.model.rowCount() == 1
    staff.topics.export(tmp_path / "topics.csv")
    assert (tmp_path / "topics.csv").read_text(encoding="utf-8-sig").startswith("topic;")


def test_first_welcome_prints_a_badge_and_staff_see_the_queue(qtbot, window: MainWindow) -> None:
    from kiosk.printing import queue

    kiosk, store = window.kiosk, window.kiosk_event.store
    scan(qtbot, window, "AAAA1111BBBB2222CCCC")
    qtbot.waitUntil(lambda: kiosk.outcome.message.text() == "Ihr Badge wird gedruckt.")
    printed = window.kiosk_event.folder / "printed"
    qtbot.waitUntil(lambda: len(list(printed.glob("*.pdf"))) == 1, timeout=10000)
    kiosk.reset()  # the guest comes back later
    forget_recent_scans(qtbot, kiosk)
    kiosk.handle_scan("AAAA1111BBBB2222CCCC")  # a second scan a moment later prints nothing, and is good news
    decided(qtbot, kiosk)
    assert kiosk.outcome.headline.text() == "Sie sind eingecheckt"
    assert kiosk.outcome.message.text() == "Ihr Badge kommt gleich."

    window.show_staff()
    window.staff.tabs.setCurrentWidget(window.staff.print_queue)
    table = window.staff.print_queue.model
    assert table.rowCount() == 1 and table.item(0, 3).text() == "gedruckt"
    assert table.item(0, 5).text() == "erster Check-in"
    sophie = queue.recent_jobs(store)[0].attendee_id
    window.staff.badge.show_attendee(sophie)
    window.staff.badge.reason.setText("Drucker hat geknittert")
    window.staff.badge.reprint_button.click()
    qtbot.waitUntil(lambda: len(list(printed.glob("*.pdf"))) == 2, timeout=10000)
    reasons = sorted(job.reason for job in queue.recent_jobs(store))
    assert reasons == ["first check-in", "reprint: Drucker hat geknittert"]
    qtbot.waitUntil(lambda: table.rowCount() == 2)


def test_topics_print_a_topic_badge(qtbot, window: MainWindow) -> None:
    from kiosk.printing import queue

    kiosk = window.kiosk
    kiosk.handle_scan("FFFF5555GGGG6666HHHH")
    decided(qtbot, kiosk)
    kiosk.outcome.topics_button.click()
    kiosk.topic_picker.chips[1].click()
    kiosk.topic_picker.save_button.click()
    decided(qtbot, kiosk)
    kinds = sorted(job.kind for job in queue.recent_jobs(window.kiosk_event.store))
    assert kinds == ["badge", "topic"]
    printed = window.kiosk_event.folder / "printed"
    qtbot.waitUntil(lambda: len(list(printed.glob("*.pdf"))) == 2, timeout=10000)


def test_badge_with_topics_waits_for_the_topics(qtbot, tmp_path: Path, pin_hash: str) -> None:
    import tomllib

    from kiosk.event.config import write_config_document
    from kiosk.printing import queue

    folder = write_event(tmp_path / "held", pin_hash=pin_hash)
    document = tomllib.loads((folder / "event.toml").read_text(encoding="utf-8"))
    document["badges"] = {"topics_on_badge": True, "topic_badge": False}
    write_config_document(folder, document)
    (tmp_path / "a.csv").write_text(ATTENDEES_CSV, encoding="utf-8")
    event = open_event(folder, kiosk_id="eingang-2")
    import_attendees(event, tmp_path / "a.csv")
    app = QApplication.instance()
    languages = Languages(app, "de")
    main = MainWindow(event, languages, printing=False)
    qtbot.addWidget(main)
    try:
        main.kiosk.handle_scan("AAAA1111BBBB2222CCCC")
        decided(qtbot, main.kiosk)
        assert main.kiosk.outcome.message.text() == "Wählen Sie Ihre Themen – danach wird Ihr Badge gedruckt."
        # held in the check-in's transaction: a crash now loses no badge (the worker releases it later)
        assert [(job.kind, job.state) for job in queue.recent_jobs(event.store)] == [("badge", "held")]
        main.staff.print_queue.refresh()  # staff see it waiting
        assert main.staff.print_queue.model.item(0, 3).text() == "wartet auf Themen"
        main.kiosk.outcome.topics_button.click()
        main.kiosk.topic_picker.chips[0].click()
        main.kiosk.topic_picker.save_button.click()
        decided(qtbot, main.kiosk)
        jobs = queue.recent_jobs(event.store)
        assert [(job.kind, job.reason, job.state) for job in jobs] == [("badge", "first check-in", "queued")]
        # at the staff desk nobody picks topics: the badge prints at once
        result = main.desk.check_in(3, "staff")
        assert result.badge_queued
    finally:
        close_window(main, languages)
        event.close()


def test_next_guest_gets_german_and_three_tries_cannot_be_reset_with_back(qtbot, window: MainWindow) -> None:
    kiosk = window.kiosk
    kiosk.language_button.click()
    qtbot.waitUntil(lambda: kiosk.welcome.title.text() == "Welcome!")
    kiosk.welcome.find_by_name.emit()
    kiosk.search.field.setText("groß")
    for _ in range(2):
        kiosk.search.results[0].click()
        kiosk.confirm.field.setText("xyz")
        kiosk.confirm.ok_button.click()
        decided(qtbot, kiosk)
        kiosk.confirm.back_button.click()
    kiosk.search.results[0].click()
    kiosk.confirm.field.setText("xyz")
    kiosk.confirm.ok_button.click()
    decided(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is kiosk.outcome and kiosk.outcome.name.text() == ""
    kiosk.reset()
    qtbot.waitUntil(lambda: kiosk.welcome.title.text() == "Willkommen!")


def test_unattended_staff_desk_locks_itself(qtbot, window: MainWindow) -> None:
    window.show_staff()
    assert window.staff_lock.isActive()
    window.staff_lock.setInterval(50)
    window.staff_lock.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.kiosk, timeout=2000)


def test_a_killed_print_worker_is_restarted(qtbot, window: MainWindow) -> None:
    import os
    import signal

    printer = window.printer
    assert printer is not None
    qtbot.waitUntil(lambda: printer.running, timeout=5000)
    os.kill(printer._process.processId(), signal.SIGKILL)
    qtbot.waitUntil(lambda: not printer.running, timeout=5000)
    qtbot.waitUntil(lambda: printer.running, timeout=10000)
    scan(qtbot, window, "AAAA1111BBBB2222CCCC")
    printed = window.kiosk_event.folder / "printed"
    qtbot.waitUntil(lambda: len(list(printed.glob("*.pdf"))) == 1, timeout=15000)
