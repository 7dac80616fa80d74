"""What every printer backend is: how it is asked to print, how it fails, and what discovery reports."""

from dataclasses import dataclass
from typing import Protocol

PageSize = tuple[float, float]  # width, height in mm


class PrintError(Exception):
    """A printer did not take a job, or a printer spec is unusable; the message says why, for staff."""


class Backend(Protocol):
    """Something a print job can be sent to. `send` returns once the printer (system) has the job."""

    name: str

    def send(self, job_id: str, pdf: bytes, page_size_mm: PageSize) -> None:
        """Print the PDF (the job id goes along where the printer system keeps one); raises PrintError."""
        ...

    def already_sent(self, job_id: str) -> bool:
        """Whether the backend has this job already (asked after a crash between sending and recording it,
        and before a retry); raises PrintError when it cannot tell."""
        ...


@dataclass(frozen=True)
class PrinterInfo:
    """A printer the staff screen can offer: its spec for event.toml, what it is, and whether it works here."""

    spec: str
    description: str
    available: bool
