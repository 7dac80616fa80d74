"""Read attendee lists from CSV or XLSX files into canonical rows (and any table's records, for the programme)."""

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, time
from operator import itemgetter
from pathlib import Path

FIELDS = ("salutation", "title", "first_name", "last_name", "full_name", "organisation", "email",
          "category", "code", "status", "order_code")
IGNORE = "ignore"
NAME_FIELDS = frozenset({"first_name", "last_name", "full_name"})
MAX_CELL_CHARS = 500
MAX_SPANNING_CELL_CHARS = 200  # a cell over several lines (an address) is never longer than this
MAX_FILE_BYTES = 100 * 1024 * 1024
DELIMITERS = ",;\t"
SHIFTED_CELLS = "more cells than the header has columns (a delimiter inside a value?)"

_ALIASES = {
    "salutation": ("Anrede", "Salutation", "Prefix", "Briefanrede"),
    "title": ("Titel", "Title", "Akademischer Titel"),
    "first_name": ("Vorname", "First name", "Firstname", "Given name", "Forename", "Vornamen"),
    "last_name": ("Nachname", "Last name", "Family name", "Surname", "Familienname", "Zuname"),
    "full_name": ("Name", "Full name", "Attendee name", "Teilnehmer", "Teilnehmerin", "Teilnehmende",
                  "Teilnehmername", "Vollständiger Name", "Name, Vorname", "Nachname, Vorname"),
    "organisation": ("Organisation", "Organization", "Firma", "Unternehmen", "Company", "Institution",
                     "Behörde", "Behoerde", "Kommune", "Arbeitgeber", "Dienststelle", "Einrichtung"),
    "email": ("E-Mail", "Attendee email", "E-Mail-Adresse", "Email address", "Mail", "Mailadresse"),
    "category": ("Kategorie", "Category", "Ticket", "Ticketart", "Ticket type", "Tickettyp", "Product",
                 "Produkt", "Variation", "Variante"),
    "code": ("Ticket-Code", "Code", "Secret", "Ticket secret", "Barcode", "Barcode-Nr.", "QR", "QR-Code",
             "Ticketnummer", "Ticket number", "Ticket ID", "Einlasscode"),
    "status": ("Status", "Order status", "Bestellstatus", "Zahlstatus", "Zahlungsstatus", "Payment status",
               "Ticketstatus", "Attendee status", "Teilnehmerstatus"),
    "order_code": ("Order code", "Bestellnummer", "Bestellnr.", "Order", "Order ID", "Order number",
                   "Bestellung", "Buchungsnummer", "Booking reference"),
}
# "Attendee name (Given name)", "Name (Vorname)": one name split into part columns.
_NAME_PREFIXES = frozenset({"attendeename", "name", "teilnehmer", "teilnehmername", "teilnehmende"})
_NON_ASCII = re.compile("[^\x00-\x7f]")
_DROP = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\xad\u200b\u202a-\u202e\u2066-\u2069\ufeff]")
_CANCELLED = frozenset({"canceled", "cancelled", "cancellation", "storniert", "storno", "refunded",
                        "erstattet", "rückerstattet", "zurückerstattet", "abgesagt", "annulliert", "void"})
_PARTIAL = frozenset({"partial", "partially", "teilweise", "teilerstattet"})
_TITLE = re.compile(r"(?:(?:prof|dr|dipl|mag|priv|jun|hon|apl|med|rer|nat|phil|jur|oec|pol|habil|ing|kfm|doz"
                    r"|inform|h\.c|mult|univ|mr|mrs|ms|mx)\.-?)+", re.IGNORECASE)
_BARE_TITLES = frozenset({"dr", "prof", "professor", "professorin", "pd",
                          "herr", "frau", "mr", "mrs", "ms", "mx"})
_PARTICLES = frozenset({"von", "vom", "zu", "zum", "zur", "van", "der", "den", "de", "del", "della", "di",
                        "da", "du", "dos", "la", "le", "ten", "ter", "af", "al", "bin", "ibn"})


class UnreadableFile(Exception):
    """The file cannot be read as an attendee table; str() is a message for the user."""


@dataclass(frozen=True)
class SourceRow:
    """One attendee record: its line in the file, its cleaned canonical fields, and what is wrong with it."""

    line: int
    fields: dict[str, str]
    problem: str = ""


@dataclass(frozen=True)
class SourceTable:
    """All records of a file plus how its columns were understood."""

    rows: list[SourceRow]
    columns: dict[str, str]
    ignored_columns: list[str]
    encoding: str
    delimiter: str | None


