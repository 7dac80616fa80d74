"""`GET /api/events`: one phone's server-sent event stream, as a plain ASGI endpoint (two small tasks per
phone: the stream, and one that notices the phone going away), fed by the `Feed`."""

import asyncio

from starlette.types import Receive, Scope, Send

from kiosk.web.feed import Feed

HEADERS = [(b"content-type", b"text/event-stream; charset=utf-8"), (b"cache-control", b"no-store"),
           (b"x-accel-buffering", b"no")]


class EventStream:
    """The ASGI app of the event stream."""

    def __init__(self, feed: Feed) -> None:
        self.feed = feed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        last_id = next((value.decode("latin-1") for name, value in scope["headers"] if name == b"last-event-id"),
                       "")
        subscriber = self.feed.subscribe(last_id[:64])
        watcher = asyncio.create_task(_until_gone(receive))
        watcher.add_done_callback(lambda _: subscriber.close())
        try:
            await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
            while True:
                await subscriber.wake.wait()
                chunk = subscriber.take()
                if chunk:
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                if subscriber.closed:
                    break
            if not watcher.done():  # the server ends the stream: the phone reconnects
                await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            self.feed.unsubscribe(subscriber)
            watcher.cancel()


async def _until_gone(receive: Receive) -> None:
    """Return when the phone disconnects."""
    while (await receive())["type"] != "http.disconnect":
        pass
