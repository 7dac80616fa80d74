"""The barcamp board: slots × rooms of `[programme.barcamp]`, filled by staff on the day.

A filled cell is a programme session (type `barcamp`), so it appears on every screen at once. A cell that an
imported placeholder session of type barcamp occupies is filled by retitling that session; otherwise a staff
session is added. Moving a session between cells is one edit (start, end and room)."""

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from kiosk.common.timeutil import to_iso, utc_now
from kiosk.event.config import BarcampSettings
from kiosk.event.store import Store, event_uuid
from kiosk.programme import edits
from kiosk.programme.edits import EditError
from kiosk.programme.model import CANCELLED, Session, clean
from kiosk.programme.store import BARCAMP, Entry, current_programme


@dataclass(frozen=True)
class Cell:
    """One cell of the board: a slot in a room, and the session in it (None: free)."""

    slot: int
    room: str
    start: datetime
    end: datetime
    entry: Entry | None


def board(store: Store, zone: ZoneInfo, settings: BarcampSettings, day: date) -> list[list[Cell]]:
    """The grid: one row per slot, one cell per room, with the barcamp session in it."""
    return arrange(current_programme(store, zone), zone, settings, day)


def arrange(entries: list[Entry], zone: ZoneInfo, settings: BarcampSettings, day: date) -> list[list[Cell]]:
    """The grid of `board` from a programme already loaded (what the screens hold)."""
    sessions = [e for e in entries if e.session.type == BARCAMP and e.session.status != CANCELLED]
    grid = []
    for number, (start, end) in enumerate(settings.slots):
        begin, finish = datetime.combine(day, start, zone), datetime.combine(day, end, zone)
        grid.append([Cell(number, room, begin, finish, _occupant(sessions, room, begin)) for room in settings.rooms])
    return grid


def fill_cell(store: Store, zone: ZoneInfo, settings: BarcampSettings, day: date, slot: int, room: str,
              title: str, host: str, at: datetime | None = None) -> str:
    """Put a session into a free cell (or retitle the placeholder there); returns the session's key."""
    cell = _cell(store, zone, settings, day, slot, room)
    title, host = clean(title, 500), clean(host, 200)
    if not title:
        raise EditError("a barcamp session needs a title")
    if cell.entry is not None:
        if cell.entry.origin == "import" and _is_placeholder(cell.entry):
            edits.fix(store, zone, cell.entry.session.key, title=title, speakers=[host] if host else [], at=at)
            return cell.entry.session.key
        raise EditError(f"the cell {room} {cell.start:%H:%M} is taken by {cell.entry.session.title!r}")
    key = f"barcamp:{event_uuid()}"
    edits.add_session(store, Session(key=key, title=title, room=room, start=cell.start, end=cell.end,
                                     speakers=(host,) if host else (), track="Barcamp", type=BARCAMP), at)
    return key


def move_session(store: Store, zone: ZoneInfo, settings: BarcampSettings, day: date, key: str, slot: int,
                 room: str, at: datetime | None = None) -> str:
    """Move a barcamp session to a free cell; returns the edit id."""
    cell = _cell(store, zone, settings, day, slot, room)
    if cell.entry is not None:
        raise EditError(f"the cell {room} {cell.start:%H:%M} is taken by {cell.entry.session.title!r}")
    return edits.set_fields(store, zone, key, "board", {"room": room, "start": to_iso(cell.start),
                                                       "end": to_iso(cell.end)}, at or utc_now())


def _cell(store: Store, zone: ZoneInfo, settings: BarcampSettings, day: date, slot: int, room: str) -> Cell:
    if room not in settings.rooms or not 0 <= slot < len(settings.slots):
        raise EditError(f"no barcamp cell for slot {slot + 1} in room {room!r}")
    return board(store, zone, settings, day)[slot][settings.rooms.index(room)]


def _occupant(sessions: list[Entry], room: str, start: datetime) -> Entry | None:
    found = [e for e in sessions if e.session.room == room and e.session.start == start]
    return next((e for e in found if not _is_placeholder(e)), found[0] if found else None)


def _is_placeholder(entry: Entry) -> bool:
    """An imported barcamp slot nobody filled yet: no speakers and not edited."""
    return entry.origin == "import" and not entry.session.speakers and not entry.edited
