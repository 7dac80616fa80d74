"""Long commands show a progress line with an estimate on a terminal, and nothing anywhere else."""

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli.progress import ProgressLine
from tests.conftest import ATTENDEES_CSV, write_event

ROOT = Path(__file__).resolve().parents[3]


class Terminal(io.StringIO):
    """Standard error as a terminal shows it (the text a real one would receive)."""

    def isatty(self) -> bool:
        return True


class Ticks:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_line_shows_count_share_and_time_left() -> None:
    line = ProgressLine("Importing", stream=Terminal(), clock=Ticks())
    assert line.line(0, 200_000, 0.0) == "Importing  0/200,000  0%"
    assert line.line(50_000, 200_000, 5.0) == "Importing  50,000/200,000  25%  ~15 s left"
    assert line.line(1_000, 2_000, 90.0) == "Importing  1,000/2,000  50%  ~1 min 30 s left"
    assert line.line(2_000, 2_000, 180.0) == "Importing  2,000/2,000  100%"


def test_redrawn_at_most_ten_times_a_second_and_cleared_at_the_end() -> None:
    terminal, ticks = Terminal(), Ticks()
    line = ProgressLine("Writing tickets", stream=terminal, clock=ticks)
    for done in range(1, 101):
        ticks.now += 0.01
        line(done, 100)
    shown = [part.rstrip() for part in terminal.getvalue().split("\r") if part.strip()]
    assert 10 <= len(shown) <= 12 and shown[-1].startswith("Writing tickets  100/100  100%")
    line.finish()
    assert terminal.getvalue().endswith("\r" + " " * len(shown[-1]) + "\r")


@pytest.mark.parametrize("stream", [io.StringIO(), Terminal()], ids=["not a terminal", "turned off"])
def test_silent_when_not_on_a_terminal_or_turned_off(stream: io.StringIO) -> None:
    line = ProgressLine("Importing", stream=stream, enabled=not isinstance(stream, Terminal))
    line(1, 2)
    line.finish()
    assert stream.getvalue() == ""


def _kiosk(stderr: int, folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "kiosk", "--event", str(folder), *args], stdout=subprocess.PIPE,
                          stderr=stderr, cwd=ROOT, timeout=120)


def _on_a_terminal(folder: Path, *args: str) -> tuple[int, bytes]:
    """Run a command with its standard error on a pseudo terminal; its exit code and what the terminal got."""
    controller, terminal = pty.openpty()
    try:
        code = _kiosk(terminal, folder, *args).returncode
        os.close(terminal)
        seen = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal's other end is closed: everything is read
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(controller)
    return code, seen


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.csv").write_text(ATTENDEES_CSV, encoding="utf-8")
    return write_event(tmp_path / "event")


def test_import_shows_progress_on_a_terminal_only(folder: Path) -> None:
    importing = ("import", "attendees", str(folder.parent / "a.csv"))
    code, seen = _on_a_terminal(folder, *importing)
    assert code == 0 and b"Importing  5/5  100%" in seen
    piped = _kiosk(subprocess.PIPE, folder, *importing)
    assert piped.returncode == 0 and piped.stderr == b""
    as_json = _kiosk(subprocess.PIPE, folder, *importing, "--json")
    assert as_json.stdout.lstrip().startswith(b"{") and as_json.stderr == b""


def test_tickets_count_qr_codes_and_pdfs(folder: Path) -> None:
    assert _kiosk(subprocess.PIPE, folder, "import", "attendees", str(folder.parent / "a.csv")).returncode == 0
    code, seen = _on_a_terminal(folder, "tickets", "--out", str(folder.parent / "t"), "--pdf")
    assert code == 0 and b"Writing tickets  8/8  100%" in seen  # four valid tickets: a QR code and a PDF each
    piped = _kiosk(subprocess.PIPE, folder, "tickets", "--out", str(folder.parent / "t"), "--pdf")
    assert piped.returncode == 0 and piped.stderr == b""
