"""`system:PRINTER NAME`: printing through Qt to a printer installed on this machine, silently (no dialog).

PDFium rasterises each page at the printer's resolution and Qt paints it full-page at the layout's size.
"""

from pathlib import Path

from PySide6.QtCore import QRect, QSizeF
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.printing.backends import PrinterInfo, PrintError, register_backend
from kiosk.printing.base import PageSize
from kiosk.printing.raster import rasterise

MM_PER_INCH = 25.4


class SystemPrinterBackend:
    """One installed printer. `output_file` turns it into Qt's PDF writer (for tests and dry runs)."""

    def __init__(self, printer_name: str, output_file: Path | None = None) -> None:
        self.printer_name = printer_name
        self.output_file = output_file
        self.name = f"system:{printer_name}"

    def send(self, job_id: str, pdf: bytes, page_size_mm: PageSize) -> None:
        """Paint every page of the PDF onto the printer; raises PrintError if it cannot take the job."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.output_file is not None:
            printer.setOutputFileName(str(self.output_file))
        elif QPrinterInfo.printerInfo(self.printer_name).isNull():
            raise PrintError(f"printer {self.printer_name!r} is not installed on this machine")
        else:
            printer.setPrinterName(self.printer_name)
        printer.setDocName(job_id)
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(QSizeF(*page_size_mm), QPageSize.Unit.Millimeter))
        dots_per_mm = printer.resolution() / MM_PER_INCH
        try:
            pages = rasterise(pdf, lambda points: page_size_mm[0] * dots_per_mm / points[0])
        except Exception as error:  # PDFium's own error type; the job is retried and staff see why
            raise PrintError(f"the badge could not be rasterised: {error}") from error
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(f"printer {self.printer_name!r} did not accept the job (off, or paused?)")
        try:
            for number, page in enumerate(pages):
                if number and not printer.newPage():
                    raise PrintError(f"printer {self.printer_name!r} stopped after page {number}")
                image = QImage(page.convert("RGB").tobytes(), page.width, page.height, page.width * 3,
                               QImage.Format.Format_RGB888)
                painter.drawImage(QRect(0, 0, printer.width(), printer.height()), image)
        finally:
            painter.end()

    def already_sent(self, job_id: str) -> bool:
        """Qt cannot look into the system's queue: a job interrupted by a crash is printed again."""
        return False


def _from_spec(rest: str, event_folder: Path) -> SystemPrinterBackend:
    if not rest.strip():
        raise PrintError("a system printer is given as system:PRINTER NAME")
    return SystemPrinterBackend(rest.strip())


def _discover(event_folder: Path) -> list[PrinterInfo]:
    return [PrinterInfo(f"system:{name}", f"{name} (installed printer)", True)
            for name in QPrinterInfo.availablePrinterNames()]


def register() -> None:
    """Make `system:…` printer specs available (the Qt front end calls this at start)."""
    register_backend("system", _from_spec, _discover, "system:PRINTER NAME")
