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

LOCK_TIMEOUT_S = 10
MIGRATIONS: tuple[str, ...] = (
    # 1: attendees, their search index, check-ins and the event log.
    """
    CREATE TABLE attendees (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        code_key TEXT NOT NULL UNIQUE,
        salutation TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        order_code TEXT NOT NULL DEFAULT '',
        cancelled INTEGER NOT NULL DEFAULT 0,
        source TEXT NOT NULL DEFAULT 'import',
        search_key TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX attendees_email ON attendees(email COLLATE NOCASE) WHERE email != '';
    CREATE VIRTUAL TABLE attendee_search USING fts5(
        search_key, content='attendees', content_rowid='id', tokenize='unicode61', prefix='1 2 3'
    );
    CREATE TRIGGER attendees_ai AFTER INSERT ON attendees BEGIN
        INSERT INTO attendee_search(rowid, search_key) VALUES (new.id, new.search_key);
    END;
    CREATE TRIGGER attendees_ad AFTER DELETE ON attendees BEGIN
        INSERT INTO attendee_search(attendee_search, rowid, search_key)
        VALUES ('delete', old.id, old.search_key);
    END;
    CREATE TRIGGER attendees_au AFTER UPDATE OF search_key ON attendees BEGIN
        INSERT INTO attendee_search(attendee_search, rowid, search_key)
        VALUES ('delete', old.id, old.search_key);
        INSERT INTO attendee_search(rowid, search_key) VALUES (new.id, new.search_key);
    END;
    CREATE TABLE checkins (
        id TEXT PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        at TEXT NOT NULL,
        kiosk_id TEXT NOT NULL,
        method TEXT NOT NULL,
        undone_at TEXT,
        undone_by TEXT,
        undo_reason TEXT
    );
    CREATE UNIQUE INDEX checkins_one_active ON checkins(attendee_id) WHERE undone_at IS NULL;
    CREATE INDEX checkins_at ON checkins(at);
    CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kiosk_id TEXT NOT NULL,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL
    );
    CREATE INDEX events_kind_seq ON events(kind, seq);
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN
        SELECT RAISE(ABORT, 'events are immutable');
    END;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN
        SELECT RAISE(ABORT, 'events are immutable');
    END;
    """,
    # 2: attendees enter the search index in bulk (attendees.insert_many), 5x faster than a trigger per row.
    """
    DROP TRIGGER attendees_ai;
    """,
    # 3: print jobs (the queue lives in the database and survives restarts) and topic choices.
    """
    CREATE TABLE print_jobs (
        id TEXT PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        kind TEXT NOT NULL,
        layout TEXT NOT NULL,
        printer TEXT NOT NULL,
        state TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT NOT NULL DEFAULT '',
        not_before TEXT NOT NULL,
        kiosk_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX print_jobs_open ON print_jobs(state, not_before);
    CREATE TABLE topic_choices (
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        topic TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('offer', 'seek')),
        PRIMARY KEY (attendee_id, topic, kind)
    );
    """,
    # 4: one check-in per guest and day (`day`: the event's local date; rows from before get their UTC date,
    # which keeps them unique), and wrong answers to the kiosk's e-mail question, per guest.
    """
    ALTER TABLE checkins ADD COLUMN day TEXT NOT NULL DEFAULT '';
    UPDATE checkins SET day = substr(at, 1, 10);
    DROP INDEX checkins_one_active;
    CREATE UNIQUE INDEX checkins_one_active_per_day ON checkins(attendee_id, day) WHERE undone_at IS NULL;
    CREATE TABLE confirmation_failures (
        attendee_id INTEGER PRIMARY KEY REFERENCES attendees(id),
        wrong_answers INTEGER NOT NULL,
        last_at TEXT NOT NULL
    );
    """,
    # 5: a print job is claimed by one worker (`claimed_by`) for a while (`lease_until`, renewed while it
    # sends), so a second worker never takes it over; an attendee's jobs are found by attendee.
    """
    ALTER TABLE print_jobs ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE print_jobs ADD COLUMN lease_until TEXT NOT NULL DEFAULT '';
    CREATE INDEX print_jobs_attendee ON print_jobs(attendee_id, kind, state);
    """,
    # 6: re-imports keep staff corrections (`list_values`: JSON of the fields staff changed, each with the
    # value the attendee list has for it) and codes that no longer admit anyone stay known, with the reason.
    """
    ALTER TABLE attendees ADD COLUMN list_values TEXT NOT NULL DEFAULT '';
    CREATE TABLE retired_codes (
        code_key TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        reason TEXT NOT NULL,
        retired_at TEXT NOT NULL
    );
    """,
    # 7: the live programme (kiosk/programme): one row per import version; each session by its source key
    # (`source`: its fields in the latest version, `published`: as first published, `gone`: not in the latest);
    # staff edits over the source (`base`: the source's values they were made against); and every change.
    """
    CREATE TABLE programme_versions (
        id INTEGER PRIMARY KEY,
        imported_at TEXT NOT NULL,
        source TEXT NOT NULL,
        sessions INTEGER NOT NULL,
        notes TEXT NOT NULL DEFAULT '[]',
        problems INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE programme_sessions (
        key TEXT PRIMARY KEY,
        origin TEXT NOT NULL,
        source TEXT NOT NULL,
        published TEXT NOT NULL,
        gone INTEGER NOT NULL DEFAULT 0,
        first_version INTEGER NOT NULL,
        last_version INTEGER NOT NULL
    );
    CREATE TABLE programme_edits (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL REFERENCES programme_sessions(key),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        fields TEXT NOT NULL,
        base TEXT NOT NULL,
        reverted_at TEXT
    );
    CREATE INDEX programme_edits_key ON programme_edits(key, at);
    CREATE TABLE programme_changes (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        version INTEGER,
        key TEXT NOT NULL,
        kind TEXT NOT NULL,
        old TEXT NOT NULL,
        new TEXT NOT NULL,
        origin TEXT NOT NULL
    );
    CREATE INDEX programme_changes_at ON programme_changes(at);
    """,
    # 8: live polls (kiosk/polls). A poll's definition is JSON; `version` grows with every change of the poll,
    # its ballots or entries (the stage redraws when it moves). One ballot per voter, poll and round is the
    # UNIQUE constraint; `revision` counts replacements. `poll_choices`: the options of a ballot (a scale's
    # value, a ranking's `rank` from 1), counted by index. `poll_entries`: text (open, word cloud: one per
    # ballot; Q&A questions: many per voter) with its moderation `status`; `poll_upvotes`: one per voter.
    """
    CREATE TABLE polls (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        question TEXT NOT NULL,
        definition TEXT NOT NULL,
        session TEXT NOT NULL DEFAULT '',
        allow_change INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed')),
        round INTEGER NOT NULL DEFAULT 1,
        revealed INTEGER NOT NULL DEFAULT 0,
        closes_at TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX polls_session ON polls(session, position);
    CREATE INDEX polls_version ON polls(version);
    CREATE TABLE poll_ballots (
        seq INTEGER PRIMARY KEY,
        poll TEXT NOT NULL REFERENCES polls(id),
        round INTEGER NOT NULL,
        voter TEXT NOT NULL,
        answer TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        at TEXT NOT NULL,
        UNIQUE (poll, round, voter)
    );
    CREATE TABLE poll_choices (
        ballot INTEGER NOT NULL REFERENCES poll_ballots(seq),
        poll TEXT NOT NULL,
        round INTEGER NOT NULL,
        option INTEGER NOT NULL,
        rank INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (ballot, option)
    );
    CREATE INDEX poll_choices_count ON poll_choices(poll, round, option, rank);
    CREATE TABLE poll_entries (
        id INTEGER PRIMARY KEY,
        poll TEXT NOT NULL REFERENCES polls(id),
        round INTEGER NOT NULL,
        ballot INTEGER UNIQUE REFERENCES poll_ballots(seq),
        voter TEXT NOT NULL,
        text TEXT NOT NULL,
        norm TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'shown', 'hidden')),
        flags TEXT NOT NULL DEFAULT '',
        answered INTEGER NOT NULL DEFAULT 0,
        pinned INTEGER NOT NULL DEFAULT 0,
        at TEXT NOT NULL,
        UNIQUE (poll, round, voter, norm)
    );
    CREATE INDEX poll_entries_words ON poll_entries(poll, round, status, norm, text);
    CREATE TABLE poll_upvotes (
        entry INTEGER NOT NULL REFERENCES poll_entries(id),
        voter TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (entry, voter)
    );
    """,
    # 9: word-cloud counts kept by triggers in the transaction that shows, hides or replaces an entry (a word
    # cloud's results are read several times a second: counting 10,000 entries each time is too slow).
    # `spelling`: the entry trimmed; `first`: the entry that brought it (the order of first appearance).
    """
    CREATE TABLE poll_word_counts (
        poll TEXT NOT NULL,
        round INTEGER NOT NULL,
        norm TEXT NOT NULL,
        spelling TEXT NOT NULL,
        count INTEGER NOT NULL,
        first INTEGER NOT NULL,
        PRIMARY KEY (poll, round, norm, spelling)
    ) WITHOUT ROWID;
    CREATE TRIGGER poll_words_ai AFTER INSERT ON poll_entries
    WHEN new.status = 'shown' AND (SELECT kind FROM polls WHERE id = new.poll) = 'wordcloud' BEGIN
        INSERT INTO poll_word_counts VALUES (new.poll, new.round, new.norm, trim(new.text), 1, new.id)
        ON CONFLICT (poll, round, norm, spelling) DO UPDATE SET count = count + 1;
    END;
    CREATE TRIGGER poll_words_au_old AFTER UPDATE OF status, text, norm ON poll_entries
    WHEN old.status = 'shown' AND (SELECT kind FROM polls WHERE id = old.poll) = 'wordcloud' BEGIN
        UPDATE poll_word_counts SET count = count - 1
        WHERE poll = old.poll AND round = old.round AND norm = old.norm AND spelling = trim(old.text);
    END;
    CREATE TRIGGER poll_words_au_new AFTER UPDATE OF status, text, norm ON poll_entries
    WHEN new.status = 'shown' AND (SELECT kind FROM polls WHERE id = new.poll) = 'wordcloud' BEGIN
        INSERT INTO poll_word_counts VALUES (new.poll, new.round, new.norm, trim(new.text), 1, new.id)
        ON CONFLICT (poll, round, norm, spelling) DO UPDATE SET count = count + 1;
    END;
    """,
    # 10: each word of a cloud with its total and its most common spelling (equal counts: the earlier), kept by
    # triggers on the spelling counts, so the stage reads a cloud in the order it is drawn without counting; and
    # the counts per option (scale value) of a round, with a ranking's first places and rank sum, kept by
    # triggers on the ballots' choices: results read a few rows however many ballots there are.
    """
    CREATE TABLE poll_option_counts (
        poll TEXT NOT NULL,
        round INTEGER NOT NULL,
        option INTEGER NOT NULL,
        count INTEGER NOT NULL,
        firsts INTEGER NOT NULL,
        rank_sum INTEGER NOT NULL,
        PRIMARY KEY (poll, round, option)
    ) WITHOUT ROWID;
    INSERT INTO poll_option_counts SELECT poll, round, option, count(*), sum(rank = 1), sum(rank) FROM poll_choices
        GROUP BY poll, round, option;
    CREATE TRIGGER poll_choices_ai AFTER INSERT ON poll_choices BEGIN
        INSERT INTO poll_option_counts VALUES (new.poll, new.round, new.option, 1, new.rank = 1, new.rank)
        ON CONFLICT (poll, round, option) DO UPDATE SET count = count + 1, firsts = firsts + excluded.firsts,
            rank_sum = rank_sum + excluded.rank_sum;
    END;
    CREATE TRIGGER poll_choices_ad AFTER DELETE ON poll_choices BEGIN
        UPDATE poll_option_counts SET count = count - 1, firsts = firsts - (old.rank = 1),
            rank_sum = rank_sum - old.rank
        WHERE poll = old.poll AND round = old.round AND option = old.option;
    END;
    CREATE TABLE poll_words (
        poll TEXT NOT NULL,
        round INTEGER NOT NULL,
        norm TEXT NOT NULL,
        spelling TEXT NOT NULL,
        total INTEGER NOT NULL,
        first INTEGER NOT NULL,
        PRIMARY KEY (poll, round, norm)
    ) WITHOUT ROWID;
    CREATE INDEX poll_words_ranked ON poll_words(poll, round, total DESC, first, spelling);
    INSERT INTO poll_words SELECT poll, round, norm, '', sum(count), min(first) FROM poll_word_counts
        GROUP BY poll, round, norm;
    UPDATE poll_words SET spelling = (SELECT c.spelling FROM poll_word_counts c WHERE c.poll = poll_words.poll
        AND c.round = poll_words.round AND c.norm = poll_words.norm ORDER BY c.count DESC, c.first LIMIT 1);
    CREATE TRIGGER poll_word_counts_ai AFTER INSERT ON poll_word_counts BEGIN
        INSERT INTO poll_words VALUES (new.poll, new.round, new.norm, new.spelling, 0, new.first)
        ON CONFLICT (poll, round, norm) DO NOTHING;
        UPDATE poll_words SET total = total + new.count, spelling = (SELECT c.spelling FROM poll_word_counts c
            WHERE c.poll = new.poll AND c.round = new.round AND c.norm = new.norm ORDER BY c.count DESC, c.first
            LIMIT 1)
        WHERE poll = new.poll AND round = new.round AND norm = new.norm;
    END;
    CREATE TRIGGER poll_word_counts_au AFTER UPDATE OF count ON poll_word_counts BEGIN
        UPDATE poll_words SET total = total + new.count - old.count, spelling = (SELECT c.spelling
            FROM poll_word_counts c WHERE c.poll = new.poll AND c.round = new.round AND c.norm = new.norm
            ORDER BY c.count DESC, c.first LIMIT 1)
        WHERE poll = new.poll AND round = new.round AND norm = new.norm;
    END;
    """,
)


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
