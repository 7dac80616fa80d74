"""The word cloud's placement: no overlaps, everything inside, words keep their place as counts grow, and the
whole cloud moves only when a grown word no longer fits."""

import random

from kiosk.polls.cloud_layout import Box, CloudRequest, CloudWord, place_words, plan_cloud

WIDTH, HEIGHT = 1600.0, 700.0


def _words(count: int, seed: int = 7) -> list[tuple[str, float, float]]:
    chance = random.Random(seed)
    return [(f"wort{i}", chance.uniform(40, 160), chance.choice([20.0, 28.0, 36.0])) for i in range(count)]


def _no_overlaps(boxes: dict[str, Box]) -> bool:
    placed = list(boxes.values())
    return not any(a.overlaps(b) for i, a in enumerate(placed) for b in placed[i + 1:])


def test_two_hundred_words_fit_without_overlapping_inside_the_area() -> None:
    layout = place_words(_words(200), WIDTH, HEIGHT)
    assert len(layout.boxes) == 200 and not layout.reflowed
    assert _no_overlaps(layout.boxes)
    assert all(box.inside(WIDTH, HEIGHT) for box in layout.boxes.values())


def test_the_first_word_sits_in_the_middle() -> None:
    box = place_words([("Open Data", 200.0, 60.0)], WIDTH, HEIGHT).boxes["Open Data"]
    assert abs(box.x - WIDTH / 2) <= 10 and abs(box.y - HEIGHT / 2) <= 10


def test_placed_words_keep_their_place_when_new_words_come_and_others_shrink() -> None:
    words = _words(60)
    first = place_words(words, WIDTH, HEIGHT)
    shrunk = [(word, w * 0.8, h * 0.8) if i % 5 == 0 else (word, w, h) for i, (word, w, h) in enumerate(words)]
    second = place_words([*shrunk, ("neu", 80.0, 28.0)], WIDTH, HEIGHT, first.boxes)
    assert not second.reflowed
    for word, box in first.boxes.items():
        assert (second.boxes[word].x, second.boxes[word].y) == (box.x, box.y)
    assert "neu" in second.boxes and _no_overlaps(second.boxes)


def test_a_grown_word_that_still_fits_stays_where_it_was() -> None:
    words = [("Open Data", 190.0, 50.0), ("KI", 60.0, 40.0), ("Bürgernähe", 180.0, 40.0)]
    first = place_words(words, WIDTH, HEIGHT)
    grown = place_words([("Open Data", 199.0, 55.0), *words[1:]], WIDTH, HEIGHT, first.boxes)  # its own cells
    assert not grown.reflowed and _no_overlaps(grown.boxes)
    assert (grown.boxes["Open Data"].x, grown.boxes["Open Data"].y) == (first.boxes["Open Data"].x,
                                                                        first.boxes["Open Data"].y)


def test_a_grown_word_that_no_longer_fits_places_the_cloud_again() -> None:
    words = _words(80)
    first = place_words(words, WIDTH, HEIGHT)
    name, w, h = words[0]
    grown = [(name, w * 4, h * 3), *words[1:]]
    second = place_words(grown, WIDTH, HEIGHT, first.boxes)
    assert second.reflowed
    assert _no_overlaps(second.boxes) and name in second.boxes
    assert second.boxes[name].width == w * 4


def test_a_word_larger_than_the_area_is_left_out_and_the_rest_is_placed() -> None:
    layout = place_words([("riesig", WIDTH * 2, 50.0), ("klein", 60.0, 20.0)], WIDTH, HEIGHT)
    assert list(layout.boxes) == ["klein"]


def _cloud_words(count: int) -> tuple[CloudWord, ...]:
    """Words measured as at 100 px (about 55 px a letter, 136 px high), the first ones voted most."""
    return tuple(CloudWord(f"wort{i}", max(1, 40 // (i + 1)), 55.0 * len(f"wort{i}"), 136.0) for i in range(count))


def test_no_word_is_smaller_than_the_smallest_size_the_long_tail_is_left_out_instead() -> None:
    words = _cloud_words(200)
    plan = plan_cloud(CloudRequest(words, WIDTH, HEIGHT, smallest=32.0, largest=HEIGHT / 6))
    assert min(plan.pixels.values()) >= 32
    assert 10 <= len(plan.boxes) < 200 and plan.left_out == 200 - len(plan.boxes)
    assert {w.text for w in words[:10]} <= set(plan.boxes)  # the rarest words go, the frequent stay
    assert plan.pixels["wort0"] > 2 * 32  # a word voted often stands out
    assert _no_overlaps(plan.boxes) and all(box.inside(WIDTH, HEIGHT) for box in plan.boxes.values())


def test_few_words_are_drawn_large_and_keep_their_place_as_more_come() -> None:
    first = plan_cloud(CloudRequest(_cloud_words(2), WIDTH, HEIGHT, smallest=32.0, largest=HEIGHT / 6))
    assert first.scale > 1 and first.left_out == 0
    more = plan_cloud(CloudRequest(_cloud_words(12), WIDTH, HEIGHT, smallest=32.0, largest=HEIGHT / 6,
                                   previous=first.boxes, scale=first.scale))
    assert not more.reflowed and more.left_out == 0
    assert all((more.boxes[w].x, more.boxes[w].y) == (box.x, box.y) for w, box in first.boxes.items())


def test_no_word_covers_the_reserved_corner() -> None:
    corner = Box(WIDTH - 100, HEIGHT - 25, 200, 50)
    plan = plan_cloud(CloudRequest(_cloud_words(120), WIDTH, HEIGHT, smallest=32.0, largest=HEIGHT / 6,
                                   reserved=corner))
    assert not any(box.overlaps(corner) for box in plan.boxes.values())
