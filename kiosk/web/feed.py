"""The one watcher of the database and the server-sent events it fans out to every phone.

A single task reads the polls' change counter and the programme's revision a few times a second (never
one read per connection), works out what phones should hear — the open polls changed, results revealed or
changed (at most once a second per poll), the programme changed — and hands each event, encoded once, to
every connection. Events carry ids (`<boot>-<n>`); a phone that reconnects with `Last-Event-ID` gets what it
missed from a short replay buffer, or the current state when that is gone (or the server restarted)."""

import asyncio
import logging
import secrets
import sqlite3
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.common.timeutil import to_iso, utc_now
from kiosk.event.store import Store
from kiosk.polls.model import MULTIPLE, OPEN_STATE, RANKING, SINGLE, TEXT_KINDS, Poll
from kiosk.polls.results import change_counter, changed_since, results
from kiosk.polls.store import list_polls
from kiosk.polls.text import limit_for
from kiosk.programme.store import programme_revision
from kiosk.web.jsontext import json_text

TICK_S = 0.05  # how often the database is looked at (three index lookups)
RESULTS_EVERY_S = 1.0  # changed results of a revealed poll go out at most this often
HEARTBEAT_S = 15.0
BEAT_SLOTS = round(HEARTBEAT_S / TICK_S)  # each tick pings one slot's streams: never all 2,000 at once
RETRY_MS = 3000
REPLAY = 256  # events kept for reconnecting phones
MAX_PENDING = 64  # events waiting for one slow phone before it is dropped (it reconnects and catches up)
PING = b": ping\n\n"
log = logging.getLogger(__name__)


def phone_poll(poll: Poll) -> dict[str, Any]:
    """An open poll as a phone gets it: what to ask and how it may be answered (never who voted)."""
    definition = poll.definition
    most = {SINGLE: 1, MULTIPLE: definition.max_choices, RANKING: len(definition.options)}.get(poll.kind, 1)
    return {"id": poll.id, "kind": poll.kind, "question": definition.question, "options": list(definition.options),
            "round": poll.round, "state": OPEN_STATE, "allow_change": definition.allow_change, "max_choices": most,
            "scale": list(definition.scale), "labels": list(definition.labels),
            "max_chars": limit_for(poll.kind) if poll.kind in TEXT_KINDS else 0, "moderated": definition.moderated,
            "revealed": poll.revealed,
            "closes_at": to_iso(poll.closes_at) if poll.closes_at else None}


class Subscriber:
    """One phone's event stream: the chunks waiting to be sent, and whether it is done."""

    __slots__ = ("closed", "pending", "slot", "wake")

    def __init__(self, first: list[bytes], slot: int) -> None:
        self.pending = first
        self.slot = slot  # its heartbeat's turn
        self.wake = asyncio.Event()
        self.closed = False
        self.wake.set()

    def push(self, chunk: bytes) -> None:
        if len(self.pending) >= MAX_PENDING:
            self.close()
            return
        self.pending.append(chunk)
        self.wake.set()

    def close(self) -> None:
        self.closed = True
        self.wake.set()

    def take(self) -> bytes:
        """What waits, as one chunk (emptied)."""
        chunk = b"".join(self.pending)
        self.pending = []
        self.wake.clear()
        return chunk


@dataclass
class _Shown:
    """A poll whose results are revealed: the round and results last sent, when, and whether they changed."""

    round: int
    sent: str
    sent_at: float
    dirty: bool = False


