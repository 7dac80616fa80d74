"""What `kiosk check` can only ask Qt: whether its X11 plugin finds its system libraries, the screens the kiosk
would show on, and whether a camera is there."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo
from PySide6.QtGui import QGuiApplication, QInputDevice

from kiosk.event.check import FAIL, OK, WARN, CheckResult
from ui.app import KIOSK_SIZES, create_application
from ui.attendee.camera import QtCameraSource

SMALLEST = min(KIOSK_SIZES)
NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
# Debian names a library's package after its soname (libxcb-icccm.so.4: libxcb-icccm4, libX11.so.6: libx11-6);
# these are the exceptions among the X11 plugin's libraries.
PACKAGE_EXCEPTIONS = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
                      "libGLdispatch.so.0": "libglvnd0"}


def camera_and_screens() -> list[CheckResult]:
    """The X11 plugin's libraries (Linux), the screens (size, touch) and the camera, as `kiosk check` lines."""
    x11 = x11_libraries()
    if x11 is not None and x11.status == FAIL:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # Qt would abort the whole check on the missing libraries
        screens = CheckResult("screens", WARN, "not checked: Qt cannot open the X11 display (see x11 libraries)")
    else:
        create_application(headless_ok=True)
        screens = _screens()
    return [*([x11] if x11 is not None else []), screens, _camera()]


def x11_libraries(plugin: Path | None = None) -> CheckResult | None:
    """Whether Qt's X11 platform plugin (`libqxcb.so`) finds every system library it needs, and which Debian
    packages bring the missing ones; None where this cannot be asked (not Linux, no `ldd`, no plugin)."""
    plugin = plugin or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    ldd = shutil.which("ldd")
    if not sys.platform.startswith("linux") or ldd is None or not plugin.exists():
        return None
    listed = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30).stdout
    missing = missing_libraries(listed)
    if not missing:
        return CheckResult("x11 libraries", OK, "Qt's X11 plugin finds all its libraries")
    packages = sorted({debian_package(name) for name in missing})
    status = FAIL if _would_use_x11() else WARN  # a Wayland compositor (cage) or a headless check: not needed now
    return CheckResult("x11 libraries", status, f"Qt's X11 plugin lacks {', '.join(missing)}: the kiosk cannot "
                                                f"open on X11; on Debian/Ubuntu: apt install {' '.join(packages)}")


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


def _would_use_x11() -> bool:
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.startswith("xcb")
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def _screens() -> CheckResult:
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return CheckResult("screens", WARN, "no display in this session: run the check in the kiosk's desktop session")
    sizes = [screen.size() for screen in QGuiApplication.screens()]
    if not sizes:
        return CheckResult("screens", FAIL, "no screen connected")
    touch = any(d.type() == QInputDevice.DeviceType.TouchScreen for d in QInputDevice.devices())
    listed = ", ".join(f"{s.width()}x{s.height()}" for s in sizes) + (", touch" if touch else ", no touch screen")
    large_enough = any(min(s.width(), s.height()) >= min(SMALLEST) and max(s.width(), s.height()) >= max(SMALLEST)
                       for s in sizes)
    if not large_enough:
        return CheckResult("screens", WARN, f"{listed}: the kiosk is laid out for {SMALLEST[0]}x{SMALLEST[1]} or more")
    return CheckResult("screens", OK if touch else WARN, listed)


def _camera() -> CheckResult:
    source = QtCameraSource()
    try:
        if source.available:
            return CheckResult("camera", OK, "a camera is connected: QR codes can be held up to it")
        return CheckResult("camera", WARN, "no camera (or Qt Multimedia lacks libpulse0): USB scanners still work")
    finally:
        source.deleteLater()
