"""The stage's bars (choice and ranking polls), laid out for a projector read from 20 m: the labels as large
as the area allows and never smaller than `MIN_TEXT` of a 1080-line screen. Long labels wrap (at word
boundaries, between CJK characters); when rows are too low for that, the labels move above their bars, with
many options the bars go into two columns, and the numbers may get shorter (the share without the count) —
the layout gives way before the text shrinks. A label is cut with … only when even the smallest size in the
roomiest layout cannot hold it."""

from dataclasses import dataclass, replace

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextLayout, QTextOption

from ui.programme.painting import draw_text, pixel_font
from ui.widgets.theme import ACCENT, INK

BAR_TRACK = "#E8ECF1"
LARGEST_TEXT = 44  # a label's size on a 1080-line screen: about 1/25 of the height, body text from 20 m
MIN_TEXT = 32  # never smaller (pixels of a 1080-line screen; scaled with the stage's height)
TEXT_STEP = 2
MAX_ROW = 150  # a row beside its bar is never higher than this (few options)
THINNEST_BAR, THICKEST_BAR = 12, 56  # a bar under its label
MAX_LINES = 3
GAP = 16  # between label and bar, and between two columns (doubled)
BESIDE, ABOVE, TWO_COLUMNS = "beside", "above", "two columns"  # in order of preference at the same text size


@dataclass(frozen=True)
class BarRow:
    """One option's place: its label's lines and box, its bar's track and its number's box."""

    lines: tuple[str, ...]
    label: QRect
    bar: QRectF
    number: QRect


@dataclass(frozen=True)
class BarLayout:
    """The rows of every option, in one text size, the style that made them fit and which of the number
    forms the bars show (an index into `plan_bars`'s `numbers`)."""

    style: str
    font: QFont
    rows: tuple[BarRow, ...]
    number_form: int = 0


def text_lines(font: QFont, text: str, width: int) -> tuple[list[str], bool]:
    """The text broken into lines of `width` pixels at the places Unicode allows (spaces, between CJK
    characters), and whether every line fits (a single word wider than the width does not)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    lines = [line for line in lines if line]
    metrics = QFontMetrics(font)  # measured as draw_text measures before it elides
    return lines, all(metrics.horizontalAdvance(line) <= width for line in lines)


def _fitted(font: QFont, text: str, width: int, max_lines: int) -> tuple[tuple[str, ...], bool]:
    """At most `max_lines` lines of the text; the last elided with … when it is longer (False then)."""
    lines, fits = text_lines(font, text, width)
    if fits and len(lines) <= max_lines:
        return tuple(lines), True
    metrics = QFontMetrics(font)
    kept = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines[:max_lines - 1]]
    rest = " ".join(lines[max_lines - 1:])
    return (*kept, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)), False


def _layout(style: str, labels: list[str], area: QRect, unit: float, pixels: float, number_text: str,
            whole: bool) -> tuple[BarLayout, int] | None:
    """The rows in one style and text size, and how many labels had to be cut; None when a row is too low
    for one line of text and a bar, or (`whole`) when a label would be cut."""
    font = pixel_font(pixels, bold=True)
    metrics = QFontMetrics(font)
    line, gap = metrics.lineSpacing(), round(GAP * unit)
    number_width = metrics.horizontalAdvance(number_text) + gap
    columns = 2 if style == TWO_COLUMNS else 1
    per_column = -(-len(labels) // columns)
    column_width = (area.width() - (columns - 1) * 2 * gap) // columns
    space = area.height() / max(per_column, 1)
    if style == BESIDE:
        row = min(space, MAX_ROW * unit)
        label_width = round(area.width() * 0.36)
        max_lines = min(MAX_LINES, int(row * 0.92 // line))
    else:
        label_width = column_width - number_width
        max_lines = min(MAX_LINES, int((space - gap - THINNEST_BAR * unit) // line))
    if max_lines < 1:
        return None
    if whole and not all(_fitted(font, label, label_width, max_lines)[1]  # the longest first: it fails first
                         for label in sorted(labels, key=len, reverse=True)):
        return None
    fitted = [_fitted(font, label, label_width, max_lines) for label in labels]
    cut = sum(not fits for _, fits in fitted)
    used = max((len(lines) for lines, _ in fitted), default=1)
    if style != BESIDE:  # the labels' lines, the bar and a gap: no higher than that
        row = min(space, used * line + THICKEST_BAR * unit + 2 * gap)
    rows = []
    for index, (lines, _) in enumerate(fitted):
        column, place = divmod(index, per_column)
        left = area.left() + column * (column_width + 2 * gap)
        top = area.top() + place * row
        height = len(lines) * line
        if style == BESIDE:
            bar_left = left + label_width + gap
            bar = QRectF(bar_left, top + row * 0.18, area.right() - number_width - bar_left, row * 0.64)
            label = QRect(left, round(top + (row - height) / 2), label_width, height)
            number = QRect(round(bar.right()) + gap, round(top), number_width - gap, round(row))
        else:  # the label above its bar, the number at the label's right, every bar at the same height
            label_bottom = top + used * line
            bar_height = min(row - used * line - gap, THICKEST_BAR * unit)
            bar = QRectF(left, label_bottom + gap / 2, column_width, bar_height)
            label = QRect(left, round(label_bottom - height), label_width, height)
            number = QRect(left + label_width, round(label_bottom - line), number_width, line)
        rows.append(BarRow(lines, label, bar, number))
    return BarLayout(style, font, tuple(rows)), cut


def plan_bars(labels: list[str], area: QRect, unit: float, numbers: tuple[str, ...]) -> BarLayout:
    """The bars' layout with the largest text that fits every label whole (see the module's docstring).
    `numbers`: the widest text of each form the numbers can take, the preferred (longest) first."""
    styles = [BESIDE, ABOVE] + ([TWO_COLUMNS] if len(labels) > 3 else [])
    tries = [(style, form) for form in range(len(numbers)) for style in styles]
    for size in range(LARGEST_TEXT, MIN_TEXT - 1, -TEXT_STEP):
        for style, form in tries:
            if made := _layout(style, labels, area, unit, size * unit, numbers[form], whole=True):
                return replace(made[0], number_form=form)
    cutting = [(made, form) for style, form in tries  # no layout holds every label: the one that cuts fewest
               if (made := _layout(style, labels, area, unit, MIN_TEXT * unit, numbers[form], whole=False))]
    if not cutting:  # an area too low for even one line per row: the smallest text, one column
        return BarLayout(ABOVE, pixel_font(MIN_TEXT * unit, bold=True), ())
    (layout, _), form = min(cutting, key=lambda found: found[0][1])
    return replace(layout, number_form=form)


def paint_bars(painter: QPainter, layout: BarLayout, values: list[float], numbers: list[str]) -> None:
    """Draw each row: label, track, the bar's share of it (0–1) and the number."""
    line = QFontMetrics(layout.font).lineSpacing()
    beside = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    for row, value, number in zip(layout.rows, values, numbers, strict=False):
        for index, text in enumerate(row.lines):
            draw_text(painter, QRect(row.label.left(), row.label.top() + index * line, row.label.width(), line),
                      text, layout.font, INK, align=beside)
        painter.fillRect(row.bar, QColor(BAR_TRACK))
        painter.fillRect(QRectF(row.bar.left(), row.bar.top(), row.bar.width() * max(0.0, min(value, 1.0)),
                                row.bar.height()), QColor(ACCENT))
        draw_text(painter, row.number, number, layout.font, INK,
                  align=beside if layout.style == BESIDE else Qt.AlignmentFlag.AlignRight)
