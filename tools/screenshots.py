"""Grab every kiosk and staff screen at kiosk sizes, for looking at them and for the README.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUT_DIR [--sizes 1920x1080,1280x800,800x1280]
        [--language en] [--only 01-welcome,11-staff-attendees]

Each size gets a fresh demo event and window (a second size never sees the first one's scans), and the screens
come from the tour the layout test walks too (ui/screen_tour.py).
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ui.app import create_application
from ui.i18n import LANGUAGES
from ui.screen_tour import demo_window, scenes, show_scene


def parse_size(text: str) -> tuple[int, int]:
    """"1280x800" → (1280, 800)."""
    width, height = (int(v) for v in text.lower().split("x"))
    return width, height


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1920x1080,1280x800,800x1280")
    parser.add_argument("--language", default="de", choices=LANGUAGES)
    parser.add_argument("--only", default="", help="comma-separated scene names (default: all)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    create_application()
    only = {name for name in args.only.split(",") if name}
    for width, height in map(parse_size, args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as temporary, \
                demo_window(Path(temporary) / "demo", args.language, (width, height), printing=True) as window:
            for scene in scenes(window):
                show_scene(window, scene, args.language)
                if not only or scene.name in only:
                    window.grab().save(str(args.out / f"{scene.name}-{width}x{height}-{args.language}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
