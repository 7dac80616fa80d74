"""The words every programme screen uses for times and changes, translated ("in 12 Min.", "entfällt")."""

from PySide6.QtCore import QCoreApplication

from kiosk.programme.model import Session
from kiosk.programme.store import SHOWN_CANCELLED, SHOWN_CHANGED, SHOWN_MOVED, SHOWN_NEW, Entry

HOUR = 60


def clock(session: Session) -> str:
    """"10:00–10:45"."""
    return f"{session.start:%H:%M}–{session.end:%H:%M}"


def starts_in(minutes: int, session: Session) -> str:
    """When the next session begins: "starting now", "in 12 min", or its time when an hour or more away."""
    if minutes <= 0:
        return QCoreApplication.translate("Programme", "starting now")
    if minutes < HOUR:
        return QCoreApplication.translate("Programme", "in {minutes} min").format(minutes=minutes)
    return f"{session.start:%H:%M}"


def starts_at(minutes: int, session: Session) -> str:
    """The next session's time with how soon that is: "11:00 · in 40 min" (an hour or more away: "14:15")."""
    soon = starts_in(minutes, session)
    return f"{session.start:%H:%M}  ·  {soon}" if minutes < HOUR else soon


def minutes_left(minutes: int, session: Session) -> str:
    """"25 min left"; "until 17:00" when an hour or more is left; "just started" in the grace window after a
    session that has no length on paper."""
    if minutes <= 0:
        return QCoreApplication.translate("Programme", "just started")
    if minutes >= HOUR:
        return QCoreApplication.translate("Programme", "until {time}").format(time=f"{session.end:%H:%M}")
    return QCoreApplication.translate("Programme", "{minutes} min left").format(minutes=minutes)


def status_mark(entry: Entry) -> str:
    """The mark of a changed session ("cancelled", "moved", "changed", "new"), empty for a scheduled one."""
    if entry.shown == SHOWN_CANCELLED:
        return QCoreApplication.translate("Programme", "cancelled")
    if entry.shown == SHOWN_MOVED:
        return QCoreApplication.translate("Programme", "moved")
    if entry.shown == SHOWN_CHANGED:
        return QCoreApplication.translate("Programme", "changed")
    if entry.shown == SHOWN_NEW:
        return QCoreApplication.translate("Programme", "new")
    return ""


def moved_from(entry: Entry) -> str:
    """Where and when a moved session was: "10:00 Saal 1 → 10:30 Saal 2" (only what changed)."""
    old, new = entry.published, entry.session
    parts_old, parts_new = [], []
    if old.start != new.start:
        parts_old.append(f"{old.start:%H:%M}")
        parts_new.append(f"{new.start:%H:%M}")
    if old.room != new.room:
        parts_old.append(old.room)
        parts_new.append(new.room)
    return f"{' '.join(parts_old)} → {' '.join(parts_new)}" if parts_old else ""


def speakers(session: Session) -> str:
    """The speakers' names, comma-separated."""
    return ", ".join(session.speakers)


def change_line(entry: Entry) -> str:
    """One line of the ticker of changes."""
    session = entry.session
    mark = status_mark(entry)
    mark = mark[:1].upper() + mark[1:]
    if entry.shown == SHOWN_MOVED:
        return QCoreApplication.translate("Programme", "{mark}: {title} – {change}").format(
            mark=mark, title=session.title, change=moved_from(entry))
    return QCoreApplication.translate("Programme", "{mark}: {title} ({time}, {room})").format(
        mark=mark, title=session.title, time=f"{session.start:%H:%M}", room=session.room)
