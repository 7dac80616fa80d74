"""Helpers to read back what a PDF shows and to check laid-out boxes."""

from __future__ import annotations

import unicodedata

import pypdfium2

from kiosk.badges.fonts import is_ignorable
from kiosk.badges.items import Rect
from kiosk.badges.plan import BadgePlan

_MIRRORED = str.maketrans(")]}>»›", "([{<«‹")


def page_texts(pdf: bytes) -> list[str]:
    """The text PDFium extracts from each page."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def page_object_types(pdf: bytes, page: int = 0) -> list[int]:
    """PDFium object types on a page (1 text, 2 path, 3 image, 5 form)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [obj.type for obj in document[page].get_objects()]
    finally:
        document.close()


def flat(text: str) -> str:
    """Text reduced to what extraction can compare: NFKC, no spaces or invisible format characters.

    PDFium reports a line-final hyphen as U+FFFE and mirrors brackets it finds in right-to-left text,
    so brackets compare without their direction. reportlab writes ToUnicode entries for characters
    beyond the BMP (emoji) wrongly, so those are left out of comparisons; their glyphs are checked
    from the plan instead.
    """
    text = unicodedata.normalize("NFKC", text.replace("\ufffe", "-")).translate(_MIRRORED)
    return "".join(ch for ch in text if not ch.isspace() and not is_ignorable(ch) and ord(ch) <= 0xFFFF)


def assert_boxes_contained(plan: BadgePlan) -> None:
    """Every item lies inside its element, elements inside their face, different elements apart."""
    for face in plan.faces:
        page = Rect(0.0, 0.0, face.width, face.height)
        for rect in face.element_rects:
            assert page.contains(rect), (rect, page)
        for item in face.items:
            assert face.element_rects[item.element].contains(item.box), (item, face.element_rects[item.element])
        for i, a in enumerate(face.items):
            for b in face.items[i + 1 :]:
                if a.element != b.element:
                    assert not a.box.overlaps(b.box), (a, b)
