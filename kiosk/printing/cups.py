"""Printing through CUPS: `lp -d QUEUE -t JOB_ID -o media=Custom.WxHmm`, the PDF on standard input.

The job id travels as the CUPS job's title. `lpstat` never shows titles, so `already_sent` asks CUPS for
the titles of all the queue's jobs (completed ones too) with `ipptool` (Debian: cups-ipp-utils); without
it the answer is "not sent", and a job cut off by a crash right after `lp` may print once more.
"""

import getpass
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from kiosk.printing.base import PageSize, PrinterInfo, PrintError

TIMEOUT_S = 30
NOT_INSTALLED = "CUPS is not installed (no lp command): install cups, or choose another printer"
_QUEUE = re.compile(r"[^\s/#:]+")
_GET_JOB_TITLES = """{
    OPERATION Get-Jobs
    GROUP operation-attributes-tag
    ATTR charset attributes-charset utf-8
    ATTR language attributes-natural-language en
    ATTR uri printer-uri $uri
    ATTR name requesting-user-name $user
    ATTR keyword which-jobs all
    ATTR keyword requested-attributes job-name
    STATUS successful-ok
    DISPLAY job-name
}
"""


class CupsBackend:
    """A CUPS queue."""

    def __init__(self, queue: str) -> None:
        self.queue = queue
        self.name = f"cups:{queue}"

    def send(self, job_id: str, pdf: bytes, page_size_mm: PageSize) -> None:
        """Hand the PDF to CUPS; raises PrintError if CUPS is missing or refuses it."""
        lp = shutil.which("lp")
        if lp is None:
            raise PrintError(NOT_INSTALLED)
        width, height = (f"{round(side, 1):g}" for side in page_size_mm)
        media = f"media=Custom.{width}x{height}mm"
        result = _run([lp, "-d", self.queue, "-t", job_id, "-o", media], pdf)
        if result.returncode != 0:
            raise PrintError(f"CUPS did not take the job for {self.queue}: {_said(result)}")

    def already_sent(self, job_id: str) -> bool:
        """Whether a job of this queue, waiting or completed, has the job id as its title."""
        ipptool = shutil.which("ipptool")
        if ipptool is None:
            return False
        with tempfile.TemporaryDirectory(prefix="kiosk-cups-") as folder:
            test = Path(folder) / "job-titles.test"
            test.write_text(_GET_JOB_TITLES, encoding="utf-8")
            result = _run([ipptool, "-c", "-d", f"user={getpass.getuser()}",
                           f"ipp://localhost/printers/{self.queue}", str(test)])
        return result.returncode == 0 and job_id in result.stdout.decode(errors="replace").splitlines()


def from_spec(rest: str, event_folder: Path) -> CupsBackend:
    """`cups:QUEUE`."""
    if not _QUEUE.fullmatch(rest):
        raise PrintError(f"a CUPS printer is cups:QUEUE with the queue's name, not cups:{rest!r}")
    return CupsBackend(rest)


def discover(event_folder: Path) -> list[PrinterInfo]:
    """The CUPS queues (`lpstat -e`), or why there are none."""
    lpstat = shutil.which("lpstat")
    if shutil.which("lp") is None or lpstat is None:
        return [PrinterInfo("cups", NOT_INSTALLED, False)]
    try:
        result = _run([lpstat, "-e"])
    except PrintError as error:
        return [PrinterInfo("cups", str(error), False)]
    if result.returncode != 0:
        return [PrinterInfo("cups", f"CUPS does not answer: {_said(result)}", False)]
    queues = result.stdout.decode(errors="replace").split()
    return [PrinterInfo(f"cups:{queue}", f"CUPS queue {queue}", True) for queue in queues]


def _run(command: list[str], data: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(command, input=data, capture_output=True, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as error:
        raise PrintError(f"CUPS did not answer within {TIMEOUT_S} s") from error
    except OSError as error:
        raise PrintError(f"cannot run {command[0]}: {error.strerror}") from error


def _said(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stderr.decode(errors="replace").strip() or f"exit status {result.returncode}"
