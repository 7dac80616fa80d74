"""Taking the keyboard focus back on X11, where no window manager (or one that refuses) would hand it over."""

import ctypes
import functools

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

REVERT_TO_PARENT = 2
CURRENT_TIME = 0


@functools.cache
def _xcb() -> ctypes.CDLL:
    library = ctypes.CDLL("libxcb.so.1")  # loaded already: Qt's X11 plugin runs on it
    library.xcb_set_input_focus.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint32]
    library.xcb_flush.argtypes = [ctypes.c_void_p]
    return library


def take_focus(window: QWidget) -> None:
    """Give `window` the keyboard focus now, on X11 only. Qt's own request carries the time of the last event it
    saw, and X11 ignores it when another program took the focus later (`xdotool windowfocus` does); a request
    for "now" wins, so a scanner's keys reach the kiosk again."""
    app = QGuiApplication.instance()
    if app is None or QGuiApplication.platformName() != "xcb":
        return
    connection = app.nativeInterface().connection()
    xcb = _xcb()
    xcb.xcb_set_input_focus(connection, REVERT_TO_PARENT, int(window.winId()), CURRENT_TIME)
    xcb.xcb_flush(connection)
