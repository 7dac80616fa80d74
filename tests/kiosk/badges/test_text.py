"""Fonts per character, normalisation, bidi and shaping."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.ttfonts import ShapedStr

from kiosk.badges.fonts import BOLD, REGULAR, all_fonts, assign_fonts, chain, normalise
from kiosk.badges.text import bidi_levels, shape_line, visual_order
from kiosk.common.paths import resource


def fonts_of(text: str, weight: str = BOLD) -> list[str | None]:
    return [run.font.filename if run.font else None for run in shape_line(normalise(text), weight).runs]


def test_every_bundled_font_is_truetype_with_its_licence_beside_it() -> None:
    total = 0
    for font in all_fonts():
        data = font.path.read_bytes()
        assert data[:4] in (b"\x00\x01\x00\x00", b"true"), font.filename  # glyf outlines, not CFF
        total += len(data)
    assert total < 20 * 1024 * 1024
    licences = {p.name for p in resource("fonts").glob("LICENSE-*.txt")}
    assert {
        "LICENSE-Noto-OFL-1.1.txt",
        "LICENSE-Nanum-OFL-1.1.txt",
        "LICENSE-Symbola.txt",
        "LICENSE-DroidSansFallback-Apache-2.0.txt",
    } <= licences


def test_normalise_composes_and_folds_whitespace() -> None:
    assert normalise("  Zoe\u0308\t\nA\u030angstro\u0308m\u00a0 ") == "Zoë Ångström"
    assert normalise(" \t\u2003\n") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Müller Şükrü Łódź Ærø", ["NotoSans-Bold.ttf"]),
        ("Αλέξανδρος Щербаков", ["NotoSans-Bold.ttf"]),
        ("נוֹרִית", ["NotoSansHebrew-Bold.ttf"]),
        ("فاطمة", ["NotoSansArabic-Bold.ttf"]),
        ("प्रियंका", ["NotoSansDevanagari-Bold.ttf"]),
        ("রবীন্দ্রনাথ", ["NotoSansBengali-Bold.ttf"]),
        ("தமிழ்", ["NotoSansTamil-Bold.ttf"]),
        ("สมชาย", ["NotoSansThai-Bold.ttf"]),
        ("Արամ", ["NotoSansArmenian-Bold.ttf"]),
        ("გიორგი", ["NotoSansGeorgian-Bold.ttf"]),
        ("王小明", ["DroidSansFallbackFull.ttf"]),
        ("山田 さくら", ["DroidSansFallbackFull.ttf"]),
        ("김민준", ["NanumSquareB.ttf"]),
        ("Ana 😀", ["NotoSans-Bold.ttf", "Symbola.ttf"]),
    ],
)
def test_each_script_gets_a_font_that_has_it(text: str, expected: list[str]) -> None:
    assert fonts_of(text) == expected


def test_fonts_without_bold_are_emboldened_only_in_bold() -> None:
    assert shape_line("王小明", BOLD).runs[0].embolden > 0
    assert shape_line("王小明", REGULAR).runs[0].embolden == 0
    assert shape_line("Anna", BOLD).runs[0].embolden == 0


def test_characters_no_font_has_are_missing_but_format_characters_are_not() -> None:
    line = shape_line(normalise("a\x07b\ue000c\U0010ffff\ud800🥰"), BOLD)
    assert line.missing == {"\x07", "\ue000", "\U0010ffff", "\ud800", "🥰"}
    invisible = shape_line(normalise("Zoë 👩\u200d💻 Soft\u00adHyphen ❤\ufe0f نوری\u200cزاده"), BOLD)
    assert invisible.missing == frozenset()


def test_every_character_of_a_word_is_assigned_a_font_or_none() -> None:
    text = normalise("Ana (محمد) 王 😀 \ue000")
    assigned = assign_fonts(text, REGULAR)
    assert len(assigned) == len(text)
    for ch, font in zip(text, assigned, strict=True):
        assert font is None or font.covers(ch) or ch == " "
        if font is None:
            assert not any(f.covers(ch) for f in chain(REGULAR))


def test_latin_runs_are_drawn_as_plain_strings() -> None:
    run = shape_line("Anna-Lena Müller", BOLD).runs[0]
    assert type(run.draw) is str
    assert run.draw == "Anna-Lena Müller"


def test_arabic_is_joined_and_set_right_to_left() -> None:
    run = shape_line("محمد", BOLD).runs[0]
    hb = run.font.hb_font
    nominal = [hb.get_nominal_glyph(ord(ch)) for ch in reversed("محمد")]
    assert run.rtl
    assert isinstance(run.draw, ShapedStr)
    assert list(run.glyph_ids) != nominal  # initial, medial and final forms, in visual order


def test_devanagari_forms_conjuncts() -> None:
    run = shape_line("क्षत्रिय", BOLD).runs[0]
    assert isinstance(run.draw, ShapedStr)
    assert len(run.glyph_ids) < len("क्षत्रिय")
    assert 0 not in run.glyph_ids


def test_hebrew_points_are_positioned() -> None:
    run = shape_line(normalise("שָׁלוֹם"), BOLD).runs[0]
    assert run.rtl
    assert isinstance(run.draw, ShapedStr)
    assert any(data.x_offset or data.y_offset for data in run.draw.__shapeData__)


def test_bidi_orders_runs_visually() -> None:
    assert bidi_levels("abc שלום") == [0, 0, 0, 0, 1, 1, 1, 1]
    assert visual_order([0, 1, 1, 2, 0]) == [0, 3, 2, 1, 4]
    runs = shape_line("שלום abc", BOLD).runs  # right-to-left paragraph: the Latin word comes first
    assert [(run.text, run.rtl) for run in runs] == [("abc", False), ("שלום ", True)]


def test_unassigned_code_points_get_their_default_direction() -> None:
    # found by the fit property test: python-bidi fails on characters without a bidi class
    assert bidi_levels("\U00012544\U0001ec71") == [0, 1]  # L by default, then R in a block set aside for Arabic
    assert bidi_levels("\U0001ec71\u0378") == [1, 2]
    assert shape_line("\U0001ec71 Anna", BOLD).runs  # a badge line with it is drawable
