"""Badge rendering speed, measured on generated data (the app's `kiosk bench` calls `measure`).

Figures: one A6 badge (QR, logo, three topics) to PDF bytes, p50 and p99; 2,000 badges (or the batch size
asked for) on 8xA7 A4 sheets; and the ratio of our time over drawing the same page with bare reportlab calls
(drawString at the positions our layout chose, and the same QR as one path) in the same run.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from kiosk.badges import BadgeData, Layout, Topic, load_layout, plan_badge, render_badges
from kiosk.badges.items import ImageItem, QRItem, ShapeItem, TextItem
from kiosk.badges.plan import BadgePlan
from kiosk.badges.qr import module_runs, qr_matrix
from kiosk.badges.render import logo_reader, page_size

_FIRST = ("Anna-Lena", "Jürgen", "Özlem", "Łukasz", "Søren", "Chloé", "Dmitri", "Ioana")
_LAST = ("Müller-Lüdenscheidt", "Schmidt", "Yılmaz", "Kowalczyk", "Ødegård", "Lefèvre", "Ivanov")
_TOPICS = (
    Topic("Pflege", "#2e86de", "offer"),
    Topic("KI in der Medizin", "#27ae60", "offer"),
    Topic("Ehrenamt", "#8e44ad", "seek"),
)


def sample_badge(i: int) -> BadgeData:
    """A realistic attendee with QR code and three topics."""
    return BadgeData(
        fields={
            "title": "Dr." if i % 5 == 0 else "",
            "first_name": _FIRST[i % len(_FIRST)],
            "last_name": _LAST[i % len(_LAST)],
            "organisation": f"Universitätsklinikum Standort {i % 37}",
            "category": ("Teilnehmer", "Referentin", "Presse")[i % 3],
            "event_name": "Regionalkongress Nord 2025",
            "event_date": "12.–13. September 2025",
        },
        code=f"K7Q2M9X4B8C{i:06d}",
        role_colour=("#c0392b", "#2e86de", "#16a085")[i % 3],
        topics=_TOPICS,
    )


def sample_logo(folder: Path) -> Path:
    """A 600x200 PNG logo with transparency."""
    image = Image.new("RGBA", (600, 200), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 20, 160, 180), 30, fill=(20, 90, 160, 255))
    draw.rectangle((190, 60, 580, 90), fill=(20, 90, 160, 255))
    draw.rectangle((190, 110, 480, 140), fill=(120, 120, 120, 255))
    path = folder / "logo.png"
    image.save(path)
    return path


def bare_page(layout: Layout, template: BadgePlan, badge: BadgeData, logo: ImageReader) -> bytes:
    """The same page with plain canvas calls: texts at the template's places, shapes, logo, QR path."""
    out = io.BytesIO()
    c = Canvas(out, pagesize=page_size(layout), invariant=1, pageCompression=1)
    face = template.faces[0]
    for item in face.items:
        if isinstance(item, TextItem):
            c.setFillColor(item.colour)
            c.setFont(item.line.runs[0].font.name, item.size)
            c.drawString(item.x, item.baseline, item.line.text)
        elif isinstance(item, ShapeItem):
            c.setFillColor(item.fill or "#ffffff")
            c.roundRect(item.box.x, item.box.y, item.box.w, item.box.h, item.radius, stroke=0, fill=1)
        elif isinstance(item, ImageItem):
            c.drawImage(logo, item.box.x, item.box.y, item.box.w, item.box.h)
        elif isinstance(item, QRItem):
            matrix = qr_matrix(badge.code)
            module = item.box.w / len(matrix)
            path = c.beginPath()
            for row, col, length in module_runs(matrix):
                path.rect(item.box.x + col * module, item.box.top - (row + 1) * module, length * module, module)
            c.setFillColor("#000000")
            c.drawPath(path, stroke=0, fill=1)
    c.showPage()
    c.save()
    return out.getvalue()


def _seconds(action: Callable[..., object], *args: object) -> float:
    start = time.perf_counter()
    action(*args)
    return time.perf_counter() - start


def measure(iterations: int = 200, batch_size: int = 2000) -> dict[str, float]:
    """Speed figures in ms / s; the batch figure is named by its size (`badge_batch_2000_s`)."""
    with tempfile.TemporaryDirectory() as folder:
        logo = sample_logo(Path(folder))
        a6, sheet = load_layout("a6"), load_layout("a7_8up_a4")
        badges = [sample_badge(i) for i in range(max(iterations, 1))]
        template = plan_badge(a6, badges[0], logo)
        image = next(item for item in template.faces[0].items if isinstance(item, ImageItem))
        reader = logo_reader(image.path, image.box.w)
        for badge in badges[:5]:  # warm the font and shaping caches
            render_badges(a6, [badge], logo)
            bare_page(a6, template, badge, reader)
        ours, bare = [], []
        for badge in badges:
            ours.append(_seconds(render_badges, a6, [badge], logo))
            bare.append(_seconds(bare_page, a6, template, badge, reader))
        ours.sort()
        batch = [sample_badge(i) for i in range(batch_size)]
        batch_seconds = _seconds(render_badges, sheet, batch, logo)
    return {
        "badge_p50_ms": statistics.median(ours) * 1000,
        "badge_p99_ms": ours[min(len(ours) - 1, round(0.99 * (len(ours) - 1)))] * 1000,
        f"badge_batch_{batch_size}_s": batch_seconds,
        "badge_vs_bare_ratio": statistics.median(ours) / statistics.median(bare),
    }


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value:.2f}")
