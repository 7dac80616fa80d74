"""Topic chips: rounded labels in the topics' colours, flowed in rows inside their element.

"offer" topics are filled chips, "seek" topics outlined ones. Chips shrink together down to the
element's floor; if they still do not fit, as many as fit are shown followed by a "+N" chip.
"""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.badges.colour import colour_or_grey, readable_on
from kiosk.badges.fit import Fitted, fit_text
from kiosk.badges.fonts import BOLD, REGULAR, normalise
from kiosk.badges.items import Item, Rect, ShapeItem, place_lines
from kiosk.badges.layout import Chips
from kiosk.badges.model import OFFER, SEEK, Topic
from kiosk.badges.text import NOMINAL_ASCENT, NOMINAL_DESCENT, shape_line

HEADINGS = {
    OFFER: "Darüber kann ich erzählen · I can talk about",
    SEEK: "Darüber möchte ich sprechen · I’d like to talk about",
}
_PAD_X = 0.55  # em
_PAD_Y = 0.3  # em
_GAP = 0.35  # em between chips and rows
_STEP = 0.5  # pt
_TEXT = "#1a1a1a"
_HEADING = "#555555"


def _chip(element: int, label: str, topic: Topic | None, size: float, x: float, top: float, max_w: float) -> list[Item]:
    """A chip whose top-left corner is at (x, top): the shape and its label, at most max_w wide."""
    pad_x, pad_y = _PAD_X * size, _PAD_Y * size
    inner_h = (NOMINAL_ASCENT + NOMINAL_DESCENT) * size
    line = shape_line(label, BOLD)
    label_size = min(size, inner_h / line.height, max(max_w - 2 * pad_x, 0.0) / max(line.extent, 1e-9))
    width = line.extent * label_size + 2 * pad_x
    box = Rect(x, top - inner_h - 2 * pad_y, width, inner_h + 2 * pad_y)
    colour = colour_or_grey(topic.colour) if topic else "#777777"
    if topic is None or topic.kind == OFFER:
        shape = ShapeItem(element, box, colour, None, box.h / 2)
        text_colour = readable_on(colour)
    else:
        shape = ShapeItem(element, box, "#ffffff", colour, box.h / 2, max(0.08 * size, 0.6))
        text_colour = _TEXT
    label_lines = place_lines(
        element, Fitted((line,), label_size), box.inset(pad_x, pad_y), "left", "middle", text_colour
    )
    return [shape, *label_lines]


def _flow(element: int, labels: Sequence[tuple[str, Topic | None]], size: float, rect: Rect) -> tuple[list[Item], int]:
    """Place chips in rows; returns the items and how many chips fitted."""
    gap = _GAP * size
    x, top, row_h = rect.x, rect.top, 0.0
    items: list[Item] = []
    for count, (label, topic) in enumerate(labels):
        chip = _chip(element, label, topic, size, x, top, rect.w)
        box = chip[0].box
        if box.right > rect.right + 1e-6 and x > rect.x:
            x, top = rect.x, top - row_h - gap
            chip = _chip(element, label, topic, size, x, top, rect.w)
            box = chip[0].box
        if box.y < rect.y - 1e-6:
            return items, count
        items.extend(chip)
        x, row_h = box.right + gap, box.h
    return items, len(labels)


def _overflowing(element: int, topics: Sequence[Topic], size: float, rect: Rect) -> list[Item]:
    """As many chips as fit, then "+N" for the rest."""
    for shown in range(len(topics) - 1, -1, -1):
        labels = [(normalise(t.label), t) for t in topics[:shown]]
        labels.append((f"+{len(topics) - shown}", None))
        items, fitted = _flow(element, labels, size, rect)
        if fitted == len(labels):
            return items
    return []


def plan_chips(element: int, chips: Chips, rect: Rect, topics: Sequence[Topic]) -> list[Item]:
    """Items for a chips element: an optional heading and the chips of the chosen kind."""
    chosen = [t for t in topics if chips.kind in ("all", t.kind) and normalise(t.label)]
    if not chosen:
        return []
    items: list[Item] = []
    if chips.heading and chips.kind in HEADINGS:
        heading_h = min(rect.h * 0.3, chips.size * 1.3)
        fitted = fit_text(HEADINGS[chips.kind], REGULAR, rect.w, heading_h, chips.size * 0.9, 1.0, 1)
        band = Rect(rect.x, rect.top - heading_h, rect.w, heading_h)
        items = list(place_lines(element, fitted, band, "left", "bottom", _HEADING))
        rect = Rect(rect.x, rect.y, rect.w, max(rect.h - heading_h - 0.3 * chips.size, 0.0))
    labels = [(normalise(t.label), t) for t in chosen]
    size = chips.size
    while True:
        placed, fitted = _flow(element, labels, size, rect)
        if fitted == len(labels):
            return items + placed
        if size - _STEP < chips.floor:
            return items + _overflowing(element, chosen, size, rect)
        size -= _STEP
