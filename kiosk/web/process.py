"""Starting the phones' server as a process of its own (the moderator console does, when `[phones]
enabled`): the command to run, without Qt, so any front end can start and stop it."""

import sys
from pathlib import Path


def serve_command(folder: Path, host: str | None = None, port: int | None = None) -> list[str]:
    """How to start `kiosk serve` for an event: the bundle's own executable, or this Python with the
    headless command line (`python -m kiosk`, which never loads Qt). It runs until it gets SIGTERM (or
    SIGINT), or — started with a pipe on its standard input — until that pipe is closed; its first line on
    standard output is the join address and code."""
    arguments = ["serve", "--event", str(folder)]
    if host is not None:
        arguments += ["--host", host]
    if port is not None:
        arguments += ["--port", str(port)]
    if getattr(sys, "frozen", False):
        return [sys.executable, *arguments]
    return [sys.executable, "-m", "kiosk", *arguments]
