"""Pick the parser for a programme source by its content (the extension only breaks a tie)."""

from collections.abc import Callable
from zoneinfo import ZoneInfo

from kiosk.programme.c3voc import parse_c3voc
from kiosk.programme.frab import parse_frab
from kiosk.programme.ical import parse_ical
from kiosk.programme.model import ParsedProgramme, ProgrammeError

Parser = Callable[[bytes, str, ZoneInfo], ParsedProgramme]
MAX_SOURCE_BYTES = 50 * 1024 * 1024


def source_format(data: bytes, name: str) -> str:
    """`frab`, `c3voc`, `ical` or `table`, judged from the first bytes of the source."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<"):
        return "frab"
    if head.startswith((b"{", b"[")):
        return "c3voc"
    if head.startswith(b"begin:vcalendar"):
        return "ical"
    if not head and name.lower().endswith((".xml", ".json", ".ics")):
        raise ProgrammeError(f"{name}: the file is empty")
    return "table"


def parse_source(data: bytes, name: str, event_zone: ZoneInfo) -> ParsedProgramme:
    """Parse any supported programme source; ProgrammeError when it is none of them."""
    if len(data) > MAX_SOURCE_BYTES:
        raise ProgrammeError(f"{name}: larger than {MAX_SOURCE_BYTES // 1024 // 1024} MB")
    if not data.strip():
        raise ProgrammeError(f"{name}: the file is empty")
    return _parsers()[source_format(data, name)](data, name, event_zone)


def _parsers() -> dict[str, Parser]:
    from kiosk.programme.table import parse_table  # the table reader pulls in openpyxl lazily

    return {"frab": parse_frab, "c3voc": parse_c3voc, "ical": parse_ical, "table": parse_table}
