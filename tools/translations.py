"""Refresh the translation files: extract strings from ui/ (pyside6-lupdate), then compile .qm (lrelease).

Run `python tools/translations.py` after changing user-visible strings, then translate the new entries in
resources/translations/event_kiosk_de.ts (Qt Linguist, or by hand) and run it again.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "en")


def main() -> int:
    """Extract and compile; returns lrelease's exit code."""
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    files = [str(FOLDER / f"event_kiosk_{lang}.ts") for lang in LANGUAGES]
    subprocess.run([bin_dir / "pyside6-lupdate", "-no-obsolete", *sources, "-ts", *files], cwd=ROOT, check=True)
    return subprocess.run([bin_dir / "pyside6-lrelease", *files], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
