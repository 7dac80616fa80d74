from datetime import timedelta

from kiosk.event.folder import Event
from kiosk.event.pin import MAX_DELAY_SECONDS, hash_pin, try_pin, verify_pin, wait_before_next_try
from tests.conftest import EVENT_DAY


def test_hash_is_salted_and_verifies() -> None:
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first != second and first.startswith("scrypt$") and "1234" not in first
    assert verify_pin("1234", first) and not verify_pin("1235", first)
    assert not verify_pin("1234", "garbage") and not verify_pin("1234", "")


def test_wrong_tries_lock_the_pad_for_growing_times(event: Event) -> None:
    stored = hash_pin("2468")
    store, now = event.store, EVENT_DAY
    for _ in range(3):
        assert not try_pin(store, "0000", stored, now)
    assert wait_before_next_try(store, now) == timedelta(seconds=5)
    assert not try_pin(store, "2468", stored, now), "the right PIN is refused while locked"
    now += timedelta(seconds=6)
    assert not try_pin(store, "1111", stored, now)
    assert wait_before_next_try(store, now) == timedelta(seconds=10)
    now += timedelta(seconds=11)
    assert try_pin(store, "2468", stored, now)
    assert wait_before_next_try(store, now) == timedelta(0)
    kinds = [r["kind"] for r in store.rows("SELECT kind FROM events WHERE kind LIKE 'pin_%' ORDER BY seq")]
    assert kinds == ["pin_failed"] * 4 + ["pin_ok"]
    assert "2468" not in str(store.rows("SELECT payload FROM events"))


def test_a_guest_at_the_pad_can_lock_staff_out_for_half_a_minute_at_most(event: Event) -> None:
    stored = hash_pin("2468")
    store, now = event.store, EVENT_DAY
    waits = []
    for _ in range(40):
        now += wait_before_next_try(store, now)
        assert not try_pin(store, "0000", stored, now)
        waits.append(wait_before_next_try(store, now).total_seconds())
    assert MAX_DELAY_SECONDS == 30
    assert waits[:7] == [0, 0, 5, 10, 20, 30, 30]
    assert max(waits) == 30
    now += timedelta(seconds=30)
    assert try_pin(store, "2468", stored, now), "staff get in as soon as the last lock-out is over"


def test_no_pin_configured_never_unlocks(event: Event) -> None:
    assert not try_pin(event.store, "", "", EVENT_DAY)
    assert not try_pin(event.store, "1234", "", EVENT_DAY)
