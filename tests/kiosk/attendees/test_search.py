import pytest

from kiosk.attendees import records as attendees
from kiosk.attendees.search import KioskResults, kiosk_search, search
from kiosk.attendees.textfold import search_key, words
from kiosk.event.folder import Event
from tests.conftest import EVENT_DAY


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
    assert kiosk_search(event.store, "mü", 3, 5) == KioskResults(too_short=True)
    found = kiosk_search(event.store, "mül", 3, 1)
    assert len(found.hits) == 1 and found.more and not found.too_short
    assert set(vars(found.hits[0])) == {"attendee_id", "first_name", "last_name", "organisation"}
    assert not kiosk_search(event.store, "mül", 3, 2).more


@pytest.mark.parametrize("query", ["a..", "...", "a.-", "m ü", "-- ab --", "ab!!!!!", "°°°", "a  .  b"])
def test_punctuation_does_not_count_as_letters(event: Event, query: str) -> None:
    assert kiosk_search(event.store, query, 3, 5) == KioskResults(too_short=True)


def test_kiosk_search_does_not_list_cancelled_tickets(event: Event) -> None:
    assert kiosk_search(event.store, "storno", 3, 5) == KioskResults()
    assert [a.last_name for a in search(event.store, "storno", 5)] == ["Storno"]  # staff still find them


def test_name_matches_come_before_organisation_matches(event: Event) -> None:
    with event.store.transaction():
        attendees.insert_many(event.store, [
            ({"first_name": "Anna", "last_name": "Albers", "organisation": "Stadtwerke Kassel"}, False),
            ({"first_name": "Zoe", "last_name": "Stadtler", "organisation": "ACME"}, False),
            ({"first_name": "Stadt", "last_name": "Zuse", "organisation": "Stadt Fulda"}, False),
        ], EVENT_DAY, "test")
    found = kiosk_search(event.store, "stadt", 3, 3)
    assert [h.last_name for h in found.hits] == ["Stadtler", "Zuse", "Albers"]
    assert found.more  # Sophie of Stadt Fulda is a fourth
    assert [h.last_name for h in kiosk_search(event.store, "stadt fulda", 3, 5).hits] == ["Zuse",
                                                                                          "Müller-Lüdenscheidt"]


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "a OR b", "'; DROP TABLE x", "", "   ", "^", "-x"])
def test_query_syntax_is_never_interpreted(event: Event, query: str) -> None:
    assert isinstance(search(event.store, query, 5), list)


def test_folding() -> None:
    assert words("Ørsted-Şahin Renée") == ["orsted", "sahin", "renee"]
    assert set(search_key("Mueller").split()) == {"mueller", "muller"}
