"""Printer specs to backends: `pdf`, `pdf:FOLDER`, `cups:QUEUE`, `brother:MODEL:ADDRESS:LABEL`, and the kinds
a front end registers (the Qt one adds `system:PRINTER NAME`).

A spec is `SCHEME[:REST]`; `register_backend` teaches `backend_for` a scheme and, optionally, how to list
such printers for the staff screen (`discover_printers`).
"""

import contextlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.printing import brother, cups
from kiosk.printing.base import Backend, PageSize, PrinterInfo, PrintError
from kiosk.printing.brother import BrotherQlBackend
from kiosk.printing.cups import CupsBackend

__all__ = ["Backend", "BrotherQlBackend", "CupsBackend", "PdfFolderBackend", "PrintError", "PrinterInfo",
           "backend_for", "discover_printers", "register_backend"]

PRINTED_FOLDER = "printed"
_JOB_ID = r"(test-)?[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"  # a job's UUID; `kiosk print-test` adds "test-"
_JOB_FILE = re.compile(rf"{_JOB_ID}\.pdf|\.{_JOB_ID}\.pdf\.tmp")  # see PdfFolderBackend.path and .send
Factory = Callable[[str, Path], Backend]  # (the spec after "SCHEME:", the event folder) -> backend
Discoverer = Callable[[Path], list[PrinterInfo]]  # the event folder -> printers of that kind


class PdfFolderBackend:
    """Print to files: `<job id>.pdf` in a folder, written whole (temp file, then rename) and only once."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.name = f"pdf:{folder}"

    def path(self, job_id: str) -> Path:
        """Where the job's PDF goes."""
        return self.folder / f"{job_id}.pdf"

    def send(self, job_id: str, pdf: bytes, page_size_mm: PageSize) -> None:
        """Write the file unless the job has one already; raises PrintError if the folder cannot take it."""
        target = self.path(job_id)
        if target.exists():
            return
        temporary = self.folder / f".{job_id}.pdf.tmp"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(pdf)
            os.replace(temporary, target)
        except OSError as error:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            raise PrintError(f"cannot write {target}: {error.strerror or error}") from error

    def already_sent(self, job_id: str) -> bool:
        """Whether the job's file is there (a rename makes it appear only when complete)."""
        return self.path(job_id).exists()

    def written_files(self) -> list[Path]:
        """The PDFs this backend wrote into its folder (named by job id, or `test-` and an id for a test page)
        and leftovers of interrupted writes; never other files that share the folder."""
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if _JOB_FILE.fullmatch(p.name) and p.is_file())


@dataclass(frozen=True)
class _Kind:
    factory: Factory
    discover: Discoverer | None
    usage: str


_KINDS: dict[str, _Kind] = {}


def register_backend(scheme: str, factory: Factory, discover: Discoverer | None = None, usage: str = "") -> None:
    """Teach `backend_for` the specs `SCHEME:…`: `factory(rest, event_folder)` builds the backend (raising
    PrintError for a bad spec), `discover(event_folder)` lists such printers, `usage` shows the form."""
    _KINDS[scheme.casefold()] = _Kind(factory, discover, usage or f"{scheme}:…")


def backend_for(spec: str, event_folder: Path) -> Backend:
    """The backend a printer spec names; PrintError saying what is wrong with a bad one."""
    scheme, _, rest = spec.strip().partition(":")
    kind = _KINDS.get(scheme.casefold())
    if kind is None:
        forms = ", ".join(k.usage for k in _KINDS.values())
        raise PrintError(f"unknown printer {spec!r}: a printer is one of {forms}")
    return kind.factory(rest, event_folder)


def discover_printers(event_folder: Path) -> list[PrinterInfo]:
    """Every printer this machine offers, by kind, unavailable ones with the reason."""
    return [info for kind in _KINDS.values() if kind.discover for info in kind.discover(event_folder)]


def _pdf_folder(rest: str, event_folder: Path) -> PdfFolderBackend:
    """`pdf` prints to `<event>/printed/`; `pdf:FOLDER` to that folder (relative to the event folder)."""
    return PdfFolderBackend(event_folder / Path(rest or PRINTED_FOLDER).expanduser())


def _discover_pdf(event_folder: Path) -> list[PrinterInfo]:
    return [PrinterInfo("pdf", f"PDF files in {event_folder / PRINTED_FOLDER}", True)]


register_backend("pdf", _pdf_folder, _discover_pdf, "pdf, pdf:FOLDER")
register_backend("cups", cups.from_spec, cups.discover, "cups:QUEUE")
register_backend("brother", brother.from_spec, brother.discover, brother.FORM)