def _key(header: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", header).casefold() if ch.isalnum())


_KNOWN = {_key(alias): field for field, aliases in _ALIASES.items() for alias in aliases}


def read_table(path: Path, column_map: Mapping[str, str] | None = None) -> SourceTable:
    """Read a CSV or XLSX attendee list; raise UnreadableFile if it is not one."""
    overrides = _check_map(column_map or {})
    with table_records(_read_bytes(path)) as raw:
        return _build_table(raw.records, overrides, raw.encoding, raw.delimiter)


@dataclass(frozen=True)
class RawRecords:
    """The records of a CSV or XLSX file as (line, cells), read lazily, and how the file was read."""

    records: Iterator[tuple[int, list[str]]]
    encoding: str
    delimiter: str | None


@contextmanager
def table_records(data: bytes) -> Iterator[RawRecords]:
    """The records of CSV or XLSX bytes (any table, not only attendee lists); UnreadableFile if neither."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile("old Excel .xls files are not supported; save as .xlsx or CSV")
    if data.startswith(b"PK\x03\x04"):
        with closing(_xlsx_records(data)) as records:
            yield RawRecords(records, "xlsx", None)
        return
    text, encoding = _decode(data)
    sep_line = re.match(r"sep=([,;\t])\r?\n", text)  # Excel's delimiter hint; Excel hides this line
    text, delimiter = (text[sep_line.end():], sep_line[1]) if sep_line else (text, _sniff(text))
    with closing(_csv_records(text, delimiter)) as records:
        yield RawRecords(records, encoding, delimiter)


def header_key(header: str) -> str:
    """How a column header is recognised: its letters and digits, case-folded ("E-Mail" and "email" match)."""
    return _key(header)


def is_cancelled(status: str) -> bool:
    """Whether an order/ticket status (German or English) means the ticket is void."""
    words = set(re.findall(r"\w+", status.casefold()))
    return bool(words & _CANCELLED) and not words & _PARTIAL


def split_full_name(full: str) -> tuple[str, str, str]:
    """Split "Prof. Dr. Anna Müller" or "Müller, Anna" into (title, first name, last name)."""
    head, comma, tail = " ".join(full.split()).partition(",")
    titles, head_words = _take_titles(head.split())
    tail_titles, tail_words = _take_titles(tail.split())
    title = " ".join(titles + tail_titles)
    if comma and head_words and tail_words:
        return title, " ".join(tail_words), " ".join(head_words)
    words = head_words + tail_words
    cut = len(words) - 1  # a single word is taken as the last name
    while cut > 1 and words[cut - 1].casefold() in _PARTICLES:
        cut -= 1
    return title, " ".join(words[:cut]), " ".join(words[cut:])


def _take_titles(words: list[str]) -> tuple[list[str], list[str]]:
    count = 0
    while count < len(words) and (_TITLE.fullmatch(words[count]) or words[count].casefold() in _BARE_TITLES):
        count += 1
    return words[:count], words[count:]


def _check_map(column_map: Mapping[str, str]) -> dict[str, str]:
    overrides = {column: field.strip().lower() for column, field in column_map.items()}
    for column, field in overrides.items():
        if field not in FIELDS and field != IGNORE:
            raise ValueError(f"unknown field {column_map[column]!r} for column {column!r}; "
                             f"use one of {', '.join(FIELDS)} or {IGNORE!r}")
    used = [field for field in overrides.values() if field != IGNORE]
    if len(used) != len(set(used)):
        raise ValueError("column map assigns the same field to more than one column")
    return overrides


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UnreadableFile(f"cannot open file: {exc.strerror or exc}") from exc
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile(f"file is larger than {MAX_FILE_BYTES // 1024 // 1024} MB")
    if not data.strip():
        raise UnreadableFile("file is empty")
    return data


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
    elif data.startswith(codecs.BOM_UTF8):
        text, encoding = data.decode("utf-8-sig", errors="replace"), "utf-8-sig"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:  # cp1252 unless it is UTF-8 with a few stray bytes
            text, encoding = data.decode("utf-8", errors="replace"), "utf-8"
            if len(_NON_ASCII.findall(text)) <= 2 * text.count("\ufffd"):
                text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    sample = text[:4096]
    if len(_DROP.findall(sample)) > len(sample) // 20:
        raise UnreadableFile("not a CSV or XLSX file")
    return unicodedata.normalize("NFC", text), encoding


def _sniff(text: str) -> str:
    sample = text[:4096]  # Sniffer's regexes get slow on large hostile samples
    header = next((line for line in sample.splitlines() if line.strip()), "")
    counts = {delimiter: header.count(delimiter) for delimiter in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    return sniffed if counts.get(sniffed) else max(DELIMITERS, key=counts.__getitem__)


def _csv_records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for record in reader:
            if reader.line_num > start:  # a quoted cell ran over line breaks: rare, so checked only then
                _check_spanning_cells(record, start, reader.line_num, delimiter)
            yield start, record
            start = reader.line_num + 1
    except csv.Error as exc:
        raise UnreadableFile(f"malformed CSV near line {start}: {exc}") from exc


def _check_spanning_cells(record: list[str], start: int, end: int, delimiter: str) -> None:
    """A cell over several lines that holds the delimiter or is far longer than a name is the rest of the file
    swallowed by a quote that was never closed: the file is broken there, not one odd cell."""
    for cell in record:
        if _spans_lines(cell) and (delimiter in cell or len(cell) > MAX_SPANNING_CELL_CHARS):
            raise UnreadableFile(_unclosed_quote(start, end))


def _spans_lines(cell: str) -> bool:
    return "\n" in cell or "\r" in cell


def _unclosed_quote(start: int, end: int) -> str:
    return (f'line {start}: a quote (") opens a cell that runs on to line {end} – probably a stray quote; '
            f"remove it or close it, save the file and import again")


def _xlsx_records(data: bytes) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # imported lazily: slow, and only needed for XLSX

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds of error on damaged files
        raise UnreadableFile("not a CSV or XLSX file (damaged or unsupported workbook)") from exc
    try:
        if not workbook.worksheets:
            raise UnreadableFile("workbook has no worksheet")
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # the stored size may be wrong, or hostile (a million empty rows)
        for line, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            yield line, [unicodedata.normalize("NFC", _cell_text(value)) for value in values]
    except UnreadableFile:
        raise
    except Exception as exc:
        raise UnreadableFile("not a CSV or XLSX file (damaged worksheet)") from exc
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _tidy(raw: str) -> str:
    text = unicodedata.normalize("NFC", _DROP.sub("", raw[: MAX_CELL_CHARS * 4]))
    return " ".join(text.split())[:MAX_CELL_CHARS]


def _build_table(records: Iterable[tuple[int, list[str]]], overrides: dict[str, str], encoding: str,
                 delimiter: str | None) -> SourceTable:
    iterator = iter(records)
    headers = next((list(map(_tidy, raw)) for _, raw in iterator if "".join(raw).strip()), None)
    if headers is None:
        raise UnreadableFile("file is empty")
    mapping = _map_columns(headers, overrides)
    if not NAME_FIELDS & {field for _, field in mapping}:
        found = ", ".join(f'"{header}"' for header in headers[:12] if header) or "none"
        raise UnreadableFile(f"no column for a name (columns found: {found})")
    rows = _rows(iterator, mapping, len(headers), from_csv=delimiter is not None)
    mapped = {i for i, _ in mapping}
    ignored = [header for i, header in enumerate(headers) if header and i not in mapped]
    return SourceTable(rows, {headers[i]: field for i, field in mapping}, ignored, encoding, delimiter)


def _rows(records: Iterator[tuple[int, list[str]]], mapping: list[tuple[int, str]], columns: int,
          from_csv: bool) -> list[SourceRow]:
    """The mapped, cleaned cells of every non-blank record. In a CSV file a name over several lines is a stray
    quote, and a record with more filled cells than the header has columns had a delimiter inside a value (its
    cells may sit in the wrong columns); in a workbook these are a typed line break and an unnamed column."""
    fields = [field for _, field in mapping]
    name_positions = [i for i, field in enumerate(fields) if field in NAME_FIELDS]
    pick = itemgetter(*(i for i, _ in mapping))
    width, single, blank = mapping[-1][0] + 1, len(mapping) == 1, "|" * (len(mapping) - 1)
    rows = []
    for line, raw in records:  # hot loop: C-level helpers and one cleanliness check per row
        if len(raw) < width:
            raw += [""] * (width - len(raw))
        values = [pick(raw).strip()] if single else list(map(str.strip, pick(raw)))
        joined = "|".join(values)
        if len(joined) > MAX_CELL_CHARS or "  " in joined or not joined.isprintable():
            if from_csv and any(_spans_lines(values[i]) for i in name_positions):
                raise UnreadableFile(_unclosed_quote(line, line + max(value.count("\n") for value in values)))
            values = list(map(_tidy, values))
        if joined != blank or "".join(raw).strip():
            shifted = from_csv and len(raw) > columns and "".join(raw[columns:]).strip()
            rows.append(SourceRow(line, dict(zip(fields, values, strict=True)), SHIFTED_CELLS if shifted else ""))
    return rows


def _map_columns(headers: list[str], overrides: dict[str, str]) -> list[tuple[int, str]]:
    keys = [_key(header) for header in headers]
    missing = [column for column in overrides if _key(column) not in keys]
    if missing:
        raise ValueError(f"column map names a column that is not in the file: {missing[0]!r}")
    wanted = {_key(column): field for column, field in overrides.items()}
    chosen = {i: wanted.pop(key) for i, key in enumerate(keys) if key in wanted}
    # Attendee-specific columns ("Attendee email") beat order-level ones ("Email"); otherwise first wins.
    for i in sorted(range(len(keys)), key=lambda i: not keys[i].startswith(("attendee", "teilnehmer"))):
        field = _recognise(headers[i])
        if i not in chosen and field and field not in chosen.values():
            chosen[i] = field
    return sorted((i, field) for i, field in chosen.items() if field != IGNORE)


def _recognise(header: str) -> str | None:
    match = re.fullmatch(r"(.*)\((.*)\)\s*", header)
    if match and _key(match[1]) in _NAME_PREFIXES:
        return _KNOWN.get(_key(match[2]))
    return _KNOWN.get(_key(header))
