"""The phones' server under abuse, as real processes on a real database: killed (SIGKILL) in the middle of
a burst of ballots and started again, thousands of idle connections, and the refusals of `kiosk serve`
(port in use, a bad certificate, a read-only folder) as one clear line and an exit code."""

import asyncio
import json
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from kiosk.cli.main import main
from kiosk.event.config import ConfigError, load_config
from kiosk.web.device import COOKIE
from kiosk.web.server import ServeOptions, build_server, raise_open_files_limit
from tests.kiosk.read_only import read_only_folder
from tests.kiosk.web.support import ROOT, Phone, demo_with_open_polls, free_port, start_server

PHONES = 160
KILL_AFTER = 40  # acknowledged ballots before the server is killed
IDLE = 1500


async def _burst(url: str, cookies: list[str], kill: Callable[[], None]) -> dict[str, str]:
    """Every phone votes at once; after KILL_AFTER acknowledgements the server is killed. Returns each
    cookie's outcome: 'ack', 'refused' or 'failed' (no answer)."""
    outcomes: dict[str, str] = {}
    async with httpx.AsyncClient(base_url=url, timeout=10, limits=httpx.Limits(max_connections=40)) as client:
        async def vote(number: int, cookie: str) -> None:
            try:
                response = await client.post("/api/polls/open-data/ballot", json={"answers": [1 + number % 4]},
                                             headers={"cookie": f"{COOKIE}={cookie}"})
            except httpx.HTTPError:
                outcomes[cookie] = "failed"
                return
            outcomes[cookie] = "ack" if response.status_code == 200 else "refused"
            if sum(value == "ack" for value in outcomes.values()) == KILL_AFTER:
                kill()

        await asyncio.gather(*(vote(n, c) for n, c in enumerate(cookies)))
    return outcomes


def _voters(folder: Path) -> list[str]:
    with sqlite3.connect(folder / "event.sqlite") as db:
        return [row[0] for row in db.execute("SELECT voter FROM poll_ballots WHERE poll = 'open-data'")]


