"""The staff desk shows what the latest attendee import warned about, in the staff's language."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.attendees.importer import import_attendees
from kiosk.checkin.desk import CheckinDesk
from kiosk.event.folder import Event, open_event
from tests.conftest import write_event
from ui.i18n import Languages
from ui.staff.attendees import StaffAttendees, result_line

HEADER = "Vorname;Nachname;Organisation;Kategorie;Ticket-Code\n"


@pytest.fixture
def kiosk_event(tmp_path: Path) -> Iterator[Event]:
    event = open_event(write_event(tmp_path / "event"), kiosk_id="desk")
    yield event
    event.close()


@pytest.fixture
def languages() -> Iterator[Languages]:
    chosen = Languages(QApplication.instance(), "de")
    yield chosen
    chosen.uninstall()


@pytest.fixture
def tab(qtbot, kiosk_event: Event, languages: Languages) -> Iterator[StaffAttendees]:
    widget = StaffAttendees(kiosk_event, CheckinDesk(kiosk_event))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close()


def test_the_attendees_tab_shows_the_warnings_of_the_latest_import(tab: StaffAttendees, kiosk_event: Event,
                                                                   tmp_path: Path) -> None:
    assert tab.import_notice.isHidden()
    rows = "".join(f"Gast;Nummer{n};Firma;Teilnehmende;GAST{n:05d}\n" for n in range(5))
    (tmp_path / "v1.csv").write_text(HEADER + rows, encoding="utf-8")
    import_attendees(kiosk_event, tmp_path / "v1.csv")
    (tmp_path / "v2.csv").write_text(HEADER + "J?rgen;M?ller;Firma;Workshop;GAST00000\n", encoding="utf-8")
    import_attendees(kiosk_event, tmp_path / "v2.csv")
    tab.show_import_notice()
    assert tab.import_notice.isVisible()
    notice = tab.import_notice.text()
    assert "Letzter Import (v2.csv" in notice
    assert "Kategorie „Workshop“ fehlt in event.toml: 1 Gäste (Zeile 2)." in notice
    assert "„?“ in 1 Namen, z. B. „J?rgen“" in notice
    assert "Der neuen Liste fehlen 4 von 5 importierten Gästen" in notice
    assert "4 Gäste stehen nicht mehr in der Liste (nicht storniert" in notice


def test_a_replaced_code_scanned_at_the_desk_says_why_it_is_cancelled(kiosk_event: Event, tmp_path: Path,
                                                                      languages: Languages) -> None:
    (tmp_path / "v1.csv").write_text(HEADER + "Anna;Acker;ACME;Teilnehmende;ANNA00001\n", encoding="utf-8")
    import_attendees(kiosk_event, tmp_path / "v1.csv")
    (tmp_path / "v2.csv").write_text(HEADER + "Anna;Acker;ACME;Teilnehmende;ANNA00002\n", encoding="utf-8")
    import_attendees(kiosk_event, tmp_path / "v2.csv")
    result = CheckinDesk(kiosk_event).scan("ANNA00001")
    assert result is not None
    assert result_line(result) == "Anna Acker: Ticket storniert (durch ein neues Ticket ersetzt)"
