"""The check-in rules: one decision per scan or tap, with exactly one outcome, always logged."""

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from kiosk.attendees import records as attendees
from kiosk.attendees.records import Attendee
from kiosk.checkin import confirmation, repeat
from kiosk.common.timeutil import from_iso, local, to_iso, utc_now
from kiosk.event.config import Category
from kiosk.event.folder import Event
from kiosk.event.store import Store
from kiosk.printing.queue import HELD, QUEUED, enqueue_first_badge, enqueue_now, job_target, release_held
from kiosk.tickets.codes import is_well_formed, scan_candidates

LOGGED_CODE_LENGTH = 64
FIRST_CHECKIN = "first check-in"  # why a print job was queued (shown translated on the staff desk)
TOPICS_CHOSEN = "topics chosen"
REPRINT_PREFIX = "reprint: "


class Outcome(StrEnum):
    """What the guest is told."""

    WELCOME = "welcome"
    ALREADY_CHECKED_IN = "already_checked_in"
    UNKNOWN = "unknown"
    INVALID = "invalid"
    CANCELLED = "cancelled"
    NOT_VALID_TODAY = "not_valid_today"


@dataclass(frozen=True)
class CheckinResult:
    """The decision, and what a screen needs to show it."""

    outcome: Outcome
    code: str = ""
    attendee: Attendee | None = None
    category: Category | None = None
    checked_in_at: datetime | None = None
    checked_in_by: str = ""
    badge_queued: bool = False
    returning: bool = False  # a welcome back: checked in on an earlier day, first time today
    badge_held: bool = False  # the first badge waits for the guest's topics (`CheckinDesk.release_held_badge`)
    reason: str = ""  # why a code answers "cancelled" when an import retired it (attendees.REPLACED, …)

    def to_json(self) -> dict[str, Any]:
        """Plain data for `kiosk checkin --json`."""
        data: dict[str, Any] = {"outcome": self.outcome.value, "code": self.code}
        if self.attendee:
            data["attendee"] = {k: getattr(self.attendee, k) for k in
                                ("id", "title", "first_name", "last_name", "organisation", "category")}
        if self.category:
            data["role"], data["colour"] = self.category.role_label, self.category.colour
        if self.checked_in_at:
            data["checked_in_at"], data["kiosk_id"] = to_iso(self.checked_in_at), self.checked_in_by
        if self.outcome is Outcome.WELCOME:
            data["returning"] = self.returning
        if self.reason:
            data["reason"] = self.reason
        return data


