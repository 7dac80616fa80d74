"""What `kiosk check` can only ask Qt: whether its X11 plugin finds its system libraries, the screens the kiosk
would show on, and whether a camera is there."""

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QInputDevice

from kiosk.event.check import FAIL, OK, WARN, CheckResult
from ui.app import KIOSK_SIZES, create_application
from ui.attendee.camera import QtCameraSource
from ui.x11_libraries import lacking, missing_x11_libraries, would_use_x11

SMALLEST = min(KIOSK_SIZES)


def camera_and_screens() -> list[CheckResult]:
    """The X11 plugin's libraries (Linux), the screens (size, touch) and the camera, as `kiosk check` lines."""
    x11 = x11_libraries()
    create_application(headless_ok=True)  # offscreen where the X11 plugin could not load
    if x11 is not None and x11.status == FAIL:
        screens = CheckResult("screens", WARN, "not checked: Qt cannot open the X11 display (see x11 libraries)")
    else:
        screens = _screens()
    return [*([x11] if x11 is not None else []), screens, _camera()]


def x11_libraries(plugin: Path | None = None) -> CheckResult | None:
    """Whether Qt's X11 platform plugin finds every system library it needs: FAIL where this session would use
    X11, else (a Wayland compositor such as cage, or a check without a display) WARN; None where this cannot be
    asked."""
    missing = missing_x11_libraries(plugin)
    if missing is None:
        return None
    if not missing:
        return CheckResult("x11 libraries", OK, "Qt's X11 plugin finds all its libraries")
    return CheckResult("x11 libraries", FAIL if would_use_x11() else WARN,
                       f"{lacking(missing)} (the kiosk cannot open on X11 without them)")


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
