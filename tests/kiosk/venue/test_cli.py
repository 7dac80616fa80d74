"""`kiosk venue init`, `kiosk sync` and `kiosk venue status` as the acceptance tests call them."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from kiosk.bench.pg_server import PostgresServer, free_port
from kiosk.cli.main import main
from kiosk.event.check import FAIL, OK, WARN, CheckResult, run_checks
from kiosk.event.folder import open_event
from kiosk.venue.server import SERVER_MIGRATIONS, init_server
from kiosk.venue.status import venue_status
from kiosk.venue.sync import sync_once
from tests.kiosk.venue.machines import CODES, desk, machines, venue_event

ROOT = Path(__file__).resolve().parents[3]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_sync_once_and_status(tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "venue", "init", "--db", pg_url)
    assert code == 0 and f"Venue schema {len(SERVER_MIGRATIONS)}" in out
    assert _run(capsys, "venue", "init", "--db", pg_url)[0] == 0  # again: nothing to do
    with machines(tmp_path, pg_url, "a") as (a,):
        desk(a).scan(CODES[0])
        pending = len(a.store.rows("SELECT id FROM events"))
    folder = str(tmp_path / "a")
    code, out, _ = _run(capsys, "--event", folder, "sync", "--once", "--json")
    assert code == 0 and json.loads(out) == {"pushed": pending, "pulled": 0}
    code, out, _ = _run(capsys, "--event", folder, "venue", "status", "--json")
    status = json.loads(out)
    assert code == 0 and status["connected"] is True and status["outbox"] == 0 and status["last_pull"]
    assert status["duplicates"] == []


def test_clear_messages_without_a_traceback(tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with machines(tmp_path, f"postgresql://kiosk@127.0.0.1:{free_port()}/event", "down") as _:
        pass
    code, _, err = _run(capsys, "--event", str(tmp_path / "down"), "sync", "--once", "--json")
    assert code == 2 and "cannot be reached" in err and "Traceback" not in err
    code, out, _ = _run(capsys, "--event", str(tmp_path / "down"), "venue", "status", "--json")
    status = json.loads(out)
    assert set(status) == {"connected", "outbox", "last_pull", "duplicates"}
    assert status["connected"] is False and status["outbox"] > 0 and status["last_pull"] is None
    event = open_event(tmp_path / "down", "down")
    try:
        details = venue_status(event.store)  # what the staff desk shows besides
        assert details["offline_since"] and details["last_error_kind"] == "unreachable"
        assert "cannot be reached" in details["last_error"]
    finally:
        event.close()

    plain = tmp_path / "plain"
    venue_event(plain, pg_url, "plain", attendees=False).close()
    toml = plain / "event.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(pg_url, pg_url.replace("postgres@", "postgres:s3cret@")),
                    encoding="utf-8")
    code, _, err = _run(capsys, "--event", str(plain), "sync", "--once")
    assert code == 2 and "holds a password" in err and "s3cret" not in err

    toml.write_text(toml.read_text(encoding="utf-8").replace("postgres:s3cret@", "postgres@") + 'sslmode = "require"\n',
                    encoding="utf-8")  # [venue] is the last table
    code, _, err = _run(capsys, "--event", str(plain), "sync", "--once")
    assert code == 2 and "SSL" in err  # the test server has no TLS: this machine insists on it

    toml.write_text("\n".join(line for line in toml.read_text(encoding="utf-8").splitlines()
                              if not line.startswith(("[venue]", "db =", "sslmode ="))), encoding="utf-8")
    code, _, err = _run(capsys, "--event", str(plain), "sync", "--once")
    assert code == 2 and "no venue server" in err


def test_a_role_without_rights_is_told_what_to_do(tmp_path: Path, pg_server: PostgresServer, pg_database: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    owner = pg_server.url(pg_database)
    kiosk_url = pg_server.create_role("kiosk_norights", pg_database)
    _run(capsys, "venue", "init", "--db", owner)
    with machines(tmp_path, kiosk_url, "k") as _:
        pass
    code, _, err = _run(capsys, "--event", str(tmp_path / "k"), "sync", "--once")
    assert code == 2 and "--grant" in err and "Traceback" not in err
    code, out, _ = _run(capsys, "venue", "init", "--db", owner, "--grant", "kiosk_norights")
    assert code == 0 and "GRANT SELECT, INSERT (id, kiosk_id, at, server_at, kind, payload) ON events" in out
    assert _run(capsys, "--event", str(tmp_path / "k"), "sync", "--once")[0] == 0
    with psycopg.connect(kiosk_url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM events")  # a machine's role inserts and reads, nothing more
    with psycopg.connect(kiosk_url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO events (id, kiosk_id, at, server_at, kind, payload, verdict) VALUES"
                     " (gen_random_uuid(), 'k', now(), now(), 'checkin', '{}', 'duplicate')")  # the server judges


def test_the_sync_process_sends_what_a_kiosk_writes_and_stops_on_sigterm(tmp_path: Path, pg_url: str) -> None:
    main(["venue", "init", "--db", pg_url])
    with machines(tmp_path, pg_url, "a") as (a,):
        process = subprocess.Popen([sys.executable, "-m", "kiosk", "sync", "--event", str(tmp_path / "a")],
                                   cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   stdin=subprocess.DEVNULL, env={**os.environ, "KIOSK_ID": "a"})
        try:
            checkin = desk(a).scan(CODES[2])
            assert checkin is not None
            wanted = a.store.rows("SELECT id FROM events WHERE kind = 'checkin'")[0]["id"]
            for _ in range(300):  # bounded: 30 s
                with psycopg.connect(pg_url) as conn:
                    if conn.execute("SELECT 1 FROM events WHERE id = %s", (wanted,)).fetchone():
                        break
                time.sleep(0.1)
            else:
                pytest.fail("the sync process did not send the check-in")
        finally:
            process.send_signal(signal.SIGTERM)
            out, err = process.communicate(timeout=30)
        assert process.returncode == 0 and "Traceback" not in err
        assert out.splitlines()[0] == "connected" and any(line.startswith("pushed ") for line in out.splitlines())


def test_kiosk_check_tests_the_connection_and_the_roles_rights(tmp_path: Path, pg_server: PostgresServer,
                                                               pg_database: str) -> None:
    owner = pg_server.url(pg_database)
    kiosk_url = pg_server.create_role("kiosk_check", pg_database)
    with machines(tmp_path, kiosk_url, "k", attendees=False) as _:
        pass
    folder = tmp_path / "k"

    def venue_line() -> CheckResult:
        return next(r for r in run_checks(folder, "k") if r.name == "venue server")

    assert venue_line().status == FAIL and "venue init" in venue_line().detail  # no schema yet
    init_server(owner)
    assert venue_line().status == FAIL and "--grant" in venue_line().detail  # no rights yet
    init_server(owner, grant="kiosk_check")
    assert venue_line().status == OK
    pg_server.crash()  # unreachable: a warning, the kiosk works offline
    try:
        assert venue_line().status == WARN and "cannot be reached" in venue_line().detail
    finally:
        pg_server.start()


def test_purge_deletes_the_servers_copy_where_the_role_may(tmp_path: Path, pg_server: PostgresServer,
                                                           pg_database: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    owner = pg_server.url(pg_database)
    kiosk_url = pg_server.create_role("kiosk_purge", pg_database)
    init_server(owner, grant="kiosk_purge")
    with machines(tmp_path, kiosk_url, "k") as (k,), machines(tmp_path, owner, "owner", attendees=False) as _:
        sync_once(k)
    code, _, err = _run(capsys, "--event", str(tmp_path / "k"), "purge", "--yes")
    assert code == 1 and "kiosk venue purge" in err  # the local data is gone, the server's is not
    assert not (tmp_path / "k" / "event.sqlite").exists()
    code, out, _ = _run(capsys, "--event", str(tmp_path / "owner"), "purge", "--yes")
    assert code == 0 and "venue schema" in out
    with psycopg.connect(owner) as conn:
        assert conn.execute("SELECT to_regclass('events')").fetchone() == (None,)
