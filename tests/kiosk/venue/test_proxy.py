"""The fault tests' proxy does what they rely on: a cut ends one machine's connections and refuses new ones,
the others carry on, a heal lets it back, a hung link swallows bytes until it heals."""

import psycopg
import pytest

from kiosk.bench.pg_server import PostgresServer
from tests.kiosk.venue.proxy import TcpProxy


def ask(server: PostgresServer, database: str, port: int) -> int:
    with psycopg.connect(server.url(database, port=port), connect_timeout=2) as connection:
        return connection.execute("SELECT 1").fetchone()[0]


def test_cut_one_machine_heal_and_hang(pg_server: PostgresServer, pg_database: str) -> None:
    with TcpProxy(pg_server.port) as proxy:
        a, b = proxy.port("a"), proxy.port("b")
        held = psycopg.connect(pg_server.url(pg_database, port=a))
        assert held.execute("SELECT 1").fetchone() == (1,)

        proxy.cut("a")
        with pytest.raises(psycopg.OperationalError):
            held.execute("SELECT 1")
        with pytest.raises(psycopg.OperationalError):
            ask(pg_server, pg_database, a)
        assert ask(pg_server, pg_database, b) == 1

        proxy.heal("a")
        assert ask(pg_server, pg_database, a) == 1

        proxy.cut(hang=True)
        with pytest.raises(psycopg.OperationalError):  # nothing comes back: connect_timeout ends the wait
            ask(pg_server, pg_database, b)
        proxy.heal()
        proxy.delay(0.01, "b")
        assert ask(pg_server, pg_database, b) == 1
        held.close()


def test_server_down_resets_the_client(pg_server: PostgresServer, pg_database: str) -> None:
    with TcpProxy(pg_server.port) as proxy:
        port = proxy.port("a")
        pg_server.crash()
        try:
            with pytest.raises(psycopg.OperationalError):
                ask(pg_server, pg_database, port)
        finally:
            pg_server.start()
        assert ask(pg_server, pg_database, port) == 1
