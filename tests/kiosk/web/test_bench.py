"""The phones' bench runs end to end on a few phones (its figures are checked against targets by `kiosk bench
--only phones`, never here)."""

from kiosk.bench.phones import measure
from kiosk.bench.runner import SECTIONS, TARGETS


def test_a_few_phones_join_stream_vote_and_lose_nothing() -> None:
    figures = measure(24, window_s=0.3)
    assert figures["phone_streams_open"] == 24
    assert figures["phone_votes_acknowledged"] == figures["phone_votes_counted"] == 24
    assert figures["phone_votes_lost"] == 0
    assert figures["phone_server_rss_mb"] > 0 and figures["sse_fanout_p95_ms"] > 0


def test_the_targets_of_the_issue_are_named_as_measured() -> None:
    assert {"phone_votes_2000_p99_ms", "phone_votes_lost", "sse_fanout_p95_ms", "phone_server_rss_mb"} <= set(TARGETS)
    assert "phones" in SECTIONS
