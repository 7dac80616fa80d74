"""Drawing laid-out badges with the reportlab canvas: PDFs with one or many badges, PNG previews."""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from PIL import Image as PILImage
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from kiosk.badges.colour import colour_or_grey
from kiosk.badges.items import MM, ImageItem, Item, QRItem, Rect, ShapeItem, TextItem
from kiosk.badges.layout import Layout
from kiosk.badges.model import BadgeData, RenderResult
from kiosk.badges.plan import BadgePlan, plan_badge
from kiosk.badges.qr import path_code
from kiosk.badges.text import MISSING_ADVANCE, MISSING_INK
from kiosk.printing.raster import rasterise

_LOGO_DPI = 300
_MARK_LENGTH = 2.5 * MM
_MARK_COLOUR = "#888888"
_QR_COLOUR = "#000000"


@functools.lru_cache(maxsize=256)
def _colour(value: str) -> Color:
    return HexColor(colour_or_grey(value))


def logo_reader(path: Path, width: float) -> ImageReader:
    """The logo for a box `width` pt wide: flattened on white, at most 300 dpi, as a JPEG that reportlab
    embeds as it is (cached while the file is unchanged)."""
    return _logo(path, path.stat().st_mtime, max(1, round(width / 72 * _LOGO_DPI)))


@functools.lru_cache(maxsize=16)
def _logo(path: Path, mtime: float, width_px: int) -> ImageReader:
    with PILImage.open(path) as image:
        image = image.convert("RGBA")
        flat = PILImage.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A"))
    if flat.width > width_px:
        flat = flat.resize((width_px, max(1, round(flat.height * width_px / flat.width))), PILImage.LANCZOS)
    data = io.BytesIO()
    flat.save(data, "JPEG", quality=92)
    data.seek(0)
    return ImageReader(data)


class _PathCode:
    """A path given as ready PDF operators; `Canvas.drawPath` takes any object with getCode()."""

    def __init__(self, code: str) -> None:
        self.code = code

    def getCode(self) -> str:
        return self.code


class _Painter:
    """Draws plans on one canvas; images are embedded once per document and reused as forms."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self._forms: dict[tuple[Path, float], str] = {}

    def shape(self, item: ShapeItem) -> None:
        c, lw = self.c, item.line_width
        box = item.box.inset(lw / 2, lw / 2)
        if item.fill:
            c.setFillColor(_colour(item.fill))
        if item.stroke:
            c.setStrokeColor(_colour(item.stroke))
            c.setLineWidth(lw)
        c.roundRect(
            box.x, box.y, box.w, box.h, max(item.radius - lw / 2, 0), stroke=bool(item.stroke), fill=bool(item.fill)
        )

    def missing(self, x: float, baseline: float, size: float, count: int) -> None:
        """A crossed box for each character no font has: visibly not a real letter."""
        c = self.c
        x0, y0, x1, y1 = MISSING_INK
        lw = 0.05 * size
        c.setLineWidth(lw)
        for i in range(count):
            left = x + (i * MISSING_ADVANCE + x0) * size + lw / 2
            right = left + (x1 - x0) * size - lw
            bottom, top = baseline + y0 * size + lw / 2, baseline + y1 * size - lw / 2
            c.rect(left, bottom, right - left, top - bottom, stroke=1, fill=0)
            c.line(left, bottom, right, top)
            c.line(left, top, right, bottom)

    def text(self, item: TextItem) -> None:
        c = self.c
        colour = _colour(item.colour)
        c.setFillColor(colour)
        text = c.beginText()
        pen = item.x
        boxes = []
        for run in item.line.runs:
            if run.font is None:
                boxes.append((pen, len(run.text)))
            else:
                text.setFont(run.font.name, item.size)
                text.setTextOrigin(pen, item.baseline)
                if run.embolden:
                    c.setLineWidth(run.embolden * item.size)
                    c.setStrokeColor(colour)
                    text.setTextRenderMode(2)  # fill and stroke: faux bold
                text.textOut(run.draw)
                if run.embolden:
                    text.setTextRenderMode(0)
            pen += run.width * item.size
        c.drawText(text)
        if boxes:
            c.setStrokeColor(colour)
            for x, count in boxes:
                self.missing(x, item.baseline, item.size, count)

    def qr(self, item: QRItem) -> None:
        """All dark modules as one path of rectangles, in module units (row 0 at the top)."""
        c = self.c
        module = item.box.w / len(item.matrix)
        path = _PathCode(path_code(item.matrix))
        c.saveState()
        c.translate(item.box.x, item.box.top)
        c.scale(module, -module)
        c.setFillColor(_colour(_QR_COLOUR))
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()

    def image(self, item: ImageItem) -> None:
        c = self.c
        key = (item.path, round(item.box.w, 3))
        name = self._forms.get(key)
        if name is None:
            name = self._forms[key] = f"image{len(self._forms)}"
            c.beginForm(name, 0, 0, 1, 1)
            c.drawImage(logo_reader(item.path, item.box.w), 0, 0, 1, 1)
            c.endForm()
        c.saveState()
        c.translate(item.box.x, item.box.y)
        c.scale(item.box.w, item.box.h)
        c.doForm(name)
        c.restoreState()

    def item(self, item: Item) -> None:
        if isinstance(item, TextItem):
            self.text(item)
        elif isinstance(item, ShapeItem):
            self.shape(item)
        elif isinstance(item, QRItem):
            self.qr(item)
        else:
            self.image(item)

    def badge(self, layout: Layout, plan: BadgePlan, x: float, y: float) -> None:
        """Draw a planned badge with its card's lower-left corner at (x, y) pt."""
        c = self.c
        for face in plan.faces:
            box = face.face.box
            c.saveState()
            c.translate(x + box.x * MM, y + (layout.height - box.y - box.h) * MM)
            if face.face.rotate == 180:
                c.translate(face.width, face.height)
                c.rotate(180)
            for item in face.items:
                self.item(item)
            c.restoreState()
        if layout.fold:
            self.fold_ticks(layout, x, y)

    def tick(self, x: float, y: float, dx: float, dy: float) -> None:
        self.c.line(x, y, x + dx, y + dy)

    def fold_ticks(self, layout: Layout, x: float, y: float) -> None:
        """Short ticks at both edges where two faces meet, to show where to fold."""
        self.c.setStrokeColor(_colour(_MARK_COLOUR))
        self.c.setLineWidth(0.4)
        width = layout.width * MM
        for fold_y in sorted({face.box.y for face in layout.faces} - {0.0}):
            fold = y + (layout.height - fold_y) * MM
            self.tick(x, fold, _MARK_LENGTH, 0)
            self.tick(x + width, fold, -_MARK_LENGTH, 0)

    def cut_marks(self, cards: list[Rect]) -> None:
        """A small cross at every card corner, marking the cut lines outside the cards' content."""
        self.c.setStrokeColor(_colour(_MARK_COLOUR))
        self.c.setLineWidth(0.3)
        corners = {(round(x, 3), round(y, 3)) for r in cards for x in (r.x, r.right) for y in (r.y, r.top)}
        for x, y in sorted(corners):
            self.tick(x - _MARK_LENGTH, y, 2 * _MARK_LENGTH, 0)
            self.tick(x, y - _MARK_LENGTH, 0, 2 * _MARK_LENGTH)


