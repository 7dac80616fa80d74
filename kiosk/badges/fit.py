"""Autofit: the largest size at which text fits its box, on one line or wrapped to two.

Rule: shrink on one line down to the floor; below the floor wrap to two lines at a space or after a
hyphen (the hyphen stays); if two lines need to go below the floor as well, shrink further, taking
whichever of the one- and two-line forms ends up larger. Nothing is ever clipped: the size can get as
small as it must.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kiosk.badges.text import Line, shape_line

LINE_GAP = 0.06  # extra space between wrapped lines, in em
_HYPHENS = "-\u2010"  # hyphen-minus and hyphen; U+2011 is the non-breaking one
_MAX_BREAKS = 12  # break candidates tried, nearest to the middle first
_HYPHEN_BREAK = 0.92  # a break after a hyphen must give this much larger text to beat one at a space


@dataclass(frozen=True)
class Fitted:
    """Lines and the size (pt) at which they fit."""

    lines: tuple[Line, ...]
    size: float

    @property
    def width(self) -> float:
        """Width in pt, ink included."""
        return self.size * max((line.extent for line in self.lines), default=0.0)

    @property
    def height(self) -> float:
        """Height in pt from the first line's ascent to the last line's descent."""
        return self.size * block_height(self.lines)


def block_height(lines: tuple[Line, ...]) -> float:
    """Height of stacked lines at 1 pt."""
    return sum(line.height for line in lines) + LINE_GAP * max(len(lines) - 1, 0)


def _size_for(lines: tuple[Line, ...], width: float, height: float, max_size: float) -> float:
    extent = max(line.extent for line in lines)
    size = min(max_size, height / block_height(lines))
    return min(size, width / extent) if extent > 0 else size


def break_points(text: str) -> list[tuple[str, str]]:
    """Ways to split text into two lines: at a space (dropped) or after a hyphen (kept)."""
    splits = []
    for i, ch in enumerate(text):
        if ch == " ":
            splits.append((text[:i].rstrip(), text[i + 1 :].lstrip()))
        elif ch in _HYPHENS and 0 < i < len(text) - 1 and text[i + 1] != " " and text[i - 1] != " ":
            splits.append((text[: i + 1], text[i + 1 :]))
    middle = len(text) / 2
    splits = [s for s in splits if s[0] and s[1]]
    splits.sort(key=lambda s: abs(len(s[0]) - middle))
    return splits[:_MAX_BREAKS]


@functools.lru_cache(maxsize=4096)
def fit_text(
    text: str, weight: str, width: float, height: float, max_size: float, floor: float, max_lines: int
) -> Fitted:
    """Fit normalised text into width x height pt, from max_size down; see the module rule."""
    if not text or width <= 0 or height <= 0:
        return Fitted((), 0.0)
    one = (shape_line(text, weight),)
    best = Fitted(one, _size_for(one, width, height, max_size))
    if best.size >= floor or max_lines < 2:
        return best
    wrapped, best_score = None, 0.0
    for first, second in break_points(text):
        two = (shape_line(first, weight), shape_line(second, weight))
        size = _size_for(two, width, height, max_size)
        score = size * (_HYPHEN_BREAK if first[-1] in _HYPHENS else 1.0)
        if score > best_score:
            wrapped, best_score = Fitted(two, size), score
    return wrapped if wrapped is not None and wrapped.size > best.size else best