class Feed:
    """The database watcher and the event fan-out of one server."""

    def __init__(self, store: Store, clock: Callable[[], datetime] = utc_now,
                 seconds: Callable[[], float] = time.monotonic) -> None:
        """`clock` tells the time (countdowns), `seconds` measures intervals (how often results go out)."""
        self.store = store
        self._clock, self._seconds = clock, seconds
        self._boot = secrets.token_hex(4)
        self._seq = 0
        self._recent: deque[tuple[int, bytes]] = deque(maxlen=REPLAY)
        self._subscribers: set[Subscriber] = set()
        self._counter = -1
        self._deadline: datetime | None = None
        self._open: list[dict[str, Any]] = []
        self._shown: dict[str, _Shown] = {}
        self._polls: dict[str, Poll] = {}
        self._programme: tuple[int, int] | None = None
        self._beats: list[set[Subscriber]] = [set() for _ in range(BEAT_SLOTS)]
        self._beat = 0
        self._joined = 0
        self.sync()

    # What the routes read -----------------------------------------------------------------------------------

    def open_polls(self) -> list[dict[str, Any]]:
        """The open polls as phones get them, current as of this call."""
        self.sync()
        return self._open

    def poll(self, poll_id: str) -> Poll | None:
        """A poll as of the last look at the database."""
        return self._polls.get(poll_id)

    def shown_results(self) -> list[dict[str, Any]]:
        """Every poll whose results are revealed, with them (the `results` events' data), current now."""
        self.sync()
        return [self._results_data(self._polls[poll_id]) for poll_id in self._shown]

    # Connections ----------------------------------------------------------------------------------------------

    def subscribe(self, last_event_id: str = "") -> Subscriber:
        """A new stream: `retry`, then what a reconnecting phone missed, or else the current state."""
        missed = self._since(last_event_id)
        first = [f"retry: {RETRY_MS}\n\n".encode()]
        if missed is not None:
            first += missed
        else:
            ident = self._id(self._seq)
            first.append(_chunk(ident, "polls", self._open))
            first += [_chunk(ident, "results", self._results_data(self._polls[poll_id])) for poll_id in self._shown]
        self._joined += 1
        subscriber = Subscriber(first, self._joined % BEAT_SLOTS)
        self._subscribers.add(subscriber)
        self._beats[subscriber.slot].add(subscriber)
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        self._subscribers.discard(subscriber)
        self._beats[subscriber.slot].discard(subscriber)

    def close_all(self) -> None:
        """End every stream (the server is stopping)."""
        for subscriber in list(self._subscribers):
            subscriber.close()

    # The watcher -------------------------------------------------------------------------------------------------

    async def run(self) -> None:
        """Look at the database every tick until cancelled; a failed look is logged and tried again."""
        while True:
            try:
                self.sync()
            except sqlite3.Error as error:
                log.warning("reading the event database failed (%s); trying again", error)
            self.beat()
            await asyncio.sleep(TICK_S)

    def beat(self) -> None:
        """One tick of the heartbeat: a comment to the streams whose turn it is (each one every ~15 s)."""
        for subscriber in list(self._beats[self._beat]):
            subscriber.push(PING)
        self._beat = (self._beat + 1) % BEAT_SLOTS

    def sync(self) -> None:
        """Catch up with the database: send what changed (results of a poll at most once a second)."""
        now = self._clock()
        counter = change_counter(self.store)
        if counter != self._counter or (self._deadline is not None and now >= self._deadline):
            changed = changed_since(self.store, self._counter)
            self._counter = counter
            self._read_polls(now, set(changed))
        self._send_changed_results()
        revision = programme_revision(self.store)
        if revision != self._programme:
            if self._programme is not None:
                self._broadcast("programme", {})
            self._programme = revision

    def _read_polls(self, now: datetime, changed: set[str]) -> None:
        polls = list_polls(self.store)
        self._polls = {poll.id: poll for poll in polls}
        open_polls = [poll for poll in polls if poll.state_at(now) == OPEN_STATE]
        self._deadline = min((p.closes_at for p in open_polls if p.closes_at is not None), default=None)
        listed = [phone_poll(poll) for poll in open_polls]
        if listed != self._open:
            self._open = listed
            self._broadcast("polls", listed)
        for poll in polls:
            if poll.id in changed or (poll.revealed and poll.id not in self._shown):
                self._follow(poll)
        for poll_id in [p for p in self._shown if p not in self._polls]:
            del self._shown[poll_id]

    def _follow(self, poll: Poll) -> None:
        """A changed poll: revealed (send at once), its revealed results changed (send soon), hidden."""
        shown = self._shown.get(poll.id)
        if not poll.revealed:
            if shown is not None:
                del self._shown[poll.id]
                self._broadcast("results", {**self._about(poll), "results": None})
            return
        if shown is not None and shown.round == poll.round:
            shown.dirty = True
            return
        data = self._results_data(poll)
        self._shown[poll.id] = _Shown(poll.round, json_text(data["results"]), self._seconds())
        self._broadcast("results", data)

    def _send_changed_results(self) -> None:
        now = self._seconds()
        for poll_id, shown in self._shown.items():
            if shown.dirty and now - shown.sent_at >= RESULTS_EVERY_S:
                shown.dirty = False
                data = self._results_data(self._polls[poll_id])
                encoded = json_text(data["results"])
                if encoded != shown.sent:
                    shown.sent, shown.sent_at = encoded, now
                    self._broadcast("results", data)

    def _about(self, poll: Poll) -> dict[str, Any]:
        return {"id": poll.id, "round": poll.round, "kind": poll.kind, "question": poll.definition.question,
                "state": poll.state_at(self._clock())}

    def _results_data(self, poll: Poll) -> dict[str, Any]:
        return {**self._about(poll), "results": results(self.store, poll.id)}

    # Events ----------------------------------------------------------------------------------------------------

    def _id(self, seq: int) -> str:
        return f"{self._boot}-{seq}"

    def _broadcast(self, name: str, data: Any) -> None:
        self._seq += 1
        chunk = _chunk(self._id(self._seq), name, data)
        self._recent.append((self._seq, chunk))
        for subscriber in list(self._subscribers):
            subscriber.push(chunk)

    def _since(self, last_event_id: str) -> list[bytes] | None:
        """The events after that id, or None when they cannot be told (unknown id, or gone from the buffer)."""
        boot, _, number = last_event_id.strip().partition("-")
        if boot != self._boot or not number.isdigit() or int(number) > self._seq:
            return None
        seq = int(number)
        if seq < self._seq and (not self._recent or self._recent[0][0] > seq + 1):
            return None
        return [chunk for n, chunk in self._recent if n > seq]


def _chunk(ident: str, name: str, data: Any) -> bytes:
    return f"id: {ident}\nevent: {name}\ndata: {json_text(data)}\n\n".encode()
