"""Every table the project writes for spreadsheets: CSV in UTF-8 with BOM and semicolons (opens in German
Excel), each text cell defused so that a guest's "=HYPERLINK(…)" stays text instead of becoming a formula."""

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """A value as a spreadsheet cell: text a spreadsheet would run as a formula gets a leading apostrophe
    (CSV/formula injection); None becomes empty; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write a header and rows as a spreadsheet-safe CSV (UTF-8 with BOM, semicolons)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([spreadsheet_cell(name) for name in header])
        writer.writerows([spreadsheet_cell(value) for value in row] for row in rows)
