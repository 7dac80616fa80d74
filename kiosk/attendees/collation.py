"""Sorting names as German readers expect (DIN 5007-1, the dictionary order, not the phone book's).

Letters compare without case and accents first: Ä with A, Ö with O, Ü with U, ß as ss, é with e, ł with l,
ø with o. Only names that are equal that way are told apart: unaccented before accented (Muller, Müller;
Strasse, Straße), then lower case before upper case. Spaces sort before punctuation, punctuation before
digits, digits before letters. Plain `unicodedata`, no ICU.
"""

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol, TypeVar

from kiosk.attendees.textfold import fold

SortKey = tuple[str, tuple[str, ...], tuple[int, ...], str]
_SPACE, _PUNCTUATION = " ", "!"  # both sort before "0"


class Named(Protocol):
    """Anything with a first and a last name (an Attendee, for one)."""

    @property
    def first_name(self) -> str: ...

    @property
    def last_name(self) -> str: ...


N = TypeVar("N", bound=Named)


def _primary(ch: str) -> str:
    """The base letters a character sorts as: 'Ä' -> 'a', 'ß' -> 'ss', '٣' -> '3', '-' -> '!'."""
    if ch.isspace():
        return _SPACE
    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return str(digit)
    base = "".join(c for c in fold(ch) if c.isalnum())
    if base:
        return base
    return "" if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf" else _PUNCTUATION


@lru_cache(maxsize=65536)
def german_sort_key(text: str) -> SortKey:
    """A key that sorts text in DIN 5007-1 order: (base letters, accents, case, the text itself)."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    primary: list[str] = []
    accents: list[str] = []
    cases: list[int] = []
    for ch in text:
        base = _primary(ch)
        mark = "" if base == ch.lower() else ch.lower()  # what sets ch apart from its base letters (ß too)
        primary.append(base)
        accents.extend([mark] * len(base))  # one entry per base letter, so 'ß' lines up with 'ss'
        cases.extend([int(ch.isupper())] * len(base))
    return "".join(primary), tuple(accents), tuple(cases), text


def by_name(people: Iterable[N]) -> list[N]:
    """People sorted by last name, then first name, in German order.

    Someone with only one name is sorted under it, whichever field holds it; people without any name
    come last.
    """

    def key(person: N) -> tuple[bool, SortKey, SortKey]:
        last, first = person.last_name.strip(), person.first_name.strip()
        return (not (last or first), german_sort_key(last or first), german_sort_key(first if last else ""))

    return sorted(people, key=key)
