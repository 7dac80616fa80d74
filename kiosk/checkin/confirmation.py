"""The attendee kiosk's question after a name search: the first letters of the guest's e-mail address.

Wrong answers are counted per guest in the database (whichever kiosk, whatever the screen does), each with
an event row; after `MAX_WRONG_ANSWERS` the guest is checked in at the help desk only. The e-mail itself
never leaves the core, so no kiosk screen can show it.
"""

import sqlite3
from datetime import datetime
from enum import StrEnum

from kiosk.common.timeutil import to_iso
from kiosk.event.store import Store

MAX_WRONG_ANSWERS = 3


class Answer(StrEnum):
    """What the kiosk does next."""

    RIGHT = "right"  # check the guest in
    WRONG = "wrong"  # ask again
    HELP_DESK = "help_desk"  # no e-mail to ask for, or too many wrong answers


def can_ask(store: Store, attendee_id: int) -> bool:
    """Whether the kiosk may ask this guest: they have an e-mail address and tries left."""
    email, wrong = _email_and_wrong_answers(store.conn, attendee_id)
    return bool(email) and wrong < MAX_WRONG_ANSWERS


def check_answer(store: Store, attendee_id: int, answer: str, chars: int, now: datetime) -> Answer:
    """Compare `answer` with the first `chars` letters of the e-mail; a wrong one is counted and logged."""
    with store.transaction() as conn:
        email, wrong = _email_and_wrong_answers(conn, attendee_id)
        if not email or wrong >= MAX_WRONG_ANSWERS:
            return Answer.HELP_DESK
        if answer.strip().casefold() == email[: max(1, chars)].casefold():
            _forget(conn, store, attendee_id, "confirmed", now)
            return Answer.RIGHT
        wrong += 1
        conn.execute("INSERT INTO confirmation_failures (attendee_id, wrong_answers, last_at) VALUES (?, ?, ?)"
                     " ON CONFLICT (attendee_id) DO UPDATE SET wrong_answers = excluded.wrong_answers,"
                     " last_at = excluded.last_at", (attendee_id, wrong, to_iso(now)))
        store.record("confirmation_wrong", {"attendee_id": attendee_id, "wrong_answers": wrong}, now)
    return Answer.WRONG if wrong < MAX_WRONG_ANSWERS else Answer.HELP_DESK


def reset_after_staff_check(conn: sqlite3.Connection, store: Store, attendee_id: int, now: datetime) -> None:
    """Staff have seen the guest: their wrong answers no longer count (inside the caller's transaction)."""
    _forget(conn, store, attendee_id, "staff", now)


def _email_and_wrong_answers(conn: sqlite3.Connection, attendee_id: int) -> tuple[str, int]:
    row = conn.execute("SELECT a.email, coalesce(f.wrong_answers, 0) FROM attendees a"
                       " LEFT JOIN confirmation_failures f ON f.attendee_id = a.id WHERE a.id = ?",
                       (attendee_id,)).fetchone()
    return (row[0].strip(), row[1]) if row else ("", 0)


def _forget(conn: sqlite3.Connection, store: Store, attendee_id: int, why: str, now: datetime) -> None:
    if conn.execute("DELETE FROM confirmation_failures WHERE attendee_id = ?", (attendee_id,)).rowcount:
        store.record("confirmation_reset", {"attendee_id": attendee_id, "reason": why}, now)
