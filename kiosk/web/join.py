"""How guests reach the phones' server: the address they open (and its QR code) and a short join code that
the stage, the kiosk and the page show, so a guest can tell it is this event's server."""

import hashlib
import hmac
import socket
from dataclasses import dataclass

from kiosk.event.config import PhonesSettings
from kiosk.event.folder import Event
from kiosk.web.secret import event_secret

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed without doubt
CODE_LENGTH = 6
ANY_ADDRESS = ("", "0.0.0.0", "::")
_NOWHERE = ("10.255.255.255", 9)  # a UDP "connect" only picks the outgoing interface: nothing is sent


@dataclass(frozen=True)
class JoinInfo:
    """What guests are shown: the address to open (also the QR code's content) and the join code."""

    url: str
    code: str


def join_code(key: bytes) -> str:
    """The event's short join code, derived from its cookie key (stable for the event, not guessable)."""
    digest = hmac.new(key, b"join code", hashlib.sha256).digest()
    return "".join(CODE_ALPHABET[byte % len(CODE_ALPHABET)] for byte in digest[:CODE_LENGTH])


def venue_address() -> str:
    """This machine's address on the network it would reach others through (the venue Wi-Fi or LAN); the
    loopback address when it has no network."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(_NOWHERE)
            address = probe.getsockname()[0]
        except OSError:
            return "127.0.0.1"
    return address if address != "0.0.0.0" else "127.0.0.1"


def server_url(settings: PhonesSettings, host: str | None = None, port: int | None = None) -> str:
    """The address phones open: `public_url` when set, else the listening host (this machine's venue address
    when it listens on all of them) and port, over https when a certificate is configured."""
    if settings.public_url:
        url = settings.public_url.strip()
        return url if url.endswith("/") else url + "/"
    listening = (host if host is not None else settings.host).strip()
    shown = venue_address() if listening in ANY_ADDRESS else listening
    if ":" in shown:
        shown = f"[{shown}]"
    scheme = "https" if settings.tls_cert else "http"
    chosen = port or settings.port
    default = 443 if scheme == "https" else 80
    return f"{scheme}://{shown}/" if chosen == default else f"{scheme}://{shown}:{chosen}/"


def join_info(event: Event, host: str | None = None, port: int | None = None) -> JoinInfo:
    """The join address and code of an event's phones' server (as `kiosk serve` prints them)."""
    return JoinInfo(server_url(event.config.phones, host, port), join_code(event_secret(event.store)))
