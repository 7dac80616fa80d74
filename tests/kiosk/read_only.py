"""A folder made read-only for a test: by permissions, or (as root, who ignores them) by a read-only bind
mount; skipped where neither is possible."""

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """The folder cannot be written inside this block (nor its files)."""
    if os.geteuid() != 0:
        modes = {path: path.stat().st_mode for path in [folder, *folder.iterdir()]}
        for path in modes:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield folder
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    mount = shutil.which("mount")
    if mount is None or subprocess.run([mount, "--bind", folder, folder], capture_output=True).returncode:
        pytest.skip("running as root without bind mounts: cannot make a folder read-only")
    try:
        subprocess.run([mount, "-o", "remount,bind,ro", folder], check=True, capture_output=True)
        yield folder
    finally:
        subprocess.run(["umount", folder], check=True)
