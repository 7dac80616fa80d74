"""Opening the event database when it is new, shared, damaged or on a read-only folder."""

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.event.store import MIGRATIONS, Store, StoreError
from tests.kiosk.read_only import read_only_folder

ROOT = Path(__file__).resolve().parents[3]
OPEN_AT = """
import sys, time
from kiosk.event.store import Store
start = float(sys.argv[2])
time.sleep(max(0.0, start - time.time()))
Store(sys.argv[1], "k").close()
"""


def test_processes_opening_a_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    path = tmp_path / "event.sqlite"
    start = time.time() + 3  # every process has imported and waits for the same moment
    processes = [subprocess.Popen([sys.executable, "-c", OPEN_AT, str(path), str(start)], cwd=ROOT,
                                  stderr=subprocess.PIPE, text=True) for _ in range(10)]
    errors = [p.communicate(timeout=60)[1] for p in processes]
    assert [p.returncode for p in processes] == [0] * 10, "\n".join(errors)
    store = Store(path, "k")
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    store.close()


@pytest.mark.parametrize("content", [b"a spreadsheet, not a database" * 100, b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_damaged_database_is_a_clear_error_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "event.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="left untouched"):
        Store(path, "k")
    assert path.read_bytes() == content
    assert not (tmp_path / "event.sqlite-wal").exists()


def test_a_read_only_folder_is_read_and_never_written(tmp_path: Path) -> None:
    path = tmp_path / "event" / "event.sqlite"
    path.parent.mkdir()
    store = Store(path, "k")
    with store.transaction():
        store.conn.execute("CREATE TABLE notes (text TEXT)")
        store.conn.execute("INSERT INTO notes VALUES ('kept')")
    store.close()
    with read_only_folder(path.parent):
        store = Store(path, "k")
        assert store.read_only
        assert store.conn.execute("SELECT text FROM notes").fetchall() == [("kept",)]
        with pytest.raises(StoreError, match="read-only"), store.transaction():
            store.conn.execute("INSERT INTO notes VALUES ('lost')")
        store.close()
        with pytest.raises(StoreError, match="read-only"):
            Store(path.parent / "other.sqlite", "k")


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "event.sqlite"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    connection.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path, "k")
