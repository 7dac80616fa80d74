"""Applying other machines' programme rows: an imported version (once per content, the server decides), staff
edits and their reverts, a reset."""

from kiosk.common.timeutil import from_iso
from kiosk.event.store import Store
from kiosk.programme.edits import apply_edit, apply_revert
from kiosk.programme.importing import clear_programme, write_version
from kiosk.programme.model import Problem
from kiosk.venue.remote import DUPLICATE, NotYet, Remote


def _imported(store: Store, remote: Remote) -> None:
    """A version another machine imported (its payload holds the sessions); one the server found imported
    already, one imported before the newest here (a machine that followed the schedule URL offline sends a
    stale version late), or one from before sessions travelled with the row, changes nothing."""
    payload = remote.payload
    if remote.verdict == DUPLICATE or "sessions" not in payload or _newer_here(store, remote):
        return
    problems = [Problem(e.get("where", ""), e.get("why", "")) for e in payload.get("errors", [])]
    write_version(store, [(key, fields) for key, fields in payload["sessions"]], payload.get("notes", []),
                  payload.get("source", ""), problems, remote.local_at, confirm=True)


def _newer_here(store: Store, remote: Remote) -> bool:
    """Whether a programme version imported later (on the server's clock) is here already."""
    row = store.conn.execute(
        "SELECT max(coalesce(nullif(s.server_at, ''), e.at)) FROM events e LEFT JOIN venue_synced s ON s.seq = e.seq"
        " WHERE e.kind = 'programme_imported' AND e.id != ?", (remote.id,)).fetchone()
    return bool(row[0]) and from_iso(row[0]) > remote.server_at


def _edited(store: Store, remote: Remote) -> None:
    payload = remote.payload
    if not apply_edit(store, payload["edit"], payload["key"], payload["kind"], payload["fields"], remote.local_at):
        raise NotYet(f"session {payload['key']}")


def _reverted(store: Store, remote: Remote) -> None:
    if not apply_revert(store, remote.payload["edit"], remote.local_at):
        raise NotYet(f"edit {remote.payload['edit']}")


PROGRAMME_APPLIERS = {
    "programme_imported": _imported,
    "programme_edited": _edited,
    "programme_edit_reverted": _reverted,
    "programme_reset": lambda store, remote: clear_programme(store),
}
