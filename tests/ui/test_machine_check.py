"""`kiosk check` on this machine: which system libraries Qt's X11 plugin lacks, named as Debian packages."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from kiosk.event.check import FAIL, OK, WARN
from ui.machine_check import x11_libraries
from ui.x11_libraries import debian_package, missing_libraries

PLUGIN = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
on_linux = pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None or
                              not PLUGIN.exists(), reason="ldd and the X11 plugin are Linux things")

LDD_OF_A_BARE_DEBIAN = """\tlinux-vdso.so.1 (0x00007ffd5b5f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f0c1a000000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0c19ff0000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f0c1a5d0000)
"""


def test_not_found_libraries_are_listed_once() -> None:
    assert missing_libraries(LDD_OF_A_BARE_DEBIAN) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert missing_libraries("\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x1)\n") == []


@pytest.mark.parametrize(("library", "package"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"), ("libX11-xcb.so.1", "libx11-xcb1"), ("libX11.so.6", "libx11-6"),
    ("libEGL.so.1", "libegl1"), ("libdbus-1.so.3", "libdbus-1-3"), ("libglib-2.0.so.0", "libglib2.0-0"),
])
def test_libraries_are_named_by_their_debian_package(library: str, package: str) -> None:
    assert debian_package(library) == package


@on_linux
def test_this_machines_plugin_is_checked() -> None:
    result = x11_libraries()
    assert result is not None and result.name == "x11 libraries"
    assert (result.status == OK) == ("not found" not in _ldd(PLUGIN))


@on_linux
@pytest.mark.parametrize(("platform", "status"), [("xcb", FAIL), ("offscreen", WARN)])
def test_a_plugin_that_lacks_a_library_fails_where_x11_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               platform: str, status: str) -> None:
    moved = tmp_path / "libqxcb.so"  # away from the Qt libraries it finds relative to its own folder
    shutil.copy(PLUGIN, moved)
    monkeypatch.setenv("QT_QPA_PLATFORM", platform)
    result = x11_libraries(moved)
    assert result is not None and result.status == status
    assert "libQt6XcbQpa.so.6" in result.detail and "apt install" in result.detail


def _ldd(path: Path) -> str:
    return subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True).stdout
