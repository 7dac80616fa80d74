"""The programme for the phone's second tab: now and next per room, the day, and what changed that day —
from the same read models as the info screen, loaded again only when the programme changed."""

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.event.config import EventConfig
from kiosk.event.store import Store
from kiosk.programme.changes import list_changes
from kiosk.programme.model import DAY_STARTS_AT
from kiosk.programme.store import SHOWN_CANCELLED, SHOWN_MOVED, Entry, programme_revision
from kiosk.programme.views import ProgrammeView, load_view

MAX_CHANGES = 30  # the newest changes of the day


def session_json(entry: Entry | None) -> dict[str, Any] | None:
    """A session as the phone shows it (times with the event's UTC offset)."""
    if entry is None:
        return None
    session = entry.session
    return {"id": session.key, "title": session.title, "speakers": list(session.speakers), "room": session.room,
            "start": session.start.isoformat(), "end": session.end.isoformat(), "status": entry.shown,
            "cancelled": entry.shown == SHOWN_CANCELLED, "moved": entry.shown == SHOWN_MOVED}


class PhoneProgramme:
    """The programme's JSON for phones, kept until the programme changes or the minute turns."""

    def __init__(self, store: Store, config: EventConfig) -> None:
        self.store = store
        self.zone = ZoneInfo(config.time_zone)
        self.grace = timedelta(minutes=config.programme.grace_minutes)
        self._view: ProgrammeView | None = None
        self._made: tuple[tuple[int, int], datetime] | None = None
        self._json: dict[str, Any] = {}

    def json(self, at: datetime) -> dict[str, Any]:
        """`GET /api/programme` at a moment."""
        revision = programme_revision(self.store)
        minute = at.replace(second=0, microsecond=0)
        if self._made == (revision, minute):
            return self._json
        if self._view is None or self._view.revision != revision:
            self._view = load_view(self.store, self.zone, self.grace)
        view = self._view
        day = view.shown_day(at)
        lines = view.now_next(at, day)
        since = datetime.combine(day, datetime.min.time(), self.zone) + DAY_STARTS_AT if day else None
        changes = list_changes(self.store, since)[-MAX_CHANGES:] if since else []
        self._json = {
            "date": day.isoformat() if day else None,
            "now_next": [{"room": line.room, "now": session_json(line.now), "next": session_json(line.next)}
                         for line in lines],
            "day": [session_json(entry) for entry in view.day(day)],
            "changes": [{key: c[key] for key in ("at", "id", "title", "kind", "old", "new")}
                        for c in reversed(changes)],
        }
        self._made = (revision, minute)
        return self._json
