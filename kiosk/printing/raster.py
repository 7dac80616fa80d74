"""PDF pages to images with PDFium — one thread at a time, because PDFium is not thread-safe."""

import threading
from collections.abc import Callable

from PIL.Image import Image

_PDFIUM = threading.Lock()


def rasterise(pdf: bytes, scale_for: Callable[[tuple[float, float]], float], first_only: bool = False) -> list[Image]:
    """Render the pages of a PDF; `scale_for(page size in points)` gives pixels per point for each page."""
    import pypdfium2  # only previews and raster printers need it

    with _PDFIUM:
        document = pypdfium2.PdfDocument(pdf)
        try:
            pages = [document[0]] if first_only else list(document)
            return [page.render(scale=scale_for(page.get_size())).to_pil() for page in pages]
        finally:
            document.close()
