"""Rendering real PDFs: hard names on every preset, markup, missing characters, sheets, previews."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pytest
from PIL import Image

from kiosk.badges import BadgeData, load_layout, plan_badge, preset_names, render_badges, render_preview_png
from kiosk.badges.fonts import all_fonts, is_ignorable, normalise
from kiosk.badges.items import TextItem
from kiosk.badges.layout import Band, Text
from kiosk.badges.plan import BadgePlan, fill
from kiosk.badges.render import render_plans
from kiosk.bench.badges import measure
from tests.kiosk.badges.hard_names import badge, hard_badges
from tests.kiosk.badges.support import assert_boxes_contained, flat, page_object_types, page_texts

HARD = hard_badges()


def any_font(ch: str) -> bool:
    return any(font.covers(ch) for font in all_fonts())


def expected_text(element: Text | Band, data: BadgeData) -> str:
    text = fill(element.text, data.fields)
    return normalise(text.upper()) if element.style.upper else text


def assert_every_character_drawn(plan: BadgePlan, data: BadgeData, page_text: str, missing: frozenset[str]) -> None:
    """Each text element shows all its characters: glyphs from a font that has them, or a box."""
    for face in plan.faces:
        for index, element in enumerate(face.face.elements):
            if not isinstance(element, Text | Band):
                continue
            lines = [item.line for item in face.items if isinstance(item, TextItem) and item.element == index]
            assert "".join(line.text for line in lines).replace(" ", "") == expected_text(element, data).replace(
                " ", ""
            )
    for item in plan.text_items():
        assert sorted(ch for run in item.line.runs for ch in run.text) == sorted(item.line.text)
        for run in item.line.runs:
            if run.font is None:
                assert set(run.text) <= missing
                assert not any(any_font(ch) for ch in run.text)
                continue
            assert all(run.font.covers(ch) or is_ignorable(ch) or ch == " " for ch in run.text), run
            assert 0 not in run.glyph_ids, run
            shown = flat(run.text) in page_text or flat(str(run.draw)) in page_text
            assert shown, (run.text, page_text)


@pytest.mark.parametrize("name", preset_names())
def test_hard_names_on_every_preset(name: str, logo: Path) -> None:
    layout = load_layout(name)
    plans = [plan_badge(layout, data, logo) for data in HARD]
    result = render_plans(layout, plans)
    per_page = layout.sheet.per_page if layout.sheet else 1
    texts = page_texts(result.pdf)
    assert len(texts) == math.ceil(len(HARD) / per_page)
    shown = {ch for plan in plans for item in plan.text_items() for ch in item.line.text}
    assert result.missing_chars == {ch for ch in shown if not is_ignorable(ch) and not any_font(ch)}
    assert result.missing_chars <= {"\x07", "\ue000", "\U0010ffff", "🥰", "🫠"}
    for i, (plan, data) in enumerate(zip(plans, HARD, strict=True)):
        assert_boxes_contained(plan)
        assert_every_character_drawn(plan, data, flat(texts[i // per_page]), result.missing_chars)


def test_markup_prints_literally() -> None:
    data = badge(("", "Ana <Admin>", "<font size=80>Big</font>", "&amp; Tom & Jerry <b>x</b>"), 1)
    layout = load_layout("a6")
    text = page_texts(render_badges(layout, [data]).pdf)[0]
    for literal in ("Ana <Admin>", "<font size=80>Big</font>", "&amp; Tom & Jerry <b>x</b>"):
        assert literal in text
    sizes = [item.size for item in plan_badge(layout, data).text_items()]
    assert max(sizes) <= 48


def test_missing_characters_are_reported_and_drawn_as_boxes() -> None:
    layout = load_layout("a6")
    plain = render_badges(layout, [badge(("", "Kim", "Lee", ""), 0)])
    boxed = render_badges(layout, [badge(("", "Kim \U0001f970\ue000", "Lee", ""), 0)])
    assert plain.missing_chars == frozenset()
    assert boxed.missing_chars == {"\U0001f970", "\ue000"}
    assert page_object_types(boxed.pdf).count(2) > page_object_types(plain.pdf).count(2)


@pytest.mark.parametrize(("name", "per_page"), [("a6_4up_a4", 4), ("a7_8up_a4", 8)])
def test_sheet_layouts_put_n_badges_on_a_page(name: str, per_page: int) -> None:
    people = [badge(("", f"Person{i:02d}", "Test", ""), i) for i in range(per_page + 1)]
    texts = page_texts(render_badges(load_layout(name), people).pdf)
    assert len(texts) == 2
    assert [sum(f"Person{i:02d}" in page for i in range(per_page + 1)) for page in texts] == [per_page, 1]
    assert f"Person{per_page:02d}" in texts[1]


def test_butterfly_shows_the_name_on_both_halves() -> None:
    text = page_texts(render_badges(load_layout("butterfly_82x203"), [badge(("", "Zoë", "Ødegård", ""), 0)]).pdf)[0]
    assert text.count("Zoë") == 2


def test_logo_is_embedded_once_per_document(logo: Path) -> None:
    people = [badge(("", f"P{i}", "Test", ""), i) for i in range(16)]
    pdf = render_badges(load_layout("a7_8up_a4"), people, logo).pdf
    assert pdf.count(b"/Subtype /Image") == 1


def test_preview_png_has_the_card_size_at_the_dpi(logo: Path) -> None:
    layout = load_layout("a7_8up_a4")  # a sheet layout previews the card alone
    png = render_preview_png(layout, HARD[0], dpi=100, logo=logo)
    width, height = Image.open(io.BytesIO(png)).size
    assert abs(width - 105 / 25.4 * 100) < 1.5 and abs(height - 74 / 25.4 * 100) < 1.5


def test_no_badges_is_an_error() -> None:
    with pytest.raises(ValueError, match="no badges"):
        render_badges(load_layout("a6"), [])


def test_bench_reports_the_four_figures() -> None:
    figures = measure(iterations=3, batch_size=8)
    assert set(figures) == {"badge_p50_ms", "badge_p99_ms", "badge_batch_8_s", "badge_vs_bare_ratio"}
    assert all(value > 0 for value in figures.values())
