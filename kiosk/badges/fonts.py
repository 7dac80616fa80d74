"""The bundled fonts and which of them draws which character.

reportlab never falls back to another font: a character missing from the chosen TTF is silently not
drawn. So every character is checked against each font's cmap and a font is picked per text run from a
fallback chain. Fonts load lazily and once per process.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from dataclasses import dataclass

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.common.paths import resource

REGULAR = "regular"
BOLD = "bold"

# Fallback chains, in order of preference. Symbola comes last: it also covers Latin, but it is only
# meant for what no other font has (symbols, emoji up to Unicode 9).
_CHAINS: dict[str, tuple[str, ...]] = {
    REGULAR: (
        "NotoSans-Regular.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoSansHebrew-Regular.ttf",
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansBengali-Regular.ttf",
        "NotoSansTamil-Regular.ttf",
        "NotoSansThai-Regular.ttf",
        "NotoSansArmenian-Regular.ttf",
        "NotoSansGeorgian-Regular.ttf",
        "DroidSansFallbackFull.ttf",
        "NanumSquareR.ttf",
        "Symbola.ttf",
    ),
    BOLD: (
        "NotoSans-Bold.ttf",
        "NotoSansArabic-Bold.ttf",
        "NotoSansHebrew-Bold.ttf",
        "NotoSansDevanagari-Bold.ttf",
        "NotoSansBengali-Bold.ttf",
        "NotoSansTamil-Bold.ttf",
        "NotoSansThai-Bold.ttf",
        "NotoSansArmenian-Bold.ttf",
        "NotoSansGeorgian-Bold.ttf",
        "DroidSansFallbackFull.ttf",
        "NanumSquareB.ttf",
        "Symbola.ttf",
    ),
}
# Fonts without a bold cut: in the bold chain their outlines are stroked as well as filled, by this
# much of the font size, so a Chinese or Japanese name is as heavy as the Latin one beside it.
_NO_BOLD = frozenset({"DroidSansFallbackFull.ttf", "Symbola.ttf"})
EMBOLDEN = 0.035
# Scripts whose fonts need all their OpenType features (joining, conjuncts, mark positioning). The
# others are shaped without kerning and ligatures, so their runs can be drawn as plain strings.
_COMPLEX_PREFIXES = (
    "NotoSansArabic",
    "NotoSansHebrew",
    "NotoSansDevanagari",
    "NotoSansBengali",
    "NotoSansTamil",
    "NotoSansThai",
)
_PRIVATE_USE = range(0xE000, 0xF8FF)
_lock = threading.Lock()
_WHITESPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFC, every kind of whitespace folded to one space, trimmed."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def is_ignorable(ch: str) -> bool:
    """Invisible format characters (joiners, direction marks, variation selectors): never 'missing'."""
    cp = ord(ch)
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me", "Mc")


@dataclass(frozen=True)
class Ink:
    """A glyph's ink box in font units (y up)."""

    x0: float
    y0: float
    x1: float
    y1: float


