"""Read models of the poll screens: which poll the stage shows, what the stage needs of it in one read, the
polls a kiosk offers, and the moderator's list with the running session's polls first."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from kiosk.event.store import Store
from kiosk.polls.model import OPEN_STATE, Poll
from kiosk.polls.results import Snapshot, _one_read, change_counter, snapshot
from kiosk.polls.store import ballot_count, list_polls

_ON_STAGE = """SELECT id FROM polls WHERE state = 'open' OR revealed = 1
               ORDER BY updated_at DESC, version DESC LIMIT 1"""


def stage_poll_id(store: Store) -> str | None:
    """The poll on the stage: of the polls that are open or whose results are shown, the one the moderator
    changed last (opened, revealed, a new round). None: the stage shows the logo and the programme."""
    row = store.conn.execute(_ON_STAGE).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class StageView:
    """What the stage draws: the change counter it was read at, and the poll on stage with its results (None
    while hidden) and its ballot count, or no poll."""

    counter: int
    shown: Snapshot | None = None
    ballots: int = 0


def stage_view(store: Store, poll_id: str | None = None, hidden_too: bool = False) -> StageView:
    """The stage's state in one consistent read: the poll on stage, or `poll_id` (the moderator's preview, or
    the kiosk's thank-you), with its results when revealed or `hidden_too` (what the stage will show once they
    are revealed)."""
    with _one_read(store):
        counter = change_counter(store)
        poll_id = poll_id or stage_poll_id(store)
        if poll_id is None:
            return StageView(counter)
        shown = snapshot(store, poll_id, hidden_too=hidden_too)
        return StageView(counter, shown, ballot_count(store, shown.poll))


def open_polls(store: Store, now: datetime) -> list[Poll]:
    """The polls a guest can vote in now (open, countdown not run out), in file order."""
    return [poll for poll in list_polls(store) if poll.state_at(now) == OPEN_STATE]


def session_first(polls: Iterable[Poll], running: Iterable[str]) -> list[Poll]:
    """The polls with those of the running programme sessions (by session id) first, each group in order."""
    keys = set(running)
    ordered = list(polls)
    return [p for p in ordered if p.definition.session in keys] + \
        [p for p in ordered if p.definition.session not in keys]
