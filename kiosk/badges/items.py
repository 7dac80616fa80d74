"""Laid-out items: what will be drawn, where, in pt. Exposed so tests can check every box."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.badges.fit import LINE_GAP, Fitted
from kiosk.badges.text import Line

MM = 72 / 25.4
_EPS = 1e-6


@dataclass(frozen=True)
class Rect:
    """A rectangle in pt, y upwards."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """x of the right edge."""
        return self.x + self.w

    @property
    def top(self) -> float:
        """y of the top edge."""
        return self.y + self.h

    def contains(self, other: Rect, eps: float = _EPS) -> bool:
        """True when `other` lies within this rectangle."""
        return (
            other.x >= self.x - eps
            and other.y >= self.y - eps
            and other.right <= self.right + eps
            and other.top <= self.top + eps
        )

    def overlaps(self, other: Rect, eps: float = _EPS) -> bool:
        """True when the two rectangles share more than an edge."""
        return (
            self.x < other.right - eps
            and other.x < self.right - eps
            and self.y < other.top - eps
            and other.y < self.top - eps
        )

    def inset(self, dx: float, dy: float) -> Rect:
        """The rectangle shrunk by dx on the left and right and dy at top and bottom."""
        return Rect(self.x + dx, self.y + dy, max(self.w - 2 * dx, 0.0), max(self.h - 2 * dy, 0.0))


@dataclass(frozen=True)
class TextItem:
    """One shaped line at a size; `box` is its ink-and-line box, `x`/`baseline` its origin."""

    element: int
    box: Rect
    line: Line
    size: float
    x: float
    baseline: float
    colour: str


@dataclass(frozen=True)
class ShapeItem:
    """A filled and/or outlined rounded rectangle (a band or a chip); the outline stays inside."""

    element: int
    box: Rect
    fill: str | None
    stroke: str | None
    radius: float
    line_width: float = 0.0


@dataclass(frozen=True)
class QRItem:
    """A QR symbol; `box` is the modules' square."""

    element: int
    box: Rect
    matrix: tuple[tuple[bool, ...], ...]


@dataclass(frozen=True)
class ImageItem:
    """A raster image scaled into `box`."""

    element: int
    box: Rect
    path: Path


Item = TextItem | ShapeItem | QRItem | ImageItem


def place_lines(element: int, fitted: Fitted, rect: Rect, align: str, valign: str, colour: str) -> list[TextItem]:
    """Stack fitted lines inside rect, aligned; each line's box lies within rect."""
    size = fitted.size
    slack = max(rect.h - fitted.height, 0.0)
    top = rect.top - {"top": 0.0, "middle": slack / 2, "bottom": slack}[valign]
    items = []
    for line in fitted.lines:
        width = line.extent * size
        room = max(rect.w - width, 0.0)
        left = rect.x + {"left": 0.0, "center": room / 2, "right": room}[align]
        baseline = top - line.ascent * size
        box = Rect(left, baseline - line.descent * size, width, line.height * size)
        items.append(TextItem(element, box, line, size, left - line.x0 * size, baseline, colour))
        top = box.y - LINE_GAP * size
    return items
