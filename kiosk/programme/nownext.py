"""Now and next per room, from one loaded programme: cheap enough to ask every second on every screen."""

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kiosk.programme.model import CANCELLED, programme_day
from kiosk.programme.store import Entry

DEFAULT_GRACE = timedelta(minutes=5)


@dataclass(frozen=True)
class RoomNow:
    """What runs in a room at a moment, and what comes next (None: nothing)."""

    room: str
    now: Entry | None
    next: Entry | None


class Timeline:
    """The current programme arranged per room for now/next and day views; build it again after a change
    (`programme_revision` tells when)."""

    def __init__(self, entries: list[Entry], grace: timedelta = DEFAULT_GRACE) -> None:
        self.entries = entries
        self.grace = grace
        self._rooms: dict[str, tuple[list[float], list[Entry]]] = {}
        for entry in sorted(entries, key=lambda e: e.session.start):
            if entry.session.status != CANCELLED:
                starts, items = self._rooms.setdefault(entry.session.room, ([], []))
                starts.append(entry.session.start.timestamp())
                items.append(entry)
        self.rooms = sorted(self._rooms)

    def now_next(self, at: datetime) -> list[RoomNow]:
        """Per room (sorted by name): the running session and the following one. A session counts as running
        from its start until its end, and at least for the grace window after its start (a session without a
        duration, or one that ends early on paper, is still shown as it begins)."""
        moment = at.timestamp()
        grace = self.grace.total_seconds()
        answer = []
        for room in self.rooms:
            starts, items = self._rooms[room]
            index = bisect_right(starts, moment)
            running = None
            for candidate in reversed(items[max(0, index - 8):index]):  # overlapping sessions: the latest start
                session = candidate.session
                if moment < max(session.end.timestamp(), session.start.timestamp() + grace):
                    running = candidate
                    break
            answer.append(RoomNow(room, running, items[index] if index < len(items) else None))
        return answer

    def day(self, day: date, room: str | None = None) -> list[Entry]:
        """The sessions of a programme day (04:00 to 03:59), cancelled ones included, by start."""
        return [e for e in self.entries if programme_day(e.session.start) == day
                and (room is None or e.session.room == room)]

    def days(self) -> list[date]:
        """The programme days that have sessions."""
        return sorted({programme_day(e.session.start) for e in self.entries})
