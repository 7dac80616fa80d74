"""Legible from 20 m: on a 1920×1080 and a 1024×768 stage no text is drawn smaller than 32 pixels of a
1080-line screen (scaled with the height) — with eight long German options, Arabic and CJK options, a
200-word cloud and a Q&A. Long labels wrap or the bars make room instead of cutting them, and the word cloud
shows fewer words (saying how many more there are) rather than tiny ones."""

import re

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontDatabase

from kiosk.common.paths import resource
from kiosk.event.folder import Event
from kiosk.polls.views import StageView, stage_view
from kiosk.web.join import JoinInfo
from tests.conftest import EVENT_DAY
from tests.ui.stage.recording import DrawnText, drawn_texts
from tests.ui.stage.stage_polls import ALL, ARABIC, CJK, CLOUD, GERMAN, WORDS, stage_polls
from ui.stage.bars import plan_bars
from ui.stage.board import StageBoard

LEAST = 32  # pixels of a 1080-line screen: text read from the back of a hall
SIZES = ((1920, 1080), (1024, 768))


@pytest.fixture
def polls(qapp, event: Event) -> Event:
    """The stage's polls, with the fonts the stage draws every script in (bundled, as the app loads them)."""
    for font_file in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    stage_polls(event.store, EVENT_DAY)
    return event


def _shown(qtbot, board: StageBoard, view: StageView) -> list[DrawnText]:
    """The texts the board draws once the view (and its word cloud, laid out off the UI thread) is in place."""
    board.show_view(view)
    qtbot.waitUntil(lambda: board.cloud.settled and not board.cloud.moving, timeout=10_000)
    return drawn_texts(board)


@pytest.mark.parametrize("size", SIZES)
def test_no_text_on_the_stage_is_smaller_than_legible_from_twenty_metres(qtbot, polls: Event,
                                                                        size: tuple[int, int]) -> None:
    board = StageBoard("Smart Region Summit")
    qtbot.addWidget(board)
    board.resize(*size)
    least = LEAST * size[1] / 1080
    for poll in ALL:
        texts = _shown(qtbot, board, stage_view(polls.store, poll.id))
        assert texts, poll.id
        smallest = min(texts, key=lambda text: text.pixels)
        assert smallest.pixels >= round(least), (poll.id, size, smallest)
    _shown(qtbot, board, stage_view(polls.store, CLOUD.id))  # its words are drawn as images of their text
    assert board.cloud.pixels and min(board.cloud.pixels.values()) >= round(least)
    between = _shown(qtbot, board, StageView(0))
    assert min(text.pixels for text in between) >= round(least)
    board.set_join(JoinInfo("http://192.168.178.20:8080/j", "K7P4QX"))  # phones can vote: the join corner
    with_join = _shown(qtbot, board, stage_view(polls.store, GERMAN.id))
    assert min(text.pixels for text in with_join) >= round(least)


@pytest.mark.parametrize("size", SIZES)
def test_long_option_labels_are_shown_whole(qtbot, polls: Event, size: tuple[int, int]) -> None:
    board = StageBoard("Smart Region Summit")
    qtbot.addWidget(board)
    board.resize(*size)
    for poll in (GERMAN, ARABIC, CJK):
        drawn = "".join(text.text for text in _shown(qtbot, board, stage_view(polls.store, poll.id))).split()
        assert "…" not in "".join(drawn), (poll.id, size)
        for option in poll.options:  # every label is on the screen whole, its lines one after the other
            assert "".join(option.split()) in "".join(drawn), (poll.id, size, option)


@pytest.mark.parametrize("size", SIZES)
def test_the_word_cloud_leaves_out_the_long_tail_and_says_how_many(qtbot, polls: Event,
                                                                  size: tuple[int, int]) -> None:
    board = StageBoard("Smart Region Summit")
    qtbot.addWidget(board)
    board.resize(*size)
    texts = _shown(qtbot, board, stage_view(polls.store, CLOUD.id))
    shown = board.cloud.layout
    assert 10 <= len(shown) < len(WORDS)
    assert len(shown) + board.cloud.left_out == len(WORDS)
    assert set(WORDS[:10]) <= set(shown)  # the most frequent words stay; the single votes go first
    note = [int(found.group(1)) for text in texts if (found := re.search(r"\+\s*(\d+)", text.text))]
    assert note == [board.cloud.left_out]


def test_labels_too_long_for_any_layout_are_cut_never_shrunk_below_legible(qtbot, polls: Event) -> None:
    labels = [f"Option {number}: " + "Verwaltungsdigitalisierungsprogramm " * 6 for number in range(8)]
    area, unit = QRect(34, 180, 956, 420), 768 / 1080
    layout = plan_bars(labels, area, unit, ("0000 · 100 %", "100 %"))
    assert layout.font.pixelSize() >= round(LEAST * unit)
    assert len(layout.rows) == 8 and all(row.lines[-1].endswith("…") for row in layout.rows)
