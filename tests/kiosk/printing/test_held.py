"""A first badge that waits for the guest's topics is held in the database from the check-in on: the kiosk
releases it (with the topics on it), or the worker does after the hold time if the kiosk crashed."""

import tomllib
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pypdfium2
import pytest

from kiosk.attendees.importer import import_attendees
from kiosk.checkin.desk import CheckinDesk
from kiosk.event.config import write_config_document
from kiosk.event.folder import Event, open_event
from kiosk.printing import queue
from kiosk.printing.queue import CANCELLED, DONE, HELD, QUEUED
from kiosk.printing.worker import PrintWorker
from kiosk.topics import choices as topics
from tests.conftest import Clock
from tests.kiosk.printing.conftest import attendee_id, event_kinds

SOPHIE = "AAAA1111BBBB2222CCCC"


@pytest.fixture
def held_event(event_folder: Path) -> Iterator[Event]:
    """The event with topics on the first badge and no separate topic badge: the first badge is held."""
    document = tomllib.loads((event_folder / "event.toml").read_text(encoding="utf-8"))
    document["badges"] = {"topics_on_badge": True, "topic_badge": False}
    write_config_document(event_folder, document)
    opened = open_event(event_folder, kiosk_id="kiosk-1")
    import_attendees(opened, event_folder.parent / "attendees.csv")
    yield opened
    opened.close()


def printed_text(event: Event, job_id: str) -> str:
    document = pypdfium2.PdfDocument((event.folder / "printed" / f"{job_id}.pdf").read_bytes())
    try:
        return " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_the_check_in_writes_the_held_badge_and_the_kiosk_releases_it_with_the_topics(held_event: Event,
                                                                                    clock: Clock) -> None:
    desk = CheckinDesk(held_event, clock=clock)
    welcome = desk.scan(SOPHIE, guest_picks_topics=True)
    assert welcome is not None and welcome.badge_held and not welcome.badge_queued
    [job] = queue.open_jobs(held_event.store)
    assert job.state == HELD and job.not_before == clock.now + queue.hold_time(held_event.config)
    kinds = [kind for (kind,) in held_event.store.conn.execute("SELECT kind FROM events ORDER BY seq")]
    assert kinds[kinds.index("checkin") + 1] == "print_queued"  # one transaction with the check-in

    worker = PrintWorker(held_event.folder, "kiosk-1", clock=clock)
    try:
        assert worker.sweep() == [] and worker.run_once() is None  # held: not printed yet
        sophie = attendee_id(held_event, "Sophie")
        topics.choose(held_event.store, held_event.config, sophie, [("Open Data", topics.OFFER)], clock.now)
        assert desk.release_held_badge(sophie)
        assert not desk.release_held_badge(sophie)
        printed = worker.run_once()
    finally:
        worker.close()
    assert printed is not None and (printed.id, printed.state) == (job.id, DONE)
    assert "Open Data" in printed_text(held_event, job.id)
    assert event_kinds(held_event, job.id) == ["print_queued", "print_released", "print_started", "print_done",
                                               "badge_printed"]


def test_a_badge_held_by_a_kiosk_that_crashed_is_printed_by_the_worker_after_the_hold_time(
        held_event: Event, clock: Clock) -> None:
    CheckinDesk(held_event, clock=clock).scan(SOPHIE, guest_picks_topics=True)
    held_event.close()  # the kiosk crashes while the guest picks topics

    worker = PrintWorker(held_event.folder, "kiosk-1", clock=clock)
    try:
        clock.now += queue.hold_time(worker.event.config) - timedelta(seconds=1)
        assert worker.sweep() == [] and worker.run_once() is None  # the guest may still be picking
        clock.now += timedelta(seconds=1)
        [released] = worker.sweep()
        assert released.state == QUEUED
        printed = worker.run_once()
    finally:
        worker.close()
    assert printed is not None and printed.state == DONE
    assert (held_event.folder / "printed" / f"{printed.id}.pdf").exists()


def test_staff_can_print_a_held_badge_now_or_cancel_it(held_event: Event, clock: Clock) -> None:
    desk = CheckinDesk(held_event, clock=clock)
    desk.scan(SOPHIE, guest_picks_topics=True)
    desk.scan("YZYZ3333DDDD4444EEEE", guest_picks_topics=True)
    first, second = queue.open_jobs(held_event.store)
    assert queue.retry_now(held_event.store, first.id, clock.now)
    assert queue.cancel(held_event.store, second.id, "guest left", clock.now)
    states = {job.id: job.state for job in queue.recent_jobs(held_event.store)}
    assert states == {first.id: QUEUED, second.id: CANCELLED}
    assert not desk.release_held_badge(second.attendee_id)  # cancelled stays cancelled


def test_at_the_staff_desk_nothing_is_held(held_event: Event, clock: Clock) -> None:
    result = CheckinDesk(held_event, clock=clock).scan(SOPHIE)
    assert result is not None and result.badge_queued and not result.badge_held
    assert [job.state for job in queue.open_jobs(held_event.store)] == [QUEUED]
