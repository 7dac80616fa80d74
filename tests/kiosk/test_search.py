import pytest

from kiosk.event import Event
from kiosk.search import kiosk_search, search
from kiosk.textfold import search_key, words


def last_names(event: Event, query: str) -> list[str]:
    return [a.last_name for a in search(event.store, query, 20)]


@pytest.mark.parametrize("query", ["muller", "mueller", "Müller", "MÜLLER", "mül", "muel"])
def test_umlauts_and_their_spellings_find_mueller(event: Event, query: str) -> None:
    found = last_names(event, query)
    assert "Müller-Lüdenscheidt" in found and "Mueller" in found


def test_eszett_and_ss(event: Event) -> None:
    assert last_names(event, "strasse") == ["Groß"]
    assert last_names(event, "groß") == last_names(event, "gross") == ["Groß"]


def test_words_in_any_order_and_by_prefix(event: Event) -> None:
    assert last_names(event, "soph mül") == ["Müller-Lüdenscheidt"]
    assert last_names(event, "lüdensch sophie") == ["Müller-Lüdenscheidt"]
    assert last_names(event, "fulda") == ["Mittwoch", "Müller-Lüdenscheidt"]
    assert last_names(event, "sophie groß") == []


def test_kiosk_search_needs_three_characters_and_shows_five_at_most(event: Event) -> None:
    assert kiosk_search(event.store, "mü", 3, 5) == []
    hits = kiosk_search(event.store, "mül", 3, 1)
    assert len(hits) == 1
    assert set(vars(hits[0])) == {"attendee_id", "first_name", "last_name", "organisation"}


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "a OR b", "'; DROP TABLE x", "", "   ", "^", "-x"])
def test_query_syntax_is_never_interpreted(event: Event, query: str) -> None:
    assert isinstance(search(event.store, query, 5), list)


def test_folding() -> None:
    assert words("Ørsted-Şahin Renée") == ["orsted", "sahin", "renee"]
    assert set(search_key("Mueller").split()) == {"mueller", "muller"}
