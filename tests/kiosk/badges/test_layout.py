"""Layouts as data: presets, tables, validation and placeholders."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from kiosk.badges import load_layout, plan_badge, preset_names
from kiosk.badges.layout import Band, Chips, Text
from kiosk.badges.plan import fill
from tests.kiosk.badges.hard_names import badge

PRESETS = {
    "a6",
    "a7",
    "a6_4up_a4",
    "a7_8up_a4",
    "butterfly_82x203",
    "durable_54x90",
    "durable_60x90",
    "herma_50x80",
    "brother_62x100",
    "brother_62_continuous",
    "label_4x3in",
    "topic",
}


def test_all_presets_are_offered() -> None:
    assert set(preset_names()) == PRESETS


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_preset_elements_do_not_overlap(name: str) -> None:
    layout = load_layout(name)
    plan = plan_badge(layout, badge(("", "Anna", "Müller", "Org"), 3))
    for face in plan.faces:
        rects = face.element_rects
        for i, a in enumerate(rects):
            for b in rects[i + 1 :]:
                assert not a.overlaps(b), (name, a, b)


@pytest.mark.parametrize("name", sorted(PRESETS - {"topic"}))
def test_first_name_is_largest_then_last_name_then_organisation(name: str) -> None:
    elements = load_layout(name).faces[0].elements
    sizes = {e.text: e.style.size for e in elements if isinstance(e, Text)}
    assert sizes["{first_name}"] > sizes["{title} {last_name}"] > sizes["{organisation}"]
    assert sizes["{first_name}"] >= 30  # readable from two metres
    assert any(isinstance(e, Band) for e in elements)


def test_topic_layout_groups_chips_by_kind_with_headings() -> None:
    chips = [e for e in load_layout("topic").faces[0].elements if isinstance(e, Chips)]
    assert [(c.kind, c.heading) for c in chips] == [("offer", True), ("seek", True)]


def test_butterfly_back_is_upside_down_above_the_fold() -> None:
    layout = load_layout("butterfly_82x203")
    back, front = layout.faces
    assert (back.rotate, front.rotate) == (180, 0)
    assert back.box.y + back.box.h == front.box.y == 203 / 2
    assert layout.fold


def table(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "name": "custom",
        "page": [90, 54],
        "elements": [
            {
                "type": "text",
                "box": [4, 4, 60, 20],
                "text": "{first_name}",
                "size": 40,
                "floor": 20,
                "lines": 2,
                "align": "left",
            },
            {"type": "qr", "box": [66, 4, 20, 20]},
            {"type": "band", "box": [3, 44, 84, 8], "colour": "#123456"},
            {"type": "image", "box": [4, 26, 30, 8]},
            {"type": "chips", "box": [36, 26, 50, 16], "kind": "seek", "heading": True},
        ],
    }
    base.update(overrides)
    return base


def test_layout_from_a_table() -> None:
    layout = load_layout(table(sheet={"page": [210, 297], "grid": [2, 5]}))
    assert (layout.width, layout.height, layout.sheet.per_page) == (90, 54, 10)
    kinds = [type(e).__name__ for e in layout.faces[0].elements]
    assert kinds == ["Text", "QR", "Band", "Image", "Chips"]
    text = layout.faces[0].elements[0]
    assert (text.style.size, text.style.floor, text.style.lines, text.style.align) == (40, 20, 2, "left")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"page": [90]}, "page"),
        ({"elements": [{"type": "circle", "box": [0, 0, 1, 1]}]}, "element type"),
        ({"elements": [{"type": "qr", "box": [0, 0, 1]}]}, "box"),
        ({"elements": [{"type": "qr", "box": [80, 0, 20, 20]}]}, "does not lie within"),
        ({"elements": [{"type": "band", "box": [0, 0, 9, 9], "colour": "red"}]}, "colour"),
        ({"elements": [{"type": "text", "box": [0, 0, 9, 9], "lines": 3}]}, "lines"),
        ({"elements": [{"type": "text", "box": [0, 0, 9, 9], "weight": "heavy"}]}, "weight"),
        ({"sheet": {"page": [100, 100], "grid": [2, 2]}}, "do not fit"),
    ],
)
def test_bad_tables_are_rejected_with_a_reason(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_layout(table(**change))


def test_layout_from_toml_text() -> None:
    document = """
        name = "lanyard"
        page = [90, 54]
        [[elements]]
        type = "text"
        box = [4, 4, 82, 20]
        text = "{first_name} {last_name}"
        size = 30
        floor = 18
        lines = 2
        [[elements]]
        type = "band"
        box = [3, 42, 84, 9]
        colour = "role"
        [sheet]
        page = [210, 297]
        grid = [2, 5]
    """
    layout = load_layout(tomllib.loads(document))
    assert (layout.name, layout.sheet.per_page, len(layout.faces[0].elements)) == ("lanyard", 10, 2)
    plan = plan_badge(layout, badge(("", "Anna-Lena", "Müller-Lüdenscheidt", ""), 1))
    name = [item.line.text for item in plan.text_items() if item.element == 0]
    assert " ".join(name).replace("- ", "-") == "Anna-Lena Müller-Lüdenscheidt"


def test_unknown_preset_is_rejected() -> None:
    with pytest.raises(ValueError, match="no badge preset"):
        load_layout("a5")


def test_placeholders_fill_missing_ones_empty_and_never_reinterpret_values() -> None:
    fields = {"first_name": "  Anna\t", "last_name": "{title}", "title": "", "role": " ", "category": "Presse"}
    assert fill("{title} {first_name} {last_name}", fields) == "Anna {title}"
    assert fill("{unknown}{first_name}", fields) == "Anna"
    assert fill("{role|category}", fields) == "Presse"
    assert fill("{role|nothing}", fields) == ""
    assert fill("{first_name", fields) == "{first_name"


def test_band_takes_the_role_colour_and_a_readable_label_colour() -> None:
    layout = load_layout("a6")
    for role_colour, fill_colour, label in [
        ("#2e86de", "#2e86de", "#ffffff"),
        ("#F1C40F", "#f1c40f", "#1a1a1a"),
        ("not a colour", "#666666", "#ffffff"),
    ]:
        data = badge(("", "Anna", "Müller", ""), 0)
        data = type(data)(data.fields, data.code, role_colour, ())
        plan = plan_badge(layout, data)
        band_index = next(i for i, e in enumerate(layout.faces[0].elements) if isinstance(e, Band))
        items = [item for item in plan.faces[0].items if item.element == band_index]
        assert items[0].fill == fill_colour
        assert {item.colour for item in items[1:]} == {label}
