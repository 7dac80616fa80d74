"""Badge layouts as data: a card in mm, its faces, the elements on each face, an optional sheet.

A layout comes from a TOML-style table (a dict), for example::

    name = "my-badge"
    page = [90, 54]              # card width, height in mm
    [[elements]]                 # one face covering the card (or [[faces]], each with box, rotate
    type = "text"                #   = 0 | 180 and its own elements; fold = true adds fold ticks)
    box = [4, 8, 60, 16]         # x, y, width, height in mm from the face's top-left corner
    text = "{first_name}"        # placeholders; "{role|category}" takes the first non-empty one
    size = 40                    # pt: the largest size; autofit shrinks from here ...
    floor = 24                   # ... to this, then wraps (lines = 2) and shrinks further
    weight = "bold"              # or "regular"; also colour, align, valign, upper
    [[elements]]
    type = "band"                # also: text, colour ("role" or "#rrggbb"), text_colour, radius (mm)
    box = [3, 44, 84, 8]
    # type = "qr" | "image" (align) | "chips" (kind = "all" | "offer" | "seek", heading, size, floor)
    [sheet]                      # optional: several cards per page, centred, with cut marks
    page = [210, 297]
    grid = [2, 4]                # columns, rows; gap in mm
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kiosk.badges.fonts import BOLD, REGULAR
from kiosk.badges.model import OFFER, SEEK

ROLE = "role"  # a colour that means "the badge's role colour"
AUTO = "auto"  # a text colour that means "black or white, whichever reads on the background"
ALIGNS = ("left", "center", "right")
VALIGNS = ("top", "middle", "bottom")
CHIP_KINDS = ("all", OFFER, SEEK)
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Box:
    """A rectangle in mm, from the top-left corner of its face, y downwards."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class TextStyle:
    """How a text is set: sizes in pt."""

    size: float = 12.0
    floor: float = 8.0
    lines: int = 1
    weight: str = BOLD
    colour: str = "#1a1a1a"
    align: str = "center"
    valign: str = "middle"
    upper: bool = False


@dataclass(frozen=True)
class Text:
    """Text with placeholders, autofitted into its box."""

    box: Box
    text: str
    style: TextStyle = TextStyle()


@dataclass(frozen=True)
class Band:
    """A coloured band (the role colour by default) with a centred label."""

    box: Box
    text: str = "{role|category}"
    colour: str = ROLE
    style: TextStyle = TextStyle(size=18, floor=9, colour=AUTO, upper=True)
    radius: float = 1.5  # mm


@dataclass(frozen=True)
class QR:
    """The attendee's code as a QR symbol, square, centred in its box."""

    box: Box


@dataclass(frozen=True)
class Image:
    """The event logo, scaled to fit its box, keeping its proportions."""

    box: Box
    align: str = "left"


@dataclass(frozen=True)
class Chips:
    """Topic chips in their colours; `kind` filters, `heading` adds the German/English heading."""

    box: Box
    kind: str = "all"
    heading: bool = False
    size: float = 10.0
    floor: float = 6.0


Element = Text | Band | QR | Image | Chips


@dataclass(frozen=True)
class Face:
    """A part of the card, laid out upright and then turned by `rotate` degrees (0 or 180)."""

    box: Box
    elements: tuple[Element, ...]
    rotate: int = 0


@dataclass(frozen=True)
class Sheet:
    """Cards placed in a grid on a larger page, centred, with cut marks."""

    page_w: float
    page_h: float
    cols: int
    rows: int
    gap: float = 0.0

    @property
    def per_page(self) -> int:
        """Cards on one page."""
        return self.cols * self.rows


@dataclass(frozen=True)
class Layout:
    """A badge design: the card size in mm, its faces and an optional sheet."""

    name: str
    width: float
    height: float
    faces: tuple[Face, ...]
    sheet: Sheet | None = None
    fold: bool = False  # draw fold ticks where faces meet
    table: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


def _pair(value: Any, what: str) -> tuple[float, float]:
    if not isinstance(value, Sequence) or isinstance(value, str) or len(value) != 2:
        raise ValueError(f"{what} must be [width, height] in mm, got {value!r}")
    w, h = (float(v) for v in value)
    if w <= 0 or h <= 0:
        raise ValueError(f"{what} must be positive, got {value!r}")
    return w, h


