"""The same guest scanning again at the same kiosk a moment after their welcome is told kindly, not warned."""

from datetime import timedelta

from kiosk.checkin.desk import CheckinDesk, Outcome
from kiosk.checkin.repeat import SAME_GUEST_SECONDS, is_same_guest_again
from kiosk.event.folder import Event, open_event
from tests.conftest import EVENT_DAY, Clock


def test_the_rule_same_kiosk_and_recent() -> None:
    welcomed = EVENT_DAY
    assert is_same_guest_again(welcomed, "eingang-1", "eingang-1", welcomed + timedelta(seconds=3.5))
    assert is_same_guest_again(welcomed, "eingang-1", "eingang-1", welcomed + timedelta(seconds=SAME_GUEST_SECONDS))
    assert not is_same_guest_again(welcomed, "eingang-1", "eingang-1", welcomed + timedelta(seconds=121))
    assert not is_same_guest_again(welcomed, "eingang-2", "eingang-1", welcomed + timedelta(seconds=3.5))
    assert not is_same_guest_again(None, "eingang-1", "eingang-1", welcomed)
    assert not is_same_guest_again(welcomed, "eingang-1", "eingang-1", welcomed - timedelta(seconds=1))  # clock skew
    assert is_same_guest_again(welcomed, "eingang-1", "eingang-1", welcomed + timedelta(seconds=30), seconds=60)


def test_the_desk_applies_the_rule_with_its_clock_and_kiosk(event: Event) -> None:
    clock = Clock()
    desk = CheckinDesk(event, clock=clock, monotonic=clock.monotonic)
    assert desk.scan("AAAA1111BBBB2222CCCC") is not None
    clock.now += timedelta(seconds=3.5)
    clock.seconds += 3.5
    again = desk.scan("AAAA1111BBBB2222CCCC")
    assert again is not None and again.outcome is Outcome.ALREADY_CHECKED_IN
    assert desk.is_same_guest_again(again)
    clock.now += timedelta(minutes=5)
    assert not desk.is_same_guest_again(again)  # five minutes later: the warning again
    other_kiosk = open_event(event.folder, kiosk_id="eingang-2")
    try:
        elsewhere = CheckinDesk(other_kiosk, clock=lambda: EVENT_DAY + timedelta(seconds=5))
        result = elsewhere.scan("AAAA1111BBBB2222CCCC")
        assert result is not None and not elsewhere.is_same_guest_again(result)
    finally:
        other_kiosk.close()
