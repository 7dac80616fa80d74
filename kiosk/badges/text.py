"""One line of text made drawable: font runs, bidi order, HarfBuzz shaping, measured at 1 pt.

reportlab 5 can draw shaped text (a `ShapedStr` carries HarfBuzz positions into its TJ operators), but
its own entry point (`drawString(..., shaping=True)`) only shapes with the optional `rlbidi` package
and never falls back to another font. So the engine does the work itself: python-bidi resolves the
embedding levels, each run of one font and one level is shaped with uharfbuzz, and the run is handed to
reportlab as a plain string when shaping changed nothing (Latin, CJK: fast, plain text in the PDF) or
as a `ShapedStr` otherwise (Arabic joining forms, Devanagari conjuncts, Hebrew points).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import uharfbuzz as hb
from bidi import algorithm as bidi_algorithm
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from kiosk.badges.fonts import Font, assign_fonts

# Nominal line box of the primary font at 1 pt, so lines without ascenders or descenders still sit on
# the same baselines. Real ink beyond it (accents on capitals, Devanagari marks) enlarges the box.
NOMINAL_ASCENT = 0.76
NOMINAL_DESCENT = 0.24
# A character no font has is drawn as a box of this advance (at 1 pt), ink inside it.
MISSING_ADVANCE = 0.6
MISSING_INK = (0.08, 0.0, 0.52, 0.72)
_RTL_TYPES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "FSI"})


@dataclass(frozen=True)
class Run:
    """Consecutive characters in one font and one direction, shaped. Sizes are at 1 pt."""

    font: Font | None  # None: no bundled font has these characters; each is drawn as a box
    text: str  # the characters, in logical order
    rtl: bool
    draw: str  # what reportlab is given: the text itself, or a ShapedStr of glyphs
    glyph_ids: tuple[int, ...]
    width: float
    ink: tuple[float, float, float, float]  # x0, y0, x1, y1 relative to the run's origin
    embolden: float = 0.0  # outline stroke width in em (faux bold for fonts without a bold cut)


@dataclass(frozen=True)
class Line:
    """A shaped line: runs in visual order, left to right. Sizes are at 1 pt."""

    text: str
    runs: tuple[Run, ...]
    width: float  # sum of the advances
    x0: float  # leftmost ink or origin (<= 0)
    x1: float  # rightmost ink or advance end (>= width)
    ascent: float
    descent: float

    @property
    def missing(self) -> frozenset[str]:
        """Characters drawn as boxes because no bundled font has them."""
        return frozenset(ch for run in self.runs if run.font is None for ch in run.text)

    @property
    def extent(self) -> float:
        """Horizontal space the line needs at 1 pt, ink included."""
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        """Vertical space the line needs at 1 pt."""
        return self.ascent + self.descent


def bidi_levels(text: str) -> list[int]:
    """Unicode bidi embedding level of every character (rules P2-I2 of UAX #9)."""
    if not any(unicodedata.bidirectional(ch) in _RTL_TYPES for ch in text):
        return [0] * len(text)
    text = _with_bidi_classes(text)
    storage = bidi_algorithm.get_empty_storage()
    base = bidi_algorithm.get_base_level(text)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    bidi_algorithm.get_embedding_levels(text, storage)
    chars = list(storage["chars"])  # X9 drops format characters from storage; keep them here
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    return [ch["level"] for ch in chars]


# Unassigned code points have no bidi class in `unicodedata`, which python-bidi cannot handle; UAX #9 gives
# them R in the blocks set aside for right-to-left scripts and L elsewhere.
_RTL_BLOCKS = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF), (0x10800, 0x10FFF), (0x1E800, 0x1EFFF))


def _with_bidi_classes(text: str) -> str:
    """The text with every character that has no bidi class replaced by a stand-in of its default class."""
    def stand_in(ch: str) -> str:
        if unicodedata.bidirectional(ch):
            return ch
        return "\u05d0" if any(low <= ord(ch) <= high for low, high in _RTL_BLOCKS) else "a"
    return "".join(map(stand_in, text))


