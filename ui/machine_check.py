"""What `kiosk check` can only ask Qt: the screens the kiosk would show on, and whether a camera is there."""

from PySide6.QtGui import QGuiApplication, QInputDevice

from kiosk.event.check import FAIL, OK, WARN, CheckResult
from ui.app import KIOSK_SIZES, create_application
from ui.attendee.camera import QtCameraSource

SMALLEST = min(KIOSK_SIZES)


def camera_and_screens() -> list[CheckResult]:
    """The screens (size, touch) and the camera, as `kiosk check` lines."""
    create_application(headless_ok=True)
    return [_screens(), _camera()]


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
