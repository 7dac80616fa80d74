import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from kiosk.attendees import records as attendees
from kiosk.attendees.importer import import_attendees
from kiosk.attendees.tabular import UnreadableFile
from kiosk.checkin import reports
from kiosk.checkin.desk import CheckinDesk, Outcome
from kiosk.event.folder import Event, open_event
from kiosk.tickets.codes import ALPHABET
from tests.conftest import SAMPLES, write_event


@pytest.fixture
def empty_event(tmp_path: Path) -> Event:
    return open_event(write_event(tmp_path / "ev"), kiosk_id="k")


def count(event: Event, where: str = "1") -> int:
    return event.store.conn.execute(f"SELECT count(*) FROM attendees WHERE {where}").fetchone()[0]


def test_german_excel_sample(empty_event: Event) -> None:
    report = import_attendees(empty_event, SAMPLES / "attendees-excel-de.csv")
    assert report.errors == [] and report.added == 40 and count(empty_event) == 40
    person = attendees.find_by_key(empty_event.store, "AVFRA5GK6ECA56JXAHK8")
    assert person and (person.title, person.last_name) == ("Dr.", "Müller-Lüdenscheidt")


def test_registration_export_sample_with_cancelled_orders(empty_event: Event) -> None:
    report = import_attendees(empty_event, SAMPLES / "attendees-registration-export.csv")
    assert (report.added, report.cancelled, report.errors) == (56, 4, [])
    assert count(empty_event, "cancelled = 1") == 4
    result = CheckinDesk(empty_event).scan("0LRBRBNBHJ4MK4GGTEAM")
    assert result and result.outcome is Outcome.CANCELLED


def test_reimport_updates_by_code_and_keeps_checkins(event: Event, tmp_path: Path) -> None:
    CheckinDesk(event).scan("AAAA1111BBBB2222CCCC")
    updated = tmp_path / "v2.csv"
    updated.write_text(
        "Vorname;Nachname;Organisation;E-Mail;Kategorie;Ticket-Code;Status\n"
        "Sophie;Müller-Lüdenscheidt;Stadt Kassel;sophie@example.org;Speaker;AAAA1111BBBB2222CCCC;bezahlt\n"
        "Jürgen;Groß;Straßenbauamt Kassel;juergen@example.org;Teilnehmende;YZYZ3333DDDD4444EEEE;bezahlt\n"
        "Anna;Mueller;Wetteraukreis;anna@example.org;Teilnehmende;FFFF5555GGGG6666HHHH;storniert\n"
        "Neu;Person;Stadt Hanau;neu@example.org;Teilnehmende;QQQQ1234QQQQ1234QQQQ;bezahlt\n", encoding="utf-8")
    report = import_attendees(event, updated)
    assert (report.added, report.updated, report.unchanged, report.cancelled) == (1, 1, 1, 1)
    assert reports.counts(event).checked_in == 1
    sophie = attendees.find_by_key(event.store, "AAAA1111BBBB2222CCCC")
    assert sophie and sophie.organisation == "Stadt Kassel"
    changed = event.store.rows("SELECT payload FROM events WHERE kind = 'attendee_changed'")
    assert {"organisation": "Stadt Fulda"} in [json.loads(r["payload"])["before"] for r in changed]


def test_rows_without_code_match_by_email_and_get_a_secret(empty_event: Event, tmp_path: Path) -> None:
    path = tmp_path / "nocode.csv"
    path.write_text("Name,Email,Company\nDr. Eva Zimmer,eva@example.org,Stadt Gießen\n", encoding="utf-8")
    assert import_attendees(empty_event, path).added == 1
    path.write_text("Name,Email,Company\nDr. Eva Zimmer,EVA@example.org,Stadt Marburg\n", encoding="utf-8")
    assert import_attendees(empty_event, path).updated == 1
    eva = empty_event.store.rows("SELECT code, title, organisation FROM attendees")
    assert len(eva) == 1 and eva[0]["title"] == "Dr." and eva[0]["organisation"] == "Stadt Marburg"
    assert len(eva[0]["code"]) >= 20 and set(eva[0]["code"]) <= set(ALPHABET)


