"""What the phone-server tests share: the demo event with its polls, a real `kiosk serve` in a process of its
own on a free port of 127.0.0.1, and phones (each with its own device cookie)."""

import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from kiosk.common.timeutil import utc_now
from kiosk.event.demo import prepare_demo
from kiosk.event.folder import open_event
from kiosk.polls.model import SINGLE, PollDefinition
from kiosk.polls.store import open_poll, save_draft
from kiosk.web.device import COOKIE

ROOT = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def demo_with_open_polls(folder: Path) -> Path:
    """The demo event with its five polls open and one more that allows changing a vote."""
    prepare_demo(folder)
    event = open_event(folder)
    try:
        save_draft(event.store, PollDefinition("wechsel", SINGLE, "Kaffee oder Tee?", options=("Kaffee", "Tee"),
                                               allow_change=True), utc_now())
        for poll in ("open-data", "prioritaeten", "zukunft", "kongress", "fragen", "wechsel"):
            open_poll(event.store, poll, utc_now())
    finally:
        event.close()
    return folder


@dataclass
class RunningServer:
    process: subprocess.Popen[str]
    url: str
    port: int
    first_line: str

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        return self.process.wait(timeout=15)


def start_server(folder: Path, port: int | None = None, *extra: str) -> RunningServer:
    """`kiosk serve` for the folder on 127.0.0.1, once it says it is ready."""
    port = port or free_port()
    with tempfile.TemporaryFile("w+") as errors:  # a file, not a pipe: a chatty server never blocks on it
        process = subprocess.Popen([sys.executable, "-m", "kiosk", "serve", "--event", str(folder), "--host",
                                    "127.0.0.1", "--port", str(port), *extra], cwd=ROOT, stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=errors, text=True)
        assert process.stdout is not None
        first = process.stdout.readline()
        if not first.startswith("Phones:"):
            process.kill()
            process.wait()
            errors.seek(0)
            raise AssertionError(f"kiosk serve did not start: {first!r} {errors.read()!r}")
    return RunningServer(process, f"http://127.0.0.1:{port}", port, first.strip())


@contextmanager
def running_server(folder: Path) -> Iterator[RunningServer]:
    server = start_server(folder)
    try:
        yield server
    finally:
        server.stop()


class Phone:
    """One phone: its own device cookie, sent by hand (a shared client's cookie jar never mixes phones)."""

    def __init__(self, client: httpx.Client, language: str = "de") -> None:
        self.client = client
        self.cookie = ""
        self.language = language

    @property
    def headers(self) -> dict[str, str]:
        return {"cookie": f"{COOKIE}={self.cookie}" if self.cookie else "none=0", "accept-language": self.language}

    def join(self) -> httpx.Response:
        response = self.client.get("/api/polls", headers=self.headers)
        self.cookie = response.cookies.get(COOKIE) or self.cookie
        return response

    @property
    def device(self) -> str:
        return self.cookie.split(".")[0]

    def vote(self, poll: str, *answers: object) -> httpx.Response:
        return self.client.post(f"/api/polls/{poll}/ballot", json={"answers": list(answers)}, headers=self.headers)

    def get(self, path: str) -> httpx.Response:
        return self.client.get(path, headers=self.headers)

    def post(self, path: str, **kwargs: object) -> httpx.Response:
        return self.client.post(path, headers={**self.headers, **kwargs.pop("headers", {})}, **kwargs)  # type: ignore[arg-type]
