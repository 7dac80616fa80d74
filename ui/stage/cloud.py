"""The stage's word cloud: the words are measured once on the UI thread; a worker thread sizes and places
them (`kiosk.polls.cloud_layout.plan_cloud`: placed words keep their place) and draws each word it has not
drawn before into an image of its own; the UI thread swaps the finished layout in and animates it — words
glide to new places, new words fade in, left-out words fade out. A frame only copies those images (large or
fading text drawn as text would cost milliseconds a word).

At most one layout is computed at a time and at most one waits: a newer request replaces the waiting one, so
a burst of votes never queues work and the UI thread never waits for a layout."""

import queue
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from kiosk.polls.cloud_layout import REFERENCE_PX, Box, CloudPlan, CloudRequest, CloudWord, plan_cloud
from kiosk.polls.text import display_text
from ui.programme.painting import pixel_font
from ui.stage.glide import GLIDE_S, ease_out
from ui.stage.relay import hand_back

COLOURS = ("#1F6FB2", "#1B7F3B", "#8E3B9E", "#B3261E", "#955A00", "#00696B", "#3949AB", "#6D4C41")
CACHE_LIMIT = 600  # word images kept besides those on screen

SpriteKey = tuple[str, int, str]  # word, pixels, colour


@dataclass(frozen=True)
class Spot:
    """Where a word's centre is drawn and how opaque it is."""

    x: float
    y: float
    alpha: float


@dataclass(frozen=True)
class _Word:
    """A drawn word: its image, gliding from `start` to `end`."""

    sprite: QImage
    start: Spot
    end: Spot


@dataclass(frozen=True)
class _Job:
    """A layout to compute, the colour of each word, the word images there are already, the screen's pixel
    ratio."""

    request: CloudRequest
    colours: dict[str, str]
    drawn: frozenset[SpriteKey]
    ratio: float


