"""Voting: one ballot per voter, poll and round, enforced by the database in the statement that writes it.

The ballot is an upsert that selects the poll's round only while the poll is open (and its countdown has not
run out), so a closed poll takes nothing whatever a process read before; a second ballot of the same voter
replaces the first only when the poll allows changes (the `DO UPDATE … WHERE`). Choices, the entry text and
the event row are written in the same transaction.
"""

import json
from dataclasses import dataclass
from datetime import datetime

from kiosk.common.timeutil import to_iso
from kiosk.event.store import Store
from kiosk.polls.model import (
    CHOICE_KINDS,
    CLOSED,
    DRAFT,
    MULTIPLE,
    QA,
    RANKING,
    SCALE,
    SINGLE,
    TEXT_KINDS,
    Poll,
    PollDefinition,
    VoteResult,
)
from kiosk.polls.moderation import filter_for, first_status
from kiosk.polls.store import find_poll, touch
from kiosk.polls.text import entry_problem, normalised
from kiosk.polls.voters import is_voter_id

OPEN_NOW = "state = 'open' AND (closes_at = '' OR closes_at > :now)"
_BALLOT = f"""
    INSERT INTO poll_ballots (poll, round, voter, answer, at)
    SELECT id, round, :voter, :answer, :now FROM polls WHERE id = :poll AND {OPEN_NOW}
    ON CONFLICT (poll, round, voter) DO UPDATE SET answer = excluded.answer, at = excluded.at,
        revision = revision + 1
        WHERE (SELECT allow_change FROM polls WHERE id = excluded.poll)
    RETURNING seq, round, revision"""
_BALLOT_ENTRY = """
    INSERT INTO poll_entries (poll, round, ballot, voter, text, norm, status, flags, at)
    VALUES (:poll, :round, :ballot, :voter, :text, :norm, :status, :flags, :now)
    ON CONFLICT (ballot) DO UPDATE SET text = excluded.text, norm = excluded.norm, status = excluded.status,
        flags = excluded.flags, at = excluded.at, answered = 0, pinned = 0"""
_QUESTION = f"""
    INSERT INTO poll_entries (poll, round, ballot, voter, text, norm, status, flags, at)
    SELECT id, round, NULL, :voter, :text, :norm, :status, :flags, :now FROM polls WHERE id = :poll AND {OPEN_NOW}
    ON CONFLICT DO NOTHING
    RETURNING id, round"""
_BALLOT_TAKEN = """
    INSERT INTO poll_ballots (poll, round, voter, answer, at) VALUES (:poll, :round, :voter, :answer, :now)
    ON CONFLICT (poll, round, voter) DO UPDATE SET answer = excluded.answer, at = excluded.at,
        revision = revision + 1
    RETURNING seq, round, revision"""
_QUESTION_TAKEN = """
    INSERT INTO poll_entries (poll, round, ballot, voter, text, norm, status, flags, at)
    VALUES (:poll, :round, NULL, :voter, :text, :norm, :status, :flags, :now)
    ON CONFLICT DO NOTHING"""
_UPVOTE = """
    INSERT INTO poll_upvotes (entry, voter, at)
    SELECT e.id, :voter, :now FROM poll_entries e JOIN polls p ON p.id = e.poll AND p.round = e.round
    WHERE e.id = :entry AND e.status = 'shown' AND p.state = 'open' AND (p.closes_at = '' OR p.closes_at > :now)
    ON CONFLICT DO NOTHING
    RETURNING entry"""


@dataclass(frozen=True)
class Answer:
    """A voter's answer in stored form: option numbers from 0 (in the voter's order), a scale value, or text."""

    options: tuple[int, ...] = ()
    value: int | None = None
    text: str = ""

    def as_stored(self) -> object:
        """What the ballot row keeps (JSON), from which results can always be counted again."""
        if self.value is not None:
            return self.value
        return self.text if not self.options else list(self.options)


def _option(definition: PollDefinition, given: str) -> int | None:
    """The option a voter named by its text (case and spaces aside) or by its number from 1."""
    wanted = given.strip().casefold()
    for index, option in enumerate(definition.options):
        if option.strip().casefold() == wanted:
            return index
    if wanted.isdigit() and 1 <= int(wanted) <= len(definition.options):
        return int(wanted) - 1
    return None