def visual_order(levels: list[int]) -> list[int]:
    """Indices of items in display order (rule L2: reverse from the highest level to the lowest odd)."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


def _missing_run(text: str, rtl: bool) -> Run:
    width = MISSING_ADVANCE * len(text)
    x0, y0, _, y1 = MISSING_INK
    return Run(None, text, rtl, "", (), width, (x0, y0, width - x0, y1))


@functools.lru_cache(maxsize=8192)
def shape_run(font: Font, text: str, rtl: bool, embolden: float = 0.0) -> Run:
    """Shape one run with HarfBuzz and prepare what reportlab draws."""
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(font.hb_font, buf, font.features)
    infos, positions = buf.glyph_infos, buf.glyph_positions
    hbf, scale = font.hb_font, 1.0 / font.upem
    char_to_glyph = font.ttf.face.charToGlyph
    simple = not rtl and len(infos) == len(text)
    pen = 0.0
    x0 = y0 = x1 = y1 = 0.0
    for i, (info, pos) in enumerate(zip(infos, positions, strict=True)):
        gid = info.codepoint
        if simple:
            simple = (
                char_to_glyph.get(ord(text[i])) == gid
                and pos.x_offset == pos.y_offset == 0
                and pos.x_advance == hbf.get_glyph_h_advance(gid)
            )
        ink = font.ink(gid)
        if ink.x1 > ink.x0:
            gx, gy = pen + pos.x_offset, pos.y_offset
            x0, x1 = min(x0, gx + ink.x0), max(x1, gx + ink.x1)
            y0, y1 = min(y0, gy + ink.y0), max(y1, gy + ink.y1)
        pen += pos.x_advance
    gids = tuple(info.codepoint for info in infos)
    draw = text if simple else _shaped_str(font, infos, positions)
    grow = embolden / 2 if x1 > x0 else 0.0
    ink = (x0 * scale - grow, y0 * scale - grow, x1 * scale + grow, y1 * scale + grow)
    return Run(font, text, rtl, draw, gids, pen * scale, ink, embolden)


def _shaped_str(font: Font, infos: list, positions: list) -> ShapedStr:
    """Glyphs as reportlab's ShapedStr: characters mapped to the glyphs, positions in 1/1000 em."""
    k = 1000.0 / font.upem
    widths = font.ttf.face.charWidths
    chars = [font.pdf_char(info.codepoint) for info in infos]
    data = [
        ShapeData(info.cluster, p.x_advance * k, p.y_advance * k, p.x_offset * k, p.y_offset * k, widths[ord(ch)])
        for ch, info, p in zip(chars, infos, positions, strict=True)
    ]
    return ShapedStr("".join(chars), shapeData=data)


@functools.lru_cache(maxsize=8192)
def shape_line(text: str, weight: str) -> Line:
    """Shape normalised text as one line in the given weight's fallback chain."""
    fonts = assign_fonts(text, weight)
    levels = bidi_levels(text)
    spans: list[tuple[Font | None, int, int]] = []  # font, level, start
    for i, (font, level) in enumerate(zip(fonts, levels, strict=True)):
        if not spans or spans[-1][0] is not font or spans[-1][1] != level:
            spans.append((font, level, i))
    runs = []
    for k in visual_order([level for _, level, _ in spans]):
        font, level, start = spans[k]
        end = spans[k + 1][2] if k + 1 < len(spans) else len(text)
        chunk, rtl = text[start:end], bool(level % 2)
        runs.append(_missing_run(chunk, rtl) if font is None else shape_run(font, chunk, rtl, font.embolden(weight)))
    return _assemble(text, tuple(runs))


def _assemble(text: str, runs: tuple[Run, ...]) -> Line:
    pen = 0.0
    x0, x1, ascent, descent = 0.0, 0.0, NOMINAL_ASCENT, NOMINAL_DESCENT
    for run in runs:
        rx0, ry0, rx1, ry1 = run.ink
        if rx1 > rx0:
            x0, x1 = min(x0, pen + rx0), max(x1, pen + rx1)
            ascent, descent = max(ascent, ry1), max(descent, -ry0)
        pen += run.width
    return Line(text, runs, pen, x0, max(x1, pen), ascent, descent)
