"""Finding attendees by name or organisation, the way guests type them."""

from dataclasses import dataclass, field

from kiosk.attendees.records import SELECT_COLUMNS, Attendee
from kiosk.attendees.textfold import search_key, words
from kiosk.event.store import Store

MAX_QUERY_WORDS = 6
# A short prefix can match thousands: sort only this many candidates per wanted result (type more to narrow).
CANDIDATES_PER_RESULT = 10


@dataclass(frozen=True)
class SearchHit:
    """What the attendee kiosk may show of a match: name and organisation only."""

    attendee_id: int
    first_name: str
    last_name: str
    organisation: str


@dataclass(frozen=True)
class KioskResults:
    """What the attendee kiosk shows for a query: a few hits, whether more match, whether it was too short."""

    hits: list[SearchHit] = field(default_factory=list)
    more: bool = False  # more people match than are shown: the guest should type more
    too_short: bool = False  # fewer letters than needed: nothing was searched


def _terms(query: str) -> list[str]:
    """The folded words of a query (letters and digits only), at most MAX_QUERY_WORDS."""
    return [w for w in words(query) if w][:MAX_QUERY_WORDS]


def _match_expression(terms: list[str]) -> str:
    # Folded words contain letters and digits only, so quoting makes them safe FTS5 prefix terms.
    return " AND ".join(f'"{term}"*' for term in terms)


def search(store: Store, query: str, limit: int) -> list[Attendee]:
    """Attendees whose names or organisation start with every word of the query, in any order."""
    terms = _terms(query)
    if not terms:
        return []
    rows = store.rows(
        f"SELECT {SELECT_COLUMNS} FROM attendees WHERE id IN "
        "(SELECT rowid FROM attendee_search WHERE attendee_search MATCH ? LIMIT ?) "
        "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE LIMIT ?",
        (_match_expression(terms), max(limit * CANDIDATES_PER_RESULT, 200), limit),
    )
    return [Attendee.from_row(row) for row in rows]


def kiosk_search(store: Store, query: str, min_chars: int, limit: int) -> KioskResults:
    """The attendee kiosk's search: nothing below `min_chars` letters (punctuation does not count), no cancelled
    tickets, at most `limit` hits with no personal details, people whose names match before those found
    through their organisation."""
    terms = _terms(query)
    if sum(len(term) for term in terms) < min_chars:
        return KioskResults(too_short=True)
    rows = store.conn.execute(
        "SELECT id, first_name, last_name, organisation FROM attendees WHERE cancelled = 0 AND id IN "
        "(SELECT rowid FROM attendee_search WHERE attendee_search MATCH ? LIMIT ?) "
        "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE",
        (_match_expression(terms), max(limit * CANDIDATES_PER_RESULT, 200))).fetchall()
    ranked = sorted(rows, key=lambda row: -_name_matches(terms, row[1], row[2]))  # stable: by name within a rank
    return KioskResults([SearchHit(*row) for row in ranked[:limit]], more=len(rows) > limit)


def _name_matches(terms: list[str], first_name: str, last_name: str) -> int:
    """How many query words start a word of the name (the rest matched the organisation)."""
    name_words = search_key(first_name, last_name).split()
    return sum(any(word.startswith(term) for word in name_words) for term in terms)
