"""Following a programme URL against a real local HTTP server: 304s, 500s, a cut connection, garbage, an
empty schedule, a slow server. The last good programme stays and nothing blocks longer than its timeout."""

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kiosk.event.folder import Event
from kiosk.programme.follow import LAST_GOOD, PENDING, ProgrammeFollower, read_status
from kiosk.programme.store import current_programme
from tests.kiosk.programme.conftest import BERLIN, sample

GOOD = sample("programme-frab.xml")
CHANGED = GOOD.replace(b"Speed-Networking", b"Speed-Dating")
MODIFIED = "Tue, 27 Apr 2027 06:00:00 GMT"
EMPTY = b"<schedule><conference><title>x</title></conference><day date='2027-04-27'></day></schedule>"


class Server:
    """What the handler answers next: mode and body; and what it was asked."""

    def __init__(self) -> None:
        self.mode, self.body, self.requests = "ok", GOOD, []


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            server.requests.append(dict(self.headers))
            etag = f'"{hash(server.body)}"'
            if server.mode == "500":
                self.send_error(500, "Internal Server Error")
            elif server.mode == "slow":
                self.send_response(200)
                self.send_header("Content-Length", str(len(server.body)))
                self.end_headers()
                for start in range(0, len(server.body), 200):
                    self.wfile.write(server.body[start:start + 200])
                    self.wfile.flush()
                    time.sleep(0.1)
            elif self.headers.get("If-None-Match") == etag or (
                    server.mode == "dated" and self.headers.get("If-Modified-Since") == MODIFIED):
                self.send_response(304)
                self.end_headers()
            else:
                body = server.body[: len(server.body) // 2] if server.mode == "cut" else server.body
                self.send_response(200)
                if server.mode == "dated":  # a server that only knows dates
                    self.send_header("Last-Modified", MODIFIED)
                else:
                    self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(server.body)))
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()
                if server.mode == "cut":
                    self.close_connection = True

    return Handler


@pytest.fixture
def server() -> Iterator[tuple[Server, str]]:
    state = Server()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{httpd.server_address[1]}/schedule.xml"
    httpd.shutdown()
    httpd.server_close()


def _titles(event: Event) -> list[str]:
    return sorted(e.session.title for e in current_programme(event.store, BERLIN) if e.shown != "cancelled")


def test_good_then_not_modified(programme_event: Event, server) -> None:
    state, url = server
    follower = ProgrammeFollower(programme_event.folder, programme_event.store, BERLIN, url, timeout=2)
    status = follower.poll()
    assert status.last_error == "" and status.last_imported and len(_titles(programme_event)) == 16
    assert (programme_event.folder / "programme" / LAST_GOOD).read_bytes() == GOOD
    second = follower.poll()
    assert state.requests[-1]["If-None-Match"] == status.etag and second.last_error == ""
    versions = programme_event.store.rows("SELECT count(*) AS n FROM programme_versions")[0]["n"]
    assert versions == 1
    assert read_status(programme_event.folder).last_fetched == second.last_fetched  # what the UI reads


@pytest.mark.parametrize(("mode", "body", "error"), [
    ("500", CHANGED, "answered 500"),
    ("cut", CHANGED, "download failed: IncompleteRead"),
    ("ok", b"<html><body>Bad Gateway</body></html>", "unusable download"),
    ("ok", b"\x00\xff garbage \x00" * 50, "unusable download"),
    ("slow", CHANGED, "took longer than 1 s"),
])
def test_a_bad_download_keeps_the_last_good_programme(programme_event: Event, server, mode: str, body: bytes,
                                                      error: str) -> None:
    state, url = server
    follower = ProgrammeFollower(programme_event.folder, programme_event.store, BERLIN, url, timeout=1)
    follower.poll()
    before = _titles(programme_event)
    state.mode, state.body = mode, body
    started = time.monotonic()
    status = follower.poll()
    assert time.monotonic() - started < 2.5
    assert error in status.last_error and status.last_error_at
    assert _titles(programme_event) == before
    assert (programme_event.folder / "programme" / LAST_GOOD).read_bytes() == GOOD
    state.mode, state.body = "ok", GOOD
    assert follower.poll().last_error == ""  # back to normal, nothing imported twice
    assert programme_event.store.rows("SELECT count(*) AS n FROM programme_versions")[0]["n"] == 1


def test_if_modified_since_for_a_server_without_etags(programme_event: Event, server) -> None:
    state, url = server
    state.mode = "dated"
    follower = ProgrammeFollower(programme_event.folder, programme_event.store, BERLIN, url, timeout=2)
    assert follower.poll().last_modified == MODIFIED
    assert follower.poll().last_error == ""
    assert state.requests[-1]["If-Modified-Since"] == MODIFIED and "If-None-Match" not in state.requests[-1]


def test_an_empty_schedule_waits_for_staff(programme_event: Event, server) -> None:
    state, url = server
    follower = ProgrammeFollower(programme_event.folder, programme_event.store, BERLIN, url, timeout=2)
    follower.poll()
    state.body = EMPTY
    status = follower.poll()
    assert status.pending and status.pending["incoming"] == 0 and "staff confirm" in status.last_error
    assert len(_titles(programme_event)) == 16
    assert read_status(programme_event.folder).pending == status.pending
    report = follower.confirm_pending()
    assert report.cancelled == 16 and _titles(programme_event) == []
    assert follower.status.pending is None and not (programme_event.folder / "programme" / PENDING).exists()


def test_no_network_leaves_the_programme(programme_event: Event, server) -> None:
    _, url = server
    follower = ProgrammeFollower(programme_event.folder, programme_event.store, BERLIN, url, timeout=1)
    follower.poll()
    offline = ProgrammeFollower(programme_event.folder, programme_event.store, BERLIN,
                                "http://127.0.0.1:9/schedule.xml", timeout=1)
    assert "download failed" in offline.poll().last_error
    assert len(_titles(programme_event)) == 16


def test_run_polls_until_stopped(programme_event: Event, server) -> None:
    state, url = server
    follower = ProgrammeFollower(programme_event.folder, programme_event.store, BERLIN, url, timeout=1)
    stop = threading.Event()
    worker = threading.Thread(target=follower.run, args=(stop, 0.05))
    worker.start()
    time.sleep(0.4)
    stop.set()
    worker.join(timeout=2)
    assert not worker.is_alive() and len(state.requests) >= 3


def test_kiosk_programme_import_from_a_url(tmp_path, server, capsys) -> None:
    import json

    from kiosk.cli.main import main
    from tests.conftest import write_event

    state, url = server
    folder = write_event(tmp_path / "cli")
    assert main(["--event", str(folder), "programme", "import", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 16
    state.mode = "500"
    assert main(["--event", str(folder), "programme", "import", url, "--json"]) == 1
    assert "answered 500" in json.loads(capsys.readouterr().out)["errors"][0]["why"]


def test_a_locked_database_is_an_error_of_the_poll_not_of_the_worker(programme_event: Event, server,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from kiosk.event import store as event_store

    _, url = server
    follower = ProgrammeFollower(programme_event.folder, programme_event.store, BERLIN, url, timeout=1)
    monkeypatch.setattr(event_store, "LOCK_TIMEOUT_S", 0.2)  # another process holds the write lock meanwhile
    blocker = sqlite3.connect(programme_event.folder / "event.sqlite", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        status = follower.poll()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert "cannot store the programme" in status.last_error and "locked" in status.last_error
    assert follower.poll().last_error == "" and len(_titles(programme_event)) == 16
