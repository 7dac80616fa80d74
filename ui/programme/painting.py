"""Drawing text for screens read from afar: pixel-sized fonts, wrapped into a box and elided, laid out once."""

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QStaticText, QTransform

ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CACHE_LIMIT = 4000
_CACHE: dict[tuple[str, str, int, int], list[QStaticText]] = {}


def pixel_font(pixels: float, bold: bool = False) -> QFont:
    """The UI font at a height in pixels (screens are sized by their own height, not by points)."""
    result = QFont()
    result.setPixelSize(max(8, round(pixels)))
    result.setBold(bold)
    return result


def wrapped(metrics: QFontMetrics, text: str, width: int, max_lines: int) -> list[str]:
    """The text broken into at most `max_lines` lines of `width` pixels, the last one elided if needed."""
    lines: list[str] = []
    words = text.split()
    current = ""
    for index, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
        elif len(lines) + 1 == max_lines:  # the last line takes the rest, elided
            current = " ".join([current, *words[index:]])
            break
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines[:max_lines]]


def _lines(font: QFont, text: str, width: int, max_lines: int) -> list[QStaticText]:
    """The laid-out lines of a text, cached: a screen draws the same texts frame after frame."""
    key = (font.key(), text, width, max_lines)
    lines = _CACHE.get(key)
    if lines is None:
        if len(_CACHE) > CACHE_LIMIT:
            _CACHE.clear()
        lines = []
        for line in wrapped(QFontMetrics(font), text, width, max_lines) if text else []:
            static = QStaticText(line)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            lines.append(static)
        _CACHE[key] = lines
    return lines


def draw_text(painter: QPainter, rect: QRect, text: str, font: QFont, colour: QColor | str,
              max_lines: int = 1, align: Qt.AlignmentFlag = ALIGN) -> int:
    """Draw text into the box: one line aligned as asked, or up to `max_lines` wrapped lines from its top;
    returns the height used."""
    painter.setFont(font)
    painter.setPen(QColor(colour))
    lines = _lines(font, text, rect.width(), max_lines)
    if not lines:
        return 0
    step = QFontMetrics(font).lineSpacing()
    if max_lines == 1:
        size = lines[0].size()
        x = rect.left()
        if align & Qt.AlignmentFlag.AlignRight:
            x = rect.right() + 1 - round(size.width())
        elif align & Qt.AlignmentFlag.AlignHCenter:
            x = rect.left() + (rect.width() - round(size.width())) // 2
        y = rect.top()
        if not align & Qt.AlignmentFlag.AlignTop:
            y += (rect.height() - round(size.height())) // 2
        painter.drawStaticText(QPointF(x, y), lines[0])
        return step
    for number, line in enumerate(lines):
        painter.drawStaticText(QPointF(rect.left(), rect.top() + number * step), line)
    return step * len(lines)
