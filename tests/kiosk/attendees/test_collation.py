"""German name order (DIN 5007-1): umlauts with their base letters, ß as ss, accents folded, digits first."""

import random
from dataclasses import dataclass

import pytest

from kiosk.attendees.collation import by_name, german_sort_key


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str


def ordered(*names: str) -> list[str]:
    shuffled = list(names)
    random.Random(7).shuffle(shuffled)
    return sorted(shuffled, key=german_sort_key)


@pytest.mark.parametrize("expected", [
    ["Abel", "Ärger", "Zander"],
    ["Mueller", "Mülheim", "Muller", "Müller", "Mullerová"],
    ["Stras", "Strasse", "Straße", "Strasser", "Straßer"],
    ["Ofen", "Öhler", "Øre", "Ost"],
    ["Ebert", "Émile", "Eva", "Ludwig", "Łukasz", "Lutz"],
    ["", "1. FC", "3D-Druck", "42", "Aal", "Zweig"],
    ["Ana Lena", "Ana-Lena", "Analena"],
    ["abel", "Abel", "Ábel", "Äbel"],
])
def test_german_order(expected: list[str]) -> None:
    assert ordered(*expected) == expected


def test_case_and_umlaut_are_only_tie_breakers() -> None:
    assert german_sort_key("MÜLLER")[0] == german_sort_key("müller")[0] == german_sort_key("Muller")[0] == "muller"
    assert ordered("müller", "MÜLLER", "Müller") == ["müller", "Müller", "MÜLLER"]


def test_decomposed_and_messy_spaces_sort_as_the_plain_name() -> None:
    assert german_sort_key("Mu\u0308ller") == german_sort_key("Müller")
    assert german_sort_key("  van   der\tBerg ") == german_sort_key("van der Berg")
    assert german_sort_key(" ") == german_sort_key("") < german_sort_key("0")


def test_by_name_sorts_last_then_first_name() -> None:
    people = [Person("Jürgen", "Groß"), Person("Anna", "Mueller"), Person("Ümit", "Müller"), Person("Ava", "Müller"),
              Person("Sophie", "Großmann"), Person("Otto", "Grosz"), Person("Ida", "Özdemir"), Person("Tom", "Ozon")]
    assert [(p.first_name, p.last_name) for p in by_name(people)] == [
        ("Jürgen", "Groß"), ("Sophie", "Großmann"), ("Otto", "Grosz"), ("Anna", "Mueller"), ("Ava", "Müller"),
        ("Ümit", "Müller"), ("Ida", "Özdemir"), ("Tom", "Ozon"),
    ]


def test_single_names_sort_under_that_name_and_nameless_come_last() -> None:
    people = [Person("", ""), Person("Madonna", ""), Person("Anna", "Zorn"), Person("", "Abel"), Person(" ", " "),
              Person("Bea", "Nagel")]
    assert [p.last_name or p.first_name for p in by_name(people)] == ["Abel", "Madonna", "Nagel", "Zorn", "", " "]