def parse_answer(definition: PollDefinition, given: list[str]) -> Answer | str:
    """The answer in stored form, or why it is no answer to this poll."""
    kind = definition.kind
    if not given:
        return "no answer given"
    if kind in CHOICE_KINDS:
        options = [_option(definition, item) for item in given]
        unknown = [item for item, option in zip(given, options, strict=True) if option is None]
        if unknown:
            return f"{unknown[0]!r} is not an option (expected an option's text or its number 1–" \
                   f"{len(definition.options)})"
        if len(set(options)) < len(options):
            return "an option is given twice"
        most = {SINGLE: 1, MULTIPLE: definition.max_choices, RANKING: len(definition.options)}[kind]
        if len(options) > most:
            return f"{len(options)} options given (expected at most {most})"
        return Answer(options=tuple(o for o in options if o is not None))
    if len(given) > 1:
        return "one answer expected"
    if kind == SCALE:
        text = given[0].strip()
        low, high = definition.scale
        number = int(text) if text.lstrip("-").isdigit() else None
        if number is None or not low <= number <= high:
            return f"{given[0]!r} is not on the scale (expected a whole number {low}–{high})"
        return Answer(value=number)
    problem = entry_problem(kind, given[0])
    return problem or Answer(text=given[0])


def _why_not(poll: Poll | None, now: datetime, voted_again: str) -> str:
    if poll is None:
        return "no such poll"
    state = poll.state_at(now)
    if state == DRAFT:
        return "the poll is not open yet"
    return "the poll is closed" if state == CLOSED else voted_again


def cast_vote(store: Store, poll_id: str, voter: str, given: list[str], now: datetime) -> VoteResult:
    """Record a voter's answer (option texts or numbers, a scale value, or one text). Not accepted, with the
    reason, when the poll is not open, the answer does not fit, or the voter voted already in a poll that
    does not allow changes; `replaced` when the new ballot replaced the voter's earlier one."""
    if not is_voter_id(voter):
        return VoteResult(False, reason=f"{voter!r} is not a voter id")
    with store.transaction():
        poll = find_poll(store, poll_id)  # read under the write lock: the definition cannot change meanwhile
        if poll is None:
            return VoteResult(False, reason=_why_not(poll, now, ""))
        answer = parse_answer(poll.definition, given)
        if isinstance(answer, str):
            return VoteResult(False, reason=answer)
        if poll.kind == QA:
            return _ask(store, poll, voter, answer.text, now)
        return _ballot(store, poll, voter, answer, now)


def _ballot(store: Store, poll: Poll, voter: str, answer: Answer, now: datetime) -> VoteResult:
    conn = store.conn
    stored = answer.as_stored()
    row = conn.execute(_BALLOT, {"voter": voter, "answer": json.dumps(stored, ensure_ascii=False),
                                 "now": to_iso(now), "poll": poll.id}).fetchone()
    if row is None:
        return VoteResult(False, reason=_why_not(poll, now, "this voter has voted already"))
    seq, round_, revision = row
    _count(store, poll, voter, answer, (seq, round_, revision), now)
    store.record("poll_ballot", {"poll": poll.id, "round": round_, "ballot": seq, "replaced": revision > 0,
                                 "answer": stored}, now)
    return VoteResult(True, replaced=revision > 0)


def _count(store: Store, poll: Poll, voter: str, answer: Answer, ballot: tuple[int, int, int], now: datetime) -> None:
    """Write a stored ballot's choices (replacing a replaced ballot's) and its text entry."""
    conn = store.conn
    seq, round_, revision = ballot
    if revision:
        conn.execute("DELETE FROM poll_choices WHERE ballot = ?", (seq,))
    choices = [(seq, poll.id, round_, option, rank if poll.kind == RANKING else 0)
               for rank, option in enumerate(answer.options, start=1)]
    if answer.value is not None:
        choices = [(seq, poll.id, round_, answer.value, 0)]
    conn.executemany("INSERT INTO poll_choices (ballot, poll, round, option, rank) VALUES (?, ?, ?, ?, ?)", choices)
    if poll.kind in TEXT_KINDS:
        flags = filter_for(poll.definition.banned_words).flags(answer.text)
        conn.execute(_BALLOT_ENTRY, {"poll": poll.id, "round": round_, "ballot": seq, "voter": voter,
                                     "text": answer.text, "norm": normalised(answer.text),
                                     "status": first_status(poll, flags), "flags": ",".join(flags),
                                     "now": to_iso(now)})
    touch(conn, poll.id)


