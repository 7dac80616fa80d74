"""What a programme is made of: sessions, notes of a day, and the problems a source had."""

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

DAY_STARTS_AT = timedelta(hours=4)  # a pretalx day runs 04:00–03:59: a session at 01:30 belongs to the day before
SCHEDULED = "scheduled"
CANCELLED = "cancelled"
MAX_TEXT = 2000
_CANCEL_MARK = re.compile(r"^\s*[\[(]?\s*(?:cancell?ed|abgesagt|entfällt|fällt aus|storniert)\b\s*[\])]?\s*[:\-–!]*\s*",
                          re.IGNORECASE)


class ProgrammeError(Exception):
    """A source cannot be read as a programme at all; str() says why, for the user."""


@dataclass(frozen=True)
class Session:
    """One session of the programme; `start` and `end` are aware datetimes."""

    key: str
    title: str
    room: str
    start: datetime
    end: datetime
    subtitle: str = ""
    track: str = ""
    type: str = ""
    language: str = ""
    abstract: str = ""
    speakers: tuple[str, ...] = ()
    status: str = SCHEDULED

    @property
    def duration_min(self) -> int:
        return int((self.end.timestamp() - self.start.timestamp()) // 60)  # exact, whatever the wall clock did


@dataclass(frozen=True)
class DayNote:
    """An all-day entry of a calendar ("Einlass ab 8 Uhr"), shown as a note of that day."""

    day: date
    text: str


@dataclass(frozen=True)
class Problem:
    """Something of a source that was not imported: where it is (file, line or element) and why."""

    where: str
    why: str


@dataclass
class ParsedProgramme:
    """What a parser made of a source: the sound sessions, the notes of days and the problems."""

    sessions: list[Session] = field(default_factory=list)
    notes: list[DayNote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    _keys: set[str] = field(default_factory=set, repr=False)

    def add(self, session: Session, where: str) -> None:
        """Keep a session unless its key was seen before (the first one wins, the repeat is a problem)."""
        if session.key in self._keys:
            self.problems.append(Problem(where, f"repeats the id {session.key!r} of an earlier session; skipped"))
            return
        self._keys.add(session.key)
        self.sessions.append(session)


def programme_day(start: datetime) -> date:
    """The programme day a session belongs to, on its own wall clock (sessions before 04:00: the day before)."""
    return (start - DAY_STARTS_AT).date()


def parse_duration(text: str) -> timedelta:
    """`HH:MM` or `D:HH:MM` (pretalx) as a duration; three parts that cannot be D:HH:MM are read as HH:MM:SS.
    ValueError otherwise."""
    parts = (text or "").strip().split(":")
    if not 2 <= len(parts) <= 3 or not all(part.isdigit() and len(part) <= 3 for part in parts):
        raise ValueError(f"duration {text!r} is not HH:MM or D:HH:MM")
    numbers = [int(part) for part in parts]
    if len(numbers) == 2 and numbers[1] < 60:
        return timedelta(hours=numbers[0], minutes=numbers[1])
    if len(numbers) == 3 and numbers[1] < 24 and numbers[2] < 60:
        return timedelta(days=numbers[0], hours=numbers[1], minutes=numbers[2])
    if len(numbers) == 3 and numbers[1] < 60 and numbers[2] < 60:
        return timedelta(hours=numbers[0], minutes=numbers[1], seconds=numbers[2])
    raise ValueError(f"duration {text!r} is not HH:MM or D:HH:MM")


def cancelled_in_title(title: str) -> tuple[str, bool]:
    """A title without a leading "CANCELLED" / "ABGESAGT" mark, and whether it had one."""
    stripped = _CANCEL_MARK.sub("", title, count=1)
    return (stripped, True) if stripped != title and stripped.strip() else (title, False)


def clean(text: object, limit: int = MAX_TEXT) -> str:
    """One line of printable text, whitespace collapsed, at most `limit` characters."""
    if text is None:
        return ""
    return " ".join("".join(ch for ch in str(text) if ch.isprintable() or ch.isspace()).split())[:limit]


def split_speakers(text: str) -> tuple[str, ...]:
    """Speaker names from "a, b", "a / b", "a und b", or pentabarf's "12:a|13:b"."""
    text = clean(text)
    if not text:
        return ()
    if "|" in text or re.match(r"^\d+:", text):
        parts = [re.sub(r"^\s*\d+\s*:", "", part) for part in text.split("|")]
    else:
        parts = re.split(r"\s*(?:,|;|/| und | and | & )\s*", text)
    return tuple(name for name in (p.strip() for p in parts) if name)
