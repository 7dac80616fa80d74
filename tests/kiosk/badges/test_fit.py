"""Autofit: shrink to the floor, wrap at a space or hyphen, shrink further; never outside the box."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.badges.fit import break_points, fit_text
from kiosk.badges.fonts import BOLD, REGULAR, normalise
from kiosk.badges.items import MM, Rect, place_lines
from tests.kiosk.badges.hard_names import FULL_NAME_49

PROF = "Prof. Dr. Anna-Lena Müller-Lüdenscheidt"


def joined(fitted_lines: tuple) -> str:
    return "".join(line.text for line in fitted_lines).replace(" ", "")


def test_short_name_stays_on_one_line_at_the_largest_size() -> None:
    fitted = fit_text("Anna", BOLD, 90 * MM, 30 * MM, 48, 28, 2)
    assert len(fitted.lines) == 1
    assert fitted.size == 48


def test_name_shrinks_on_one_line_before_wrapping() -> None:
    fitted = fit_text("Anna-Lena", BOLD, 60 * MM, 30 * MM, 48, 28, 2)
    assert len(fitted.lines) == 1
    assert 28 <= fitted.size < 48
    assert fitted.width <= 60 * MM + 1e-6


def test_long_name_wraps_keeping_the_hyphen_then_shrinks() -> None:
    fitted = fit_text(PROF, BOLD, 60 * MM, 25 * MM, 40, 24, 2)
    assert len(fitted.lines) == 2
    assert joined(fitted.lines) == PROF.replace(" ", "")
    assert fitted.width <= 60 * MM + 1e-6
    assert fitted.height <= 25 * MM + 1e-6
    narrow = fit_text("Müller-Lüdenscheidt", BOLD, 30 * MM, 30 * MM, 40, 30, 2)
    assert [line.text for line in narrow.lines] == ["Müller-", "Lüdenscheidt"]


def test_a_break_at_a_space_is_preferred_to_a_similar_one_at_a_hyphen() -> None:
    fitted = fit_text("Eva Meier-Lind", BOLD, 35 * MM, 30 * MM, 26, 16, 2)
    assert [line.text for line in fitted.lines] == ["Eva", "Meier-Lind"]
    much_larger = fit_text("Prof. Dr. Müller-Lüdenscheidt", BOLD, 45 * MM, 20 * MM, 26, 16, 2)
    assert [line.text for line in much_larger.lines] == ["Prof. Dr. Müller-", "Lüdenscheidt"]


def test_49_character_name_fits_two_lines() -> None:
    fitted = fit_text(FULL_NAME_49, BOLD, 93 * MM, 27 * MM, 48, 28, 2)
    assert len(fitted.lines) == 2
    assert fitted.size < 28
    assert fitted.width <= 93 * MM + 1e-6 and fitted.height <= 27 * MM + 1e-6


def test_single_line_elements_only_shrink() -> None:
    fitted = fit_text(PROF, REGULAR, 30 * MM, 10 * MM, 20, 12, 1)
    assert len(fitted.lines) == 1
    assert fitted.width <= 30 * MM + 1e-6


def test_break_points_keep_hyphens_and_drop_spaces() -> None:
    assert ("Anna-", "Lena") in break_points("Anna-Lena")
    assert ("Anna", "Lena") in break_points("Anna Lena")
    assert break_points("-Start") == [] and break_points("End-") == []


def test_empty_text_has_no_lines() -> None:
    assert fit_text("", BOLD, 100, 100, 20, 10, 2).lines == ()


alphabets = st.sampled_from(
    [
        st.characters(codec="utf-8"),
        st.sampled_from(list("abc XYZ-‐ äöüß")),
        st.sampled_from(list("محمد عبد الله -")),
        st.sampled_from(list("क्षत्रिय हिन्दी ")),
        st.sampled_from(list("王小明 김민준 さくら😀🥰")),
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.data(),
    width=st.floats(5, 120),
    height=st.floats(3, 60),
    size=st.floats(4, 60),
    floor_share=st.floats(0.2, 1.0),
    lines=st.sampled_from([1, 2]),
    weight=st.sampled_from([BOLD, REGULAR]),
    align=st.sampled_from(["left", "center", "right"]),
    valign=st.sampled_from(["top", "middle", "bottom"]),
)
def test_any_text_fits_inside_its_box(
    data: st.DataObject,
    width: float,
    height: float,
    size: float,
    floor_share: float,
    lines: int,
    weight: str,
    align: str,
    valign: str,
) -> None:
    text = normalise(data.draw(st.text(data.draw(alphabets), max_size=80)))
    rect = Rect(3.0, 5.0, width * MM, height * MM)
    fitted = fit_text(text, weight, rect.w, rect.h, size, size * floor_share, lines)
    assert len(fitted.lines) <= lines
    assert fitted.size <= size
    assert joined(fitted.lines) == text.replace(" ", "")
    items = place_lines(0, fitted, rect, align, valign, "#000000")
    for item in items:
        assert rect.contains(item.box)
    for upper, lower in itertools.pairwise(items):
        assert lower.box.top <= upper.box.y + 1e-6
