"""The phones' web application: the page and its files, the JSON routes and the event stream, behind strict
headers (nothing from elsewhere may load, nothing is cached that should not be)."""

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.event.config import DATABASE_FILE, EventConfig
from kiosk.event.folder import this_kiosk_id
from kiosk.event.store import Store
from kiosk.web import language as say
from kiosk.web.api import PhoneApi, refuse
from kiosk.web.device import DeviceCookies
from kiosk.web.feed import Feed
from kiosk.web.join import join_code
from kiosk.web.secret import event_secret
from kiosk.web.sse import EventStream
from kiosk.web.writer import BallotWriter

STATIC = Path(__file__).with_name("static")
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; base-uri 'none'; "
                                 b"form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """Adds the security headers to every response (plain ASGI: streams pass through untouched)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


class _Server:
    """What one running server holds: opened at start-up, closed at shutdown."""

    api: PhoneApi
    stream: EventStream
    feed: Feed | None = None


class PhoneApp(SecurityHeaders):
    """The application, and a way to end every event stream when the server stops (they never end alone)."""

    def __init__(self, app: ASGIApp, server: _Server) -> None:
        super().__init__(app)
        self._server = server

    def end_streams(self) -> None:
        if self._server.feed is not None:
            self._server.feed.close_all()


def create_app(folder: Path, config: EventConfig, secure: bool = False) -> PhoneApp:
    """The application for an event folder (`secure`: served over TLS, so cookies are Secure)."""
    server = _Server()

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        kiosk_id = f"{this_kiosk_id()}-phones"
        store = Store(folder / DATABASE_FILE, kiosk_id)
        key = event_secret(store)
        writer = BallotWriter(folder / DATABASE_FILE, kiosk_id)
        feed = Feed(store)
        server.api = PhoneApi(config, store, feed, writer, DeviceCookies(key), join_code(key), secure)
        server.stream = EventStream(feed)
        server.feed = feed
        watcher = asyncio.create_task(feed.run())
        try:
            yield
        finally:
            feed.close_all()
            watcher.cancel()
            writer.close()
            store.close()

    def route(name: str) -> object:
        async def endpoint(request: Request) -> Response:
            return await getattr(server.api, name)(request)  # type: ignore[no-any-return]
        return endpoint

    async def page(request: Request) -> Response:
        index = STATIC / "index.html"
        if not index.is_file():
            return PlainTextResponse("The phone page is not installed.", 503)
        return server.api.known(request, FileResponse(index, headers={"cache-control": "no-cache"}))

    class Events:  # an ASGI app (a class: Starlette passes plain functions a Request instead)
        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            await server.stream(scope, receive, send)

    async def refused(request: Request, error: Exception) -> Response:
        """No such address (404) or method (405): `{"reason"}` under /api/, plain text elsewhere."""
        status = getattr(error, "status_code", 404)
        refusal = say.NO_METHOD if status == 405 else say.NO_PAGE
        if request.url.path.startswith("/api/"):
            return refuse(request, refusal)
        language = say.phone_language(request.headers.get("accept-language", ""))
        return PlainTextResponse(refusal.text(language), status)

    routes = [
        Route("/", page, methods=["GET", "HEAD"]),
        Route("/api/info", route("info")),
        Route("/api/polls", route("polls")),
        Route("/api/results", route("shown")),
        Route("/api/polls/{poll}/ballot", route("ballot"), methods=["POST"]),
        Route("/api/polls/{poll}/results", route("results")),
        Route("/api/polls/{poll}/questions", route("questions")),
        Route("/api/polls/{poll}/questions/{entry:int}/upvote", route("upvote"), methods=["POST"]),
        Route("/api/programme", route("programme_today")),
        Route("/api/events", Events()),
        Mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={HTTPException: refused})
    return PhoneApp(app, server)
