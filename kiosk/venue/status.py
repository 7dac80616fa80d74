"""What staff see of syncing (`kiosk venue status`): read from this machine's SQLite only, so it answers at once,
with or without the network."""

from datetime import datetime, timedelta
from typing import Any

from kiosk.common.timeutil import from_iso, to_iso, utc_now
from kiosk.event.store import Store
from kiosk.venue import local

STALE_AFTER = timedelta(seconds=30)  # no contact for this long: the sync process is gone, not connected


def _or_none(text: str) -> str | None:
    return text or None


def connected(store: Store, now: datetime) -> bool:
    """Whether the sync process is connected (and has been in touch lately)."""
    contact = local.get(store, local.LAST_CONTACT)
    return local.get(store, local.CONNECTED, "0") == "1" and bool(contact) and now - from_iso(contact) < STALE_AFTER


_ENTRIES = """
    SELECT c.id, c.duplicate_of, c.kiosk_id, c.at, a.code, coalesce(s.server_seq, 0) FROM checkins c
    JOIN attendees a ON a.id = c.attendee_id LEFT JOIN events e ON e.id = c.id LEFT JOIN venue_synced s ON s.seq = e.seq
    WHERE c.duplicate_of IS NOT NULL OR c.id IN (SELECT duplicate_of FROM checkins WHERE duplicate_of IS NOT NULL)
    ORDER BY c.duplicate_of IS NOT NULL, coalesce(s.server_seq, 9e18), c.at"""


def duplicates(store: Store) -> list[dict[str, Any]]:
    """Every guest welcomed twice on a day: the code, and each entry (kiosk, server-corrected time), the one that
    counts first, then the flagged ones in the server's order (not yet on the server: last)."""
    offset = timedelta(milliseconds=local.offset_ms(store))
    groups: dict[str, dict[str, Any]] = {}
    for checkin_id, first, kiosk_id, at, code, _ in store.conn.execute(_ENTRIES):
        group = groups.setdefault(first or checkin_id, {"code": code, "entries": []})
        group["entries"].append({"kiosk_id": kiosk_id, "at": to_iso(from_iso(at) + offset)})
    return list(groups.values())


def not_applied(store: Store) -> int:
    """Rows from other machines stored but not applied: kinds this version does not apply, or still waiting."""
    row = store.conn.execute("SELECT count(*) FROM venue_synced WHERE state IN (?, ?)",
                             (local.UNKNOWN, local.WAITING)).fetchone()
    return int(row[0])


def venue_status(store: Store, now: datetime | None = None) -> dict[str, Any]:
    """`kiosk venue status --json`: connected, the outbox, the last pull, the duplicates; and extras for the staff
    desk (offline since, last push, not applied, the last error and its kind (`kiosk.venue.connection` names
    them: a front end says them in the staff's language), the clock offset)."""
    now = now or utc_now()
    return {
        "connected": connected(store, now),
        "outbox": local.outbox_size(store),
        "last_pull": _or_none(local.get(store, local.LAST_PULL)),
        "duplicates": duplicates(store),
        "offline_since": None if connected(store, now) else _or_none(local.get(store, local.OFFLINE_SINCE)),
        "last_push": _or_none(local.get(store, local.LAST_PUSH)),
        "not_applied": not_applied(store),
        "last_error": local.get(store, local.LAST_ERROR),
        "last_error_kind": local.get(store, local.LAST_ERROR_KIND),
        "offset_ms": local.offset_ms(store),
    }
