import json

from kiosk.attendees import records as attendees
from kiosk.checkin.confirmation import MAX_WRONG_ANSWERS, Answer, can_ask, check_answer
from kiosk.checkin.desk import CheckinDesk, Outcome
from kiosk.event.folder import Event, open_event
from tests.conftest import EVENT_DAY


def sophie_id(event: Event) -> int:
    found = attendees.find_by_key(event.store, "AAAA1111BBBB2222CCCC")
    assert found
    return found.id


def test_the_first_letters_of_the_email_confirm(event: Event) -> None:
    guest = sophie_id(event)
    assert can_ask(event.store, guest)
    assert check_answer(event.store, guest, " SOP ", 3, EVENT_DAY) is Answer.RIGHT
    assert check_answer(event.store, guest, "sopx", 3, EVENT_DAY) is Answer.WRONG


def test_three_wrong_answers_lock_the_guest_out_on_every_kiosk(event: Event) -> None:
    guest = sophie_id(event)
    other_kiosk = open_event(event.folder, "eingang-2")
    try:
        assert check_answer(event.store, guest, "abc", 3, EVENT_DAY) is Answer.WRONG
        assert check_answer(other_kiosk.store, guest, "abd", 3, EVENT_DAY) is Answer.WRONG
        assert check_answer(event.store, guest, "abe", 3, EVENT_DAY) is Answer.HELP_DESK
        assert not can_ask(other_kiosk.store, guest)
        assert check_answer(other_kiosk.store, guest, "sop", 3, EVENT_DAY) is Answer.HELP_DESK  # even the right one
    finally:
        other_kiosk.close()
    rows = event.store.rows("SELECT kiosk_id, payload FROM events WHERE kind = 'confirmation_wrong' ORDER BY seq")
    assert [(r["kiosk_id"], json.loads(r["payload"])) for r in rows] == [
        ("kiosk-1", {"attendee_id": guest, "wrong_answers": 1}),
        ("eingang-2", {"attendee_id": guest, "wrong_answers": 2}),
        ("kiosk-1", {"attendee_id": guest, "wrong_answers": 3})]


def test_a_right_answer_or_a_staff_check_in_clears_the_count(event: Event) -> None:
    guest = sophie_id(event)
    check_answer(event.store, guest, "abc", 3, EVENT_DAY)
    assert check_answer(event.store, guest, "sop", 3, EVENT_DAY) is Answer.RIGHT
    for _ in range(MAX_WRONG_ANSWERS):
        check_answer(event.store, guest, "abc", 3, EVENT_DAY)
    assert not can_ask(event.store, guest)
    assert CheckinDesk(event, clock=lambda: EVENT_DAY).check_in(guest, "staff").outcome is Outcome.WELCOME
    assert can_ask(event.store, guest)
    resets = [json.loads(r["payload"])["reason"] for r in event.store.rows(
        "SELECT payload FROM events WHERE kind = 'confirmation_reset' ORDER BY seq")]
    assert resets == ["confirmed", "staff"]


def test_a_guest_without_email_goes_to_the_help_desk(event: Event) -> None:
    with event.store.transaction():
        guest = attendees.insert(event.store, {"first_name": "Ohne", "last_name": "Mail"}, EVENT_DAY, "test")
    assert not can_ask(event.store, guest)
    assert check_answer(event.store, guest, "", 3, EVENT_DAY) is Answer.HELP_DESK
