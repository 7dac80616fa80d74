"""What the app hands the badge engine, and what it gets back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

OFFER = "offer"  # "Darüber kann ich erzählen" - I can talk about
SEEK = "seek"  # "Darüber möchte ich sprechen" - I would like to talk about


@dataclass(frozen=True)
class Topic:
    """A conversation topic shown as a coloured chip."""

    label: str
    colour: str
    kind: str


@dataclass(frozen=True)
class BadgeData:
    """One attendee's badge: placeholder values, QR payload, band colour and topics."""

    fields: Mapping[str, str]
    code: str
    role_colour: str
    topics: Sequence[Topic] = ()


@dataclass(frozen=True)
class RenderResult:
    """The PDF and the characters no bundled font could draw (drawn as visible boxes)."""

    pdf: bytes
    missing_chars: frozenset[str]
