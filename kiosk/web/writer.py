"""The one writer of phone ballots: a thread with its own connection that takes ballots from a queue and
commits those that arrived together in one short transaction (each in a savepoint of its own, so one that
fails takes none of the others with it). A phone hears "accepted" only after its ballot's commit. The
write-ahead log is copied into the database on a thread of its own, so no commit waits for that."""

import asyncio
import logging
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.common.timeutil import utc_now
from kiosk.event.store import Store, checkpoint
from kiosk.polls.ballots import cast_vote, upvote
from kiosk.polls.model import VoteResult

MAX_GROUP = 100  # ballots per commit at most: a commit stays short however busy it gets
MAX_WAITING = 20_000  # beyond this a phone is told to try again
CHECKPOINT_S = 1.0
log = logging.getLogger(__name__)


class Busy(Exception):
    """Too many ballots wait already; the phone should try again in a moment."""


class _GroupStore(Store):
    """A store whose transactions nest: inside the writer's group commit each ballot gets a savepoint."""

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        if not self.conn.in_transaction:
            with super().transaction() as conn:
                yield conn
            return
        self.conn.execute("SAVEPOINT ballot")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK TO ballot")
            self.conn.execute("RELEASE ballot")
            raise
        self.conn.execute("RELEASE ballot")


@dataclass
class _Job:
    work: Callable[[Store], VoteResult]
    future: asyncio.Future[VoteResult]
    loop: asyncio.AbstractEventLoop


_STOP = object()


class BallotWriter:
    """Writes ballots and upvotes for the event loop's handlers (`vote`, `upvote`)."""

    def __init__(self, database: Path, kiosk_id: str) -> None:
        self._database = database
        self._store = _GroupStore(database, kiosk_id)
        self._store.defer_checkpoints()
        self._queue: queue.SimpleQueue[_Job | object] = queue.SimpleQueue()
        self._written = threading.Event()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="ballot-writer", daemon=True)
        self._thread.start()
        self._checkpoints = threading.Thread(target=self._checkpoint, name="ballot-checkpoints", daemon=True)
        self._checkpoints.start()

    async def vote(self, poll_id: str, voter: str, answers: list[str]) -> VoteResult:
        """Cast a ballot (as `cast_vote`), once it is committed."""
        return await self._submit(lambda store: cast_vote(store, poll_id, voter, answers, utc_now()))

    async def upvote(self, entry: int, voter: str) -> VoteResult:
        """Support a question (as `ballots.upvote`), once it is committed."""
        return await self._submit(lambda store: upvote(store, entry, voter, utc_now()))

    async def _submit(self, work: Callable[[Store], VoteResult]) -> VoteResult:
        if self._queue.qsize() >= MAX_WAITING:
            raise Busy
        loop = asyncio.get_running_loop()
        future: asyncio.Future[VoteResult] = loop.create_future()
        self._queue.put(_Job(work, future, loop))
        return await future

    def close(self) -> None:
        """Write what waits, then stop and close the connection."""
        self._queue.put(_STOP)
        self._thread.join()
        self._stopped.set()
        self._checkpoints.join()
        self._store.close()

    def _run(self) -> None:
        stopping = False
        while not stopping:
            group: list[_Job] = []
            item = self._queue.get()
            while item is not _STOP:
                assert isinstance(item, _Job)
                group.append(item)
                if len(group) >= MAX_GROUP or self._queue.empty():
                    break
                item = self._queue.get()
            stopping = item is _STOP
            if group:
                self._write(group)

    def _write(self, group: list[_Job]) -> None:
        outcomes: list[tuple[_Job, VoteResult | BaseException]] = []
        try:
            with self._store.transaction():
                for job in group:
                    try:
                        outcomes.append((job, job.work(self._store)))
                    except Exception as error:  # this ballot's savepoint is rolled back, the others stay
                        outcomes.append((job, error))
        except Exception as error:  # the commit failed: none of them is written
            outcomes = [(job, error) for job in group]
        else:
            self._written.set()
        for job, outcome in outcomes:
            job.loop.call_soon_threadsafe(_settle, job.future, outcome)


    def _checkpoint(self) -> None:
        """Copy the log into the database about once a second while ballots come in."""
        while not self._stopped.wait(CHECKPOINT_S):
            if self._written.is_set():
                self._written.clear()
                try:
                    checkpoint(self._database)
                except sqlite3.Error as error:
                    log.warning("checkpoint failed (%s); trying again later", error)


def _settle(future: asyncio.Future[VoteResult], outcome: VoteResult | BaseException) -> None:
    if future.done():  # the phone went away meanwhile
        return
    if isinstance(outcome, BaseException):
        future.set_exception(outcome)
    else:
        future.set_result(outcome)
