"""Running the phones' server: uvicorn on a socket bound first (so "port in use" is a clear message), with
the open-files limit raised for thousands of phones, keep-alive and concurrency limits, connections that
never send a request closed after a while, and TLS when event.toml names a certificate and key. It stops
on SIGTERM, Ctrl+C, or — when its standard input is a pipe — at the end of that input."""

import asyncio
import contextlib
import errno
import os
import resource
import socket
import ssl
import stat
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import uvicorn

from kiosk.event.config import DATABASE_FILE, EventConfig
from kiosk.event.folder import this_kiosk_id
from kiosk.event.store import Store
from kiosk.web.app import PhoneApp, create_app
from kiosk.web.join import JoinInfo, join_code, server_url
from kiosk.web.secret import event_secret

WANTED_OPEN_FILES = 65536
SPARE_FILES = 200  # for the database, the page's files, the log
KEEP_ALIVE_S = 20  # an idle phone's connection stays open this long between requests
SILENT_S = 30.0  # a connection that has not sent a request by then is closed
GRACEFUL_S = 2


class PhoneServerError(Exception):
    """The server cannot start; the message says why and what to do."""


@dataclass(frozen=True)
class ServeOptions:
    """Where and how to listen."""

    host: str
    port: int
    silent_s: float = SILENT_S


def raise_open_files_limit(wanted: int = WANTED_OPEN_FILES) -> int:
    """Raise the soft limit of open files towards `wanted` (as far as the hard limit allows); the new limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = max(soft, wanted if hard == resource.RLIM_INFINITY else min(wanted, hard))
    if target != soft:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to the address (not yet listening); PhoneServerError saying why it cannot be."""
    try:
        infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as error:
        raise PhoneServerError(f"--host {host}: not an address of this machine ({error.strerror})") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as error:
        sock.close()
        raise PhoneServerError(_bind_problem(host, port, error)) from None
    sock.set_inheritable(True)
    return sock


def _bind_problem(host: str, port: int, error: OSError) -> str:
    if error.errno == errno.EADDRINUSE:
        return (f"port {port} is in use (another `kiosk serve`, or another program): stop it, or choose "
                "another port with --port or [phones] port")
    if error.errno == errno.EACCES:
        return f"port {port} needs administrator rights: choose a port from 1024 up (e.g. 8080)"
    if error.errno == errno.EADDRNOTAVAIL:
        return f"--host {host}: not an address of this machine (use 0.0.0.0 for all of its networks)"
    return f"cannot listen on {host}:{port}: {error.strerror or error}"


def tls_files(folder: Path, config: EventConfig) -> tuple[Path, Path] | None:
    """The certificate and key of `[phones]` (relative to the event folder), checked to work together."""
    phones = config.phones
    if not phones.tls_cert:
        return None
    cert, key = folder / phones.tls_cert, folder / phones.tls_key
    for name, path in (("tls_cert", cert), ("tls_key", key)):
        if not path.is_file():
            raise PhoneServerError(f"phones.{name}: {path} does not exist (expected a PEM file from the organisers)")
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(cert, key)
    except (ssl.SSLError, OSError) as error:
        raise PhoneServerError(f"phones.tls_cert / tls_key: {cert.name} and {key.name} cannot be used together "
                               f"({getattr(error, 'reason', None) or error}): expected a PEM certificate and "
                               "its unencrypted private key") from None
    return cert, key


def prepare_database(folder: Path) -> bytes:
    """Open the event database once: upgraded, writable, holding the cookie key; returns the key."""
    store = Store(folder / DATABASE_FILE, f"{this_kiosk_id()}-phones")
    try:
        if store.read_only:
            raise PhoneServerError(f"{folder} is read-only: phones could not vote (copy the event folder "
                                   "somewhere writable)")
        return event_secret(store)
    finally:
        store.close()


class PhoneServer(uvicorn.Server):
    """uvicorn, telling when it is ready, closing silent connections, ending the event streams on exit."""

    def __init__(self, config: uvicorn.Config, app: PhoneApp, silent_s: float, ready: Callable[[], None]) -> None:
        super().__init__(config)
        self._app, self._silent_s, self._ready = app, silent_s, ready
        self._reaper: asyncio.Task[None] | None = None

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        super().handle_exit(sig, frame)
        self._captured_signals.clear()  # stopping on SIGTERM or Ctrl+C is the normal end: exit code 0

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            self._reaper = asyncio.create_task(self._close_silent())
            if _stdin_is_a_pipe():
                threading.Thread(target=self._exit_at_end_of_input, name="stdin-watch", daemon=True).start()
            self._ready()

    def _exit_at_end_of_input(self) -> None:
        """A parent that started the server with a pipe on its standard input stops it by closing the pipe
        (as the moderator console stops its helper processes)."""
        with contextlib.suppress(OSError):
            while os.read(sys.stdin.fileno(), 4096):
                pass
        self.should_exit = True

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        if self._reaper is not None:
            self._reaper.cancel()
        self._app.end_streams()
        await super().shutdown(sockets)

    async def _close_silent(self) -> None:
        """Close connections that never sent a request (a phone that went away, or someone hoarding
        connections); idle ones between requests end by uvicorn's keep-alive timeout."""
        first_seen: dict[Any, float] = {}
        while True:
            await asyncio.sleep(min(5.0, self._silent_s / 2))
            now = time.monotonic()
            connections = self.server_state.connections
            first_seen = {c: first_seen.get(c, now) for c in connections if getattr(c, "cycle", True) is None}
            for connection, since in first_seen.items():
                if now - since >= self._silent_s:
                    connection.transport.close()


def _stdin_is_a_pipe() -> bool:
    try:
        return sys.stdin is not None and stat.S_ISFIFO(os.fstat(sys.stdin.fileno()).st_mode)
    except (OSError, ValueError):
        return False


def build_server(folder: Path, config: EventConfig, options: ServeOptions,
                 on_ready: Callable[[JoinInfo], None]) -> tuple[PhoneServer, socket.socket]:
    """The server and its bound socket, everything checked (certificate, database, address); `on_ready`
    gets the join address and code once phones can connect. PhoneServerError when it cannot start."""
    tls = tls_files(folder, config)
    key = prepare_database(folder)
    sock = listening_socket(options.host, options.port)
    open_files = raise_open_files_limit()
    app = create_app(folder, config, secure=tls is not None)
    settings = uvicorn.Config(
        app, lifespan="on", log_level="warning", access_log=False, proxy_headers=False, server_header=False,
        timeout_keep_alive=KEEP_ALIVE_S, limit_concurrency=max(100, open_files - SPARE_FILES), backlog=4096,
        timeout_graceful_shutdown=GRACEFUL_S, ssl_certfile=tls[0] if tls else None,
        ssl_keyfile=tls[1] if tls else None)
    join = JoinInfo(server_url(config.phones, options.host, options.port), join_code(key))
    return PhoneServer(settings, app, options.silent_s, lambda: on_ready(join)), sock


def run_server(folder: Path, config: EventConfig, options: ServeOptions,
               on_ready: Callable[[JoinInfo], None]) -> None:
    """Serve phones until SIGINT, SIGTERM or the end of a piped standard input (see `build_server`)."""
    server, sock = build_server(folder, config, options, on_ready)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    if not server.started:
        raise PhoneServerError("the server did not start (see the message above)")
