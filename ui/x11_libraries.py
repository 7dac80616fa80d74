"""Which system libraries Qt's X11 platform plugin lacks on this machine, and the Debian packages that bring them.
Without them Qt aborts the process when it opens an X11 display; asking `ldd` first gives a clear message."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
# Debian names a library's package after its soname (libxcb-icccm.so.4: libxcb-icccm4, libX11.so.6: libx11-6);
# these are the exceptions among the X11 plugin's libraries.
PACKAGE_EXCEPTIONS = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
                      "libGLdispatch.so.0": "libglvnd0"}
_session = {"left_x11": False}  # this process chose offscreen because the plugin lacks libraries


def x11_plugin() -> Path:
    """Qt's X11 platform plugin, `libqxcb.so`."""
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"


def missing_x11_libraries(plugin: Path | None = None) -> list[str] | None:
    """The libraries the plugin needs and the system lacks; None where this cannot be asked (not Linux, no
    `ldd`, no plugin)."""
    plugin = plugin or x11_plugin()
    ldd = shutil.which("ldd")
    if not sys.platform.startswith("linux") or ldd is None or not plugin.exists():
        return None
    return missing_libraries(subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30).stdout)


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` reports as not found, each once, in its order."""
    return list(dict.fromkeys(NOT_FOUND.findall(ldd_output)))


def debian_package(soname: str) -> str:
    """The Debian package that ships a library, by Debian's naming rule (`libxkbcommon-x11.so.0`:
    `libxkbcommon-x11-0`)."""
    if soname in PACKAGE_EXCEPTIONS:
        return PACKAGE_EXCEPTIONS[soname]
    name, _, version = soname.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def lacking(missing: list[str]) -> str:
    """`Qt's X11 plugin lacks …; on Debian/Ubuntu: apt install …`."""
    packages = " ".join(sorted({debian_package(name) for name in missing}))
    return f"Qt's X11 plugin lacks {', '.join(missing)}; on Debian/Ubuntu: apt install {packages}"


def leave_broken_x11() -> bool:
    """Run offscreen where this session would use X11 and the plugin lacks libraries (Qt would abort the process
    there); whether it does."""
    if would_use_x11() and missing_x11_libraries():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _session["left_x11"] = True
    return _session["left_x11"]


def would_use_x11() -> bool:
    """Whether Qt would open an X11 display in this session (chosen, or a DISPLAY without Wayland), also after
    `leave_broken_x11` turned it offscreen."""
    if _session["left_x11"]:
        return True
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.startswith("xcb")
    return sys.platform.startswith("linux") and bool(os.environ.get("DISPLAY")) and not os.environ.get(
        "WAYLAND_DISPLAY")