def answer_from_stored(stored: object) -> Answer:
    """The answer of a ballot row's (or a `poll_ballot` event's) stored form."""
    if isinstance(stored, list):
        return Answer(options=tuple(int(option) for option in stored))
    if isinstance(stored, int):
        return Answer(value=stored)
    return Answer(text=str(stored))


def apply_ballot(store: Store, poll: Poll, voter: str, round_: int, stored: object, now: datetime) -> None:
    """Count a ballot another machine took (the venue server decided it counts): in its round, replacing this
    voter's ballot of that round, whatever the poll's state here (inside the caller's transaction)."""
    row = store.conn.execute(_BALLOT_TAKEN, {"poll": poll.id, "round": round_, "voter": voter, "now": to_iso(now),
                                             "answer": json.dumps(stored, ensure_ascii=False)}).fetchone()
    _count(store, poll, voter, answer_from_stored(stored), row, now)


def apply_question(store: Store, poll: Poll, voter: str, round_: int, text: str, now: datetime) -> None:
    """Add a question another machine took (inside the caller's transaction); a no-op when it is here."""
    flags = filter_for(poll.definition.banned_words).flags(text)
    store.conn.execute(_QUESTION_TAKEN, {"poll": poll.id, "round": round_, "voter": voter, "text": text,
                                         "norm": normalised(text), "status": first_status(poll, flags),
                                         "flags": ",".join(flags), "now": to_iso(now)})
    touch(store.conn, poll.id)


def apply_upvote(store: Store, poll_id: str, entry_id: int, voter: str, now: datetime) -> None:
    """Count an upvote another machine took (inside the caller's transaction); once per voter and entry."""
    store.conn.execute("INSERT INTO poll_upvotes (entry, voter, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                       (entry_id, voter, to_iso(now)))
    touch(store.conn, poll_id)


def _ask(store: Store, poll: Poll, voter: str, text: str, now: datetime) -> VoteResult:
    flags = filter_for(poll.definition.banned_words).flags(text)
    row = store.conn.execute(_QUESTION, {"voter": voter, "text": text, "norm": normalised(text),
                                         "status": first_status(poll, flags), "flags": ",".join(flags),
                                         "now": to_iso(now), "poll": poll.id}).fetchone()
    if row is None:
        return VoteResult(False, reason=_why_not(poll, now, "this voter asked this question already"))
    touch(store.conn, poll.id)
    store.record("poll_question", {"poll": poll.id, "round": row[1], "entry": row[0], "text": text}, now)
    return VoteResult(True)


def upvote(store: Store, entry_id: int, voter: str, now: datetime) -> VoteResult:
    """A voter supports a shown question of an open Q&A; once per voter and question."""
    if not is_voter_id(voter):
        return VoteResult(False, reason=f"{voter!r} is not a voter id")
    with store.transaction() as conn:
        row = conn.execute(_UPVOTE, {"voter": voter, "now": to_iso(now), "entry": entry_id}).fetchone()
        if row is None:
            found = conn.execute("SELECT poll, status, round FROM poll_entries WHERE id = ?", (entry_id,)).fetchone()
            poll = find_poll(store, found[0]) if found else None
            if found is None or poll is None or found[1] != "shown" or found[2] != poll.round:
                return VoteResult(False, reason="no such question on screen")
            return VoteResult(False, reason=_why_not(poll, now, "this voter supports this question already"))
        poll_id = conn.execute("SELECT poll FROM poll_entries WHERE id = ?", (entry_id,)).fetchone()[0]
        touch(conn, poll_id)
        store.record("poll_upvote", {"poll": poll_id, "entry": entry_id}, now)
    return VoteResult(True)
