"""Ticket codes: generating secrets, and reading what a scanner or a person typed.

Generated secrets use digits and upper-case letters without I, O, Y and Z: they survive every keyboard
layout a USB scanner may be set to and cannot be confused when read aloud.
"""

import re
import secrets
import unicodedata

ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWX"  # 32 symbols, 5 bits each
CODE_LENGTH = 21  # 105 bits of randomness
MAX_SCAN_LENGTH = 128

# Prefixes that QR generators and registration systems put in front of the bare code.
_KNOWN_PREFIXES = re.compile(r"^(?:TICKET|CODE|SECRET|TKT|QR)[:=#-]", re.IGNORECASE)
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_URL_CODE = re.compile(r"[?&](?:code|secret|ticket)=([^&#]+)", re.IGNORECASE)
_ALLOWED = re.compile(r"^[A-Z0-9._~+/=-]+$")

# What a US-layout scanner typing into a German-layout machine produces (and the reverse).
_US_KEYS_ON_DE = str.maketrans({
    "y": "z", "z": "y", "Y": "Z", "Z": "Y", "-": "ß", "_": "?", "/": "-", "?": "_", ";": "ö", ":": "Ö",
    "'": "ä", '"': "Ä", "[": "ü", "{": "Ü", "]": "+", "}": "*", "=": "´", "+": "`",
})
_DE_KEYS_ON_US = str.maketrans({v: k for k, v in _US_KEYS_ON_DE.items()})


def generate_code() -> str:
    """A fresh random ticket secret (105 bits, layout-safe alphabet)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def _clean(raw: str) -> str:
    text = unicodedata.normalize("NFC", raw)
    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch)[0] != "C")


def _unwrap(text: str) -> str:
    if _URL.match(text):
        found = _URL_CODE.search(text)
        return found.group(1) if found else text.rstrip("/").rsplit("/", 1)[-1]
    return _KNOWN_PREFIXES.sub("", text, count=1)


def code_key(code: str) -> str:
    """The lookup form of a code as stored: trimmed, prefix-free, upper case."""
    if code.isascii() and code.isalnum():  # the usual case, and nothing to clean or unwrap
        return code.upper()
    return _unwrap(_clean(code)).upper()


def is_well_formed(key: str) -> bool:
    """Whether a lookup key can be a ticket code at all (length and characters)."""
    return 4 <= len(key) <= MAX_SCAN_LENGTH and bool(_ALLOWED.match(key))


def scan_candidates(raw: str) -> list[str]:
    """Lookup keys to try for a scan: as read, then with a US<->German layout swap undone."""
    cleaned = _clean(raw[: MAX_SCAN_LENGTH * 4])
    keys = [code_key(cleaned)]
    for swapped in (cleaned.translate(_US_KEYS_ON_DE), cleaned.translate(_DE_KEYS_ON_US)):
        key = code_key(swapped)
        if key not in keys:
            keys.append(key)
    return keys
