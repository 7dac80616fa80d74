"""Poll rows in the event database: saving definitions (from polls.toml or the moderator console), finding
polls, and the lifecycle draft → open (optional countdown) → closed, results shown or hidden, new rounds.
Every change is an event row in the same transaction, and moves the poll's change counter (`version`)."""

import json
import sqlite3
from datetime import datetime, timedelta
from typing import Any

from kiosk.common.timeutil import from_iso, to_iso
from kiosk.event.config_check import did_you_mean
from kiosk.event.store import Store
from kiosk.polls.model import (
    CLOSED,
    DRAFT,
    OPEN_STATE,
    QA,
    Poll,
    PollDefinition,
    PollError,
    definition_from_table,
)
from kiosk.polls.toml_file import definition_problems

FROZEN_ONCE_VOTED = ("kind", "options", "max_choices", "scale")  # ballots refer to these
MAX_COUNTDOWN_S = 24 * 3600
_COLUMNS = "id, kind, question, definition, session, state, round, revealed, closes_at, version"


def _poll(row: sqlite3.Row | tuple[Any, ...]) -> Poll:
    poll_id, kind, question, definition, session, state, round_, revealed, closes_at, version = row
    table = {**json.loads(definition), "id": poll_id, "kind": kind, "question": question, "session": session}
    return Poll(definition_from_table(table), state, round_, bool(revealed),
                from_iso(closes_at) if closes_at else None, version)


def find_poll(store: Store, poll_id: str) -> Poll | None:
    """The poll with that id, if there is one."""
    row = store.conn.execute(f"SELECT {_COLUMNS} FROM polls WHERE id = ?", (poll_id,)).fetchone()
    return _poll(row) if row else None


def get_poll(store: Store, poll_id: str) -> Poll:
    """The poll with that id; PollError (with a did-you-mean) when there is none."""
    poll = find_poll(store, poll_id)
    if poll is None:
        known = [row[0] for row in store.conn.execute("SELECT id FROM polls")]
        raise PollError(f'no poll "{poll_id}"{did_you_mean(poll_id, known)}')
    return poll


def list_polls(store: Store) -> list[Poll]:
    """Every poll, in the order of polls.toml (console-made polls after them)."""
    return [_poll(row) for row in store.conn.execute(f"SELECT {_COLUMNS} FROM polls ORDER BY position, id")]


def polls_of_session(store: Store, session: str) -> list[Poll]:
    """The polls that belong to a programme session (by its id), in file order."""
    rows = store.conn.execute(f"SELECT {_COLUMNS} FROM polls WHERE session = ? ORDER BY position, id", (session,))
    return [_poll(row) for row in rows]


def ballot_count(store: Store, poll: Poll, round_: int | None = None) -> int:
    """Ballots of a round (default: the current one); a Q&A's ballots are its questions."""
    table = "poll_entries" if poll.kind == QA else "poll_ballots"
    return store.conn.execute(f"SELECT count(*) FROM {table} WHERE poll = ? AND round = ?",
                              (poll.id, round_ or poll.round)).fetchone()[0]


def _voted_ever(conn: sqlite3.Connection, poll_id: str) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM poll_ballots WHERE poll = ?) OR "
                        "EXISTS (SELECT 1 FROM poll_entries WHERE poll = ?)", (poll_id, poll_id)).fetchone()[0]


def touch(conn: sqlite3.Connection, poll_id: str) -> None:
    """Move the poll's change counter past every other poll's (inside the caller's transaction)."""
    conn.execute("UPDATE polls SET version = (SELECT coalesce(max(version), 0) + 1 FROM polls) WHERE id = ?",
                 (poll_id,))


def _stored_definition(definition: PollDefinition) -> str:
    table = definition.as_table()
    for name in ("id", "kind", "question", "session"):
        table.pop(name, None)
    return json.dumps(table, ensure_ascii=False, sort_keys=True)


