"""Every screen at every kiosk size, in both languages: no text larger than its widget, no widget cut off by the
window, touch targets of at least 9 mm, and the theme's text colours readable on their backgrounds (WCAG 4.5:1).

The screens are reached through the tour that tools/screenshots.py walks (ui/screen_tour.py).
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QTabBar,
    QTableView,
    QWidget,
)

from ui.app import create_application
from ui.screen_tour import demo_window, scenes, show_scene
from ui.widgets import theme

SIZES = ((1920, 1080), (1280, 800), (800, 1280))
LANGUAGES = ("de", "en")
MIN_TOUCH_MM = 9.0
MIN_CONTRAST = 4.5
LABEL_LEADING = 1  # QLabel lays a text out one pixel shorter than QFontMetrics.boundingRect reports

# Screens with known problems, as "scene size language". Every entry must still fail (the test says when one can
# go), and the set must end empty.
KNOWN_FAILURES: set[str] = set()


@pytest.fixture
def styled_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application as the kiosk starts it: bundled fonts and the kiosk's style sheet."""
    previous = qapp.styleSheet()
    create_application()
    yield qapp
    qapp.setStyleSheet(previous)


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def where(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        text = widget.text() or (widget.placeholderText() if isinstance(widget, QLineEdit) else "")
    return f"{type(widget).__name__} {text[:40]!r}"


def label_problems(label: QLabel) -> list[str]:
    """The text of a label (every line, wrapped where it wraps) fits its contents rectangle."""
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    margin = label.margin()
    area = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    metrics = label.fontMetrics()
    flags = int(label.alignment()) | (int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0)
    needed = metrics.boundingRect(QRect(0, 0, area.width(), 100_000), flags, text)
    widest_word = max((metrics.horizontalAdvance(word) for line in text.splitlines() for word in line.split()),
                      default=0)
    widest = widest_word if label.wordWrap() else max(metrics.horizontalAdvance(line) for line in text.splitlines())
    problems = []
    if widest > area.width():
        problems.append(f"{where(label)}: text {widest} px wide in {area.width()} px")
    if needed.height() > area.height() + LABEL_LEADING:
        problems.append(f"{where(label)}: text {needed.height()} px tall in {area.height()} px")
    return problems


def button_problems(button: QAbstractButton) -> list[str]:
    """A button's text fits inside its border and padding (Qt clips it otherwise)."""
    text = button.text().replace("&&", "&")
    if not text or not isinstance(button, QPushButton):
        return []
    option = QStyleOptionButton()
    button.initStyleOption(option)
    area = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    metrics = button.fontMetrics()
    width = max(metrics.horizontalAdvance(line) for line in text.splitlines())
    height = metrics.height() * len(text.splitlines())
    problems = []
    if width > area.width():
        problems.append(f"{where(button)}: text {width} px wide in {area.width()} px")
    if height > area.height():
        problems.append(f"{where(button)}: text {height} px tall in {area.height()} px")
    return problems


def line_edit_problems(edit: QLineEdit) -> list[str]:
    """Typed text is as tall as the field allows, and a placeholder fits (typed text scrolls, by design)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    area = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    area = area.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
    metrics = edit.fontMetrics()
    problems = []
    if metrics.height() > area.height():
        problems.append(f"{where(edit)}: text {metrics.height()} px tall in {area.height()} px")
    placeholder = edit.placeholderText()
    if not edit.text() and placeholder and metrics.horizontalAdvance(placeholder) > area.width():
        problems.append(f"{where(edit)}: placeholder {metrics.horizontalAdvance(placeholder)} px wide in "
                        f"{area.width()} px")
    return problems


def tab_problems(bar: QTabBar) -> list[str]:
    """Every tab shows its whole title, and every tab is on screen (no scroll arrows hiding some)."""
    problems = []
    for index in range(bar.count()):
        rect, hint = bar.tabRect(index), bar.tabSizeHint(index)
        if rect.width() < hint.width():
            problems.append(f"tab {bar.tabText(index)!r}: {rect.width()} px wide, needs {hint.width()} px")
        if rect.right() > bar.width():
            problems.append(f"tab {bar.tabText(index)!r} lies outside its tab bar")
    return problems


def header_problems(header: QHeaderView) -> list[str]:
    """Column titles fit their columns (as wide as the header itself measures them, style sheet included)."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = header.sectionSizeFromContents(section).width()
        if needed > header.sectionSize(section):
            problems.append(f"column {title!r}: {needed} px wide in {header.sectionSize(section)} px")
    return problems


def text_problems(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return label_problems(widget)
    if isinstance(widget, QAbstractButton):
        return button_problems(widget)
    if isinstance(widget, QLineEdit):
        return line_edit_problems(widget)
    if isinstance(widget, QTabBar):
        return tab_problems(widget)
    if isinstance(widget, QHeaderView):
        return header_problems(widget)
    return []


def touch_problems(widget: QWidget, minimum: int) -> list[str]:
    """Buttons, fields, boxes, tabs and the rows of selectable tables are at least 9 mm in both directions."""
    sizes: list[tuple[str, int]] = []
    if isinstance(widget, (QAbstractButton, QLineEdit, QComboBox)) and widget.isEnabled():
        sizes.append((where(widget), min(widget.width(), widget.height())))
    if isinstance(widget, QTabBar):
        sizes += [(f"tab {widget.tabText(i)!r}", widget.tabRect(i).height()) for i in range(widget.count())]
    if isinstance(widget, QTableView) and widget.selectionMode() != QAbstractItemView.SelectionMode.NoSelection \
            and widget.model() is not None and widget.model().rowCount():
        sizes.append(("table row", widget.rowHeight(0)))
    return [f"{name}: {size} px, a touch target needs {minimum} px" for name, size in sizes if size < minimum]


def clipping_problems(widget: QWidget, window: QWidget) -> list[str]:
    """A widget lies wholly inside the window (a layout squeezed below its minimum pushes it out)."""
    if isinstance(widget, QHeaderView) or any(isinstance(p, QAbstractScrollArea) for p in ancestors(widget)):
        return []
    top_left = widget.mapTo(window, QPoint(0, 0))
    if window.rect().contains(QRect(top_left, widget.size())):
        return []
    return [f"{where(widget)} at {top_left.x()},{top_left.y()} ({widget.width()}×{widget.height()}) lies outside "
            f"the window"]


def overlap_problems(widgets: list[QWidget]) -> list[str]:
    """Texts and controls side by side in one parent never cover each other (a layout squeezed below its
    minimum lays them over one another)."""
    problems = []
    for index, first in enumerate(widgets):
        for second in widgets[index + 1:]:
            if first.parentWidget() is second.parentWidget():
                common = first.geometry().intersected(second.geometry())
                if common.width() > 1 and common.height() > 1:
                    problems.append(f"{where(first)} and {where(second)} overlap by {common.width()}×{common.height()}")
    return problems


def ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def minimum_touch_pixels(window: QWidget) -> int:
    dpi = window.screen().physicalDotsPerInch()
    assert 90 <= dpi <= 300, f"the screen reports {dpi} dpi"
    return round(MIN_TOUCH_MM / 25.4 * dpi)


def screen_problems(window: QWidget) -> list[str]:
    """Every problem of the screen now showing."""
    minimum = minimum_touch_pixels(window)
    problems, controls = [], []
    for widget in window.findChildren(QWidget):
        if not shown(widget) or isinstance(widget.parentWidget(), QTabBar):  # not the tab bar's scroll arrows
            continue
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit, QComboBox, QTabBar, QTableView)):
            problems += clipping_problems(widget, window)
            controls.append(widget)
        problems += text_problems(widget) + touch_problems(widget, minimum)
    return problems + overlap_problems(controls)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits(styled_app: QApplication, tmp_path: Path, size: tuple[int, int], language: str) -> None:
    size_name = f"{size[0]}x{size[1]}"
    found: dict[str, list[str]] = {}
    with demo_window(tmp_path / "demo", language, size) as window:
        for scene in scenes(window):
            show_scene(window, scene, language)
            found[scene.name] = screen_problems(window)
            if window.size().toTuple() != size:  # a page's minimum size is larger than the screen
                found[scene.name].append(f"the window grew to {window.width()}×{window.height()}")
                window.resize(*size)
    known = {scene for scene in found if f"{scene} {size_name} {language}" in KNOWN_FAILURES}
    unexpected = [f"{scene}: {problem}" for scene, problems in found.items() if scene not in known
                  for problem in problems]
    fixed = [f"{scene} {size_name} {language}" for scene in known if not found[scene]]
    assert unexpected == [], f"{size_name} {language}:\n" + "\n".join(unexpected)
    assert fixed == [], f"these known failures are fixed, remove them from KNOWN_FAILURES: {fixed}"


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4
    rgb = QColor(colour)
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF())


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio (1–21)."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_is_computed_as_wcag_defines_it() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast("#1F6FB2", "#1F6FB2") == pytest.approx(1.0)


def test_every_text_colour_of_the_theme_is_readable_on_its_background() -> None:
    pairs = theme.TEXT_PAIRS
    assert len(pairs) >= 5
    weak = {name: round(contrast(fg, bg), 2) for name, fg, bg in pairs if contrast(fg, bg) < MIN_CONTRAST}
    assert weak == {}
