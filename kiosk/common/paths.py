"""Where the bundled resources live, in a source checkout and in a PyInstaller bundle."""

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: beside the packages, or inside the frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    """Path of one bundled resource file."""
    return resources_dir().joinpath(*parts)
