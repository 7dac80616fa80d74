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


@dataclass
class _Room:
    """A room's sessions by start: start and end (grace included) as timestamps, the latest end so far."""

    starts: list[float]
    ends: list[float]
    latest_end: list[float]
    items: list[Entry]


class Timeline:
    """The current programme arranged per room for now/next and day views; build it again after a change
    (`programme_revision` tells when)."""

    def __init__(self, entries: list[Entry], grace: timedelta = DEFAULT_GRACE) -> None:
        self.entries = entries
        self.grace = grace
        self._rooms: dict[str, _Room] = {}
        seconds = grace.total_seconds()
        for entry in sorted(entries, key=lambda e: e.session.start):
            if entry.session.status != CANCELLED:
                room = self._rooms.setdefault(entry.session.room, _Room([], [], [], []))
                start = entry.session.start.timestamp()
                room.starts.append(start)
                room.ends.append(max(entry.session.end.timestamp(), start + seconds))
                room.latest_end.append(max(room.ends[-1], room.latest_end[-1] if room.latest_end else start))
                room.items.append(entry)
        self.rooms = sorted(self._rooms)

    def now_next(self, at: datetime) -> list[RoomNow]:
        """Per room (sorted by name): the running session and the following one. A session counts as running
        from its start until its end, and at least for the grace window after its start (a session without a
        duration, or one that ends early on paper, is still shown as it begins). Of overlapping sessions the
        one that started last is running."""
        moment = at.timestamp()
        answer = []
        for name in self.rooms:
            room = self._rooms[name]
            index = bisect_right(room.starts, moment)
            running = None
            position = index - 1
            while position >= 0 and room.latest_end[position] > moment:  # something before may still run
                if room.ends[position] > moment:
                    running = room.items[position]
                    break
                position -= 1
            answer.append(RoomNow(name, running, room.items[index] if index < len(room.items) else None))
        return answer

    def day(self, day: date, room: str | None = None) -> list[Entry]:
        """The sessions of a programme day (04:00 to 03:59), cancelled ones included, by start."""
        return [e for e in self.entries if programme_day(e.session.start) == day
                and (room is None or e.session.room == room)]

    def days(self) -> list[date]:
        """The programme days that have sessions."""
        return sorted({programme_day(e.session.start) for e in self.entries})