class CheckinDesk:
    """Check-in for one kiosk: scans, taps on a search result, staff actions."""

    def __init__(self, event: Event, clock: Callable[[], datetime] = utc_now,
                 monotonic: Callable[[], float] = time.monotonic, auto_print: bool = True) -> None:
        self.event = event
        self.store = event.store
        self._clock = clock
        self._monotonic = monotonic
        self.auto_print = auto_print
        self._recent_scans: dict[str, float] = {}
        self.on_print_queued: Callable[[], None] = lambda: None  # e.g. wake the print worker

    def twin(self, event: Event) -> "CheckinDesk":
        """The same desk (clock, auto-print) on another connection to the event, e.g. a worker thread's own; it
        remembers its own recent scans and wakes the printer through its own `on_print_queued`."""
        return CheckinDesk(event, self._clock, self._monotonic, self.auto_print)

    def scan(self, raw: str, guest_picks_topics: bool = False, on_screen: int | None = None) -> CheckinResult | None:
        """Decide a scanned code; None when this kiosk saw the same code within the last few seconds, or when it
        is the ticket of `on_screen` (the attendee whose answer the kiosk still shows).
        `guest_picks_topics`: the attendee kiosk asks for topics next (see `holds_badge_for_topics`)."""
        candidates = scan_candidates(raw)
        if self._is_repeat(candidates[0]):
            return None
        if not is_well_formed(candidates[0]) or self._is_other_events(candidates[0]):
            return self._log_only(Outcome.INVALID, candidates[0], "scan")
        for key in candidates:
            retired = attendees.retired_code(self.store, key) if is_well_formed(key) else None
            if retired:
                return self._retired(retired, key)
            attendee = attendees.find_by_key(self.store, key) if is_well_formed(key) else None
            if attendee:
                if attendee.id == on_screen:
                    return None
                return self._decide(attendee, "scan", key, guest_picks_topics)
        return self._log_only(Outcome.UNKNOWN, candidates[0], "scan")

    def check_in(self, attendee_id: int, method: str, guest_picks_topics: bool = False) -> CheckinResult:
        """Check in an attendee chosen by search or by staff ('search', 'staff' or 'walk_in')."""
        attendee = attendees.get(self.store, attendee_id)
        if attendee is None:
            return self._log_only(Outcome.UNKNOWN, "", method)
        return self._decide(attendee, method, attendee.code, guest_picks_topics)

    def register_walk_in(self, values: dict[str, str]) -> CheckinResult:
        """Staff register a guest without a ticket (a fresh code is made) and check them in."""
        if not (values.get("first_name", "").strip() or values.get("last_name", "").strip()):
            raise ValueError("a walk-in needs a name")
        clean = {k: v.strip() for k, v in values.items() if k in attendees.EDITABLE}
        with self.store.transaction():
            attendee_id = attendees.insert(self.store, clean, self._clock(), source="walk_in")
        return self.check_in(attendee_id, "walk_in")

    def undo(self, attendee_id: int, reason: str) -> bool:
        """Staff take back the latest check-in: marked undone and logged, never deleted."""
        now = self._clock()
        with self.store.transaction() as conn:
            row = conn.execute("SELECT id FROM checkins WHERE attendee_id = ? AND undone_at IS NULL"  # the one that
                               " ORDER BY duplicate_of IS NULL DESC, at DESC LIMIT 1",  # counts, not a duplicate
                               (attendee_id,)).fetchone()
            if not row:
                return False
            conn.execute("UPDATE checkins SET undone_at = ?, undone_by = ?, undo_reason = ? WHERE id = ?",
                         (to_iso(now), self.store.kiosk_id, reason, row[0]))
            self.store.record("checkin_undone", {"checkin_id": row[0], "attendee_id": attendee_id,
                                                 "reason": reason}, now)
        return True

    def now(self) -> datetime:
        """The desk's clock (what screens measure "3 minutes ago" against)."""
        return self._clock()

    def is_same_guest_again(self, result: CheckinResult) -> bool:
        """Whether an "already checked in" answer is this kiosk's own welcome of a moment ago (see
        `kiosk.checkin.repeat`): the kiosk then says kindly that the badge is on its way."""
        return result.outcome is Outcome.ALREADY_CHECKED_IN and repeat.is_same_guest_again(
            result.checked_in_at, result.checked_in_by, self.store.kiosk_id, self._clock(),
            self.event.config.kiosk.same_guest_seconds)

    def _is_repeat(self, key: str) -> bool:
        """Whether this kiosk saw the code within the last few seconds; every sighting starts the window
        again, so a code held up for a while counts once."""
        now = self._monotonic()
        window = self.event.config.kiosk.duplicate_scan_seconds
        self._recent_scans = {k: t for k, t in self._recent_scans.items() if now - t < window}
        seen = key in self._recent_scans
        self._recent_scans[key] = now
        return seen

    def _is_other_events(self, key: str) -> bool:
        return any(key.startswith(p.upper()) for p in self.event.config.kiosk.other_event_prefixes)

    def _decide(self, attendee: Attendee, method: str, key: str, guest_picks_topics: bool = False) -> CheckinResult:
        now = self._clock()
        today = self._local_day(now)
        with self.store.transaction() as conn:
            # Read again inside the transaction: an import may have cancelled the ticket since the lookup.
            attendee = attendees.get(self.store, attendee.id) or attendee
            category = self.event.config.category(attendee.category)
            if method == "staff":
                confirmation.reset_after_staff_check(conn, self.store, attendee.id, now)
            days = {row[2]: row[:2] for row in conn.execute(
                "SELECT at, kiosk_id, day FROM checkins WHERE attendee_id = ? AND undone_at IS NULL", (attendee.id,))}
            if attendee.cancelled:
                result = CheckinResult(Outcome.CANCELLED, key, attendee, category)
            elif today.isoformat() in days:
                at, kiosk_id = days[today.isoformat()]
                result = CheckinResult(Outcome.ALREADY_CHECKED_IN, key, attendee, category, from_iso(at), kiosk_id)
            elif not self._valid_on(category, today):
                result = CheckinResult(Outcome.NOT_VALID_TODAY, key, attendee, category)
            else:
                returning = bool(days)  # checked in on another day: welcome back, the badge is printed already
                self._write_checkin(conn, attendee.id, method, now, today)
                held = guest_picks_topics and self.holds_badge_for_topics()
                badge = "" if returning else self._queue_first_badge(attendee.id, category, now, held)
                result = CheckinResult(Outcome.WELCOME, key, attendee, category, now, self.store.kiosk_id,
                                       badge == QUEUED, returning, badge_held=badge == HELD)
            self._record_attempt(result.outcome, key, method, attendee.id, now)
        if result.badge_queued:
            self.on_print_queued()
        return result

    def _queue_first_badge(self, attendee_id: int, category: Category, now: datetime, held: bool) -> str:
        """Auto-print on the first welcome, in the check-in's transaction (so neither exists without the
        other); `held`: the job waits for the guest's topics. The job's state, or "" when nothing prints
        (the category does not print by itself, or the badge was pre-printed on a sheet)."""
        if not (self.auto_print and self.event.config.badges.prints_automatically(category.name)):
            return ""
        return enqueue_first_badge(self.store, self.event.config, attendee_id, FIRST_CHECKIN, now, held)

    def holds_badge_for_topics(self) -> bool:
        """Whether a first badge from the attendee kiosk waits for the guest's topics (they go on it, and
        there is no topic badge): the check-in writes it as held, the kiosk releases it when the guest saves,
        skips or walks away, and the print worker after `hold_time` if the kiosk could not."""
        config = self.event.config
        return bool(config.topics) and config.badges.topics_on_badge and not config.badges.topic_badge

    def queue_print(self, attendee_id: int, kind: str, reason: str) -> str:
        """Queue a badge or topic badge outside a check-in (reprint, topics chosen)."""
        layout, printer = job_target(self.event.config, self.store.kiosk_id, kind)
        job_id = enqueue_now(self.store, attendee_id, kind, layout, printer, reason, self._clock())
        self.on_print_queued()
        return job_id

    def release_held_badge(self, attendee_id: int) -> bool:
        """The guest saved or skipped their topics, or walked away: the first badge held for them prints now,
        with the topics chosen. False if none was held."""
        released = release_held(self.store, attendee_id, self._clock())
        if released:
            self.on_print_queued()
        return released

    def _write_checkin(self, conn: sqlite3.Connection, attendee_id: int, method: str, now: datetime,
                       day: date) -> None:
        event_id = self.store.record("checkin", {"attendee_id": attendee_id, "method": method,
                                                 "day": day.isoformat()}, now)
        conn.execute("INSERT INTO checkins (id, attendee_id, at, kiosk_id, method, day) VALUES (?, ?, ?, ?, ?, ?)",
                     (event_id, attendee_id, to_iso(now), self.store.kiosk_id, method, day.isoformat()))

    def _local_day(self, now: datetime) -> date:
        """The date on the event's wall clock: check-ins count per day."""
        return local(now, self.event.config.time_zone).date()

    @staticmethod
    def _valid_on(category: Category, day: date) -> bool:
        return not category.valid_days or day in category.valid_days

    def _retired(self, retired: attendees.RetiredCode, key: str) -> CheckinResult:
        """A code an import retired (replaced, or its guest left the list): "cancelled", with the reason."""
        now = self._clock()
        attendee = attendees.get(self.store, retired.attendee_id)
        with self.store.transaction():
            self._record_attempt(Outcome.CANCELLED, key, "scan", retired.attendee_id, now)
        category = self.event.config.category(attendee.category) if attendee else None
        return CheckinResult(Outcome.CANCELLED, key, attendee, category, reason=retired.reason)

    def _log_only(self, outcome: Outcome, key: str, method: str) -> CheckinResult:
        now = self._clock()
        with self.store.transaction():
            self._record_attempt(outcome, key, method, None, now)
        return CheckinResult(outcome, key[:LOGGED_CODE_LENGTH])

    def _record_attempt(self, outcome: Outcome, key: str, method: str, attendee_id: int | None,
                        now: datetime) -> None:
        self.store.record("checkin_attempt", {"outcome": outcome.value, "code": key[:LOGGED_CODE_LENGTH],
                                              "method": method, "attendee_id": attendee_id}, now)


def active_checkins(store: Store, attendee_ids: list[int]) -> dict[int, tuple[datetime, str]]:
    """When and where each of these attendees was last checked in (only those who are)."""
    if not attendee_ids:
        return {}
    marks = ",".join("?" * len(attendee_ids))
    # SQLite takes kiosk_id from the row with the max(at).
    rows = store.conn.execute(f"SELECT attendee_id, max(at), kiosk_id FROM checkins WHERE undone_at IS NULL"
                              f" AND attendee_id IN ({marks}) GROUP BY attendee_id", attendee_ids).fetchall()
    return {row[0]: (from_iso(row[1]), row[2]) for row in rows}
