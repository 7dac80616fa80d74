"""Brother QL label printers directly (raster over the network or USB, no driver) through the optional
package brother-ql-next, imported only when it is used.

The badge PDF is rasterised at the printer's 300 dpi with its short side across the tape, so a
100 x 62 mm layout prints on 62 mm tape (continuous or 62x100 die-cut). A label printer keeps no job
list: `already_sent` cannot know, and a job cut off by a crash right after sending prints once more.
"""

import re
from pathlib import Path
from types import ModuleType
from typing import Any

from kiosk.printing.base import PageSize, PrinterInfo, PrintError
from kiosk.printing.raster import rasterise

MISSING = "Brother QL printing needs the optional package brother-ql-next (pip install brother-ql-next)"
FORM = "brother:MODEL:ADDRESS:LABEL"
USAGE = f"{FORM}, e.g. brother:QL-820NWB:tcp://192.168.1.20:62"
TOLERANCE_MM = 2.0
_LABEL = re.compile(r"[a-z]*\d{2,3}(x\d{2,3})?[a-z]*")


class BrotherQlBackend:
    """A Brother QL printer: its model (QL-820NWB), address (tcp://HOST[:PORT], usb://…, file:///dev/usb/lp0)
    and the label loaded (62, 62x100, … as brother_ql names them)."""

    def __init__(self, model: str, identifier: str, label: str) -> None:
        self.model, self.identifier, self.label = model, identifier, label
        self.name = f"brother:{model}:{identifier}:{label}"

    def send(self, job_id: str, pdf: bytes, page_size_mm: PageSize) -> None:
        """Rasterise and print; raises PrintError if the package is missing or the printer says no."""
        ql = _library()
        label = ql.labels.LabelsManager().get(self.label)
        if label is None:
            raise PrintError(f"brother_ql knows no label {self.label!r}")
        if ql.models.ModelsManager().get(self.model) is None:
            raise PrintError(f"brother_ql knows no printer model {self.model!r}")
        endless = label.form_factor == ql.labels.FormFactor.ENDLESS
        _check_fits(page_size_mm, label, endless)
        images = _rasterise(pdf, label, endless)
        try:
            raster = ql.raster.BrotherQLRaster(self.model)
            instructions = ql.conversion.convert(raster, images, self.label, rotate=0, cut=True)
            status = ql.backends.helpers.send(instructions, printer_identifier=self.identifier, blocking=True)
        except Exception as error:  # the library raises anything from OSError to USBError and ValueError
            raise PrintError(f"the Brother QL at {self.identifier} did not print: {error or type(error).__name__}"
                             ) from error
        if status.get("outcome") == "error":
            errors = (status.get("printer_state") or {}).get("errors") or ["an error"]
            raise PrintError(f"the Brother QL at {self.identifier} reports {', '.join(errors)}")

    def already_sent(self, job_id: str) -> bool:
        """A label printer keeps no job list: always False."""
        return False


def from_spec(rest: str, event_folder: Path) -> BrotherQlBackend:
    """`brother:MODEL:ADDRESS:LABEL`; the label is the last part, so an address may have a port."""
    model, _, place = rest.partition(":")
    identifier, _, label = place.rpartition(":")
    if not (model and identifier and _LABEL.fullmatch(label)):
        raise PrintError(f"a Brother QL printer is {USAGE}; got brother:{rest}")
    return BrotherQlBackend(model, identifier, label)


def discover(event_folder: Path) -> list[PrinterInfo]:
    """Whether direct Brother QL printing works here (network printers cannot be listed)."""
    try:
        _library()
    except PrintError as error:
        return [PrinterInfo("brother", str(error), False)]
    return [PrinterInfo("brother", f"Brother QL label printer: {USAGE}", True)]


def _library() -> ModuleType:
    """The brother_ql package with the modules printing uses."""
    try:
        import brother_ql.backends.helpers
        import brother_ql.conversion
        import brother_ql.labels
        import brother_ql.models
        import brother_ql.raster
    except ImportError as error:
        raise PrintError(MISSING) from error
    return brother_ql


def _check_fits(page_size_mm: PageSize, label: Any, endless: bool) -> None:
    short, long = sorted(page_size_mm)
    tape_width, tape_length = label.tape_size
    fits = abs(short - tape_width) <= TOLERANCE_MM and (endless or abs(long - tape_length) <= TOLERANCE_MM)
    if not fits:
        raise PrintError(f"a {short:g} x {long:g} mm badge does not fit the {label.identifier} label: "
                         "choose a layout of the label's size")


def _rasterise(pdf: bytes, label: Any, endless: bool) -> list[Any]:
    """Each page at 300 dpi, its short side across the tape (die-cut labels get exactly their dots)."""
    across = label.dots_printable[0]
    images = rasterise(pdf, lambda size: across / min(size))
    upright = [image.rotate(90, expand=True) if image.width > image.height else image for image in images]
    return upright if endless else [image.resize(label.dots_printable) for image in upright]