def test_rows_with_neither_code_nor_email_match_by_name(empty_event: Event, tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("Vorname;Nachname;Organisation\nJörg;Weiß;Stadt Hanau\n", encoding="utf-8")
    assert import_attendees(empty_event, path).added == 1
    assert import_attendees(empty_event, path).unchanged == 1
    assert count(empty_event) == 1


def test_bad_rows_are_reported_and_good_rows_go_in(empty_event: Event, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Vorname;Nachname;Ticket-Code\nA;B;CODE0001\n;;CODE0002\nC;D;CODE0001\nE;F;<bad code>\n"
                    "G;H;CODE0003\n", encoding="utf-8")
    report = import_attendees(empty_event, path)
    assert report.added == 2
    assert [(e.line, e.reason.split(" (")[0]) for e in report.errors] == [
        (3, "no name"), (4, "duplicate ticket code"), (5, "malformed ticket code")]


def test_unreadable_file_changes_nothing(event: Event, tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(b"\x00\xff\xfe\x00garbage" * 50)
    with pytest.raises(UnreadableFile):
        import_attendees(event, path)
    assert count(event) == 5


def test_dry_run_reports_and_changes_nothing(empty_event: Event) -> None:
    report = import_attendees(empty_event, SAMPLES / "attendees-excel-de.csv", dry_run=True)
    assert report.added == 40 and count(empty_event) == 0
    assert empty_event.store.rows("SELECT * FROM events") == []


def test_xlsx_and_column_map(empty_event: Event, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Given", "Family", "Arbeitsstelle", "Nummer"])
    sheet.append(["Ada", "Lovelace", "Analytical Engines", 12345678])
    book.save(tmp_path / "list.xlsx")
    report = import_attendees(empty_event, tmp_path / "list.xlsx", {
        "Given": "first_name", "Family": "last_name", "Arbeitsstelle": "organisation", "Nummer": "code"})
    assert report.added == 1
    ada = attendees.find_by_key(empty_event.store, "12345678")
    assert ada and ada.organisation == "Analytical Engines"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(
    st.binary(max_size=2000),
    st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=6), min_size=1, max_size=15).map(
        lambda rows: "\n".join(";".join(cells) for cells in [["Vorname", "Nachname", "Ticket-Code"], *rows])),
))
def test_random_files_import_or_fail_cleanly(empty_event: Event, tmp_path: Path, content: bytes | str) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
    before = count(empty_event)
    try:
        report = import_attendees(empty_event, path)
    except UnreadableFile as error:
        assert str(error) and count(empty_event) == before
    else:
        assert all(e.line >= 2 and e.reason for e in report.errors)
        assert count(empty_event) == before + report.added + report.cancelled


def test_a_team_booked_under_one_address_stays_three_people(empty_event: Event, tmp_path: Path) -> None:
    path = tmp_path / "team.csv"
    path.write_text("Vorname;Nachname;Organisation;E-Mail\nAnna;Acker;ACME;team@acme.de\n"
                    "Ben;Berg;ACME;team@acme.de\nCara;Carl;ACME;team@acme.de\n", encoding="utf-8")
    assert import_attendees(empty_event, path).added == 3
    again = import_attendees(empty_event, path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    names = sorted(r["first_name"] for r in empty_event.store.rows("SELECT first_name FROM attendees"))
    assert names == ["Anna", "Ben", "Cara"]


def test_a_code_row_after_a_name_row_for_the_same_guest_adds_no_duplicate(empty_event: Event,
                                                                          tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    path.write_text("Vorname;Nachname;Ticket-Code\nAda;Lovelace;ADA00001\n", encoding="utf-8")
    import_attendees(empty_event, path)
    path.write_text("Vorname;Nachname;Ticket-Code\nAda;Lovelace;\nAda;Lovelace;ADA00001\n", encoding="utf-8")
    report = import_attendees(empty_event, path)
    assert report.errors == [] and count(empty_event) == 1


def test_a_code_with_nothing_readable_in_it_gets_a_fresh_secret(empty_event: Event, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes("Vorname;Nachname;Ticket-Code\n;Null;\U00018cd6\n".encode())
    for _ in range(2):
        assert import_attendees(empty_event, path).errors == []
    codes = [r["code"] for r in empty_event.store.rows("SELECT code FROM attendees")]
    assert len(codes) == 1 and set(codes[0]) <= set(ALPHABET)
