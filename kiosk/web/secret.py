"""Secrets an event keeps to itself in its database (never in event.toml, which organisers pass around)."""

import secrets

from kiosk.common.timeutil import to_iso, utc_now
from kiosk.event.store import Store

COOKIE_KEY = "phones.cookie_key"
KEY_BYTES = 32


def event_secret(store: Store, name: str = COOKIE_KEY) -> bytes:
    """The event's secret of that name, made (random, once, logged as `secret_created` without its value)
    on first use; every process that asks later gets the same one."""
    found = store.conn.execute("SELECT value FROM secrets WHERE name = ?", (name,)).fetchone()
    if found:
        return bytes(found[0])
    now = utc_now()
    with store.transaction() as conn:
        made = conn.execute("INSERT INTO secrets (name, value, created_at) VALUES (?, ?, ?) "
                            "ON CONFLICT (name) DO NOTHING RETURNING name",
                            (name, secrets.token_bytes(KEY_BYTES), to_iso(now))).fetchone()
        if made:
            store.record("secret_created", {"name": name}, now)
        return bytes(conn.execute("SELECT value FROM secrets WHERE name = ?", (name,)).fetchone()[0])
