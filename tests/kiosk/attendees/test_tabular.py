"""Tests for reading attendee lists from CSV and XLSX files."""

import unicodedata
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.attendees.tabular import (
    FIELDS,
    MAX_CELL_CHARS,
    SourceTable,
    UnreadableFile,
    is_cancelled,
    read_table,
    split_full_name,
)
from tests.conftest import SAMPLES

GERMAN = (
    "Vorname;Nachname;Organisation;E-Mail\n"
    "Jürgen;Müller;Stadt Gießen;j@example.org\n"
    "Zoë;Öztürk;Kreis Groß-Gerau;z@example.org\n"
)


def write(tmp_path: Path, content: str | bytes, name: str = "list.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def names(table: SourceTable) -> list[tuple[str, str]]:
    return [(row.fields["first_name"], row.fields["last_name"]) for row in table.rows]


def test_excel_sample_cp1252_semicolons() -> None:
    table = read_table(SAMPLES / "attendees-excel-de.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert set(table.columns.values()) == {"salutation", "title", "first_name", "last_name", "organisation",
                                           "email", "category", "code"}
    assert table.ignored_columns == []
    assert len(table.rows) == 40
    first = table.rows[0]
    assert first.line == 2
    assert first.fields["first_name"] == "Özlem"
    assert first.fields["last_name"] == "Müller"
    assert first.fields["code"] == "XEFGQ073PPR8CGRB559N"
    assert ("Søren", "Weiß") in names(table)
    assert table.rows[-1].line == 41


def test_registration_export_sample() -> None:
    table = read_table(SAMPLES / "attendees-registration-export.csv")
    assert (table.encoding, table.delimiter) == ("utf-8", ",")
    assert table.columns == {
        "Order code": "order_code", "Ticket secret": "code", "Product": "category",
        "Attendee name (Title)": "title", "Attendee name (Given name)": "first_name",
        "Attendee name (Family name)": "last_name", "Company": "organisation",
        "Attendee email": "email", "Order status": "status",
    }
    assert len(table.rows) == 60
    first = table.rows[0].fields
    assert (first["order_code"], first["first_name"], first["last_name"]) == ("K1000", "Lukas", "Öztürk")
    assert first["organisation"] == "Kreis Bergstraße"
    assert is_cancelled(first["status"])
    assert ("Søren", "Şahin") in names(table)
    assert ("Jürgen", "von der Heydt") in names(table)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    table = read_table(write(tmp_path, GERMAN, encoding=encoding))
    assert table.encoding == encoding
    assert names(table) == [("Jürgen", "Müller"), ("Zoë", "Öztürk")]
    assert table.rows[1].fields["organisation"] == "Kreis Groß-Gerau"
    assert list(table.columns) == ["Vorname", "Nachname", "Organisation", "E-Mail"]


def test_utf16_big_endian(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xfe\xff" + GERMAN.encode("utf-16-be"))
    assert names(read_table(path)) == [("Jürgen", "Müller"), ("Zoë", "Öztürk")]


def test_decomposed_umlauts_are_nfc(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "Name\nMu\u0308ller\n"))
    assert table.rows[0].fields["full_name"] == "Müller"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    lines = [["First name", "Last name", "Company"], ["Anna", "Schmidt", "Müller & Co, KG"], ["Ben", "Ng", ""]]
    quoted = [[f'"{cell}"' if "," in cell else cell for cell in line] for line in lines]
    text = "\r\n".join(delimiter.join(line) for line in quoted)
    table = read_table(write(tmp_path, text))
    assert table.delimiter == delimiter
    assert names(table) == [("Anna", "Schmidt"), ("Ben", "Ng")]
    assert table.rows[0].fields["organisation"] == "Müller & Co, KG"


def test_delimiter_fallback_for_single_line(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "Vorname;Nachname;Firma"))
    assert table.delimiter == ";"
    assert table.rows == []


def test_quoted_multiline_cell_keeps_record_start_line(tmp_path: Path) -> None:
    text = 'Name,Organisation,Code\nAnna Weber,"Stadt\nKassel\nAmt 3",A1\n\nBen Ng,Firma,B2\n'
    table = read_table(write(tmp_path, text))
    assert [row.line for row in table.rows] == [2, 6]
    assert table.rows[0].fields["organisation"] == "Stadt Kassel Amt 3"
    assert table.rows[1].fields == {"full_name": "Ben Ng", "organisation": "Firma", "code": "B2"}


