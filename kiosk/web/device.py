"""Device cookies: a phone is known by a random device id, signed with the event's key so nobody can make
one up (or take another phone's by guessing). The voter of a device is `phone:<device id>`."""

import re
import secrets

from itsdangerous import BadSignature, Signer

from kiosk.polls.voters import PHONE, voter_id

COOKIE = "kiosk_device"
MAX_AGE_S = 365 * 24 * 3600
_DEVICE = re.compile(r"[A-Za-z0-9_-]{16,32}")


class DeviceCookies:
    """Makes and checks the signed device cookies of one event."""

    def __init__(self, key: bytes) -> None:
        self._signer = Signer(key, salt="kiosk.web.device", digest_method=None)

    def new(self) -> tuple[str, str]:
        """A new device: its id and the cookie value that proves it."""
        device = secrets.token_urlsafe(15)  # 20 characters, 120 random bits
        return device, self._signer.sign(device).decode("ascii")

    def device(self, cookie: str | None) -> str | None:
        """The device id a cookie proves; None for no cookie or a forged, damaged or foreign one."""
        if not cookie or len(cookie) > 200:
            return None
        try:
            device = self._signer.unsign(cookie).decode("ascii")
        except (BadSignature, UnicodeError):
            return None
        return device if _DEVICE.fullmatch(device) else None


def phone_voter(device: str) -> str:
    """The voter id of a device."""
    return voter_id(PHONE, device)


def set_cookie_header(value: str, secure: bool) -> str:
    """The `Set-Cookie` value: HttpOnly (no script reads it), SameSite=Strict (no other site sends it), for
    a year; Secure when the server speaks TLS."""
    return (f"{COOKIE}={value}; Path=/; Max-Age={MAX_AGE_S}; HttpOnly; SameSite=Strict"
            + ("; Secure" if secure else ""))
