"""A real PostgreSQL server for the venue tests (kiosk/bench/pg_server.py): one per test session, a fresh
database per test. No server binaries is a failure, never a skip: CI installs Debian's `postgresql`."""

import itertools
from collections.abc import Iterator

import pytest

from kiosk.bench.pg_server import PostgresMissing, PostgresServer

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """The session's server on 127.0.0.1 (`.port`); `crash()` is `pg_ctl stop -m immediate`, `start()` brings
    it back. `PGPASSFILE` points at its passwords while it runs."""
    try:
        server = PostgresServer()
    except PostgresMissing as missing:
        pytest.fail(f"venue tests need a PostgreSQL server: {missing}", pytrace=False)
    try:
        server.start()
        with server.use_pgpass():
            yield server
    finally:
        server.remove()


@pytest.fixture
def pg_database(pg_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty database of its own for this test; dropped afterwards (the server restarted first if the
    test left it stopped)."""
    name = f"venue_test_{next(_numbers)}"
    pg_server.ensure_running()
    pg_server.create_database(name)
    yield name
    pg_server.ensure_running()
    pg_server.drop_database(name)


@pytest.fixture
def pg_url(pg_server: PostgresServer, pg_database: str) -> str:
    """The fresh database's superuser URL, `postgresql://postgres@127.0.0.1:PORT/venue_test_N` (the password is
    in the pgpass file)."""
    return pg_server.url(pg_database)
