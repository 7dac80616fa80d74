"""Phones against a real `kiosk serve` on 127.0.0.1 (`kiosk bench` calls `measure`): simulated phones, each
with its own device cookie, join within 10 s (httpx) and each holds an event stream open (a plain asyncio
connection: thousands of them fit one client process); then all vote within 10 s, the results are revealed
from this process, and every stream's arrival of the reveal is timed. The server's memory is read with all
streams open; lost ballots are the acknowledged ones that the database does not count."""

import asyncio
import contextlib
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from kiosk.bench.data import percentile
from kiosk.common.timeutil import utc_now
from kiosk.event.config import write_config_document
from kiosk.event.folder import open_event
from kiosk.polls.model import SINGLE, PollDefinition
from kiosk.polls.results import results
from kiosk.polls.store import open_poll, save_draft, show_results
from kiosk.web.device import COOKIE
from kiosk.web.server import raise_open_files_limit

HOST = "127.0.0.1"
POLL = "bench"
OPTIONS = ("Noch gar nicht", "Erste Datensätze", "Portal in Betrieb", "Wir veröffentlichen alles")
WINDOW_S = 8.0  # 2,000 phones join spread over this (all within 10 s), and vote spread over as long
FULL_PHONES = 2_000
FANOUT_TIMEOUT_S = 20.0
PHONES_PER_CLIENT = 50  # phones share an HTTP client (each sends its own cookie) with a small pool
CONNECTIONS_PER_CLIENT = 8
REVEAL = b"event: results"


@dataclass
class Phone:
    """One simulated phone: its cookie, its stream, and what it saw."""

    number: int
    cookie: str = ""
    joined_ms: float = float("nan")
    voted_ms: float = float("nan")
    late_ms: float = 0.0
    acknowledged: bool = False
    stream: asyncio.StreamWriter | None = None
    revealed_at: float | None = None
    revealed: asyncio.Event = field(default_factory=asyncio.Event)


def _event_folder(root: Path) -> Path:
    folder = root / "phones"
    write_config_document(folder, {"event": {"name": "Bench", "start": "2026-11-24"},
                                   "categories": [{"name": "Teilnehmende"}]})
    event = open_event(folder, kiosk_id="bench")
    try:
        save_draft(event.store, PollDefinition(POLL, SINGLE, "Wo steht Ihre Kommune bei Open Data?",
                                               options=OPTIONS), utc_now())
        open_poll(event.store, POLL, utc_now())
    finally:
        event.close()
    return folder


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def _rss_peak_mb(pid: int) -> float:
    """The process's peak resident memory (VmHWM) in MB; NaN where /proc is not there."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return float("nan")
    line = next((line for line in status.splitlines() if line.startswith("VmHWM:")), "")
    return int(line.split()[1]) / 1024 if line else float("nan")


def _cpu_s(pid: int) -> float:
    """The CPU seconds the process used so far; NaN where /proc is not there."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _hold_stream(phone: Phone, port: int) -> None:
    """Open the phone's event stream and watch it for the reveal (chunked framing aside: only a marker)."""
    reader, writer = await asyncio.open_connection(HOST, port)
    phone.stream = writer
    writer.write(f"GET /api/events HTTP/1.1\r\nHost: {HOST}:{port}\r\nAccept: text/event-stream\r\n"
                 f"Cookie: {COOKIE}={phone.cookie}\r\n\r\n".encode())
    tail = b""
    while True:
        chunk = await reader.read(65536)
        if not chunk:
            return
        if phone.revealed_at is None and REVEAL in tail + chunk:
            phone.revealed_at = time.perf_counter()
            phone.revealed.set()
        tail = chunk[-len(REVEAL):]


async def _join(phone: Phone, client: httpx.AsyncClient, delay: float, port: int,
                streams: list[asyncio.Task[None]]) -> None:
    await asyncio.sleep(delay)
    start = time.perf_counter()
    response = await client.get("/api/polls", headers={"cookie": "none=0"})
    phone.joined_ms = (time.perf_counter() - start) * 1000
    phone.cookie = response.cookies.get(COOKIE, "")
    client.cookies.clear()  # each phone sends its own cookie; the shared client keeps none
    if response.status_code == 200 and phone.cookie:
        streams.append(asyncio.create_task(_hold_stream(phone, port)))


async def _vote(phone: Phone, client: httpx.AsyncClient, delay: float) -> None:
    due = time.perf_counter() + delay
    await asyncio.sleep(delay)
    start = time.perf_counter()
    phone.late_ms = (start - due) * 1000  # how late the busy client itself sent it (not the server's doing)
    try:
        response = await client.post(f"/api/polls/{POLL}/ballot", json={"answers": [1 + phone.number % 4]},
                                     headers={"cookie": f"{COOKIE}={phone.cookie}"})
    except httpx.HTTPError:
        return
    phone.voted_ms = (time.perf_counter() - start) * 1000
    phone.acknowledged = response.status_code == 200 and response.json().get("accepted") is True