@pytest.mark.parametrize(("text", "line"), [
    ('Vorname;Nachname;Firma\nAnna;Weber;"Stadt\nBen;Ng;Firma\nCara;Ott;Amt\n', 2),  # holds the delimiter
    ("Name\nAnna Weber\n\"Ben Ng\n" + "".join(f"Gast {n}\n" for n in range(40)), 3),  # far longer than a name
    ('Vorname,Nachname,Firma\nAnna,"Weber\nBen",Firma\n', 2),  # a name over two lines
    ('Name;Firma\nAnna Weber;"Stadt; Amt"\nBen Ng;"Firma\n' + "Cara Ott;Amt\n" * 3, 3),  # a closed quote first
])
def test_a_stray_quote_makes_the_file_broken_at_its_line(tmp_path: Path, text: str, line: int) -> None:
    with pytest.raises(UnreadableFile, match=f"^line {line}: a quote"):
        read_table(write(tmp_path, text))


def test_a_line_break_typed_into_a_workbook_name_is_no_stray_quote(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Name", "Firma"])
    workbook.active.append(["Prof. Dr.\nAnna Weber", "Stadt Kassel", "Notiz ohne Spaltenkopf"])
    workbook.save(tmp_path / "list.xlsx")
    row = read_table(tmp_path / "list.xlsx").rows[0]
    assert (row.fields["full_name"], row.problem) == ("Prof. Dr. Anna Weber", "")


def test_a_record_with_more_filled_cells_than_columns_has_a_problem(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "Name;Firma\nAnna Weber;Stadt;Kassel\nBen Ng;Firma;;\n"))
    assert [bool(row.problem) for row in table.rows] == [True, False]


def test_excel_sep_line_bare_cr_and_leading_blank_lines(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "sep=;\r\n\r\nName;Firma\rAnna Weber;A, B\rBen Ng;C\r"))
    assert table.delimiter == ";"
    assert [(row.line, row.fields["organisation"]) for row in table.rows] == [(3, "A, B"), (4, "C")]


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path: Path) -> None:
    content = "Name;Firma\nJürgen Müller;Gießen\nZoë Öztürk;Groß\n".encode() + b"Ben \xfc;X\n"
    table = read_table(write(tmp_path, content))
    assert table.encoding == "utf-8"
    assert [row.fields["full_name"] for row in table.rows] == ["Jürgen Müller", "Zoë Öztürk", "Ben \ufffd"]


def test_quoted_last_first_header(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, '"Name, Vorname";E-Mail\n"Weber, Anna";a@x.org\n'))
    assert table.columns == {"Name, Vorname": "full_name", "E-Mail": "email"}
    assert split_full_name(table.rows[0].fields["full_name"]) == ("", "Anna", "Weber")


def test_cells_are_cleaned_and_truncated(tmp_path: Path) -> None:
    text = "Name;Firma;E-Mail;Notiz\n  Anna\x00  \u202eWeber\t ;" + "x" * 5000 + ";;egal\n;;;\n"
    table = read_table(write(tmp_path, text))
    assert len(table.rows) == 1
    fields = table.rows[0].fields
    assert fields["full_name"] == "Anna Weber"
    assert len(fields["organisation"]) == MAX_CELL_CHARS
    assert fields["email"] == ""
    assert table.ignored_columns == ["Notiz"]


