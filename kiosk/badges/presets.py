"""The built-in layouts, written as the same tables a user's TOML layout would be.

Two designs scale to every card: a portrait one (A6, butterfly halves) and a landscape one (labels,
A7, business-card inserts). The first name is always the largest text, then the last name (with the
title), then the organisation; the band carries the role in its colour. Sizes are pt, boxes mm.
"""

from __future__ import annotations

from typing import Any

Table = dict[str, Any]

A4 = [210.0, 297.0]
EVENT_COLOUR = "#555555"
ORG_COLOUR = "#3a3a3a"


def _r(*values: float) -> list[float]:
    return [round(v, 2) for v in values]


def _header(w: float, m: float, top: float, h: float, logo_w: float, k: float) -> list[Table]:
    """Logo on the left; event name and date on the right."""
    text_x = m + logo_w + 2
    text_w = w - text_x - m
    return [
        {"type": "image", "box": _r(m, top, logo_w, h), "align": "left"},
        {
            "type": "text",
            "box": _r(text_x, top, text_w, h * 0.55),
            "text": "{event_name}",
            "size": 10 * k,
            "floor": 6 * k,
            "weight": "regular",
            "colour": EVENT_COLOUR,
            "align": "right",
            "valign": "bottom",
        },
        {
            "type": "text",
            "box": _r(text_x, top + h * 0.58, text_w, h * 0.42),
            "text": "{event_date}",
            "size": 8 * k,
            "floor": 5 * k,
            "weight": "regular",
            "colour": EVENT_COLOUR,
            "align": "right",
            "valign": "top",
        },
    ]


def _names(x: float, top: float, w: float, heights: tuple[float, float, float], k: float, align: str) -> list[Table]:
    """First name, then title and last name, then organisation, stacked from `top`."""
    first_h, last_h, org_h = heights
    return [
        {
            "type": "text",
            "box": _r(x, top, w, first_h),
            "text": "{first_name}",
            "size": 48 * k,
            "floor": 28 * k,
            "lines": 2,
            "align": align,
            "valign": "bottom",
        },
        {
            "type": "text",
            "box": _r(x, top + first_h + 1, w, last_h),
            "text": "{title} {last_name}",
            "size": 28 * k,
            "floor": 17 * k,
            "lines": 2,
            "align": align,
            "valign": "top",
        },
        {
            "type": "text",
            "box": _r(x, top + first_h + last_h + 2, w, org_h),
            "text": "{organisation}",
            "size": 15 * k,
            "floor": 10 * k,
            "lines": 2,
            "weight": "regular",
            "colour": ORG_COLOUR,
            "align": align,
            "valign": "top",
        },
    ]


def _band(w: float, y: float, h: float, k: float) -> Table:
    return {"type": "band", "box": _r(3, y, w - 6, h), "text": "{role|category}", "size": 20 * k, "floor": 9 * k}


def portrait(w: float, h: float) -> list[Table]:
    """Elements of the portrait design on a w x h mm face."""
    k = min(w / 105, h / 148)
    m = max(4.5, 0.06 * w)
    qr = min(0.27 * w, 0.22 * h)
    body = 0.22 * h
    chips_top = 0.635 * h
    return [
        *_header(w, m, m, 0.11 * h, 0.42 * w, k),
        *_names(m, body, w - 2 * m, (0.185 * h, 0.105 * h, 0.1 * h), k, "center"),
        {
            "type": "chips",
            "box": _r(m, chips_top, w - 2 * m - qr - 3, 0.85 * h - chips_top),
            "size": 10 * k,
            "floor": 7 * k,
        },
        {"type": "qr", "box": _r(w - m - qr, chips_top, qr, qr)},
        _band(w, 0.87 * h, 0.13 * h - 3, k),
    ]