class Font:
    """One bundled TrueType font: cmap, HarfBuzz font for shaping, reportlab font for drawing."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.name = "kiosk-" + filename.removesuffix(".ttf")
        self.path = resource("fonts", filename)
        face = hb.Face(hb.Blob.from_file_path(str(self.path)))
        self.upem: int = face.upem
        self.cmap: frozenset[int] = frozenset(face.unicodes)
        self.hb_font = hb.Font(face)
        self.complex = filename.startswith(_COMPLEX_PREFIXES)
        self.features: dict[str, bool] = {} if self.complex else {"kern": False, "liga": False}
        self._ink: dict[int, Ink] = {}
        self._ttf: TTFont | None = None

    def __repr__(self) -> str:
        return f"Font({self.filename!r})"

    def covers(self, ch: str) -> bool:
        """True when the font can draw the character (control characters never count)."""
        return ord(ch) in self.cmap and unicodedata.category(ch) != "Cc"

    def embolden(self, weight: str) -> float:
        """Stroke width (in em) that makes this font look bold in the given weight; 0 for none."""
        return EMBOLDEN if weight == BOLD and self.filename in _NO_BOLD else 0.0

    def ink(self, gid: int) -> Ink:
        """Ink box of a glyph, cached."""
        box = self._ink.get(gid)
        if box is None:
            ext = self.hb_font.get_glyph_extents(gid)
            if ext is None or ext.width == 0 or ext.height == 0:
                box = Ink(0.0, 0.0, 0.0, 0.0)
            else:
                box = Ink(ext.x_bearing, ext.y_bearing + ext.height, ext.x_bearing + ext.width, ext.y_bearing)
            self._ink[gid] = box
        return box

    @property
    def ttf(self) -> TTFont:
        """The reportlab font, registered on first use."""
        if self._ttf is None:
            with _lock:
                if self._ttf is None:
                    ttf = TTFont(self.name, str(self.path))
                    pdfmetrics.registerFont(ttf)
                    self._ttf = ttf
        return self._ttf

    def pdf_char(self, gid: int) -> str:
        """The character reportlab draws glyph `gid` with.

        A glyph that no character maps to (an Arabic joining form, a Devanagari conjunct) gets a
        private-use code point in reportlab's maps, which reportlab then embeds like any other glyph.
        """
        face = self.ttf.face
        chars = face.glyphToChar.get(gid)
        if chars:
            return chr(chars[0])
        with _lock:
            chars = face.glyphToChar.get(gid)
            if not chars:
                cp = next(c for c in _PRIVATE_USE if c not in face.charToGlyph)
                face.charToGlyph[cp] = gid
                face.glyphToChar[gid] = [cp]
                face.charWidths[cp] = self.hb_font.get_glyph_h_advance(gid) * 1000 / self.upem
                chars = [cp]
        return chr(chars[0])


@functools.cache
def _font(filename: str) -> Font:
    return Font(filename)


@functools.cache
def chain(weight: str) -> tuple[Font, ...]:
    """The fallback chain for a weight ("regular" or "bold")."""
    try:
        names = _CHAINS[weight]
    except KeyError:
        raise ValueError(f"unknown font weight {weight!r}; use one of {sorted(_CHAINS)}") from None
    return tuple(_font(name) for name in names)


def all_fonts() -> tuple[Font, ...]:
    """Every bundled font, each once."""
    return tuple(dict.fromkeys(font for weight in _CHAINS for font in chain(weight)))


def _first_covering(ch: str, fonts: tuple[Font, ...]) -> Font | None:
    return next((font for font in fonts if font.covers(ch)), None)


def _word_font(word: str, fonts: tuple[Font, ...]) -> Font | None:
    """The first non-last-resort font that has every visible character of the word."""
    needed = [ch for ch in word if not is_ignorable(ch)]
    return next((font for font in fonts[:-1] if all(font.covers(ch) for ch in needed)), None)


def assign_fonts(text: str, weight: str) -> list[Font | None]:
    """A font for each character of normalised text; None where no bundled font has it.

    A word stays in one font when a font has all of it (so a Chinese name is not mixed from two CJK
    fonts); otherwise each character takes the first font that has it, and marks, joiners and spaces
    stay with the font before them when it has them.
    """
    fonts = chain(weight)
    result: list[Font | None] = []
    for word in re.split(r"( )", text):
        whole = _word_font(word, fonts) if word.strip() else None
        for ch in word:
            prev = result[-1] if result else None
            if whole is not None and (whole.covers(ch) or is_ignorable(ch)):
                result.append(whole)
            elif is_ignorable(ch) or (prev is not None and (ch == " " or _is_mark(ch)) and prev.covers(ch)):
                result.append(prev if prev is not None else fonts[0])
            else:
                result.append(_first_covering(ch, fonts))
    return result