def test_short_rows_get_empty_strings(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "Vorname,Nachname,Kategorie\nAnna\n"))
    assert table.rows[0].fields == {"first_name": "Anna", "last_name": "", "category": ""}


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Anrede", "salutation"), ("Salutation", "salutation"), ("Titel", "title"),
        ("Attendee name (Title)", "title"), ("Given name", "first_name"), ("FIRSTNAME", "first_name"),
        ("Family name", "last_name"), ("Surname", "last_name"), ("Full name", "full_name"),
        ("Teilnehmer", "full_name"), ("Behörde", "organisation"), ("Organization", "organisation"),
        ("Arbeitgeber", "organisation"), ("E-Mail-Adresse", "email"), ("e_mail", "email"),
        ("Ticketart", "category"), ("Ticket type", "category"), ("Variation", "category"),
        ("Ticketcode", "code"), ("Barcode", "code"), ("QR", "code"), ("Zahlstatus", "status"),
        ("Bestellstatus", "status"), ("Bestellnummer", "order_code"), ("Order ID", "order_code"),
        ("Name (Vorname)", "first_name"),
    ],
)
def test_header_recognition(tmp_path: Path, header: str, field: str) -> None:
    content = f"{header}\nA\n" if field == "full_name" else f"Name;{header}\nAnna;x\n"
    table = read_table(write(tmp_path, content))
    assert table.columns[header] == field


def test_attendee_columns_beat_order_columns_then_first_wins(tmp_path: Path) -> None:
    content = "Name,E-Mail,Attendee email,Mail,Firma,Company\nAnna,o@x.org,anna@x.org,m@x.org,A,B\n"
    path = write(tmp_path, content)
    table = read_table(path)
    assert table.rows[0].fields == {"full_name": "Anna", "email": "anna@x.org", "organisation": "A"}
    assert table.ignored_columns == ["E-Mail", "Mail", "Company"]


def test_column_map_overrides_and_extends(tmp_path: Path) -> None:
    path = write(tmp_path, "Name,E-Mail,Attendee email,Badge-Gruppe\nAnna,order@x.org,anna@x.org,VIP\n")
    table = read_table(path, {"attendee EMAIL": "email", "Badge-Gruppe": "category", "E-Mail": "ignore"})
    assert table.rows[0].fields == {"full_name": "Anna", "email": "anna@x.org", "category": "VIP"}
    assert table.columns == {"Name": "full_name", "Attendee email": "email", "Badge-Gruppe": "category"}
    assert table.ignored_columns == ["E-Mail"]


def test_column_map_rejects_unknown_field(tmp_path: Path) -> None:
    path = write(tmp_path, "Name\nAnna\n")
    with pytest.raises(ValueError, match="unknown field 'nickname'"):
        read_table(path, {"Name": "nickname"})


def test_column_map_rejects_missing_column_and_double_field(tmp_path: Path) -> None:
    path = write(tmp_path, "Name,Mail\nAnna,a@x.org\n")
    with pytest.raises(ValueError, match="'Spitzname'"):
        read_table(path, {"Spitzname": "full_name"})
    with pytest.raises(ValueError, match="same field"):
        read_table(path, {"Name": "email", "Mail": "email"})


def test_column_map_can_remove_the_only_name_column(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="no column for a name"):
        read_table(write(tmp_path, "Name,Mail\nAnna,a@x.org\n"), {"Name": "ignore"})


