"""The stage's word cloud: words sized by their counts in a few steps, measured with the font they are drawn
in, placed by `kiosk.polls.cloud_layout` (placed words keep their place) and drawn from that layout."""


from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText, QTransform

from kiosk.polls.cloud_layout import Box, place_words
from kiosk.polls.text import display_text
from ui.programme.painting import pixel_font

COLOURS = ("#1F6FB2", "#1B7F3B", "#8E3B9E", "#B3261E", "#955A00", "#00696B", "#3949AB", "#6D4C41")
STEPS = 7  # word sizes: a word grows only when its count doubles (1, 2, 4, 8, … votes), never as others grow
FILL = 0.55  # at most this share of the area is covered by word boxes
SPARSE = 0.2  # below this share the cloud grows a step (few words are drawn large)
SHRINK = 0.85  # the whole cloud shrinks or grows in these steps
LARGEST_SCALE = 2.5


def size_step(count: int) -> int:
    """Which of the STEPS sizes a count gets (0 smallest): one step per doubling, so a word changes size
    rarely and only by its own votes (each change may place the cloud again)."""
    return min(STEPS - 1, count.bit_length() - 1) if count > 0 else 0


class WordCloud:
    """The cloud of one poll round in an area of a given size; `update` with new counts keeps the layout."""

    def __init__(self) -> None:
        self.key: tuple[object, ...] = ()
        self.reflows = 0
        self._measured: dict[tuple[str, int], tuple[float, float]] = {}
        self._statics: dict[tuple[str, int], QStaticText] = {}
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
        largest, smallest = height / 6, max(16.0, height / 18)
        steps = {w: size_step(self.counts[w]) for w in self.order}
        pixels = {w: smallest + (largest - smallest) * step / (STEPS - 1) for w, step in steps.items()}
        room = {w: smallest + (largest - smallest) * min(step + 1, STEPS - 1) / (STEPS - 1)  # room to grow a size
                for w, step in steps.items()}
        while True:
            boxes = [(w, *self._measure(w, round(room[w] * self.scale))) for w in self.order]
            covered = sum(bw * bh for _, bw, bh in boxes) / max(width * height, 1.0)
            if covered > FILL and self.scale > 0.2:
                self.scale *= SHRINK
            elif covered < SPARSE * SHRINK ** 2 and self.scale < LARGEST_SCALE and boxes:
                self.scale /= SHRINK
            else:
                break
        self.fonts = {w: pixel_font(round(pixels[w] * self.scale), bold=True) for w in self.order}
        for word in self.order:  # laid out here, at most 4 times a second, not in a frame
            self._static(word)
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

    def _static(self, word: str) -> QStaticText:
        """The word laid out once in its font (a frame draws 200 words: no layout per frame)."""
        font = self.fonts[word]
        key = (word, font.pixelSize())
        static = self._statics.get(key)
        if static is None:
            static = QStaticText(word)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            self._statics[key] = static
        return static

    def paint(self, painter: QPainter, origin: QPointF) -> None:
        """Draw the placed words, each in the colour of its place in the order, centred in its box."""
        for index, word in enumerate(self.order):
            box = self.layout.get(word)
            if box is None:
                continue
            static = self._static(word)
            size = static.size()
            painter.setFont(self.fonts[word])
            painter.setPen(QColor(COLOURS[index % len(COLOURS)]))
            painter.drawStaticText(QPointF(origin.x() + box.x - size.width() / 2,
                                           origin.y() + box.y - size.height() / 2), static)