def landscape(w: float, h: float, chips: bool = False, end_margin: float = 0.0) -> list[Table]:
    """Elements of the landscape design on a w x h mm face; chips where there is room for them."""
    k = min(w / 90, h / 54)
    m = max(3.5, 0.04 * w) + end_margin
    top = 3.5
    header_h = 0.14 * h
    band_h = 0.15 * h
    band_y = h - 3 - band_h
    body_top = top + header_h + 1.5
    body_h = band_y - 1.5 - body_top
    qr = min((0.25 if chips else 0.3) * w, body_h)
    text_w = w - 2 * m - qr - 3
    shares = (0.36, 0.22, 0.15) if chips else (0.46, 0.3, 0.2)
    heights = tuple(s * body_h for s in shares)
    elements = [
        *_header(w, m, top, header_h, 0.3 * w, k * 0.85),
        *_names(m, body_top, text_w, heights, k * 0.8, "left"),
        {"type": "qr", "box": _r(w - m - qr, body_top + (body_h - qr) / 2, qr, qr)},
        _band(w, band_y, band_h, k * 0.8),
    ]
    if chips:
        chips_top = body_top + sum(heights) + 3
        elements.append(
            {
                "type": "chips",
                "box": _r(m, chips_top, text_w, body_top + body_h - chips_top),
                "size": 8 * k,
                "floor": 5.5 * k,
            }
        )
    return elements


def topic_badge(w: float, h: float) -> list[Table]:
    """A separate topic badge: the name, the chips grouped by kind under their headings, the event."""
    m = 4.5
    name_h = 0.19 * h
    band_h = 0.1 * h
    band_y = h - 3 - band_h
    group_top = m + name_h + 2
    group_h = (band_y - 2 - group_top - 2) / 2
    chips = {"type": "chips", "heading": True, "size": 13, "floor": 7}
    return [
        {
            "type": "text",
            "box": _r(m, m, w - 2 * m, name_h),
            "text": "{first_name} {last_name}",
            "size": 24,
            "floor": 15,
            "lines": 2,
            "align": "left",
            "valign": "middle",
        },
        {**chips, "box": _r(m, group_top, w - 2 * m, group_h), "kind": "offer"},
        {**chips, "box": _r(m, group_top + group_h + 2, w - 2 * m, group_h), "kind": "seek"},
        {
            "type": "band",
            "box": _r(3, band_y, w - 6, band_h),
            "text": "{event_name}",
            "size": 11,
            "floor": 7,
            "upper": False,
        },
    ]


def _card(name: str, w: float, h: float, elements: list[Table], **extra: Any) -> Table:
    return {"name": name, "page": [w, h], "elements": elements, **extra}


def _butterfly(w: float, h: float) -> Table:
    """Folded at the top: the front half upright below the fold, the back half upside down above it."""
    half = h / 2
    return {
        "name": "butterfly_82x203",
        "page": [w, h],
        "fold": True,
        "faces": [
            {"box": [0, 0, w, half], "rotate": 180, "elements": portrait(w, half)},
            {"box": [0, half, w, half], "elements": portrait(w, half)},
        ],
    }


PRESETS: dict[str, Table] = {
    table["name"]: table
    for table in (
        _card("a6", 105, 148, portrait(105, 148)),
        _card("a7", 105, 74, landscape(105, 74, chips=True)),
        _card("a6_4up_a4", 105, 148, portrait(105, 148), sheet={"page": A4, "grid": [2, 2]}),
        _card("a7_8up_a4", 105, 74, landscape(105, 74, chips=True), sheet={"page": A4, "grid": [2, 4]}),
        _butterfly(82, 203),
        _card("durable_54x90", 90, 54, landscape(90, 54)),
        _card("durable_60x90", 90, 60, landscape(90, 60)),
        _card("herma_50x80", 80, 50, landscape(80, 50)),
        _card("brother_62x100", 100, 62, landscape(100, 62)),
        # Continuous 62 mm tape cut at a fixed 100 mm: the same size as the die-cut label, so both fit
        # the same sleeves, with extra margin at the ends where the printer feeds the tape.
        _card("brother_62_continuous", 100, 62, landscape(100, 62, end_margin=2.0)),
        _card("label_4x3in", 101.6, 76.2, landscape(101.6, 76.2, chips=True)),
        _card("topic", 105, 74, topic_badge(105, 74)),
    )
}