def test_xlsx(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Vorname", "Nachname", "Ticket-Code", "Bestellnummer", "Preis", None])
    sheet.append(["Jürgen", "Müller", 123.0, 4711, 12.5])
    sheet.append([None, None, None])
    sheet.append(["  Zoë ", "Öztürk", "AB12", None, None])
    workbook.create_sheet("Zweites Blatt").append(["Name"])
    path = tmp_path / "liste.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("xlsx", None)
    assert [row.line for row in table.rows] == [2, 4]
    assert table.rows[0].fields == {"first_name": "Jürgen", "last_name": "Müller", "code": "123",
                                    "order_code": "4711"}
    assert table.rows[1].fields["first_name"] == "Zoë"
    assert table.ignored_columns == ["Preis"]


def test_xlsx_with_header_below_blank_rows_and_csv_name(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["B3"], sheet["C3"] = "Name", "Firma"
    sheet["B4"], sheet["C4"] = "Anna Weber", "Stadt Kassel"
    path = tmp_path / "misnamed.csv"
    workbook.save(path)
    table = read_table(path)
    assert [(row.line, row.fields["full_name"]) for row in table.rows] == [(4, "Anna Weber")]


def test_damaged_xlsx_is_unreadable(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Name"])
    workbook.save(tmp_path / "good.xlsx")
    data = (tmp_path / "good.xlsx").read_bytes()
    for cut in (10, len(data) // 2, len(data) - 30):
        with pytest.raises(UnreadableFile, match="not a CSV or XLSX file"):
            read_table(write(tmp_path, data[:cut], name="bad.xlsx"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b" \r\n\r\n;;;\r\n", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a CSV or XLSX file"),
        (b"PK\x03\x04garbage that is no zip", "not a CSV or XLSX file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), ".xls"),
        (b"Anna;Weber;anna@example.org\nBen;Ng;ben@example.org\n", "no column for a name"),
        (b"Firma,E-Mail\nStadt Kassel,a@x.org\n", "no column for a name"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, message: str) -> None:
    with pytest.raises(UnreadableFile, match=message):
        read_table(write(tmp_path, content))


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="cannot open file"):
        read_table(tmp_path / "nope.csv")


def test_huge_field_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="malformed CSV near line 2"):
        read_table(write(tmp_path, 'Name\n"' + "x" * 200_000 + '"\n'))


@pytest.mark.parametrize(
    "status",
    ["canceled", "Cancelled", "STORNIERT", "Storno", "refunded", "erstattet", "Rückerstattet",
     "Order cancelled by organiser", "annulliert"],
)
def test_is_cancelled(status: str) -> None:
    assert is_cancelled(status)


@pytest.mark.parametrize("status", ["paid", "Bezahlt", "pending", "", "  ", "teilweise erstattet",
                                    "partially refunded", "ausstehend"])
def test_is_not_cancelled(status: str) -> None:
    assert not is_cancelled(status)


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("Prof. Dr. Anna-Lena Müller", ("Prof. Dr.", "Anna-Lena", "Müller")),
        ("Dr. Jürgen Schulz", ("Dr.", "Jürgen", "Schulz")),
        ("Dipl.-Ing. Karl Heinz Weber", ("Dipl.-Ing.", "Karl Heinz", "Weber")),
        ("Dr.-Ing. habil. Eva Roth", ("Dr.-Ing. habil.", "Eva", "Roth")),
        ("Müller, Anna", ("", "Anna", "Müller")),
        ("Müller,Anna", ("", "Anna", "Müller")),
        ("Müller, Dr. Anna", ("Dr.", "Anna", "Müller")),
        ("von der Heydt, Jürgen", ("", "Jürgen", "von der Heydt")),
        ("Jürgen von der Heydt", ("", "Jürgen", "von der Heydt")),
        ("Ludwig van Beethoven", ("", "Ludwig", "van Beethoven")),
        ("Madonna", ("", "", "Madonna")),
        ("Dr. Müller", ("Dr.", "", "Müller")),
        ("  Anna   Weber  ", ("", "Anna", "Weber")),
        ("A. Weber", ("", "A.", "Weber")),
        ("", ("", "", "")),
    ],
)
def test_split_full_name(full: str, expected: tuple[str, str, str]) -> None:
    assert split_full_name(full) == expected


def assert_table_or_unreadable(path: Path) -> None:
    try:
        table = read_table(path)
    except UnreadableFile as exc:
        assert str(exc)
        return
    assert isinstance(table, SourceTable)
    for row in table.rows:
        assert set(row.fields) <= set(FIELDS)
        for value in row.fields.values():
            assert len(value) <= MAX_CELL_CHARS and value == value.strip()
            assert not any(unicodedata.category(char) == "Cc" for char in value)
            assert unicodedata.is_normalized("NFC", value)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    prefix=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"PK\x03\x04", b"Name;Firma\n"]),
    data=st.binary(max_size=2000),
)
def test_random_bytes_never_crash(tmp_path: Path, prefix: bytes, data: bytes) -> None:
    assert_table_or_unreadable(write(tmp_path, prefix + data))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.lists(st.text(max_size=30), max_size=6), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    header=st.lists(st.sampled_from(["Name", "Vorname", "Nachname", "E-Mail", "Firma", "x", ""]), max_size=5),
)
def test_random_csv_text_never_crashes(tmp_path: Path, rows: list[list[str]], delimiter: str, encoding: str,
                                       header: list[str]) -> None:
    text = "\n".join(delimiter.join(row) for row in [header, *rows])
    assert_table_or_unreadable(write(tmp_path, text.encode(encoding)))