def word_sprite(word: str, pixels: int, colour: str, ratio: float) -> QImage:
    """The word in its size and colour on a transparent image (any thread: Qt paints images off the UI
    thread)."""
    font = pixel_font(pixels, bold=True)
    metrics = QFontMetricsF(font)
    image = QImage(max(1, round(metrics.horizontalAdvance(word) * ratio)), max(1, round(metrics.height() * ratio)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(QPointF(0, metrics.ascent()), word)
    painter.end()
    return image


def _work(jobs: "queue.SimpleQueue[object]", deliver: Callable[[object], None]) -> None:
    """The cloud's worker thread: compute each job and hand the result (or the error) back, until told to stop."""
    while isinstance(job := jobs.get(), tuple):
        key, request = job
        try:
            result: object = _compute(request)
        except Exception as error:  # reported on the UI thread
            result = error
        deliver((key, result))


def _compute(job: _Job) -> tuple[CloudPlan, dict[str, SpriteKey], dict[SpriteKey, QImage]]:
    """On the worker: the layout, each shown word's image key, and an image of each that has none yet."""
    plan = plan_cloud(job.request)
    keys = {word: (word, pixels, job.colours[word]) for word, pixels in plan.pixels.items()}
    return plan, keys, {key: word_sprite(*key, job.ratio) for key in set(keys.values()) - job.drawn}


class WordCloud(QObject):
    """The cloud of one poll round in an area of a given size. `update` asks for a layout with new counts;
    `changed` fires on the UI thread when a finished layout is in place (the board then animates it)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, clock=time.perf_counter) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[object] = queue.SimpleQueue()
        jobs = self._jobs
        self.destroyed.connect(lambda: jobs.put(None))  # the worker ends with its cloud
        self._worker: threading.Thread | None = None
        self.clock = clock
        self.key: tuple[object, ...] = ()
        self.reflows = 0
        self.ratio = 1.0  # the screen's device pixel ratio (the board sets it)
        self._reference = QFontMetricsF(pixel_font(REFERENCE_PX, bold=True))
        self._measured: dict[str, tuple[float, float]] = {}
        self._sprites: dict[SpriteKey, QImage] = {}
        self._waiting: CloudRequest | None = None
        self._busy = False
        self._reset()

    def _reset(self) -> None:
        self.order: list[str] = []  # words in the order this cloud first saw them
        self.counts: dict[str, int] = {}
        self.layout: dict[str, Box] = {}
        self.pixels: dict[str, int] = {}
        self.left_out = 0
        self.scale = 1.0
        self._drawn: dict[str, _Word] = {}
        self._began = -GLIDE_S

    # Asking for a layout (UI thread, cheap) -----------------------------------------------------------------

    def update(self, words: list[dict[str, object]], width: float, height: float, poll_key: object,
               smallest: float, reserved: Box | None = None) -> None:
        """New counts ({"word", "count"}, most frequent first) for an area of width × height: words never
        smaller than `smallest` pixels, none over `reserved`. The layout follows on a worker thread."""
        if (poll_key, width, height) != self.key:  # another poll, round or size: start afresh
            self._reset()
            self.key = (poll_key, width, height)
        self.counts = {display_text(str(w["word"])): int(str(w["count"])) for w in words}
        known = set(self.order)
        self.order = [w for w in self.order if w in self.counts] + [w for w in self.counts if w not in known]
        cloud_words = tuple(CloudWord(word, self.counts[word], *self._measure(word)) for word in self.order)
        self._waiting = CloudRequest(cloud_words, width, height, smallest, max(smallest, height / 6), reserved)
        if not self._busy:
            self._launch()

    @property
    def settled(self) -> bool:
        """No layout is being computed or waiting."""
        return not self._busy and self._waiting is None

    def _measure(self, word: str) -> tuple[float, float]:
        size = self._measured.get(word)
        if size is None:
            size = self._measured[word] = (self._reference.horizontalAdvance(word), self._reference.height())
        return size

    def _launch(self) -> None:
        request, self._waiting = self._waiting, None
        if request is None:
            return
        request = replace(request, previous=dict(self.layout), scale=self.scale)  # the latest layout landed
        colours = {word: COLOURS[index % len(COLOURS)] for index, word in enumerate(self.order)}
        job = _Job(request, colours, frozenset(self._sprites), self.ratio)
        if self._worker is None:
            self._worker = threading.Thread(target=_work, args=(self._jobs, hand_back(self, "_landed")),
                                            name="word-cloud", daemon=True)
            self._worker.start()
        self._busy = True
        self._jobs.put((self.key, job))

    def _landed(self, delivered: tuple[tuple[object, ...], object]) -> None:
        key, result = delivered
        self._busy = False
        if isinstance(result, Exception):
            print(f"stage: the word cloud could not be laid out: {result!r}", file=sys.stderr)
        elif key == self.key:  # not for a poll or size shown no more
            self._apply(*result)  # type: ignore[misc]
        self._launch()

    # Swapping the layout in (UI thread) -------------------------------------------------------------------

    def _apply(self, plan: CloudPlan, keys: dict[str, SpriteKey], sprites: dict[SpriteKey, QImage]) -> None:
        """Show a finished layout: every word glides from where it is drawn now to its new place."""
        if len(self._sprites) > CACHE_LIMIT:
            self._sprites = {key: image for key, image in self._sprites.items() if key[0] in self._drawn}
        self._sprites.update(sprites)
        now = self.clock()
        drawn: dict[str, _Word] = {}
        for word in plan.boxes.keys() | self._drawn.keys():
            box, start = plan.boxes.get(word), self.spot(word, now)
            if box is None:  # left out now: fades where it is
                if start is not None and start.alpha > 0:
                    drawn[word] = replace(self._drawn[word], start=start, end=replace(start, alpha=0.0))
                continue
            end = Spot(box.x, box.y, 1.0)
            drawn[word] = _Word(self._sprites[keys[word]], start or replace(end, alpha=0.0), end)
        self._drawn, self._began = drawn, now
        self.layout, self.pixels, self.left_out, self.scale = plan.boxes, plan.pixels, plan.left_out, plan.scale
        self.reflows += plan.reflowed
        self.changed.emit()

    # Drawing (every frame) --------------------------------------------------------------------------------

    @property
    def moving(self) -> bool:
        """Words are still gliding or fading."""
        return self.clock() - self._began < GLIDE_S

    def spot(self, word: str, now: float) -> Spot | None:
        """Where the word is drawn at that moment (None: not drawn)."""
        drawn = self._drawn.get(word)
        if drawn is None:
            return None
        progress = ease_out((now - self._began) / GLIDE_S)
        a, b = drawn.start, drawn.end
        return Spot(a.x + (b.x - a.x) * progress, a.y + (b.y - a.y) * progress,
                    a.alpha + (b.alpha - a.alpha) * progress)

    def paint(self, painter: QPainter, origin: QPointF) -> None:
        """Draw the words where they are at this moment, each image centred on its place."""
        now = self.clock()
        for word, drawn in self._drawn.items():
            spot = self.spot(word, now)
            if spot is None or spot.alpha <= 0.01:
                continue
            size = drawn.sprite.deviceIndependentSize()
            painter.setOpacity(spot.alpha)
            painter.drawImage(QPointF(origin.x() + spot.x - size.width() / 2,
                                      origin.y() + spot.y - size.height() / 2), drawn.sprite)
        painter.setOpacity(1.0)
