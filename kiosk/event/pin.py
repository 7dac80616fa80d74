"""The staff PIN: a salted scrypt hash in event.toml, and growing delays after wrong tries.

The PIN pad stands in front of guests: anyone may type at it, so what a wrong try can cost staff is capped. After
three free tries the pad locks for 5, 10, 20 and then 30 seconds per wrong try, never longer (at one try per
30 seconds, guessing a 6-digit PIN takes months; a 4-digit one about two days)."""

import base64
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from kiosk.common.timeutil import from_iso
from kiosk.event.store import Store

_N, _R, _P = 2**14, 8, 1
FREE_TRIES = 3
FIRST_DELAY_SECONDS = 5
MAX_DELAY_SECONDS = 30


def valid_pin(pin: str) -> bool:
    """Whether a new staff PIN follows the rule (4–12 digits, what the PIN pad takes)."""
    return pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12


def hash_pin(pin: str) -> str:
    """A storable, salted, slow hash of a PIN."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P)
    return "scrypt$" + "$".join(base64.b64encode(x).decode() for x in (salt, digest))


def verify_pin(pin: str, stored: str) -> bool:
    """Whether the PIN matches the stored hash (constant-time comparison)."""
    try:
        scheme, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=_N, r=_R, p=_P)
    except (ValueError, TypeError):
        return False
    return scheme == "scrypt" and hmac.compare_digest(actual, expected)


def _failures_since_last_success(store: Store) -> list[datetime]:
    rows = store.conn.execute(
        "SELECT kind, at FROM events WHERE kind IN ('pin_failed', 'pin_ok') AND kiosk_id = ?"  # this machine's:
        " ORDER BY seq DESC LIMIT 50", (store.kiosk_id,)  # a venue's others are in the log too
    ).fetchall()
    failures = []
    for kind, at in rows:
        if kind == "pin_ok":
            break
        failures.append(from_iso(at))
    return failures


def wait_before_next_try(store: Store, now: datetime) -> timedelta:
    """How long the PIN pad stays locked: nothing for the first tries, then doubling up to MAX_DELAY_SECONDS."""
    failures = _failures_since_last_success(store)
    if len(failures) < FREE_TRIES:
        return timedelta(0)
    doublings = min(len(failures) - FREE_TRIES, 8)  # enough to reach the cap; no huge powers of two
    delay = timedelta(seconds=min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** doublings))
    return max(timedelta(0), failures[0] + delay - now)


def try_pin(store: Store, pin: str, stored_hash: str, now: datetime) -> bool:
    """Check a PIN try while respecting the lock-out; every try is logged (without the PIN)."""
    if wait_before_next_try(store, now) > timedelta(0):
        return False
    ok = bool(stored_hash) and verify_pin(pin, stored_hash)
    with store.transaction():
        store.record("pin_ok" if ok else "pin_failed", {}, now)
    return ok
