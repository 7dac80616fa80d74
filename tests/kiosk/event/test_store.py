"""The store: migrations, immutable events, time-ordered event ids."""

import sqlite3
import uuid
from pathlib import Path

import pytest

from kiosk.common.timeutil import utc_now
from kiosk.event.store import MIGRATIONS, Store, event_uuid


def test_fresh_database_is_at_the_newest_schema(tmp_path: Path) -> None:
    store = Store(tmp_path / "e.sqlite", "k")
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_older_database_is_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "e.sqlite"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.executescript(MIGRATIONS[0] + "PRAGMA user_version=1;")
    connection.close()
    store = Store(path, "k")
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    triggers = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "attendees_ai" not in triggers and "events_no_update" in triggers
    store.close()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "e.sqlite"
    sqlite3.connect(path).execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    with pytest.raises(RuntimeError, match="newer"):
        Store(path, "k")


def test_events_cannot_be_changed_or_deleted(tmp_path: Path) -> None:
    store = Store(tmp_path / "e.sqlite", "kiosk-7")
    with store.transaction():
        event_id = store.record("checkin", {"attendee_id": 1}, utc_now())
    for statement in ("UPDATE events SET kind = 'x'", "DELETE FROM events"):
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            store.conn.execute(statement)
    row = store.rows("SELECT * FROM events")[0]
    assert row["id"] == event_id and row["kiosk_id"] == "kiosk-7"
    store.close()


def test_a_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "e.sqlite", "k")
    with pytest.raises(ZeroDivisionError), store.transaction():
        store.record("checkin", {}, utc_now())
        _ = 1 / 0
    assert store.rows("SELECT * FROM events") == []
    store.close()


def test_event_ids_are_uuid7_in_time_order() -> None:
    ids = [event_uuid() for _ in range(2000)]
    assert len(set(ids)) == 2000
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert [i[:13] for i in ids] == sorted(i[:13] for i in ids)