def _box(value: Any) -> Box:
    if not isinstance(value, Sequence) or isinstance(value, str) or len(value) != 4:
        raise ValueError(f"box must be [x, y, width, height] in mm, got {value!r}")
    box = Box(*(float(v) for v in value))
    if box.w <= 0 or box.h <= 0:
        raise ValueError(f"box needs a positive width and height, got {value!r}")
    return box


def _choice(value: str, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"{what} must be one of {list(allowed)}, got {value!r}")
    return value


def _colour(value: str, *extra: str) -> str:
    if value in extra or _COLOUR.fullmatch(value):
        return value
    raise ValueError(f"colour must be #RRGGBB{''.join(' or ' + e for e in extra)}, got {value!r}")


def _style(table: Mapping[str, Any], default: TextStyle, colour_key: str = "colour") -> TextStyle:
    size = float(table.get("size", default.size))
    return TextStyle(
        size=size,
        floor=min(float(table.get("floor", min(default.floor, size))), size),
        lines=int(_choice(table.get("lines", default.lines), (1, 2), "lines")),
        weight=_choice(table.get("weight", default.weight), (REGULAR, BOLD), "weight"),
        colour=_colour(table.get(colour_key, default.colour), AUTO),
        align=_choice(table.get("align", default.align), ALIGNS, "align"),
        valign=_choice(table.get("valign", default.valign), VALIGNS, "valign"),
        upper=bool(table.get("upper", default.upper)),
    )


def _element(table: Mapping[str, Any]) -> Element:
    kind = table.get("type")
    box = _box(table.get("box"))
    if kind == "text":
        return Text(box, str(table.get("text", "")), _style(table, TextStyle()))
    if kind == "band":
        default = Band(box)
        return Band(
            box,
            str(table.get("text", default.text)),
            _colour(table.get("colour", default.colour), ROLE),
            _style(table, default.style, colour_key="text_colour"),
            float(table.get("radius", default.radius)),
        )
    if kind == "qr":
        return QR(box)
    if kind == "image":
        return Image(box, _choice(table.get("align", "left"), ALIGNS, "align"))
    if kind == "chips":
        size = float(table.get("size", Chips.size))
        return Chips(
            box,
            _choice(table.get("kind", "all"), CHIP_KINDS, "chips kind"),
            bool(table.get("heading", False)),
            size,
            min(float(table.get("floor", Chips.floor)), size),
        )
    raise ValueError(f"element type must be text, band, qr, image or chips, got {kind!r}")


def _inside(inner: Box, w: float, h: float, what: str) -> None:
    eps = 1e-6
    if inner.x < -eps or inner.y < -eps or inner.x + inner.w > w + eps or inner.y + inner.h > h + eps:
        raise ValueError(f"{what} {inner} does not lie within {w} x {h} mm")


def _face(table: Mapping[str, Any], card: Box) -> Face:
    box = _box(table["box"]) if "box" in table else card
    _inside(box, card.w, card.h, "face")
    rotate = int(_choice(table.get("rotate", 0), (0, 180), "rotate"))
    elements = tuple(_element(e) for e in table.get("elements", ()))
    for element in elements:
        _inside(element.box, box.w, box.h, f"{type(element).__name__.lower()} box")
    return Face(box, elements, rotate)


def _sheet(table: Mapping[str, Any]) -> Sheet:
    page_w, page_h = _pair(table.get("page"), "sheet.page")
    cols, rows = (int(v) for v in _pair(table.get("grid"), "sheet.grid"))
    return Sheet(page_w, page_h, cols, rows, float(table.get("gap", 0.0)))


def layout_from_table(table: Mapping[str, Any]) -> Layout:
    """Build a layout from a TOML-style table; raises ValueError naming what is wrong."""
    width, height = _pair(table.get("page"), "page")
    whole = Box(0.0, 0.0, width, height)
    tables = table.get("faces", [table])  # without faces: one face covering the card
    faces = tuple(_face(face, whole) for face in tables)
    sheet = _sheet(table["sheet"]) if "sheet" in table else None
    if sheet and (
        sheet.cols * width + (sheet.cols - 1) * sheet.gap > sheet.page_w + 1e-6
        or sheet.rows * height + (sheet.rows - 1) * sheet.gap > sheet.page_h + 1e-6
    ):
        raise ValueError(f"{sheet.cols}x{sheet.rows} cards of {width}x{height} mm do not fit the sheet")
    return Layout(str(table.get("name", "custom")), width, height, faces, sheet, bool(table.get("fold")), table)
