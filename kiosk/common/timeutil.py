"""One clock for the whole core: timezone-aware UTC timestamps stored as ISO 8601 text."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """Store form: UTC, millisecond precision, sortable as text."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def from_iso(text: str) -> datetime:
    """Parse a stored timestamp back into an aware datetime."""
    return datetime.fromisoformat(text)


def local(moment: datetime, time_zone: str) -> datetime:
    """The same moment on the event's wall clock."""
    return moment.astimezone(ZoneInfo(time_zone))