def slots(layout: Layout) -> list[Rect]:
    """Where the cards go on one page (pt, lower-left corners), in reading order."""
    w, h = layout.width * MM, layout.height * MM
    sheet = layout.sheet
    if sheet is None:
        return [Rect(0.0, 0.0, w, h)]
    gap = sheet.gap * MM
    left = (sheet.page_w * MM - (sheet.cols * w + (sheet.cols - 1) * gap)) / 2
    top = (sheet.page_h * MM + (sheet.rows * h + (sheet.rows - 1) * gap)) / 2
    return [
        Rect(left + col * (w + gap), top - (row + 1) * h - row * gap, w, h)
        for row in range(sheet.rows)
        for col in range(sheet.cols)
    ]


def page_size(layout: Layout) -> tuple[float, float]:
    """The PDF page size in pt: the sheet's, or the card's."""
    if layout.sheet is not None:
        return layout.sheet.page_w * MM, layout.sheet.page_h * MM
    return layout.width * MM, layout.height * MM


def render_plans(layout: Layout, plans: Iterable[BadgePlan]) -> RenderResult:
    """Draw laid-out badges into one PDF: a card per page, or several per page on sheet layouts."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=page_size(layout), invariant=1, pageCompression=1)
    canvas.setTitle(f"Badges ({layout.name})")
    painter = _Painter(canvas)
    cards = slots(layout)
    missing: set[str] = set()
    placed = 0
    for plan in plans:
        card = cards[placed % len(cards)]
        painter.badge(layout, plan, card.x, card.y)
        missing.update(plan.missing)
        placed += 1
        if placed % len(cards) == 0:
            _finish_page(painter, layout, cards)
    if placed == 0:
        raise ValueError("no badges to render")
    if placed % len(cards):
        _finish_page(painter, layout, cards[: placed % len(cards)])
    canvas.save()
    return RenderResult(out.getvalue(), frozenset(missing))


def _finish_page(painter: _Painter, layout: Layout, cards: list[Rect]) -> None:
    if layout.sheet is not None:
        painter.cut_marks(cards)
    painter.c.showPage()


def render_badges(layout: Layout, badges: Sequence[BadgeData], logo: Path | None = None) -> RenderResult:
    """All badges in one PDF: one card per page, or several per page with cut marks on sheet layouts."""
    return render_plans(layout, (plan_badge(layout, badge, logo) for badge in badges))


def render_preview(layout: Layout, badge: BadgeData, dpi: int = 150,
                   logo: Path | None = None) -> tuple[bytes, frozenset[str]]:
    """One badge (the card alone, even for sheet layouts) as a PNG, rasterised by PDFium, and the
    characters no bundled font could draw."""
    result = render_badges(replace(layout, sheet=None), [badge], logo)
    image = rasterise(result.pdf, lambda _: dpi / 72, first_only=True)[0]
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue(), result.missing_chars


def render_preview_png(layout: Layout, badge: BadgeData, dpi: int = 150, logo: Path | None = None) -> bytes:
    """One badge (the card alone, even for sheet layouts) as a PNG."""
    return render_preview(layout, badge, dpi, logo)[0]
