"""The frozen one-folder bundle builds and passes its own smoke test (slow: minutes)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_bundle_builds_and_smoke_test_passes(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run([str(pyinstaller), str(ROOT / "build.spec"), "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build")],
                   cwd=ROOT, check=True, timeout=900)
    app = tmp_path / "dist" / "event-kiosk" / "event-kiosk"
    assert app.exists()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("KIOSK_EVENT", None)
    result = subprocess.run([str(app), "--smoke-test"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "smoke test: rendered 1920x1080" in result.stdout
    demo = tmp_path / "data" / "event-kiosk" / "demo"
    assert (demo / "event.sqlite").exists(), "the bundled demo event was not created from the bundled resources"
    preview = tmp_path / "badge.png"
    result = subprocess.run([str(app), "--event", str(demo), "badge", "preview", "--layout", "a6", "--attendee",
                             "2", "-o", str(preview)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert preview.read_bytes()[:4] == b"\x89PNG", "fonts, reportlab or PDFium missing from the bundle"
