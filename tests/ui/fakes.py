"""Test doubles for the UI: camera frames with real QR codes in them, and a fake camera."""

from collections.abc import Sequence

import numpy as np
import qrcode
from PIL import Image
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage

from ui.attendee.camera import FrameSource


def qr_frame(
    text: str | None,
    size: tuple[int, int] = (1280, 720),
    *,
    code_px: int = 240,
    angle: float = 0.0,
    at: tuple[int, int] | None = None,
    noise: float = 10.0,
    seed: int = 0,
) -> QImage:
    """A camera-like frame: a grey, noisy background with a real QR code for `text` on it.

    The code is scaled to `code_px` pixels across, turned by `angle` degrees and put with
    its top left at `at` (centred by default). `text=None` gives a frame without a code.
    """
    width, height = size
    rng = np.random.default_rng(seed)
    blotches = rng.normal(128, 40, (height // 16, width // 16)).clip(0, 255).astype(np.uint8)
    frame = Image.fromarray(blotches).resize(size, Image.Resampling.BILINEAR)
    if text is not None:
        code = qrcode.make(text, border=2).get_image().convert("L")
        code = code.resize((code_px, code_px), Image.Resampling.BILINEAR)
        code = code.rotate(angle, Image.Resampling.BILINEAR, expand=True, fillcolor=255)
        left, top = at or ((width - code.width) // 2, (height - code.height) // 2)
        frame.paste(code, (left, top))
    noisy = np.asarray(frame, np.float32) + rng.normal(0, noise, (height, width))
    gray = np.ascontiguousarray(noisy.clip(0, 255).astype(np.uint8))
    rgb = np.repeat(gray[:, :, None], 3, axis=2)
    # Cameras hand out 32-bit frames; converting also copies the pixels out of `rgb`.
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).convertToFormat(
        QImage.Format.Format_RGBX8888
    )


class FakeCameraSource(FrameSource):
    """A camera that plays `frames` over and over at `fps`, and can be unplugged."""

    def __init__(self, frames: Sequence[QImage], *, fps: float = 30.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.frames = list(frames)
        self.sent = 0
        self._available = True
        self._timer = QTimer(self, interval=round(1000 / fps))
        self._timer.timeout.connect(self._send_next)

    def start(self) -> None:
        """Send frames while plugged in."""
        if self.available:
            self._timer.start()

    def stop(self) -> None:
        """Stop sending frames."""
        self._timer.stop()

    def unplug(self) -> None:
        """Act like a USB camera pulled out mid-use."""
        self._timer.stop()
        self._set_available(False)

    def _send_next(self) -> None:
        self.frame_ready.emit(self.frames[self.sent % len(self.frames)])
        self.sent += 1