async def _run(phones: list[Phone], port: int, folder: Path, server_pid: int, window_s: float) -> dict[str, float]:
    chooser = random.Random(7)
    limits = httpx.Limits(max_connections=CONNECTIONS_PER_CLIENT, max_keepalive_connections=CONNECTIONS_PER_CLIENT)
    streams: list[asyncio.Task[None]] = []
    async with contextlib.AsyncExitStack() as stack:
        clients = [await stack.enter_async_context(httpx.AsyncClient(base_url=f"http://{HOST}:{port}", limits=limits,
                                                                     timeout=30))
                   for _ in range(max(1, len(phones) // PHONES_PER_CLIENT))]  # small pools: httpx scans its pool
        joined = time.perf_counter()
        await asyncio.gather(*(_join(p, clients[p.number % len(clients)], chooser.uniform(0, window_s), port,
                                     streams) for p in phones))
        join_s = time.perf_counter() - joined
        await asyncio.sleep(1.0)  # every stream has its first events
        voting = time.perf_counter()
        await asyncio.gather(*(_vote(p, clients[p.number % len(clients)], chooser.uniform(0, window_s))
                               for p in phones if p.cookie))
        vote_s = time.perf_counter() - voting
    event = open_event(folder, kiosk_id="bench-moderator")
    event.store.defer_checkpoints()  # as the moderator console's window does
    try:
        revealed = time.perf_counter()
        show_results(event.store, POLL, utc_now(), shown=True)
        await asyncio.wait_for(asyncio.gather(*(p.revealed.wait() for p in phones if p.stream)),
                               FANOUT_TIMEOUT_S)
        counted = results(event.store, POLL)["ballots"]
        stored = {row[0] for row in event.store.conn.execute("SELECT voter FROM poll_ballots WHERE poll = ?",
                                                             (POLL,))}
    finally:
        event.close()
    rss, cpu = _rss_peak_mb(server_pid), _cpu_s(server_pid)
    for phone in phones:
        if phone.stream is not None:
            phone.stream.close()
    for task in streams:
        task.cancel()
    acknowledged = [p for p in phones if p.acknowledged]
    lost = sum(f"phone:{p.cookie.split('.')[0]}" not in stored for p in acknowledged)
    fanout = [(p.revealed_at - revealed) * 1000 for p in phones if p.revealed_at is not None]
    votes = [p.voted_ms for p in phones if p.acknowledged]
    return {
        "phone_join_window_s": join_s, "phone_join_p99_ms": percentile([p.joined_ms for p in phones], 0.99),
        "phone_streams_open": len(fanout), "phone_vote_window_s": vote_s,
        f"phone_votes_{len(phones)}_p50_ms": percentile(votes, 0.5) if votes else float("nan"),
        f"phone_votes_{len(phones)}_p99_ms": percentile(votes, 0.99) if votes else float("nan"),
        "phone_client_late_p99_ms": percentile([p.late_ms for p in phones], 0.99),
        "phone_votes_acknowledged": len(acknowledged), "phone_votes_counted": counted,
        "phone_votes_not_acknowledged": len(phones) - len(acknowledged),
        "phone_votes_lost": lost + abs(counted - len(acknowledged)),  # results equal the acknowledged ballots
        "sse_fanout_p50_ms": percentile(fanout, 0.5) if fanout else float("nan"),
        "sse_fanout_p95_ms": percentile(fanout, 0.95) if fanout else float("nan"),
        "phone_server_rss_mb": rss, "phone_server_cpu_s": cpu,
        "phone_bench_load_avg": os.getloadavg()[0],  # runnable processes: above the cores, every figure suffers
    }


def _event_loop_run(main: Coroutine[Any, Any, dict[str, float]]) -> dict[str, float]:
    """Run on uvloop where it is installed (as the server does): the phones' client costs less CPU."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(main)
    return uvloop.run(main)


def measure(phones: int, window_s: float | None = None) -> dict[str, float]:
    """The phone figures for that many phones (2,000 for the targets), joining and voting spread over
    `window_s` each (default: 8 s for 2,000 phones, fewer phones at the same rate)."""
    window_s = window_s if window_s is not None else WINDOW_S * min(1.0, phones / FULL_PHONES)
    raise_open_files_limit()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-phones-") as temporary:
        folder = _event_folder(Path(temporary))
        port = _free_port()
        with (Path(temporary) / "server.log").open("w") as log:
            server = subprocess.Popen([sys.executable, "-m", "kiosk", "serve", "--event", str(folder), "--host", HOST,
                                       "--port", str(port)], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                      stderr=log, text=True)
            try:
                assert server.stdout is not None
                if not server.stdout.readline().startswith("Phones:"):
                    return {"phone_server_started": 0}
                return _event_loop_run(_run([Phone(n) for n in range(phones)], port, folder, server.pid, window_s))
            finally:
                server.send_signal(signal.SIGTERM)
                try:
                    server.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
