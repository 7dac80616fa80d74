"""Finding attendees by name or organisation, the way guests type them."""

from dataclasses import dataclass

from kiosk.attendees import SELECT_COLUMNS, Attendee
from kiosk.store import Store
from kiosk.textfold import words

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


def _match_expression(query: str) -> str | None:
    terms = [w for w in words(query) if w][:MAX_QUERY_WORDS]
    if not terms:
        return None
    # Folded words contain letters and digits only, so quoting makes them safe FTS5 prefix terms.
    return " AND ".join(f'"{term}"*' for term in terms)


def search(store: Store, query: str, limit: int) -> list[Attendee]:
    """Attendees whose names or organisation start with every word of the query, in any order."""
    expression = _match_expression(query)
    if expression is None:
        return []
    rows = store.rows(
        f"SELECT {SELECT_COLUMNS} FROM attendees WHERE id IN "
        "(SELECT rowid FROM attendee_search WHERE attendee_search MATCH ? LIMIT ?) "
        "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE LIMIT ?",
        (expression, max(limit * CANDIDATES_PER_RESULT, 200), limit),
    )
    return [Attendee.from_row(row) for row in rows]


def kiosk_search(store: Store, query: str, min_chars: int, limit: int) -> list[SearchHit]:
    """The attendee kiosk's search: nothing below `min_chars`, at most `limit` hits, no personal details."""
    if len("".join(query.split())) < min_chars:
        return []
    return [SearchHit(a.id, a.first_name, a.last_name, a.organisation) for a in search(store, query, limit)]


def confirmation_matches(store: Store, attendee_id: int, answer: str, chars: int) -> bool | None:
    """Whether `answer` is the first `chars` letters of the attendee's e-mail; None if there is no e-mail.

    The e-mail itself never leaves the core, so the kiosk screen cannot show it.
    """
    row = store.conn.execute("SELECT email FROM attendees WHERE id = ?", (attendee_id,)).fetchone()
    email = (row[0] if row else "").strip()
    if not email:
        return None
    needed = email[: max(1, chars)].casefold()
    return answer.strip().casefold() == needed
