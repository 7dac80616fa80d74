from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook

from kiosk.attendees import records as attendees
from kiosk.checkin import reports
from kiosk.checkin.desk import CheckinDesk
from kiosk.common.csv_out import spreadsheet_cell
from kiosk.event.config import Topic
from kiosk.event.folder import Event
from kiosk.topics import choices as topics
from tests.conftest import Clock


def test_counts_and_arrivals_per_quarter_hour(event: Event) -> None:
    clock = Clock()
    desk = CheckinDesk(event, clock=clock, monotonic=clock.monotonic)
    for code, minutes in (("AAAA1111BBBB2222CCCC", 0), ("YZYZ3333DDDD4444EEEE", 2), ("FFFF5555GGGG6666HHHH", 40)):
        clock.now = clock.now.replace(minute=0) + timedelta(minutes=minutes)
        clock.seconds += 10
        desk.scan(code)
    assert reports.counts(event) == reports.Counts(checked_in=3, expected=4)
    buckets = reports.arrivals_per_quarter_hour(event, date(2026, 11, 24))
    assert [(b.strftime("%H:%M"), n) for b, n in buckets] == [("10:00", 2), ("10:15", 0), ("10:30", 1)]


def test_export_defuses_formulas_and_keeps_names(event: Event, tmp_path: Path) -> None:
    sophie = attendees.find_by_key(event.store, "AAAA1111BBBB2222CCCC")
    assert sophie
    with event.store.transaction():
        attendees.update(event.store, sophie, {"organisation": "=HYPERLINK(\"http://x\")"}, Clock()(), "test")
    reports.export_checkin_list(event, tmp_path / "list.xlsx")
    reports.export_checkin_list(event, tmp_path / "list.csv")
    sheet = load_workbook(tmp_path / "list.xlsx").active
    assert sheet is not None
    cells = [c.value for row in sheet.iter_rows() for c in row]
    assert "'=HYPERLINK(\"http://x\")" in cells and "Müller-Lüdenscheidt" in cells
    assert "'=HYPERLINK" in (tmp_path / "list.csv").read_text(encoding="utf-8-sig")
    assert not list(tmp_path.glob("*.part"))


def test_topic_counts_export_defuses_formulas(event: Event, tmp_path: Path) -> None:
    config = replace(event.config, topics=(Topic("=cmd|' /C calc'!A0", "#00796B"), Topic("Open Data", "#00796B")))
    topics.export_counts(event.store, config, tmp_path / "topics.csv")
    lines = (tmp_path / "topics.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines == ["topic;can_talk_about;would_like_to_talk_about", "'=cmd|' /C calc'!A0;0;0", "Open Data;0;0"]


def test_every_formula_start_is_defused_and_other_values_kept() -> None:
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"):
        assert spreadsheet_cell(text) == "'" + text
    assert [spreadsheet_cell(v) for v in ("Müller", "", None, 3, -2)] == ["Müller", "", "", 3, -2]


def test_day_two_counts_people_once_and_charts_that_days_arrivals(event: Event, tmp_path: Path) -> None:
    clock = Clock()
    desk = CheckinDesk(event, clock=clock, monotonic=clock.monotonic)
    desk.scan("AAAA1111BBBB2222CCCC")
    clock.now += timedelta(days=1, minutes=20)
    clock.seconds += 24 * 3600
    desk.scan("AAAA1111BBBB2222CCCC")
    desk.scan("YZYZ3333DDDD4444EEEE")
    assert reports.counts(event) == reports.Counts(checked_in=2, expected=4)
    day_two = reports.arrivals_per_quarter_hour(event, date(2026, 11, 25))
    assert [(b.strftime("%d. %H:%M"), n) for b, n in day_two] == [("25. 10:45", 2)]
    assert reports.arrivals_per_quarter_hour(event, date(2026, 11, 24))[0][1] == 1
    listed = {row["last_name"]: row for row in reports.checkin_list(event)}
    assert len(listed) == len(reports.checkin_list(event))  # one row per attendee
    sophie = listed["Müller-Lüdenscheidt"]
    assert sophie["checked_in_at"] == "2026-11-24 10:30:00" and sophie["days"] == "2026-11-24, 2026-11-25"
