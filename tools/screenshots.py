"""Grab every kiosk and staff screen at kiosk sizes, for looking at them and for the README.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUT_DIR [--sizes 1920x1080,1280x800,1080x1920]
"""

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from PySide6.QtWidgets import QApplication

from kiosk.event.demo import prepare_demo
from kiosk.event.folder import open_event
from ui.app import create_application
from ui.i18n import Languages
from ui.main_window import MainWindow


def first_code(window: MainWindow, where: str) -> str:
    """A ticket code of the demo event that leads to a given outcome."""
    rows = window.kiosk_event.store.rows(f"SELECT code FROM attendees WHERE {where} ORDER BY id LIMIT 1")
    return rows[0]["code"]


def scenes(window: MainWindow) -> dict[str, Callable[[], None]]:
    """Each screen worth looking at, and how to get there."""
    kiosk = window.kiosk
    fresh = first_code(window, "cancelled = 0 AND id NOT IN (SELECT attendee_id FROM checkins) AND id > 3")
    arrived = first_code(window, "id IN (SELECT attendee_id FROM checkins)")
    cancelled = first_code(window, "cancelled = 1")
    topic_guest = first_code(window, "cancelled = 0 AND id NOT IN (SELECT attendee_id FROM checkins) AND id > 10")

    def search() -> None:
        kiosk.reset()
        kiosk.welcome.find_by_name.emit()
        kiosk.search.field.setText("mül")

    def confirm() -> None:
        search()
        kiosk.search.results[0].click()

    def staff(tab: int) -> Callable[[], None]:
        def show() -> None:
            window.show_staff()
            window.staff.tabs.setCurrentIndex(tab)
            if tab == 0:
                window.staff.attendees.query.setText("mül")
                window.staff.attendees.table.selectRow(2)
        return show

    def topic_picker() -> None:
        window.show_kiosk()
        kiosk.handle_scan(topic_guest)
        kiosk.outcome.topics_button.click()
        for chip in kiosk.topic_picker.chips[:1] + kiosk.topic_picker.chips[14:16]:
            chip.click()

    def badge_tab() -> None:
        staff(1)()
        window.staff.badge.show_attendee(window.staff.attendees._selected())
        wait_for(lambda: window.staff.badge.preview.pixmap() is not None
                 and not window.staff.badge.preview.pixmap().isNull())

    return {
        "01-welcome": kiosk.reset,
        "02-search": search,
        "03-confirm": confirm,
        "04-welcome-outcome": lambda: (window.show_kiosk(), kiosk.handle_scan(fresh)),
        "05-already": lambda: kiosk.handle_scan(arrived),
        "06-cancelled": lambda: kiosk.handle_scan(cancelled),
        "07-unknown": lambda: kiosk.handle_scan("NOTAREALCODE123"),
        "08-hard-name": lambda: kiosk.handle_scan(first_code(window, "id = 1")),
        "09-topics": topic_picker,
        "10-pin": window.ask_for_pin,
        "11-staff-attendees": staff(0),
        "12-staff-badge": badge_tab,
        "13-staff-print-queue": staff(2),
        "14-staff-topics": staff(3),
        "15-staff-arrivals": staff(4),
        "16-staff-log": staff(5),
    }


def wait_for(condition: Callable[[], bool], seconds: float = 10) -> None:
    """Let the event loop run until a background result has arrived."""
    import time

    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1920x1080,1280x800")
    parser.add_argument("--language", default="de")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    languages = Languages(app, args.language)
    with tempfile.TemporaryDirectory() as temporary:
        event = open_event(prepare_demo(Path(temporary) / "demo"), kiosk_id="kiosk-eingang-1")
        for size in args.sizes.split(","):
            width, height = (int(v) for v in size.split("x"))
            window = MainWindow(event, languages)
            window.allow_close = True
            window.resize(width, height)
            window.show()
            for name, go in scenes(window).items():
                go()
                app.processEvents()
                window.grab().save(str(args.out / f"{name}-{width}x{height}-{args.language}.png"))
            window.close()
        event.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
