"""Colour strings (#RRGGBB) from attendee data: validated leniently, and text that reads on them."""

from __future__ import annotations

import re

_HEX = re.compile(r"#?([0-9a-fA-F]{6})")
FALLBACK = "#666666"


def colour_or_grey(value: str) -> str:
    """The colour as #rrggbb, or a neutral grey when it is not a valid colour (data must not stop a print)."""
    match = _HEX.fullmatch(value.strip()) if isinstance(value, str) else None
    return f"#{match.group(1).lower()}" if match else FALLBACK


def rgb(value: str) -> tuple[float, float, float]:
    """The colour as 0..1 floats."""
    hex_digits = colour_or_grey(value)[1:]
    red, green, blue = (int(hex_digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return red, green, blue


def readable_on(background: str) -> str:
    """White on the background when that reaches a 3:1 contrast (WCAG, bold large text), else near-black."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb(background))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#ffffff" if 1.05 / (luminance + 0.05) >= 3.0 else "#1a1a1a"
