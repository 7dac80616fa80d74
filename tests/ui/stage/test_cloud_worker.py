"""The word cloud is laid out off the UI thread: a burst of updates computes at most the running layout and
the newest one (never a queue), a layout for a poll no longer shown is dropped, the finished layout glides
in (new words fade in), and a result for an object deleted meanwhile is dropped."""

import threading

import pytest
import shiboken6

from kiosk.polls.cloud_layout import CloudPlan, CloudRequest
from ui.stage import cloud as cloud_module
from ui.stage.cloud import WordCloud
from ui.stage.feed import OpenPollsFeed


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, CloudRequest]]:
    """Every layout computed: on which thread, for which request."""
    seen: list[tuple[int, CloudRequest]] = []
    plan = cloud_module.plan_cloud

    def counted(request: CloudRequest) -> CloudPlan:
        seen.append((threading.get_ident(), request))
        return plan(request)

    monkeypatch.setattr(cloud_module, "plan_cloud", counted)
    return seen


def _words(votes: int, count: int = 40, prefix: str = "wort") -> list[dict[str, object]]:
    return [{"word": f"{prefix}{i}", "count": votes} for i in range(count)]


def test_a_burst_of_updates_lays_out_the_newest_counts_once_off_the_ui_thread(qtbot, computed) -> None:
    cloud = WordCloud()
    for votes in range(1, 21):  # twenty batches in a row, faster than any layout
        cloud.update(_words(votes), 1600, 700, "wolke", 32)
    assert not cloud.settled
    qtbot.waitUntil(lambda: cloud.settled, timeout=10_000)
    assert len(computed) <= 2  # the first, then only the newest of the other nineteen
    assert all(thread != threading.get_ident() for thread, _ in computed)
    assert {word.count for word in computed[-1][1].words} == {20}
    assert len(cloud.layout) + cloud.left_out == 40 and set(cloud.counts.values()) == {20}


def test_a_layout_for_a_poll_no_longer_shown_is_dropped(qtbot, computed) -> None:
    cloud = WordCloud()
    cloud.update(_words(1, prefix="alt"), 1600, 700, "erste", 32)
    cloud.update(_words(1, prefix="neu"), 1600, 700, "zweite", 32)  # another poll before the first landed
    qtbot.waitUntil(lambda: cloud.settled, timeout=10_000)
    assert set(cloud.layout) == {f"neu{i}" for i in range(40)}


def test_new_words_fade_in_where_they_were_placed(qtbot) -> None:
    moment = [0.0]
    cloud = WordCloud(clock=lambda: moment[0])
    cloud.update(_words(1, count=3), 1600, 700, "wolke", 32)
    qtbot.waitUntil(lambda: cloud.settled, timeout=10_000)
    assert cloud.moving
    assert cloud.spot("wort0", moment[0]).alpha == 0.0
    moment[0] += 1.0
    spot = cloud.spot("wort0", moment[0])
    assert not cloud.moving and spot.alpha == 1.0
    assert (spot.x, spot.y) == (cloud.layout["wort0"].x, cloud.layout["wort0"].y)


def test_a_cloud_or_feed_destroyed_while_its_worker_is_busy_is_left_alone(qtbot, event) -> None:
    """The workers hand results over through a relay that outlives them: a result for an object deleted
    meanwhile is dropped (emitting into an object being destroyed crashed the program)."""
    for _ in range(20):
        cloud = WordCloud()
        cloud.update(_words(1), 1600, 700, "wolke", 32)
        feed = OpenPollsFeed(event.store.path, "kiosk-2")
        feed.start()
        shiboken6.delete(cloud)  # on the UI thread, while the worker computes
        shiboken6.delete(feed)
    qtbot.wait(500)  # the workers finish; their results find nobody
