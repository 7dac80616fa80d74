"""Placing a word cloud so that words keep their place as counts grow (the d3-cloud method, Qt-free, so it
runs off the stage's UI thread).

`plan_cloud` sizes the words (one step per doubling of a word's count, never below the smallest size a
projector shows legibly), leaves out the long tail when the words would not fit at that size, and places the
rest. Words are placed in the order they first appeared, each at the first point of an Archimedean spiral
around the centre where its box overlaps no placed box and stays inside the area. A word placed before keeps
its centre when its box grows or shrinks; only when a grown word no longer fits there (it would leave the area
or overlap another) is the whole cloud placed again from scratch (`Layout.reflowed`).
"""

import math
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

CELL = 8.0  # the occupancy grid's cell side, in the area's units: boxes are tested cell by cell
SPIRAL_GAP = 0.5  # a in r = a·θ (in cells): the spiral's turns lie 2πa cells apart
SPIRAL_STRIDE = 0.7  # cells between two tries along the spiral (each cell is tried once)
REFERENCE_PX = 100.0  # words are measured once at this size; their boxes at other sizes scale from it
PADDING = 0.3  # a word's box is wider than its text by this share of its size
STEPS = 7  # word sizes: a word grows only when its count doubles (1, 2, 4, 8, … votes), never as others grow
FILL = 0.55  # at most this share of the area is covered by word boxes
SPARSE = 0.2  # below this share the cloud grows a step (few words are drawn large)
SHRINK = 0.85  # the whole cloud shrinks or grows in these steps
SMALLEST_SCALE, LARGEST_SCALE = 0.8, 2.5  # below SMALLEST_SCALE the long tail is left out instead


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
                previous: dict[str, Box] | None = None, reserved: Box | None = None) -> Layout:
    """Place `words` — (word, measured width, measured height) in order of first appearance — in an area of
    `width` × `height`, keeping every word of `previous` where it was while it still fits; no word covers
    `reserved` (a note drawn there)."""
    previous = previous or {}
    occupied = _Occupied(width, height)
    taken = [reserved] if reserved is not None else []
    for box in taken:
        occupied.take(box)
    boxes: dict[str, Box] = {}
    kept = [(word, previous[word].resized(w, h)) for word, w, h in words if word in previous]
    for word, box in kept:
        fits = occupied.free(box) or not any(box.overlaps(other) for other in [*taken, *boxes.values()])
        if not box.inside(width, height) or not fits:
            return Layout(place_words(words, width, height, reserved=reserved).boxes, reflowed=True)
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


def size_step(count: int) -> int:
    """Which of the STEPS sizes a count gets (0 smallest): one step per doubling, so a word changes size
    rarely and only by its own votes (each change may place the cloud again)."""
    return min(STEPS - 1, count.bit_length() - 1) if count > 0 else 0


@dataclass(frozen=True)
class CloudWord:
    """A word of the cloud with its count and its text's size measured at REFERENCE_PX."""

    text: str
    count: int
    width: float
    height: float


@dataclass(frozen=True)
class CloudRequest:
    """What to lay out: the words in order of first appearance, the area, the smallest and largest size (in
    the area's pixels), a box kept free, and the last layout and scale (kept where they still fit)."""

    words: tuple[CloudWord, ...]
    width: float
    height: float
    smallest: float
    largest: float
    reserved: Box | None = None
    previous: dict[str, Box] = field(default_factory=dict)
    scale: float = 1.0


@dataclass(frozen=True)
class CloudPlan:
    """The finished cloud: each shown word's size (pixels) and box, how many words were left out, the scale
    reached and whether every word moved."""

    pixels: dict[str, int]
    boxes: dict[str, Box]
    left_out: int
    scale: float
    reflowed: bool = False


def _size(step: int, request: CloudRequest, scale: float) -> float:
    ladder = request.smallest + (request.largest - request.smallest) * step / (STEPS - 1)
    return max(request.smallest, ladder * scale)


def _box(word: CloudWord, pixels: float) -> tuple[float, float]:
    return word.width * pixels / REFERENCE_PX + PADDING * pixels, word.height * pixels / REFERENCE_PX


def plan_cloud(request: CloudRequest) -> CloudPlan:
    """Size and place the words: the cloud shrinks (down to SMALLEST_SCALE, never a word below `smallest`) or
    grows in steps until its boxes cover about FILL of the area; what still does not fit is the long tail —
    the rarest words, the latest first among equals — left out. Boxes are placed with room for a word's next
    size; a word that finds no place is left out too."""
    words = request.words
    area = max(request.width * request.height, 1.0)
    steps = {w.text: size_step(w.count) for w in words}

    def room(word: CloudWord, scale: float) -> tuple[float, float]:  # the box of the word's next size
        return _box(word, _size(min(steps[word.text] + 1, STEPS - 1), request, scale))

    def covered(scale: float) -> float:
        return sum(width * height for width, height in (room(w, scale) for w in words)) / area

    scale = min(max(request.scale, SMALLEST_SCALE), LARGEST_SCALE)
    for _ in range(32):  # a few steps from the last scale (bounded)
        share = covered(scale)
        if share > FILL and scale * SHRINK >= SMALLEST_SCALE:
            scale *= SHRINK
        elif share < SPARSE * SHRINK ** 2 and scale / SHRINK <= LARGEST_SCALE and words:
            scale /= SHRINK
        else:
            break
    ranked = sorted(range(len(words)), key=lambda i: (-words[i].count, i))
    budget, shown = FILL * area, set()
    for index in ranked:  # the words as drawn cover at most FILL (placing may leave out a few more)
        width, height = _box(words[index], _size(steps[words[index].text], request, scale))
        budget -= width * height
        if budget < 0 and shown:
            break
        shown.add(index)
    placing = [(w.text, *room(w, scale)) for i, w in enumerate(words) if i in shown]
    layout = place_words(placing, request.width, request.height, request.previous, request.reserved)
    pixels = {w.text: round(_size(steps[w.text], request, scale)) for w in words if w.text in layout.boxes}
    return CloudPlan(pixels, layout.boxes, len(words) - len(layout.boxes), scale, layout.reflowed)
