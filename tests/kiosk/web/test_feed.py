"""The event stream's source: one watcher of the database that tells every connection what changed (the open
polls, results on reveal and then at most once a second, the programme), with ids that let a phone that
reconnects catch up. In process on a real database, and once over HTTP against a real server."""

import itertools
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event, open_event
from kiosk.polls.ballots import cast_vote
from kiosk.polls.store import close_poll, open_poll, show_results
from kiosk.programme.edits import cancel
from kiosk.programme.store import current_programme
from kiosk.web.feed import BEAT_SLOTS, PING, Feed, Subscriber
from tests.kiosk.web.support import demo_with_open_polls, running_server


@pytest.fixture
def event(tmp_path: Path) -> Iterator[Event]:
    opened = open_event(demo_with_open_polls(tmp_path / "event"))
    yield opened
    opened.close()


def events(subscriber: Subscriber) -> list[tuple[str, str, object]]:
    """(id, name, data) of what waits for the subscriber (comments and `retry` left out)."""
    found = []
    for block in subscriber.take().decode().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line and not line.startswith(":"))
        if "event" in fields:
            found.append((fields["id"], fields["event"], json.loads(fields["data"])))
    return found


def test_a_new_stream_starts_with_retry_and_the_open_polls(event: Event) -> None:
    feed = Feed(event.store)
    subscriber = feed.subscribe()
    first = subscriber.take()
    assert first.startswith(b"retry: ")
    subscriber.pending = [first]
    (_, name, data), = events(subscriber)
    assert name == "polls" and {p["id"] for p in data} == {p["id"] for p in feed.open_polls()}


def test_closing_revealing_and_hiding_reach_every_stream(event: Event) -> None:
    feed = Feed(event.store)
    streams = [feed.subscribe() for _ in range(3)]
    for stream in streams:
        stream.take()
    close_poll(event.store, "open-data", utc_now())
    show_results(event.store, "kongress", utc_now(), shown=True)
    feed.sync()
    for stream in streams:
        told = events(stream)
        assert [name for _, name, _ in told] == ["polls", "results"]
        assert "open-data" not in {p["id"] for p in told[0][2]}
        assert told[1][2]["id"] == "kongress" and told[1][2]["results"]["kind"] == "scale"
    show_results(event.store, "kongress", utc_now(), shown=False)
    feed.sync()
    hidden = [data for _, name, data in events(streams[0]) if name == "results"]
    assert hidden == [{"id": "kongress", "round": 1, "kind": "scale", "question": hidden[0]["question"],
                       "state": "open", "results": None}]


def test_ballots_do_not_flood_the_streams(event: Event) -> None:
    """Revealed results that change go out at most once a second, however many ballots arrive."""
    seconds = [100.0]
    feed = Feed(event.store, seconds=lambda: seconds[0])
    show_results(event.store, "kongress", utc_now(), shown=True)
    feed.sync()
    stream = feed.subscribe()
    stream.take()
    for number in range(30):
        cast_vote(event.store, "kongress", f"phone:device{number:04d}", ["3"], utc_now())
        seconds[0] += 0.02
        feed.sync()
    assert events(stream) == []  # the reveal went out less than a second ago
    seconds[0] += 1.0
    feed.sync()
    feed.sync()
    told = events(stream)
    assert [name for _, name, _ in told] == ["results"] and told[0][2]["results"]["ballots"] == 30


def test_a_reconnecting_phone_gets_what_it_missed_and_a_stranger_the_state(event: Event) -> None:
    feed = Feed(event.store)
    first = feed.subscribe()
    last_id = events(first)[-1][0]
    feed.unsubscribe(first)
    close_poll(event.store, "zukunft", utc_now())
    show_results(event.store, "open-data", utc_now(), shown=True)
    feed.sync()
    missed = events(feed.subscribe(last_id))
    assert [name for _, name, _ in missed] == ["polls", "results"]
    assert all(ident.split("-")[1] > last_id.split("-")[1] for ident, _, _ in missed)
    for unknown in ("", "deadbeef-1", "garbage", last_id.split("-")[0] + "-99999"):
        state = events(feed.subscribe(unknown))
        assert [name for _, name, _ in state] == ["polls", "results"]  # the open polls, and the revealed one


def test_a_programme_change_is_announced(event: Event) -> None:
    feed = Feed(event.store)
    stream = feed.subscribe()
    stream.take()
    zone = ZoneInfo(event.config.time_zone)
    cancel(event.store, zone, current_programme(event.store, zone)[0].session.key)
    feed.sync()
    assert [(name, data) for _, name, data in events(stream)] == [("programme", {})]


def _reveal(folder: Path, shown: bool) -> None:
    moderator = open_event(folder)
    try:
        show_results(moderator.store, "open-data", utc_now(), shown=shown)
    finally:
        moderator.close()


def test_the_stream_over_http_brings_the_reveal_and_catches_up_after_a_reconnect(tmp_path: Path) -> None:
    folder = demo_with_open_polls(tmp_path / "event")
    with running_server(folder) as server, httpx.Client(base_url=server.url, timeout=10) as client:
        with client.stream("GET", "/api/events") as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            assert stream.headers["cache-control"] == "no-store"
            lines = stream.iter_lines()
            assert next(lines).startswith("retry: ")
            _reveal(folder, True)
            seen: list[str] = []
            for line in lines:  # bounded: the read timeout ends it if the reveal never comes
                seen.append(line)
                if line.startswith("data: ") and '"results":{' in line:
                    break
            assert "event: results" in seen
            last_id = [line for line in seen if line.startswith("id: ")][-1][4:]
        with client.stream("GET", "/api/events", headers={"last-event-id": last_id}) as stream:
            lines = stream.iter_lines()
            assert next(lines).startswith("retry: ")
            _reveal(folder, False)  # the poll's "revealed" changes, and its results are hidden
            told = [line for line in itertools.islice(lines, 8) if line.startswith(("id: ", "event: "))][:4]
    boot, number = last_id.rsplit("-", 1)
    assert told == [f"id: {boot}-{int(number) + 1}", "event: polls", f"id: {boot}-{int(number) + 2}",
                    "event: results"]  # only what came after the id it had: no state sent again


def test_a_countdown_that_runs_out_closes_the_poll_on_every_phone(event: Event) -> None:
    now = [utc_now()]
    close_poll(event.store, "kongress", now[0])
    open_poll(event.store, "kongress", now[0], seconds=60)
    feed = Feed(event.store, clock=lambda: now[0])
    stream = feed.subscribe()
    stream.take()
    assert "kongress" in {p["id"] for p in feed.open_polls()}
    now[0] += timedelta(seconds=61)
    feed.sync()
    (_, name, data), = events(stream)
    assert name == "polls" and "kongress" not in {p["id"] for p in data}


def test_every_stream_gets_a_heartbeat_once_a_round_and_never_all_at_once(event: Event) -> None:
    feed = Feed(event.store)
    streams = [feed.subscribe() for _ in range(BEAT_SLOTS + 50)]
    for stream in streams:
        stream.take()
    pinged_per_tick = []
    for _ in range(BEAT_SLOTS):
        feed.beat()
        pinged_per_tick.append(sum(stream.take() == PING for stream in streams))
    assert sum(pinged_per_tick) == len(streams) and max(pinged_per_tick) <= 2