def _save(store: Store, definition: PollDefinition, position: int | None, now: datetime, source: str) -> str:
    """Insert or update one definition inside the caller's transaction: 'added', 'updated' or 'unchanged'."""
    conn = store.conn
    before = find_poll(store, definition.id)
    if before is not None and before.definition == definition:
        return "unchanged"
    if before is not None and _voted_ever(conn, definition.id):
        frozen = [name for name in FROZEN_ONCE_VOTED
                  if getattr(before.definition, name) != getattr(definition, name)]
        if frozen:
            raise PollError(f"{', '.join(frozen)}: cannot change once the poll has ballots (expected the "
                            "values it was voted on; make a new poll instead)")
    write_definition(store, definition, position, now, added=before is None)
    outcome = "added" if before is None else "updated"
    store.record("poll_saved", {"poll": definition.id, "source": source, "outcome": outcome,
                                "definition": definition.as_table()}, now)
    return outcome


def write_definition(store: Store, definition: PollDefinition, position: int | None, now: datetime,
                     added: bool) -> None:
    """Insert (`added`) or update a poll's definition without an event row (the caller logs one, or applies
    another machine's); a new poll without `position` goes last."""
    conn = store.conn
    values = (definition.kind, definition.question, _stored_definition(definition), definition.session,
              int(definition.allow_change), to_iso(now))
    if added:
        if position is None:
            position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM polls").fetchone()[0]
        conn.execute("INSERT INTO polls (kind, question, definition, session, allow_change, updated_at, id, "
                     "position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (*values, definition.id, position, to_iso(now)))
    else:
        conn.execute("UPDATE polls SET kind = ?, question = ?, definition = ?, session = ?, allow_change = ?, "
                     "updated_at = ?, position = coalesce(?, position) WHERE id = ?",
                     (*values, position, definition.id))
    touch(conn, definition.id)


def save_definitions(store: Store, definitions: list[PollDefinition], now: datetime) -> tuple[int, int]:
    """Import the polls of a polls.toml in one transaction, in file order: (added, updated). PollError names
    the poll when one cannot change as asked; then nothing changes."""
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    with store.transaction():
        for position, definition in enumerate(definitions, start=1):
            try:
                counts[_save(store, definition, position, now, "file")] += 1
            except PollError as error:
                raise PollError(f"polls[{position}].{error}") from None
    return counts["added"], counts["updated"]


def save_draft(store: Store, definition: PollDefinition, now: datetime) -> str:
    """Create or edit a poll on the moderator console (checked like polls.toml): 'added', 'updated' or
    'unchanged'. PollError says what is wrong."""
    problems = definition_problems(definition)
    if problems:
        raise PollError("; ".join(f"{p.where}: {p.why}" for p in problems))
    with store.transaction():
        return _save(store, definition, None, now, "console")


# The lifecycle ---------------------------------------------------------------------------------------------------


def anonymise(conn: sqlite3.Connection, poll_id: str, round_: int) -> int:
    """Replace the voter ids of a round by random ids: nothing links a vote to a person any more."""
    random_id = "'anon:' || lower(hex(randomblob(12)))"
    changed = conn.execute(f"UPDATE poll_ballots SET voter = {random_id} WHERE poll = ? AND round = ? "
                           "AND voter NOT LIKE 'anon:%'", (poll_id, round_)).rowcount
    changed += conn.execute(f"UPDATE poll_entries SET voter = {random_id} WHERE poll = ? AND round = ? "
                            "AND voter NOT LIKE 'anon:%'", (poll_id, round_)).rowcount
    conn.execute(f"UPDATE poll_upvotes SET voter = {random_id} WHERE voter NOT LIKE 'anon:%' AND entry IN "
                 "(SELECT id FROM poll_entries WHERE poll = ? AND round = ?)", (poll_id, round_))
    return changed


def _close(store: Store, poll: Poll, now: datetime, why: str) -> None:
    """Close the poll's round (inside the caller's transaction), anonymising it when the poll says so."""
    conn = store.conn
    conn.execute("UPDATE polls SET state = ?, closes_at = '', updated_at = ? WHERE id = ?",
                 (CLOSED, to_iso(now), poll.id))
    anonymised = anonymise(conn, poll.id, poll.round) if poll.definition.anonymise_on_close else 0
    touch(conn, poll.id)
    store.record("poll_closed", {"poll": poll.id, "round": poll.round, "why": why, "anonymised": anonymised}, now)


def _transition(store: Store, poll_id: str, now: datetime) -> Poll:
    """The poll as it stands, read under the write lock (a countdown that ran out is closed first)."""
    poll = get_poll(store, poll_id)
    if poll.state == OPEN_STATE and poll.state_at(now) == CLOSED:
        _close(store, poll, now, "countdown")
        poll = get_poll(store, poll_id)
    return poll


def _closes_at(now: datetime, seconds: float | None) -> str:
    if seconds is None:
        return ""
    if not 0 < seconds <= MAX_COUNTDOWN_S:
        raise PollError(f"a countdown of {seconds:g} s is out of range (expected 1–{MAX_COUNTDOWN_S} seconds)")
    return to_iso(now + timedelta(seconds=seconds))


def open_poll(store: Store, poll_id: str, now: datetime, seconds: float | None = None) -> Poll:
    """Open a draft poll for voting (with a countdown of `seconds`, if given). A closed poll opens again in
    the same round unless its voters were anonymised (then start a new round)."""
    with store.transaction() as conn:
        poll = _transition(store, poll_id, now)
        if poll.state == OPEN_STATE:
            raise PollError(f'poll "{poll_id}" is open already')
        if poll.state == CLOSED and poll.definition.anonymise_on_close:
            raise PollError(f'poll "{poll_id}" is closed and its voters are anonymised: start a new round')
        closes_at = _closes_at(now, seconds)
        conn.execute("UPDATE polls SET state = ?, closes_at = ?, updated_at = ? WHERE id = ?",
                     (OPEN_STATE, closes_at, to_iso(now), poll_id))
        touch(conn, poll_id)
        store.record("poll_opened", {"poll": poll_id, "round": poll.round, "closes_at": closes_at}, now)
    return get_poll(store, poll_id)


def close_poll(store: Store, poll_id: str, now: datetime) -> Poll:
    """Close an open poll: it takes no more ballots (anonymised when `anonymise_on_close`)."""
    with store.transaction():
        poll = _transition(store, poll_id, now)
        if poll.state != OPEN_STATE:
            raise PollError(f'poll "{poll_id}" is not open (it is {poll.state})')
        _close(store, poll, now, "moderator")
    return get_poll(store, poll_id)


def show_results(store: Store, poll_id: str, now: datetime, shown: bool) -> Poll:
    """Reveal (`shown`) or hide the results on the stage, in any state."""
    with store.transaction() as conn:
        poll = _transition(store, poll_id, now)
        if poll.revealed != shown:
            conn.execute("UPDATE polls SET revealed = ?, updated_at = ? WHERE id = ?",
                         (int(shown), to_iso(now), poll_id))
            touch(conn, poll_id)
            store.record("poll_revealed" if shown else "poll_hidden", {"poll": poll_id, "round": poll.round}, now)
    return get_poll(store, poll_id)


def new_round(store: Store, poll_id: str, now: datetime, seconds: float | None = None) -> Poll:
    """Start the next round: the current one closes (kept, and anonymised when the poll says so), the poll
    opens again with an empty ballot box and its results hidden."""
    with store.transaction() as conn:
        poll = _transition(store, poll_id, now)
        if poll.state == DRAFT:
            raise PollError(f'poll "{poll_id}" is a draft: open it first')
        if poll.state == OPEN_STATE:
            _close(store, poll, now, "new round")
        closes_at = _closes_at(now, seconds)
        conn.execute("UPDATE polls SET state = ?, round = round + 1, revealed = 0, closes_at = ?, updated_at = ? "
                     "WHERE id = ?", (OPEN_STATE, closes_at, to_iso(now), poll_id))
        touch(conn, poll_id)
        store.record("poll_new_round", {"poll": poll_id, "round": poll.round + 1, "closes_at": closes_at}, now)
    return get_poll(store, poll_id)


def close_expired(store: Store, now: datetime) -> list[str]:
    """Close the polls whose countdown ran out (voting stopped at that moment anyway); returns their ids."""
    with store.transaction() as conn:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM polls WHERE state = ? AND closes_at != '' AND closes_at <= ?",
                            (OPEN_STATE, to_iso(now))).fetchall()
        for row in rows:
            _close(store, _poll(row), now, "countdown")
    return [row[0] for row in rows]
