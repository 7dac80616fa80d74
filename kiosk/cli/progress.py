"""A one-line progress report with an estimate of the time left, on standard error when it is a terminal."""

import sys
import time
from collections.abc import Callable
from typing import TextIO

ProgressCallback = Callable[[int, int], None]  # (done, total)
REDRAW_S = 0.1


def _duration(seconds: float) -> str:
    whole = max(1, round(seconds))
    return f"{whole // 60} min {whole % 60:02d} s" if whole >= 60 else f"{whole} s"


class ProgressLine:
    """Call it with (done, total) as the work goes on; it redraws `label  done/total  percent  ~time left` at most
    ten times a second. Silent unless `stream` (standard error by default) is a terminal and `enabled`."""

    def __init__(self, label: str, stream: TextIO | None = None, enabled: bool = True,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.label, self.clock = label, clock
        self.stream = stream if stream is not None else sys.stderr
        self.active = enabled and self.stream is not None and self.stream.isatty()
        self.started = clock()
        self.drawn_at = float("-inf")
        self.width = 0

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if not self.active or (now - self.drawn_at < REDRAW_S and done < total):
            return
        self.drawn_at = now
        self._draw(self.line(done, total, now - self.started))

    def line(self, done: int, total: int, elapsed: float) -> str:
        """The text shown after `elapsed` seconds; the estimate assumes the pace so far."""
        if total <= 0:
            return f"{self.label} …"
        text = f"{self.label}  {done:,}/{total:,}  {100 * done // total}%"
        if 0 < done < total and elapsed >= 0.5:
            text += f"  ~{_duration(elapsed * (total - done) / done)} left"
        return text

    def finish(self) -> None:
        """Remove the line, so that what the command prints next starts on a clean line."""
        if self.active and self.width:
            self._draw("")

    def _draw(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(self.width) + ("\r" if not text else ""))
        self.stream.flush()
        self.width = len(text)
