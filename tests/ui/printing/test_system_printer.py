"""The `system` backend paints the badge PDF through Qt; Qt's PDF writer stands in for the printer."""

from pathlib import Path

import pypdfium2
import pytest

from kiosk.badges import render_badges
from kiosk.badges.data import badge_data, layout_named
from kiosk.event.folder import Event
from kiosk.printing.backends import PrintError, backend_for
from ui.printing import system_printer
from ui.printing.system_printer import SystemPrinterBackend


def test_prints_the_badge_full_page_at_the_layout_size(qtbot, event: Event, tmp_path: Path) -> None:
    layout = layout_named(event.config, "a6")
    pdf = render_badges(layout, [badge_data(event.store, event.config, 1)]).pdf
    recorded = tmp_path / "printer-out.pdf"
    SystemPrinterBackend("Fake", output_file=recorded).send("job-1", pdf, (105.0, 148.0))
    document = pypdfium2.PdfDocument(recorded.read_bytes())
    width, height = document[0].get_size()
    assert len(document) == 1 and round(width / 72 * 25.4) == 105 and round(height / 72 * 25.4) == 148
    image = document[0].render(scale=0.5).to_pil().convert("L")
    assert image.getextrema()[0] < 50, "the page is blank"
    document.close()


def test_unknown_printer_is_a_clear_error(qtbot, event: Event) -> None:
    system_printer.register()
    backend = backend_for("system:No Such Printer", event.folder)
    with pytest.raises(PrintError, match="not installed"):
        backend.send("job-2", b"%PDF-1.4", (105.0, 148.0))
    with pytest.raises(PrintError, match="rasterised"):
        SystemPrinterBackend("Fake", output_file=event.folder / "x.pdf").send("job-3", b"not a pdf", (50.0, 80.0))
    with pytest.raises(PrintError, match="system:PRINTER NAME"):
        backend_for("system:", event.folder)
