"""The event database: SQLite in WAL mode, migrations by `PRAGMA user_version`, and the event log.

Every state change is written together with an immutable event row (UUID, kiosk id, time, kind, payload)
in one transaction, so the audit trail and the state can never disagree.
"""

import json
import os
import secrets
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.common.timeutil import to_iso
from kiosk.event.migrations import MIGRATIONS, SQL_FUNCTIONS

LOCK_TIMEOUT_S = 10


class StoreError(RuntimeError):
    """The event database cannot be used as asked; the message says why and what to do."""


def _writable(path: Path) -> bool:
    """Whether the database (or, for a new one, its folder) can be written, -wal and -shm files included."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _connect(path: Path | str, read_only: bool) -> sqlite3.Connection:
    """A connection; on a read-only folder one that never writes: `mode=ro` reads through an existing
    write-ahead log, `immutable=1` works without -shm and -wal files (and is only used when there is no log)."""
    options: dict[str, Any] = {"isolation_level": None, "timeout": LOCK_TIMEOUT_S, "check_same_thread": False}
    if not read_only:
        return sqlite3.connect(str(path), **options)
    assert isinstance(path, Path)
    if not path.exists():
        raise StoreError(f"{path.parent} is read-only: the event database cannot be created there")
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        return _opened(sqlite3.connect(f"{uri}?mode=ro", uri=True, **options))
    try:
        return _opened(sqlite3.connect(f"{uri}?mode=ro", uri=True, **options))
    except sqlite3.OperationalError:  # no -shm file, and none can be made: nothing is in a log either
        return _opened(sqlite3.connect(f"{uri}?immutable=1", uri=True, **options))


def _opened(connection: sqlite3.Connection) -> sqlite3.Connection:
    """The connection, once it has read the file (SQLite opens lazily); closed again if it cannot."""
    try:
        connection.execute("PRAGMA user_version").fetchone()
    except sqlite3.DatabaseError:
        connection.close()
        raise
    return connection


def _cannot_open(path: Path | str, error: sqlite3.DatabaseError) -> str:
    """Why the database could not be opened: damaged (SQLite's DatabaseError proper), or something else."""
    if isinstance(error, sqlite3.OperationalError):
        return f"{path} cannot be opened: {error}"
    return (f"{path} cannot be read as an event database ({error}); it was left untouched: "
            "restore a backup, or move it away to start an empty one")


def event_uuid() -> str:
    """A time-ordered random UUID (version 7): unique across kiosks, and cheap to index in time order."""
    millis = time.time_ns() // 1_000_000
    random_bits = secrets.randbits(74)
    value = (millis << 80) | (0x7 << 76) | ((random_bits >> 62) << 64) | (0b10 << 62) | (random_bits & (2**62 - 1))
    return str(uuid.UUID(int=value))


class Store:
    """One connection to an event database, with explicit transactions and the event log."""

    def __init__(self, path: Path | str, kiosk_id: str) -> None:
        """Open (or create) the database; StoreError when it is damaged, newer than this program, or cannot
        be created. On a read-only folder it opens for reading only (`read_only`) and refuses transactions."""
        self.path = Path(path) if path != ":memory:" else path
        self.kiosk_id = kiosk_id
        self.read_only = isinstance(self.path, Path) and not _writable(self.path)
        try:
            connection = _connect(self.path, self.read_only)
        except sqlite3.DatabaseError as error:
            raise StoreError(_cannot_open(path, error)) from error
        self.db = sqlite_utils.Database(connection)
        self.conn = connection
        for name, (arguments, function) in SQL_FUNCTIONS.items():
            connection.create_function(name, arguments, function, deterministic=True)
        try:
            if not self.read_only:
                connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as error:
            connection.close()
            raise StoreError(_cannot_open(path, error)) from error
        except BaseException:
            connection.close()
            raise

    def _migrate(self) -> None:
        """Bring the schema up to date, under the write lock: another process may be doing the same."""
        if self._schema_version() == len(MIGRATIONS):
            return
        if self.read_only:
            raise StoreError(f"{self.path} needs upgrading by this version, but its folder is read-only: "
                             "open it once where it can be written")
        with self.transaction():
            version = self._schema_version()  # read again under the lock
            for script in MIGRATIONS[version:]:
                for statement in _statements(script):
                    self.conn.execute(statement)
            self.conn.execute(f"PRAGMA user_version={len(MIGRATIONS)}")

    def _schema_version(self) -> int:
        version: int = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path}: database schema {version} is newer than this program knows "
                             "(update event-kiosk)")
        return version

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception."""
        if self.read_only:
            raise StoreError(f"{self.path.parent} is read-only: nothing can be changed there "  # type: ignore[union-attr]
                             "(copy the event folder somewhere writable)")
        self._begin_immediate()
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _begin_immediate(self) -> None:
        """Take the write lock, asking every millisecond: SQLite's own busy handler backs off to 100 ms
        sleeps, so a kiosk could keep missing the short gaps between an import's chunks."""
        deadline = time.monotonic() + LOCK_TIMEOUT_S
        self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as error:
                    if "locked" not in str(error) or time.monotonic() > deadline:
                        raise
                    time.sleep(0.001)
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {LOCK_TIMEOUT_S * 1000}")

    def record(self, kind: str, payload: dict[str, Any], at: datetime) -> str:
        """Append one immutable event (inside the caller's transaction); returns its UUID."""
        return self.record_many(kind, [payload], at)[0]

    def record_many(self, kind: str, payloads: list[dict[str, Any]], at: datetime) -> list[str]:
        """Append one event per payload, all of one kind and time; returns their UUIDs."""
        stamp = to_iso(at)
        rows = [(event_uuid(), self.kiosk_id, stamp, kind, json.dumps(p, ensure_ascii=False)) for p in payloads]
        self.conn.executemany("INSERT INTO events (id, kiosk_id, at, kind, payload) VALUES (?, ?, ?, ?, ?)", rows)
        return [row[0] for row in rows]

    def rows(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Run a query and return its rows as dictionaries."""
        return list(self.db.query(sql, params))

    def defer_checkpoints(self) -> None:
        """Leave WAL checkpoints (which fsync) to `checkpoint()` on another thread, never a commit here."""
        self.conn.execute("PRAGMA wal_autocheckpoint=0")

    def close(self) -> None:
        self.conn.close()


def checkpoint(path: Path) -> None:
    """Copy the write-ahead log into the database file, from a connection of its own (any thread)."""
    connection = sqlite3.connect(str(path), timeout=10)
    try:
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        connection.close()


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
