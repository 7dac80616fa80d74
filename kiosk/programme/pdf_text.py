"""Text on the programme's PDFs in any script, with the badges' fonts, fallback chains and shaping."""

from reportlab.pdfgen.canvas import Canvas

from kiosk.badges.fonts import REGULAR, normalise
from kiosk.badges.items import Rect, TextItem
from kiosk.badges.render import _Painter  # the badges' text painter: runs per font, faux bold, boxes
from kiosk.badges.text import Line, shape_line

ELLIPSIS = "…"


class TextBox:
    """Writes lines into a canvas, cut with an ellipsis where they do not fit."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self._painter = _Painter(canvas)

    def line(self, text: str, x: float, baseline: float, size: float, width: float, weight: str = REGULAR,
             colour: str = "#000000") -> None:
        """One line at (x, baseline), cut to `width` points."""
        shaped = _fitting(normalise(text), size, width, weight)
        if shaped.text:
            box = Rect(x, baseline, shaped.width * size, size)
            self._painter.text(TextItem(0, box, shaped, size, x, baseline, colour))

    def paragraph(self, text: str, x: float, top: float, size: float, width: float, max_lines: int,
                  weight: str = REGULAR, colour: str = "#000000") -> float:
        """Words wrapped into at most `max_lines` lines below `top`; returns the y below the last line."""
        lines = wrap(normalise(text), size, width, weight, max_lines)
        leading = size * 1.2
        for number, line in enumerate(lines):
            self.line(line, x, top - size - number * leading, size, width, weight, colour)
        return top - len(lines) * leading


def wrap(text: str, size: float, width: float, weight: str, max_lines: int) -> list[str]:
    """Greedy word wrap by shaped width; the last line takes the rest (and is cut when drawn)."""
    if max_lines <= 1:
        return [text] if text else []
    lines: list[str] = []
    current = ""
    words = text.split(" ")
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if current and shape_line(candidate, weight).width * size > width:
            lines.append(current)
            if len(lines) == max_lines - 1:
                return [*lines, " ".join(words[index:])]
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


def _fitting(text: str, size: float, width: float, weight: str) -> Line:
    shaped = shape_line(text, weight)
    if shaped.width * size <= width:
        return shaped
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if shape_line(text[:middle].rstrip() + ELLIPSIS, weight).width * size <= width:
            low = middle
        else:
            high = middle - 1
    return shape_line(text[:low].rstrip() + ELLIPSIS, weight) if low else shape_line("", weight)
