"""Applying other machines' poll rows: definitions, the lifecycle (the moderator's machine decides it, the others
follow), ballots the server let count, Q&A questions, upvotes and moderation."""

from typing import Any

from kiosk.common.timeutil import from_iso, to_iso
from kiosk.event.store import Store
from kiosk.polls.ballots import apply_ballot, apply_question, apply_upvote
from kiosk.polls.model import CLOSED, OPEN_STATE, Poll, definition_from_table
from kiosk.polls.moderation import write_moderation
from kiosk.polls.store import anonymise, find_poll, touch, write_definition
from kiosk.venue.portable import local_entry, local_voter
from kiosk.venue.remote import DUPLICATE, NotYet, Remote


def _poll(store: Store, remote: Remote) -> Poll:
    poll = find_poll(store, remote.payload.get("poll", ""))
    if poll is None:
        raise NotYet(f"poll {remote.payload.get('poll')}")
    return poll


def _voter(store: Store, remote: Remote) -> str:
    voter = local_voter(store.conn, remote.payload.get("voter_uid") or remote.payload.get("voter") or "")
    if not voter:
        raise NotYet("the voter's ticket")
    return voter


def _set(store: Store, remote: Remote, **columns: Any) -> None:
    """Set a poll's lifecycle columns as the row says, unless the row is about an earlier round than the poll is
    in here (a machine that closed the last round when its countdown ran out, offline, closes no later one)."""
    poll = _poll(store, remote)
    if remote.payload.get("round", poll.round) < poll.round:
        return
    assignments = "".join(f"{name} = :{name}, " for name in columns)
    store.conn.execute(f"UPDATE polls SET {assignments}updated_at = :at WHERE id = :id",
                       {**columns, "at": to_iso(remote.local_at), "id": poll.id})
    touch(store.conn, poll.id)


def _saved(store: Store, remote: Remote) -> None:
    definition = definition_from_table(remote.payload["definition"])
    before = find_poll(store, definition.id)
    if before is None or before.definition != definition:
        write_definition(store, definition, None, remote.local_at, added=before is None)


def _closes_at(remote: Remote) -> str:
    """A countdown's end on this machine's clock (the row has it on its machine's clock)."""
    closes_at = remote.payload.get("closes_at", "")
    return to_iso(from_iso(closes_at) + (remote.local_at - remote.at)) if closes_at else ""


def _opened(store: Store, remote: Remote) -> None:
    _set(store, remote, state=OPEN_STATE, round=remote.payload["round"], closes_at=_closes_at(remote))


def _closed(store: Store, remote: Remote) -> None:
    poll = _poll(store, remote)
    _set(store, remote, state=CLOSED, closes_at="")
    if poll.definition.anonymise_on_close:
        anonymise(store.conn, poll.id, remote.payload["round"])


def _new_round(store: Store, remote: Remote) -> None:
    _set(store, remote, state=OPEN_STATE, round=remote.payload["round"], revealed=0, closes_at=_closes_at(remote))


def _ballot(store: Store, remote: Remote) -> None:
    """A ballot counts here only when the server let it count (the first of its voter and round, or a
    replacement)."""
    if remote.verdict == DUPLICATE:
        return
    apply_ballot(store, _poll(store, remote), _voter(store, remote), remote.payload["round"],
                 remote.payload["answer"], remote.local_at)


def _question(store: Store, remote: Remote) -> None:
    apply_question(store, _poll(store, remote), _voter(store, remote), remote.payload["round"],
                   remote.payload["text"], remote.local_at)


def _entry(store: Store, remote: Remote) -> int:
    entry = local_entry(store.conn, remote.payload.get("entry_key"))
    if entry is None:
        raise NotYet("the Q&A entry")
    return entry


def _upvote(store: Store, remote: Remote) -> None:
    apply_upvote(store, _poll(store, remote).id, _entry(store, remote), _voter(store, remote), remote.local_at)


def _moderated(store: Store, remote: Remote) -> None:
    write_moderation(store.conn, _entry(store, remote), remote.payload["action"])


POLL_APPLIERS = {
    "poll_saved": _saved,
    "poll_opened": _opened,
    "poll_closed": _closed,
    "poll_revealed": lambda store, remote: _set(store, remote, revealed=1),
    "poll_hidden": lambda store, remote: _set(store, remote, revealed=0),
    "poll_new_round": _new_round,
    "poll_ballot": _ballot,
    "poll_question": _question,
    "poll_upvote": _upvote,
    "poll_moderated": _moderated,
}
