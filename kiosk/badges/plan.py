"""Laying out one badge: placeholders filled, text autofitted, every element turned into items.

The plan is plain data (pt, each face's own coordinates, y upwards); `render` only draws it. Tests use
it to check that every item stays inside its element and that elements do not overlap.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PILImage

from kiosk.badges.chips import plan_chips
from kiosk.badges.colour import colour_or_grey, readable_on
from kiosk.badges.fit import fit_text
from kiosk.badges.fonts import normalise
from kiosk.badges.items import MM, ImageItem, Item, QRItem, Rect, ShapeItem, TextItem, place_lines
from kiosk.badges.layout import AUTO, QR, ROLE, Band, Box, Chips, Element, Face, Image, Layout, Text, TextStyle
from kiosk.badges.model import BadgeData
from kiosk.badges.qr import QUIET_ZONE, qr_matrix

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_BAND_PAD = 0.12  # of the band's height, around its label


@dataclass(frozen=True)
class FacePlan:
    """One face: its size in pt, its elements' rectangles and the items laid out in them."""

    face: Face
    width: float
    height: float
    element_rects: tuple[Rect, ...]
    items: tuple[Item, ...]


@dataclass(frozen=True)
class BadgePlan:
    """A whole badge laid out, and the characters that had to be drawn as boxes."""

    faces: tuple[FacePlan, ...]
    missing: frozenset[str]

    def text_items(self) -> list[TextItem]:
        """Every line of text on every face."""
        return [item for face in self.faces for item in face.items if isinstance(item, TextItem)]


def fill(template: str, fields: Mapping[str, str]) -> str:
    """Replace {name} (or {a|b}: the first non-empty) with normalised field values; unknown names are empty.

    Values are inserted as they are, never interpreted again.
    """

    def value(match: re.Match[str]) -> str:
        for name in match.group(1).split("|"):
            text = normalise(str(fields.get(name.strip()) or ""))
            if text:
                return text
        return ""

    return normalise(_PLACEHOLDER.sub(value, template))


def element_rect(box: Box, face: Face) -> Rect:
    """An element's box in pt within its face, y upwards."""
    return Rect(box.x * MM, (face.box.h - box.y - box.h) * MM, box.w * MM, box.h * MM)


def _text(index: int, text: str, style: TextStyle, rect: Rect, colour: str) -> list[TextItem]:
    if style.upper:
        text = normalise(text.upper())
    fitted = fit_text(text, style.weight, rect.w, rect.h, style.size, style.floor, style.lines)
    return place_lines(index, fitted, rect, style.align, style.valign, colour)


def _band(index: int, band: Band, rect: Rect, badge: BadgeData) -> list[Item]:
    colour = colour_or_grey(badge.role_colour if band.colour == ROLE else band.colour)
    text_colour = readable_on(colour) if band.style.colour == AUTO else band.style.colour
    shape = ShapeItem(index, rect, colour, None, min(band.radius * MM, rect.h / 2))
    pad = rect.h * _BAND_PAD
    inner = rect.inset(max(pad, shape.radius), pad)
    return [shape, *_text(index, fill(band.text, badge.fields), band.style, inner, text_colour)]


def _qr(index: int, rect: Rect, code: str) -> list[Item]:
    matrix = qr_matrix(code)
    side = min(rect.w, rect.h)
    module = side / (len(matrix) + 2 * QUIET_ZONE)
    size = module * len(matrix)
    box = Rect(rect.x + (rect.w - size) / 2, rect.y + (rect.h - size) / 2, size, size)
    return [QRItem(index, box, matrix)]


@functools.lru_cache(maxsize=32)
def _image_size(path: Path, mtime: float) -> tuple[int, int]:
    with PILImage.open(path) as image:
        return image.size


def _image(index: int, image: Image, rect: Rect, logo: Path | None) -> list[Item]:
    if logo is None:
        return []
    width, height = _image_size(logo, logo.stat().st_mtime)
    scale = min(rect.w / width, rect.h / height)
    w, h = width * scale, height * scale
    x = rect.x + {"left": 0.0, "center": (rect.w - w) / 2, "right": rect.w - w}[image.align]
    return [ImageItem(index, Rect(x, rect.y + (rect.h - h) / 2, w, h), logo)]


def _items(index: int, element: Element, rect: Rect, badge: BadgeData, logo: Path | None) -> list[Item]:
    if isinstance(element, Text):
        colour = element.style.colour if element.style.colour != AUTO else "#1a1a1a"
        return list(_text(index, fill(element.text, badge.fields), element.style, rect, colour))
    if isinstance(element, Band):
        return _band(index, element, rect, badge)
    if isinstance(element, QR):
        return _qr(index, rect, badge.code)
    if isinstance(element, Image):
        return _image(index, element, rect, logo)
    if isinstance(element, Chips):
        return plan_chips(index, element, rect, badge.topics)
    raise TypeError(f"unknown element {element!r}")


def plan_badge(layout: Layout, badge: BadgeData, logo: Path | None = None) -> BadgePlan:
    """Lay out one badge on every face of the layout."""
    faces = []
    missing: set[str] = set()
    for face in layout.faces:
        rects = tuple(element_rect(element.box, face) for element in face.elements)
        items: list[Item] = []
        for index, (element, rect) in enumerate(zip(face.elements, rects, strict=True)):
            items.extend(_items(index, element, rect, badge, logo))
        missing.update(ch for item in items if isinstance(item, TextItem) for ch in item.line.missing)
        faces.append(FacePlan(face, face.box.w * MM, face.box.h * MM, rects, tuple(items)))
    return BadgePlan(tuple(faces), frozenset(missing))
