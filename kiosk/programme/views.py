"""Read models of the programme screens: now/next with minutes, the day to show, filters, door signs, the
barcamp board's running time, and rooms split into pages. Pure functions over one loaded programme."""

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.event.config import BarcampSettings
from kiosk.event.store import Store
from kiosk.programme.model import CANCELLED, programme_day
from kiosk.programme.nownext import DEFAULT_GRACE, Timeline
from kiosk.programme.store import SHOWN_SCHEDULED, Entry, current_programme, programme_revision


@dataclass(frozen=True)
class RoomLine:
    """One room on a now/next screen: the running session with its minutes left, the next with its start."""

    room: str
    now: Entry | None
    minutes_left: int | None
    next: Entry | None
    starts_in: int | None  # minutes until the next session begins


@dataclass(frozen=True)
class Filters:
    """What a guest narrowed the day to (empty: everything)."""

    track: str = ""
    room: str = ""
    type: str = ""

    def keep(self, entry: Entry) -> bool:
        session = entry.session
        return all(not wanted or value == wanted for wanted, value in
                   ((self.track, session.track), (self.room, session.room), (self.type, session.type)))


@dataclass(frozen=True)
class DoorSign:
    """One room's door: what runs now, what comes next, and the rest of the day after that."""

    room: str
    line: RoomLine
    later: list[Entry]


def minutes_between(start: datetime, end: datetime) -> int:
    """Whole minutes from start to end, rounded up (a session ending in 30 s has 1 minute left)."""
    return max(0, math.ceil((end - start).total_seconds() / 60))


class ProgrammeView:
    """One loaded state of the programme, with `revision` telling whether it is still current."""

    def __init__(self, entries: list[Entry], zone: ZoneInfo, grace: timedelta = DEFAULT_GRACE,
                 revision: tuple[int, int] = (0, 0)) -> None:
        self.zone, self.revision = zone, revision
        self.timeline = Timeline(entries, grace)
        self.entries = self.timeline.entries
        self._by_day: dict[date, list[Entry]] = {}
        for entry in self.entries:
            self._by_day.setdefault(programme_day(entry.session.start), []).append(entry)
        self._days = sorted(self._by_day)

    def now_next(self, at: datetime, day: date | None = None) -> list[RoomLine]:
        """Per room (sorted): running session with minutes left, next session with minutes to go. Rooms with
        nothing more on the shown day are left out, and a next session on a later day does not count."""
        day = day or self.shown_day(at)
        lines = []
        for room in self.timeline.now_next(at):
            upcoming = room.next if room.next and programme_day(room.next.session.start) == day else None
            if room.now is None and upcoming is None:
                continue
            lines.append(RoomLine(room.room, room.now,
                                  minutes_between(at, room.now.session.end) if room.now else None,
                                  upcoming, minutes_between(at, upcoming.session.start) if upcoming else None))
        return lines

    def shown_day(self, at: datetime) -> date | None:
        """The programme day a screen shows: today's, else the next day with sessions, else the last one."""
        days = self._days
        if not days:
            return None
        today = programme_day(at.astimezone(self.zone))
        return next((day for day in days if day >= today), days[-1])

    def day(self, day: date | None, filters: Filters = Filters()) -> list[Entry]:
        """The sessions of a day that pass the filters, cancelled ones included, by start and room."""
        if day is None:
            return []
        entries = self._by_day.get(day, [])
        return [e for e in entries if filters.keep(e)] if filters != Filters() else list(entries)

    def facets(self, day: date | None) -> tuple[list[str], list[str], list[str]]:
        """The tracks, rooms and types of a day, each sorted and without blanks (the filter choices)."""
        entries = self.day(day)
        return tuple(sorted({getattr(e.session, name) for e in entries} - {""})  # type: ignore[return-value]
                     for name in ("track", "room", "type"))

    def rooms(self, day: date | None) -> list[str]:
        """Every room with a session on that day, sorted."""
        return sorted({e.session.room for e in self.day(day)})

    def changed(self, day: date | None) -> list[Entry]:
        """The sessions of a day shown as changed in any way (cancelled, moved, changed, new), by start."""
        return [e for e in self.day(day) if e.shown != SHOWN_SCHEDULED]

    def door(self, room: str, at: datetime) -> DoorSign:
        """What a door sign of one room shows at a moment."""
        day = self.shown_day(at)
        line = next((line for line in self.now_next(at, day) if line.room == room),
                    RoomLine(room, None, None, None, None))
        shown = {id(line.now), id(line.next)}
        later = [e for e in self.day(day, Filters(room=room)) if id(e) not in shown
                 and e.session.status != CANCELLED and e.session.start > at
                 and (line.next is None or e.session.start >= line.next.session.start)]
        return DoorSign(room, line, later)


def load_view(store: Store, zone: ZoneInfo, grace: timedelta = DEFAULT_GRACE) -> ProgrammeView:
    """The programme as it stands now, read from the database (slow for big programmes: not on a UI thread)."""
    revision = programme_revision(store)
    return ProgrammeView(current_programme(store, zone), zone, grace, revision)


def barcamp_running(settings: BarcampSettings, default_day: date, at: datetime, zone: ZoneInfo) -> bool:
    """Whether the barcamp board belongs on screen: its day, from its first slot's start to its last's end."""
    if not settings.rooms or not settings.slots:
        return False
    day = settings.day or default_day
    begin = datetime.combine(day, min(start for start, _ in settings.slots), zone)
    finish = datetime.combine(day, max(end for _, end in settings.slots), zone)
    return begin <= at < finish


def pages(items: list, per_page: int) -> list[list]:
    """Items split into pages of at most `per_page` (at least one page, maybe empty)."""
    per_page = max(1, per_page)
    return [items[index:index + per_page] for index in range(0, len(items), per_page)] or [[]]
