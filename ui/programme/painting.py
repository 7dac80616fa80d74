"""Drawing text for screens read from afar: pixel-sized fonts, wrapped into a box and elided."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


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


def draw_text(painter: QPainter, rect: QRect, text: str, font: QFont, colour: QColor | str,
              max_lines: int = 1, align: Qt.AlignmentFlag = ALIGN) -> int:
    """Draw text into the box: one line aligned as asked, or up to `max_lines` wrapped lines from its top;
    returns the height used."""
    painter.setFont(font)
    painter.setPen(QColor(colour))
    metrics = QFontMetrics(font)
    lines = wrapped(metrics, text, rect.width(), max_lines) if text else []
    if max_lines == 1:
        painter.drawText(rect, align, lines[0] if lines else "")
        return metrics.height() if lines else 0
    step = metrics.lineSpacing()
    for number, line in enumerate(lines):
        painter.drawText(QRect(rect.left(), rect.top() + number * step, rect.width(), step),
                         (align & ~Qt.AlignmentFlag.AlignVCenter) | Qt.AlignmentFlag.AlignTop, line)
    return step * len(lines)
