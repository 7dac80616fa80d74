"""Re-importing an updated list on the day: retired codes, missing guests, staff corrections, namesakes, warnings."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.attendees import records as attendees
from kiosk.attendees.import_report import Warn, last_import
from kiosk.attendees.importer import import_attendees
from kiosk.attendees.records import NOT_IN_LIST, REPLACED
from kiosk.attendees.tabular import UnreadableFile
from kiosk.checkin.desk import CheckinDesk, Outcome
from kiosk.cli.main import main
from kiosk.event.folder import Event, open_event
from tests.conftest import EVENT_DAY, write_event

HEADER = "Vorname;Nachname;Organisation;E-Mail;Kategorie;Ticket-Code;Bestellnummer\n"
V1 = HEADER + ("Anna;Acker;ACME;anna@acme.de;Teilnehmende;ANNA00001;O-1\n"
               "Ben;Berg;ACME;ben@acme.de;Teilnehmende;BENB00001;O-2\n")
V2 = HEADER + "Anna;Acker;ACME;anna@acme.de;Teilnehmende;ANNA00002;O-1\n"


@pytest.fixture
def event(tmp_path: Path) -> Event:
    return open_event(write_event(tmp_path / "ev"), kiosk_id="k")


def csv_file(tmp_path: Path, text: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def everyone(event: Event) -> list[dict[str, object]]:
    return event.store.rows("SELECT id, first_name, last_name, email, code, cancelled FROM attendees ORDER BY id")


def scan(event: Event, code: str) -> tuple[Outcome, str]:
    result = CheckinDesk(event, auto_print=False).scan(code)
    assert result is not None
    return result.outcome, result.reason


def test_a_new_code_replaces_the_old_one_which_answers_cancelled(event: Event, tmp_path: Path) -> None:
    import_attendees(event, csv_file(tmp_path, V1))
    report = import_attendees(event, csv_file(tmp_path, V2))
    assert (report.added, report.updated, report.codes_replaced) == (0, 1, 1)
    assert [(p["first_name"], p["code"]) for p in everyone(event)] == [("Anna", "ANNA00002"), ("Ben", "BENB00001")]
    assert scan(event, "ANNA00001") == (Outcome.CANCELLED, REPLACED)
    assert scan(event, "ANNA00002") == (Outcome.WELCOME, "")
    replaced = event.store.rows("SELECT payload FROM events WHERE kind = 'attendee_code_replaced'")
    assert json.loads(replaced[0]["payload"])["old_code"] == "ANNA00001"


def test_guests_no_longer_in_the_list_are_reported_and_cancelled_only_when_asked(event: Event,
                                                                                 tmp_path: Path) -> None:
    import_attendees(event, csv_file(tmp_path, V1))
    CheckinDesk(event).register_walk_in({"first_name": "Walter", "last_name": "Walk"})
    listed = import_attendees(event, csv_file(tmp_path, V2))
    ben = attendees.find_by_key(event.store, "BENB00001")
    assert ben and not ben.cancelled
    assert [(m.id, m.name, m.organisation, m.code) for m in listed.missing] == [(ben.id, "Ben Berg", "ACME",
                                                                                  "BENB00001")]
    assert listed.missing_cancelled == 0
    cancelled = import_attendees(event, csv_file(tmp_path, V2), cancel_missing=True)
    assert cancelled.missing_cancelled == 1
    assert scan(event, "BENB00001") == (Outcome.CANCELLED, NOT_IN_LIST)
    changes = [json.loads(r["payload"]) for r in event.store.rows(
        "SELECT payload FROM events WHERE kind = 'attendee_changed'")]
    assert {"attendee_id": ben.id, "reason": NOT_IN_LIST, "before": {"cancelled": False},
            "after": {"cancelled": True}} in changes
    assert import_attendees(event, csv_file(tmp_path, V2), cancel_missing=True).missing == []


def test_the_older_list_again_brings_back_the_old_code_and_the_guest(event: Event, tmp_path: Path) -> None:
    import_attendees(event, csv_file(tmp_path, V1))
    import_attendees(event, csv_file(tmp_path, V2), cancel_missing=True)
    report = import_attendees(event, csv_file(tmp_path, V1))
    assert (report.updated, report.codes_replaced, report.missing) == (2, 1, [])
    assert scan(event, "ANNA00001")[0] is Outcome.WELCOME
    assert scan(event, "BENB00001")[0] is Outcome.WELCOME
    assert scan(event, "ANNA00002") == (Outcome.CANCELLED, REPLACED)
    assert len(everyone(event)) == 2


def test_dry_run_gives_the_full_report_and_changes_nothing(event: Event, tmp_path: Path) -> None:
    import_attendees(event, csv_file(tmp_path, V1))
    before = event.store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    report = import_attendees(event, csv_file(tmp_path, V2), dry_run=True, cancel_missing=True)
    assert ([m.name for m in report.missing], report.missing_cancelled, report.codes_replaced) == (["Ben Berg"], 1, 1)
    assert event.store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == before
    assert scan(event, "ANNA00001")[0] is Outcome.WELCOME


def test_missing_guests_are_not_cancelled_while_rows_have_errors(event: Event, tmp_path: Path) -> None:
    import_attendees(event, csv_file(tmp_path, V1))
    broken = V2 + ";;ACME;ben@acme.de;Teilnehmende;<BENB00001>;O-2\n"
    report = import_attendees(event, csv_file(tmp_path, broken), cancel_missing=True)
    assert [m.name for m in report.missing] == ["Ben Berg"] and report.missing_cancelled == 0
    assert Warn.MISSING_NOT_CANCELLED in [w.kind for w in report.warnings]
    assert scan(event, "BENB00001")[0] is Outcome.WELCOME


def test_a_new_code_is_matched_by_a_unique_order_code(event: Event, tmp_path: Path) -> None:
    import_attendees(event, csv_file(tmp_path, V1))
    renamed = HEADER + ("Anne;Acker-Berg;ACME;anne@example.org;Teilnehmende;ANNA00002;O-1\n"
                        "Ben;Berg;ACME;ben@acme.de;Teilnehmende;BENB00001;O-2\n")
    report = import_attendees(event, csv_file(tmp_path, renamed))
    assert (report.added, report.codes_replaced, report.missing) == (0, 1, [])
    assert everyone(event)[0]["last_name"] == "Acker-Berg"


def test_staff_corrections_survive_a_reimport_and_are_reported(event: Event, tmp_path: Path) -> None:
    path = csv_file(tmp_path, V1)
    import_attendees(event, path)
    anna = attendees.find_by_key(event.store, "ANNA00001")
    assert anna
    with event.store.transaction():
        attendees.update(event.store, anna, {"last_name": "Acker-Zahn", "organisation": "ACME AG"},
                         EVENT_DAY, reason="correction")
    report = import_attendees(event, path)
    assert (report.updated, report.unchanged) == (0, 2)
    assert sorted((k.field, k.kept, k.in_list) for k in report.kept) == [
        ("last_name", "Acker-Zahn", "Acker"), ("organisation", "ACME AG", "ACME")]
    changed = HEADER + ("Anna;Acker;ACME;anna@new.de;Speaker;ANNA00001;O-1\n"
                        "Ben;Berg;ACME;ben@acme.de;Teilnehmende;BENB00001;O-2\n")
    import_attendees(event, csv_file(tmp_path, changed))
    anna = attendees.find_by_key(event.store, "ANNA00001")
    assert anna and (anna.last_name, anna.organisation, anna.email, anna.category) == (
        "Acker-Zahn", "ACME AG", "anna@new.de", "Speaker")


def test_a_corrected_name_without_codes_stays_one_guest(event: Event, tmp_path: Path) -> None:
    path = csv_file(tmp_path, "Vorname;Nachname;Organisation\nAnna;Schmit;Stadt Hanau\nBen;Berg;ACME\n")
    import_attendees(event, path)
    anna = event.store.rows("SELECT id FROM attendees WHERE last_name = 'Schmit'")[0]["id"]
    person = attendees.get(event.store, anna)
    assert person
    with event.store.transaction():
        attendees.update(event.store, person, {"last_name": "Schmidt"}, EVENT_DAY, reason="correction")
    for _ in range(2):
        report = import_attendees(event, path)
        assert (report.added, report.unchanged, report.missing) == (0, 2, [])
        assert [(k.id, k.kept, k.in_list) for k in report.kept] == [(anna, "Schmidt", "Schmit")]
    assert [p["last_name"] for p in everyone(event)] == ["Schmidt", "Berg"]


def test_a_correction_set_back_to_the_lists_value_follows_the_list_again(event: Event, tmp_path: Path) -> None:
    import_attendees(event, csv_file(tmp_path, V1))
    anna = attendees.find_by_key(event.store, "ANNA00001")
    assert anna
    with event.store.transaction():
        attendees.update(event.store, anna, {"last_name": "Ackre"}, EVENT_DAY, reason="correction")
    typo = attendees.find_by_key(event.store, "ANNA00001")
    assert typo and attendees.list_values(event.store, anna.id) == {"last_name": "Acker"}
    with event.store.transaction():
        attendees.update(event.store, typo, {"last_name": "Acker"}, EVENT_DAY, reason="correction")
    assert attendees.list_values(event.store, anna.id) == {}


def test_namesakes_without_codes_keep_their_own_email(event: Event, tmp_path: Path) -> None:
    path = csv_file(tmp_path, "Vorname;Nachname;Organisation;E-Mail\n"
                              "Thomas;Müller;Stadtwerke München;thomas.mueller@swm.de\n"
                              "Thomas;Müller;Stadtwerke München;t.mueller@swm.de\n")
    import_attendees(event, path)
    first = {p["email"]: p["id"] for p in everyone(event)}
    for _ in range(2):
        report = import_attendees(event, path)
        assert (report.added, report.updated, report.unchanged) == (0, 0, 2)
    assert {p["email"]: p["id"] for p in everyone(event)} == first


def test_a_name_match_never_changes_an_email(event: Event, tmp_path: Path) -> None:
    header = "Vorname;Nachname;Organisation;E-Mail\n"
    import_attendees(event, csv_file(tmp_path, header + "Thomas;Müller;SWM;thomas.mueller@swm.de\n"))
    report = import_attendees(event, csv_file(tmp_path, header + "Thomas;Müller;SWM;t.mueller@swm.de\n"))
    assert report.added == 1 and [m.name for m in report.missing] == ["Thomas Müller"]
    assert sorted(p["email"] for p in everyone(event)) == ["t.mueller@swm.de", "thomas.mueller@swm.de"]


def test_warnings_unknown_category_lost_characters_and_many_missing(event: Event, tmp_path: Path) -> None:
    rows = "".join(f"Gast;Nummer{n};Firma;g{n}@x.de;Teilnehmende;GAST{n:05d};\n" for n in range(10))
    import_attendees(event, csv_file(tmp_path, HEADER + rows))
    smaller = HEADER + ("Gast;Nummer0;Firma;g0@x.de;Workshop;GAST00000;\n"
                        "J?rgen;Wei?;Firma;g1@x.de;Teilnehmende;GAST00001;\n"
                        "Gast;Nummer2;Firma;g2@x.de;workshop;GAST00002;\n")
    report = import_attendees(event, csv_file(tmp_path, smaller))
    warnings = {w.kind: w for w in report.warnings}
    assert (warnings[Warn.UNKNOWN_CATEGORY].value, warnings[Warn.UNKNOWN_CATEGORY].lines) == ("Workshop", (2, 4))
    assert (warnings[Warn.LOST_CHARACTERS].value, warnings[Warn.LOST_CHARACTERS].lines) == ("J?rgen", (3,))
    assert (warnings[Warn.MANY_MISSING].count, warnings[Warn.MANY_MISSING].total) == (7, 10)
    assert Warn.NO_CODE_COLUMN not in warnings
    logged = last_import(event.store)
    assert logged and logged["file"] == "list.csv" and len(logged["missing"]) == 7
    assert {w["kind"] for w in logged["warnings"]} == {"unknown_category", "lost_characters", "many_missing"}


def test_a_ticket_column_of_codes_read_as_category_is_pointed_out(event: Event, tmp_path: Path) -> None:
    path = csv_file(tmp_path, "Vorname;Nachname;Ticket\nAnna;Acker;7K5178MU0810\nBen;Berg;8L6289NV1921\n")
    report = import_attendees(event, path)
    assert report.columns == {"Vorname": "first_name", "Nachname": "last_name", "Ticket": "category"}
    warnings = {w.kind: w for w in report.warnings}
    assert list(warnings) == [Warn.NO_CODE_COLUMN, Warn.CODE_LIKE_COLUMN]  # the codes are no unknown categories
    assert warnings[Warn.NO_CODE_COLUMN].count == 2
    assert warnings[Warn.CODE_LIKE_COLUMN].value == "Ticket"
    assert '--map "Ticket=code"' in warnings[Warn.CODE_LIKE_COLUMN].text()
    categories = csv_file(tmp_path, "Vorname;Nachname;Ticket\nAnna;Acker;Teilnehmende\nBen;Berg;Speaker\n")
    assert [w.kind for w in import_attendees(event, categories).warnings] == [Warn.NO_CODE_COLUMN]


def test_a_stray_quote_fails_the_import_at_its_line_and_adds_nobody(event: Event, tmp_path: Path) -> None:
    lines = [f"Gast;Nummer{n};Firma;g{n}@x.de;Teilnehmende;GAST{n:05d};\n" for n in range(50)]
    lines[3] = 'Gast;Nummer3;"Firma;g3@x.de;Teilnehmende;GAST00003;\n'
    with pytest.raises(UnreadableFile, match="line 5: a quote"):
        import_attendees(event, csv_file(tmp_path, HEADER + "".join(lines)))
    assert everyone(event) == []


def test_a_row_with_more_cells_than_columns_is_an_error(event: Event, tmp_path: Path) -> None:
    path = csv_file(tmp_path, "Vorname;Nachname;E-Mail\nAnna;Acker;anna@acme.de\nBen; Berg;Berg;ben@acme.de\n")
    report = import_attendees(event, path)
    assert report.added == 1 and [(e.line, e.reason.split(" (")[0]) for e in report.errors] == [
        (3, "more cells than the header has columns")]


def test_cli_prints_missing_kept_warnings_and_columns(event: Event, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(event.folder)
    main(["--event", folder, "import", "attendees", str(csv_file(tmp_path, V1))])
    capsys.readouterr()
    assert main(["--event", folder, "import", "attendees", str(csv_file(tmp_path, V2)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["missing"] == [{"id": 2, "name": "Ben Berg", "organisation": "ACME", "code": "BENB00001"}]
    assert (data["codes_replaced"], data["missing_cancelled"]) == (1, 0)
    assert data["columns"]["Ticket-Code"] == "code"
    assert main(["--event", folder, "import", "attendees", str(csv_file(tmp_path, V2)), "--cancel-missing"]) == 0
    text = capsys.readouterr().out
    assert "1 guests no longer in the list, cancelled:" in text and "Ben Berg, ACME – BENB00001 (id 2)" in text
    assert "Ticket-Code → code" in text
    assert open_event(event.folder, "k").store.rows("SELECT cancelled FROM attendees WHERE id = 2")[0]["cancelled"]


def test_a_name_only_row_never_takes_the_guest_an_email_row_stands_for(event: Event, tmp_path: Path) -> None:
    header = "Vorname;Nachname;Organisation;E-Mail\n"
    import_attendees(event, csv_file(tmp_path, header + "Anna;Acker;ACME;anna@acme.de\nAnna;Acker;ACME;\n"))
    report = import_attendees(event, csv_file(tmp_path, header + "Anna;Acker;ACME;\nAnna;Acker;ACME;anna@acme.de\n"))
    assert (report.added, report.updated, report.unchanged) == (0, 0, 2)
    assert [p["email"] for p in everyone(event)] == ["anna@acme.de", ""]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.sampled_from(["Anna", "Ben"]), st.sampled_from(["Acker", "Müller"]),
                               st.sampled_from(["ACME", ""]), st.sampled_from(["", "a@x.de", "b@x.de", "A@x.de"]),
                               st.booleans()), min_size=1, max_size=8),
       data=st.data())
def test_the_same_guests_in_any_order_change_nothing(tmp_path_factory: pytest.TempPathFactory,
                                                     rows: list[tuple[str, str, str, str, bool]],
                                                     data: st.DataObject) -> None:
    event = open_event(write_event(tmp_path_factory.mktemp("ev")), kiosk_id="k")
    lines = [f"{first};{last};{org};{email};{f'CODE{n:04d}' if coded else ''}\n"
             for n, (first, last, org, email, coded) in enumerate(rows)]
    folder = tmp_path_factory.mktemp("lists")
    header = "Vorname;Nachname;Organisation;E-Mail;Ticket-Code\n"
    import_attendees(event, csv_file(folder, header + "".join(lines)))
    before = everyone(event)
    order = data.draw(st.permutations(lines))
    report = import_attendees(event, csv_file(folder, header + "".join(order)))
    assert (report.added, report.updated, report.missing) == (0, 0, [])
    assert everyone(event) == before
