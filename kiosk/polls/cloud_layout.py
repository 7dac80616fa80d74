"""Placing a word cloud so that words keep their place as counts grow (the d3-cloud method, Qt-free).

Words are placed in the order they first appeared, each at the first point of an Archimedean spiral around
the centre where its measured box overlaps no placed box and stays inside the area. A word placed before
keeps its centre when its box grows or shrinks; only when a grown word no longer fits there (it would leave
the area or overlap another) is the whole cloud placed again from scratch (`Layout.reflowed`).
"""

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

CELL = 8.0  # the occupancy grid's cell side, in the area's units: boxes are tested cell by cell
SPIRAL_GAP = 0.5  # a in r = a·θ (in cells): the spiral's turns lie 2πa cells apart
SPIRAL_STRIDE = 0.7  # cells between two tries along the spiral (each cell is tried once)


@dataclass(frozen=True)
class Box:
    """A placed word's box: centre and size."""

    x: float
    y: float
    width: float
    height: float

    @property
    def left(self) -> float:
        return self.x - self.width / 2

    @property
    def top(self) -> float:
        return self.y - self.height / 2

    def overlaps(self, other: "Box") -> bool:
        return abs(self.x - other.x) * 2 < self.width + other.width and \
            abs(self.y - other.y) * 2 < self.height + other.height

    def inside(self, width: float, height: float) -> bool:
        return self.left >= 0 and self.top >= 0 and self.left + self.width <= width and \
            self.top + self.height <= height

    def resized(self, width: float, height: float) -> "Box":
        return Box(self.x, self.y, width, height)


@dataclass(frozen=True)
class Layout:
    """Where each word goes (words that found no room are left out), and whether everything moved."""

    boxes: dict[str, Box]
    reflowed: bool = False


@lru_cache(maxsize=8)
def _spiral(columns: int, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """The cells an Archimedean spiral r = a·θ passes from the centre of an area of columns × rows, stretched
    to the area's shape, each once, as column and row offsets from the centre (computed once per size)."""
    stretch = columns / rows
    limit = rows * 0.75  # the spiral has passed the corners
    seen: dict[tuple[int, int], None] = {}
    theta = 0.0
    while (radius := SPIRAL_GAP * theta) <= limit:
        seen[(round(radius * stretch * math.cos(theta)), round(radius * math.sin(theta)))] = None
        theta += min(0.5, SPIRAL_STRIDE / max(radius * stretch, 1.0))  # about one cell between tries
    offsets = np.array(list(seen), dtype=np.int64).reshape(-1, 2)
    return offsets[:, 0], offsets[:, 1]


class _Occupied:
    """The cells that placed boxes cover (a box covers every cell it touches, so placed words keep at least a
    hair's gap), with a summed-area table that tests every position of a box at once."""

    def __init__(self, width: float, height: float) -> None:
        self.columns = max(1, math.ceil(width / CELL))
        self.rows = max(1, math.ceil(height / CELL))
        self.cells = np.zeros((self.rows, self.columns), dtype=np.int32)
        self._sums: np.ndarray | None = None

    def _span(self, box: Box) -> tuple[int, int, int, int]:
        """The cells a box touches: first column, first row, past-last column, past-last row (clipped)."""
        return (max(0, int(box.left // CELL)), max(0, int(box.top // CELL)),
                min(self.columns, math.ceil((box.left + box.width) / CELL)),
                min(self.rows, math.ceil((box.top + box.height) / CELL)))

    def free(self, box: Box) -> bool:
        left, top, right, bottom = self._span(box)
        return not self.cells[top:bottom, left:right].any()

    def take(self, box: Box) -> None:
        left, top, right, bottom = self._span(box)
        self.cells[top:bottom, left:right] = 1
        self._sums = None

    def spiral_place(self, box_w: float, box_h: float) -> Box | None:
        """The box at the first free spot on the spiral from the centre (None when none is left)."""
        span_w, span_h = math.ceil(box_w / CELL), math.ceil(box_h / CELL)
        if span_w > self.columns or span_h > self.rows:
            return None
        if self._sums is None:
            self._sums = np.pad(self.cells.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
        sums = self._sums
        covered = sums[span_h:, span_w:] - sums[:-span_h, span_w:] - sums[span_h:, :-span_w] + sums[:-span_h, :-span_w]
        dx, dy = _spiral(self.columns, self.rows)
        columns = (self.columns - span_w) // 2 + dx
        rows = (self.rows - span_h) // 2 + dy
        inside = (columns >= 0) & (rows >= 0) & (columns <= self.columns - span_w) & (rows <= self.rows - span_h)
        columns, rows = columns[inside], rows[inside]
        free = np.flatnonzero(covered[rows, columns] == 0)
        if not free.size:
            return None
        column, row = int(columns[free[0]]), int(rows[free[0]])
        return Box((column + span_w / 2) * CELL, (row + span_h / 2) * CELL, box_w, box_h)


def place_words(words: list[tuple[str, float, float]], width: float, height: float,
                previous: dict[str, Box] | None = None) -> Layout:
    """Place `words` — (word, measured width, measured height) in order of first appearance — in an area of
    `width` × `height`, keeping every word of `previous` where it was while it still fits."""
    previous = previous or {}
    occupied = _Occupied(width, height)
    boxes: dict[str, Box] = {}
    kept = [(word, previous[word].resized(w, h)) for word, w, h in words if word in previous]
    for word, box in kept:
        fits = occupied.free(box) or not any(box.overlaps(other) for other in boxes.values())
        if not box.inside(width, height) or not fits:
            return Layout(place_words(words, width, height).boxes, reflowed=True)
        occupied.take(box)
        boxes[word] = box
    for word, w, h in words:
        if word in boxes:
            continue
        box = occupied.spiral_place(w, h)
        if box is not None:
            occupied.take(box)
            boxes[word] = box
    return Layout({word: boxes[word] for word, _, _ in words if word in boxes})
