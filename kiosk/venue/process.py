"""Starting the sync process from a window (like the print worker): the command to run, without Qt."""

import sys
from pathlib import Path


def sync_command(folder: Path) -> list[str]:
    """How to start `kiosk sync` for an event: the bundle's own executable, or this Python with the headless
    command line. It runs until SIGTERM or SIGINT, or until its standard input (when a pipe) closes; one line
    per change on standard output (`connected`, `offline <why>`, `pushed N`, `pulled N`, `duplicate <id>`,
    `busy <why>`, `error <what>`)."""
    arguments = ["sync", "--event", str(folder)]
    if getattr(sys, "frozen", False):
        return [sys.executable, *arguments]
    return [sys.executable, "-m", "kiosk", *arguments]
