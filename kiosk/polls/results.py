"""Results, counted by the database (never from a copy held in memory): triggers keep the counts per option
and per word in the transaction of each ballot and moderation (migrations 9 and 10), so a result reads a few
rows however many ballots there are. And the change counter the stage watches: it reads `change_counter` a few
times a second from its own process and fetches a `snapshot` only when the counter moved."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from kiosk.event.store import Store
from kiosk.polls.model import CHOICE_KINDS, RANKING, SCALE, WORDCLOUD, Poll, PollError
from kiosk.polls.moderation import entries
from kiosk.polls.store import ballot_count, get_poll

_CHOICES = "SELECT option, count, firsts, rank_sum FROM poll_option_counts WHERE poll = ? AND round = ?"
_WORDS = """SELECT spelling, total FROM poll_words WHERE poll = ? AND round = ? AND total > 0
            ORDER BY total DESC, first"""


def _choices(store: Store, poll: Poll, round_: int) -> dict[str, Any]:
    """Counts per option; a ranking's count is its first places, its points the Borda count (n − rank for n
    options, nothing where a voter left it unranked)."""
    counted = {row[0]: row[1:] for row in store.conn.execute(_CHOICES, (poll.id, round_))}
    size = len(poll.definition.options)
    options = []
    for index, label in enumerate(poll.definition.options):
        count, firsts, rank_sum = counted.get(index, (0, 0, 0))
        if poll.kind == RANKING:
            options.append({"label": label, "count": firsts, "points": count * size - rank_sum})
        else:
            options.append({"label": label, "count": count})
    return {"options": options}


def _scale(store: Store, poll: Poll, round_: int) -> dict[str, Any]:
    counted = {row[0]: row[1] for row in store.conn.execute(_CHOICES, (poll.id, round_))}
    distribution = [{"value": value, "count": counted.get(value, 0)} for value in poll.definition.values]
    total = sum(counted.values())
    mean = round(sum(value * count for value, count in counted.items()) / total, 2) if total else None
    return {"mean": mean, "distribution": distribution}


def _words(store: Store, poll: Poll, round_: int) -> dict[str, Any]:
    """Shown words counted in their normalised form, each under its most common spelling (as typed, trimmed;
    equal counts: the earlier), most frequent first (equal counts: the word that came first)."""
    rows = store.conn.execute(_WORDS, (poll.id, round_))
    return {"words": [{"word": spelling, "count": total} for spelling, total in rows]}


def results(store: Store, poll_id: str, round_: int | None = None) -> dict[str, Any]:
    """The results of a round (default: the current one) as `kiosk poll results --json` prints them, whether
    or not they are revealed (the poll's `revealed` says whether the stage may show them)."""
    poll = get_poll(store, poll_id)
    if round_ is not None and not 1 <= round_ <= poll.round:
        raise PollError(f'poll "{poll_id}" has no round {round_} (expected 1–{poll.round})')
    return _results(store, poll, round_ or poll.round)


def _results(store: Store, poll: Poll, round_: int) -> dict[str, Any]:
    data: dict[str, Any] = {"id": poll.id, "kind": poll.kind, "round": round_,
                            "ballots": ballot_count(store, poll, round_)}
    if poll.kind in CHOICE_KINDS:
        data.update(_choices(store, poll, round_))
    elif poll.kind == SCALE:
        data.update(_scale(store, poll, round_))
    elif poll.kind == WORDCLOUD:
        data.update(_words(store, poll, round_))
    else:
        data["entries"] = [{"id": e.id, "text": e.text, "votes": e.votes, "answered": e.answered,
                            "pinned": e.pinned} for e in entries(store, poll.id, round_)]
    return data


# For the stage ---------------------------------------------------------------------------------------------------


@contextmanager
def _one_read(store: Store) -> Iterator[None]:
    """Several reads that see one state of the database (a read transaction, unless one is open already)."""
    if store.conn.in_transaction:
        yield
        return
    store.conn.execute("BEGIN")
    try:
        yield
    finally:
        store.conn.execute("COMMIT")


def change_counter(store: Store) -> int:
    """A number that grows with every change to any poll, its ballots or entries (cheap: one index lookup)."""
    return store.conn.execute("SELECT coalesce(max(version), 0) FROM polls").fetchone()[0]


def changed_since(store: Store, counter: int) -> dict[str, int]:
    """The polls changed after `counter` (a value of `change_counter`), with their own counters."""
    rows = store.conn.execute("SELECT id, version FROM polls WHERE version > ? ORDER BY version", (counter,))
    return dict(rows.fetchall())


@dataclass(frozen=True)
class Snapshot:
    """One poll as the stage shows it: its counter, where it stands, and its results (None while hidden)."""

    counter: int
    poll: Poll
    results: dict[str, Any] | None


def snapshot(store: Store, poll_id: str, hidden_too: bool = False) -> Snapshot:
    """The poll and its current round's results in one consistent read; results only when revealed (or
    `hidden_too`, for the moderator's preview). Redraw when `counter` differs from the last one drawn."""
    with _one_read(store):
        poll = get_poll(store, poll_id)
        shown = poll.revealed or hidden_too
        return Snapshot(poll.version, poll, _results(store, poll, poll.round) if shown else None)

