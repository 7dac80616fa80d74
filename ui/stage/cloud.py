"""The stage's word cloud: words sized by their counts in a few steps, measured with the font they are drawn
in, placed by `kiosk.polls.cloud_layout` (placed words keep their place) and drawn from that layout."""

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from kiosk.polls.cloud_layout import Box, place_words
from kiosk.polls.text import display_text
from ui.programme.painting import pixel_font

COLOURS = ("#1F6FB2", "#1B7F3B", "#8E3B9E", "#B3261E", "#955A00", "#00696B", "#3949AB", "#6D4C41")
STEPS = 6  # word sizes: a word changes size only when its count crosses a step
FILL = 0.55  # at most this share of the area is covered by word boxes
SHRINK = 0.85  # the whole cloud shrinks in these steps when it would cover more


def size_step(count: int, most: int) -> int:
    """Which of the STEPS sizes a count gets (0 smallest): by the square root of its share of the most."""
    if most <= 0:
        return 0
    return min(STEPS - 1, math.floor(math.sqrt(count / most) * STEPS))


class WordCloud:
    """The cloud of one poll round in an area of a given size; `update` with new counts keeps the layout."""

    def __init__(self) -> None:
        self.key: tuple[object, ...] = ()
        self.reflows = 0
        self._measured: dict[tuple[str, int], tuple[float, float]] = {}
        self._reset()

    def _reset(self) -> None:
        self.order: list[str] = []  # words in the order this cloud first saw them
        self.counts: dict[str, int] = {}
        self.layout: dict[str, Box] = {}
        self.fonts: dict[str, QFont] = {}
        self.scale = 1.0

    def update(self, words: list[dict[str, object]], width: float, height: float, poll_key: object) -> None:
        """New counts ({"word", "count"}, most frequent first) for an area of width × height."""
        if (poll_key, width, height) != self.key:  # another poll, round or size: start afresh
            self._reset()
            self.key = (poll_key, width, height)
        self.counts = {display_text(str(w["word"])): int(str(w["count"])) for w in words}
        self.order = [w for w in self.order if w in self.counts] + \
            [w for w in self.counts if w not in set(self.order)]
        most = max(self.counts.values(), default=0)
        largest, smallest = height / 5, max(16.0, height / 18)
        while True:
            pixels = {w: smallest + (largest - smallest) * size_step(self.counts[w], most) / (STEPS - 1)
                      for w in self.order}
            boxes = [(w, *self._measure(w, round(pixels[w] * self.scale))) for w in self.order]
            if sum(bw * bh for _, bw, bh in boxes) <= FILL * width * height or self.scale < 0.2:
                break
            self.scale *= SHRINK
        self.fonts = {w: pixel_font(round(pixels[w] * self.scale), bold=True) for w in self.order}
        result = place_words(boxes, width, height, self.layout)
        self.reflows += result.reflowed
        self.layout = result.boxes

    def _measure(self, word: str, pixels: int) -> tuple[float, float]:
        key = (word, pixels)
        size = self._measured.get(key)
        if size is None:
            metrics = QFontMetricsF(pixel_font(pixels, bold=True))
            size = (metrics.horizontalAdvance(word) + pixels * 0.3, metrics.height())
            self._measured[key] = size
        return size

    def paint(self, painter: QPainter, origin: QPointF) -> None:
        """Draw the placed words, each in the colour of its place in the order."""
        for index, word in enumerate(self.order):
            box = self.layout.get(word)
            if box is None:
                continue
            painter.setFont(self.fonts[word])
            painter.setPen(QColor(COLOURS[index % len(COLOURS)]))
            rect = QRectF(origin.x() + box.left, origin.y() + box.top, box.width, box.height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, word)
