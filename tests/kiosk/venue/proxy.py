"""A TCP proxy the venue tests control: each machine reaches the database server through a door of its own
(a port on 127.0.0.1), so a test can cut every link, cut one machine off, heal, or slow a link down.

It runs an asyncio loop in a thread of its own; every call from the test waits at most CALL_SECONDS.
A cut either resets (RST) every connection through the door and refuses new ones, or, with `hang=True`,
swallows every byte in both directions as a dead cable would (connections are reset when it heals, as the
peers' TCP timeouts would have ended them)."""

import asyncio
import contextlib
import threading
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

CALL_SECONDS = 10
CHUNK = 65_536
CONNECT_SECONDS = 5
MAX_LINKS = 200  # per door: a client that leaks connections fails instead of exhausting the machine

OPEN, RESET, HANG = "open", "reset", "hang"
T = TypeVar("T")


@dataclass(eq=False)
class _Link:
    """One client connection and its connection to the server."""

    client: asyncio.StreamWriter
    server: asyncio.StreamWriter | None = None
    dead: bool = False  # swallowed bytes while hung: never forwards again

    def abort(self) -> None:
        for writer in (self.client, self.server):
            if writer is not None:
                writer.transport.abort()


@dataclass(eq=False)
class _Door:
    """A listening port for one client; its state and delay."""

    name: str
    port: int = 0
    state: str = OPEN
    latency: float = 0.0
    links: set[_Link] = field(default_factory=set)
    listener: asyncio.Server | None = None


class TcpProxy:
    """`port(name)` opens a door to the target; `cut`, `heal`, `delay` act on named doors or on all."""

    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self._doors: dict[str, _Door] = {}
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="venue-proxy", daemon=True)
        self._thread.start()

    def __enter__(self) -> "TcpProxy":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(CALL_SECONDS)

    def port(self, name: str) -> int:
        """The port through which `name` reaches the server (opened on first use)."""
        return self._call(self._open(name))

    def cut(self, *names: str, hang: bool = False) -> None:
        """Cut these doors (all if none named): reset their connections, or with `hang` swallow every byte."""
        self._call(self._set(names, HANG if hang else RESET))

    def heal(self, *names: str) -> None:
        """Open these doors (all if none named) again; hung connections are reset."""
        self._call(self._set(names, OPEN))

    def delay(self, seconds: float, *names: str) -> None:
        """Hold every chunk this long before passing it on, both ways (0 for none)."""
        for door in self._chosen(names):
            door.latency = seconds

    def links(self, name: str) -> int:
        """Connections currently open through `name`'s door."""
        return len(self._doors[name].links)

    def close(self) -> None:
        """Close every door and connection and end the loop's thread."""
        if self._loop.is_closed():
            return
        with contextlib.suppress(TimeoutError):
            self._call(self._close_all())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(CALL_SECONDS)
        if not self._thread.is_alive():
            self._loop.close()

    def _chosen(self, names: tuple[str, ...]) -> list[_Door]:
        return [self._doors[name] for name in names] if names else list(self._doors.values())

    async def _open(self, name: str) -> int:
        door = self._doors.get(name)
        if door is None:
            door = self._doors[name] = _Door(name)
            door.listener = await asyncio.start_server(lambda r, w: self._serve(door, r, w), "127.0.0.1", 0)
            door.port = door.listener.sockets[0].getsockname()[1]
        return door.port

    async def _set(self, names: tuple[str, ...], state: str) -> None:
        for door in self._chosen(names):
            door.state = state
            for link in list(door.links):
                if state == RESET or (state == OPEN and link.dead):
                    link.abort()
                elif state == HANG:
                    link.dead = True

    async def _close_all(self) -> None:
        for door in self._doors.values():
            if door.listener is not None:
                door.listener.close()
            for link in list(door.links):
                link.abort()

    async def _serve(self, door: _Door, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        link = _Link(writer)
        if door.state == RESET or len(door.links) >= MAX_LINKS:
            link.abort()
            return
        door.links.add(link)
        try:
            if door.state == HANG:
                link.dead = True
                await self._swallow(reader)
                return
            try:
                server_reader, link.server = await asyncio.wait_for(
                    asyncio.open_connection(*self.target), CONNECT_SECONDS)
            except (OSError, TimeoutError):
                return  # the server is down: the client sees its connection reset
            await asyncio.gather(self._pump(door, link, reader, link.server),
                                 self._pump(door, link, server_reader, writer))
        finally:
            door.links.discard(link)
            link.abort()

    @staticmethod
    async def _swallow(reader: asyncio.StreamReader) -> None:
        with contextlib.suppress(OSError):
            while await reader.read(CHUNK):
                pass

    @staticmethod
    async def _pump(door: _Door, link: _Link, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Pass bytes one way until either side closes; a hung link swallows them."""
        try:
            while data := await reader.read(CHUNK):
                if door.latency:
                    await asyncio.sleep(door.latency)
                if link.dead:
                    continue
                writer.write(data)
                await writer.drain()
        except OSError:
            pass
        finally:
            link.abort()