def test_sigkill_mid_burst_loses_no_acknowledged_ballot_and_doubles_none(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    folder = demo_with_open_polls(tmp_path / "event")
    server = start_server(folder)
    with httpx.Client(base_url=server.url, timeout=10) as client:
        phones = [Phone(client) for _ in range(PHONES)]
        for phone in phones:
            phone.join()
    outcomes = asyncio.run(_burst(server.url, [p.cookie for p in phones], lambda: server.process.kill()))
    assert server.stop() == -signal.SIGKILL
    acknowledged = {cookie.split(".")[0] for cookie, outcome in outcomes.items() if outcome == "ack"}
    assert len(acknowledged) >= KILL_AFTER and "refused" not in outcomes.values()
    stored = _voters(folder)
    assert {f"phone:{device}" for device in acknowledged} <= set(stored)  # every acknowledged ballot is there

    again = start_server(folder, server.port)  # the same address: phones retry where they were
    try:
        with httpx.Client(base_url=again.url, timeout=10) as client:
            for phone in phones:
                phone.client = client
                retried = phone.vote("open-data", 1)
                assert retried.status_code in (200, 409)  # 409: its ballot was written, the answer was lost
                assert (retried.status_code == 200) == (f"phone:{phone.device}" not in stored)
    finally:
        assert again.stop() == 0
    voters = _voters(folder)
    assert len(voters) == len(set(voters)) == PHONES
    capsys.readouterr()
    assert main(["--event", str(folder), "poll", "results", "open-data", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ballots"] == PHONES


def test_thousands_of_idle_connections_leave_the_server_serving(tmp_path: Path) -> None:
    count = min(IDLE, raise_open_files_limit(IDLE + 500) - 400)  # a machine's hard limit may be lower
    folder = demo_with_open_polls(tmp_path / "event")
    server = start_server(folder)
    idle: list[socket.socket] = []
    try:
        for number in range(count):
            connection = socket.create_connection(("127.0.0.1", server.port), timeout=10)
            if number % 3 == 0:
                connection.sendall(b"GET /api/polls HTTP/1.1\r\nHost: x\r\n")  # a request that never ends
            idle.append(connection)
        with httpx.Client(base_url=server.url, timeout=10) as client:
            phone = Phone(client)
            assert phone.join().status_code == 200
            assert phone.vote("open-data", 2).json() == {"accepted": True, "replaced": False}
        assert server.process.poll() is None
    finally:
        for connection in idle:
            connection.close()
        assert server.stop() == 0


def _serve(folder: Path, port: int, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`kiosk serve` that cannot start, in process: its exit code and what it said."""
    capsys.readouterr()
    code = main(["--event", str(folder), "serve", "--host", "127.0.0.1", "--port", str(port)])
    return code, capsys.readouterr().err


def test_a_port_in_use_is_said_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = demo_with_open_polls(tmp_path / "event")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "kiosk", "serve", "--event", str(folder), "--host",
                                 "127.0.0.1", "--port", str(port)], cwd=ROOT, capture_output=True, text=True,
                                timeout=30)
    assert result.returncode == 2 and "Traceback" not in result.stderr and not result.stdout
    assert result.stderr == (f"kiosk: port {port} is in use (another `kiosk serve`, or another program): stop it, "
                             "or choose another port with --port or [phones] port\n")
    assert _serve(folder, 70000, capsys) == (2, "kiosk: --port 70000: not a port (expected 1024–65535, e.g. 8080)\n")


def test_a_bad_certificate_is_said_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = demo_with_open_polls(tmp_path / "event")
    (folder / "cert.pem").write_text("-----BEGIN CERTIFICATE-----\nnonsense\n-----END CERTIFICATE-----\n")
    (folder / "key.pem").write_text("not a key\n")
    config = (folder / "event.toml").read_text(encoding="utf-8")
    (folder / "event.toml").write_text(config + '\n[phones]\ntls_cert = "cert.pem"\ntls_key = "key.pem"\n',
                                       encoding="utf-8")
    code, said = _serve(folder, free_port(), capsys)
    assert code == 2 and said.startswith("kiosk: phones.tls_cert / tls_key: cert.pem and key.pem cannot be used")
    (folder / "key.pem").unlink()
    code, said = _serve(folder, free_port(), capsys)
    assert code == 2 and said.startswith(f"kiosk: phones.tls_key: {folder / 'key.pem'} does not exist")


def test_a_read_only_event_is_said_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = demo_with_open_polls(tmp_path / "event")
    with read_only_folder(folder):
        code, said = _serve(folder, free_port(), capsys)
    assert code == 2 and said.startswith(f"kiosk: {folder} is read-only: phones could not vote")


def test_an_unknown_phones_setting_is_refused_on_load(tmp_path: Path) -> None:
    folder = demo_with_open_polls(tmp_path / "event")
    config = (folder / "event.toml").read_text(encoding="utf-8")
    (folder / "event.toml").write_text(config + '\n[phones]\nprot = 8080\nport = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_config(folder)
    assert 'phones.prot: unknown setting (did you mean "port"?)' in str(refused.value)
    assert 'phones.port: "x" is not a whole number' in str(refused.value)


def test_connections_that_never_send_a_request_are_closed(tmp_path: Path) -> None:
    folder = demo_with_open_polls(tmp_path / "event")
    ready = threading.Event()
    options = ServeOptions("127.0.0.1", free_port(), silent_s=0.5)
    server, sock = build_server(folder, load_config(folder), options, lambda join: ready.set())
    thread = threading.Thread(target=asyncio.run, args=(server.serve([sock]),))  # a real server, in a thread
    thread.start()
    try:
        assert ready.wait(20)
        silent = socket.create_connection(("127.0.0.1", options.port), timeout=10)
        with httpx.Client(base_url=f"http://127.0.0.1:{options.port}", timeout=10) as client:
            assert client.get("/api/polls").status_code == 200
            assert silent.recv(1) == b""  # closed by the server (the read timeout would fail the test)
            assert client.get("/api/polls").status_code == 200  # a connection that asks stays
        silent.close()
    finally:
        server.should_exit = True
        thread.join(20)
        sock.close()
