"""The moderation queue of text entries (open text, word cloud, Q&A) and the profanity filter in front of it.

An entry goes on screen at once only in an unmoderated poll and when the filter finds nothing; everything
else waits for the moderator, who approves, hides, pins or marks answered. The filter flags, it never
drops: the bundled German and English lists (resources/polls/) plus the poll's own banned words.
"""

import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from kiosk.common.paths import resource
from kiosk.event.store import Store
from kiosk.polls.model import Poll, PollError
from kiosk.polls.store import get_poll, touch
from kiosk.polls.text import display_text

PENDING, SHOWN, HIDDEN = "pending", "shown", "hidden"
WORD_LISTS = ("profanity_de.txt", "profanity_en.txt")
_LOOK_ALIKES = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_WORD = re.compile(r"\w+")


def _folded_words(text: str) -> list[str]:
    """Words for comparing: case-folded ("ß" → "ss"), accents dropped, digits that stand for letters read as
    those letters."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LOOK_ALIKES))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WORD.findall(plain)


@dataclass(frozen=True)
class WordFilter:
    """Words (and word beginnings, written `word*`) that flag an entry for the moderator."""

    words: frozenset[str]
    beginnings: tuple[str, ...]
    phrases: tuple[str, ...]

    def flags(self, text: str) -> list[str]:
        """The listed words the text contains, in the order they occur (each once)."""
        words = _folded_words(text)
        found = [w for w in words if w in self.words or w.startswith(self.beginnings)]
        joined = f" {' '.join(words)} "
        found += [phrase for phrase in self.phrases if f" {phrase} " in joined]
        return list(dict.fromkeys(found))


def word_filter(lines: tuple[str, ...]) -> WordFilter:
    """A filter of word-list lines (`#` starts a comment; `word*` matches words beginning so; several words
    match as a phrase)."""
    words, beginnings, phrases = set(), [], []
    for line in lines:
        entry = line.split("#", 1)[0].strip()
        folded = " ".join(_folded_words(entry))
        if not folded:
            continue
        if entry.endswith("*") and " " not in folded:
            beginnings.append(folded)
        elif " " in folded:
            phrases.append(folded)
        else:
            words.add(folded)
    return WordFilter(frozenset(words), tuple(beginnings), tuple(phrases))


@lru_cache(maxsize=64)
def filter_for(banned_words: tuple[str, ...]) -> WordFilter:
    """The bundled lists plus a poll's own banned words."""
    bundled = tuple(line for name in WORD_LISTS for line in resource("polls", name).read_text("utf-8").splitlines())
    return word_filter(bundled + banned_words)


def first_status(poll: Poll, flags: list[str]) -> str:
    """Where a new entry starts: on screen, or in the queue (moderated poll, or flagged by the filter)."""
    return PENDING if poll.definition.moderated or flags else SHOWN


@dataclass(frozen=True)
class Entry:
    """A text entry (an open answer, a word, a question) as the moderator and the stage see it."""

    id: int
    poll: str
    round: int
    text: str  # exactly as typed; show `display` on screens
    status: str
    flags: tuple[str, ...]
    answered: bool
    pinned: bool
    votes: int
    at: str

    @property
    def display(self) -> str:
        return display_text(self.text)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "status": self.status, "flags": list(self.flags),
                "answered": self.answered, "pinned": self.pinned, "votes": self.votes, "at": self.at}


ENTRY_SELECT = """
    SELECT e.id, e.poll, e.round, e.text, e.status, e.flags, e.answered, e.pinned,
           (SELECT count(*) FROM poll_upvotes u WHERE u.entry = e.id), e.at
    FROM poll_entries e"""


def _entry(row: tuple[Any, ...]) -> Entry:
    entry_id, poll, round_, text, status, flags, answered, pinned, votes, at = row
    return Entry(entry_id, poll, round_, text, status, tuple(filter(None, flags.split(","))), bool(answered),
                 bool(pinned), votes, at)


def entries(store: Store, poll_id: str, round_: int, statuses: tuple[str, ...] = (SHOWN,)) -> list[Entry]:
    """The entries of a round in these states: pinned first, then by votes, then oldest first."""
    marks = ",".join("?" * len(statuses))
    rows = store.conn.execute(f"{ENTRY_SELECT} WHERE e.poll = ? AND e.round = ? AND e.status IN ({marks}) "
                              "ORDER BY e.pinned DESC, 9 DESC, e.id", (poll_id, round_, *statuses))
    return [_entry(row) for row in rows]


def queue(store: Store, poll_id: str) -> list[Entry]:
    """What waits for the moderator in the poll's current round, oldest first (flags shown with each)."""
    poll = get_poll(store, poll_id)
    rows = store.conn.execute(f"{ENTRY_SELECT} WHERE e.poll = ? AND e.round = ? AND e.status = ? ORDER BY e.id",
                              (poll_id, poll.round, PENDING))
    return [_entry(row) for row in rows]


_ACTIONS = {
    "approve": "status = 'shown'", "hide": "status = 'hidden', pinned = 0", "pin": "pinned = 1",
    "unpin": "pinned = 0", "answered": "answered = 1", "unanswered": "answered = 0",
}


def write_moderation(conn: sqlite3.Connection, entry_id: int, action: str) -> str | None:
    """Apply a known moderation action to an entry without an event row; the entry's poll (None: no entry)."""
    row = conn.execute("SELECT poll FROM poll_entries WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        return None
    change = _ACTIONS[action] + (", status = 'shown'" if action == "pin" else "")
    conn.execute(f"UPDATE poll_entries SET {change} WHERE id = ?", (entry_id,))
    touch(conn, row[0])
    return str(row[0])


def moderate(store: Store, entry_id: int, action: str, now: datetime) -> Entry:
    """Apply a moderator's action to an entry: approve, hide, pin, unpin, answered, unanswered. A pinned entry
    is shown (pinning approves it). Logged as a `poll_moderated` event."""
    if action not in _ACTIONS:
        raise PollError(f"{action!r} is no moderation action (expected {', '.join(_ACTIONS)})")
    with store.transaction() as conn:
        poll_id = write_moderation(conn, entry_id, action)
        if poll_id is None:
            raise PollError(f"no entry {entry_id}")
        store.record("poll_moderated", {"poll": poll_id, "entry": entry_id, "action": action}, now)
        return _entry(conn.execute(f"{ENTRY_SELECT} WHERE e.id = ?", (entry_id,)).fetchone())
