"""Camera QR scanning: frames from a camera, decoded with zxing-cpp on a worker thread."""

import time
from collections.abc import Callable
from contextlib import suppress
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

import numpy as np
import zxingcpp
from PySide6.QtCore import QLoggingCategory, QObject, QRectF, QSize, QSizeF, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPen, QResizeEvent, QTransform
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QCamera, QVideoFrame


class QrDecoder:
    """Finds a QR code in an image. Pure and thread-safe."""

    def __init__(self, max_side: int = 960) -> None:
        self.max_side = max_side

    def decode(self, image: QImage) -> str | None:
        """Text of the first valid QR code in `image`, or None."""
        if image.isNull():
            return None
        if max(image.width(), image.height()) > self.max_side:
            bounds = QSize(self.max_side, self.max_side)
            image = image.scaled(bounds, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
        # A view of the QImage's own rows (they are padded to 4 bytes), not a copy.
        rows = np.frombuffer(gray.constBits(), np.uint8).reshape(gray.height(), gray.bytesPerLine())
        for code in zxingcpp.read_barcodes(rows[:, : gray.width()], formats=zxingcpp.BarcodeFormat.QRCode):
            if code.valid and code.text:
                return code.text
        return None


class FrameSource(QObject):
    """Where frames come from (a camera, or a fake): emits `frame_ready` while started and available."""

    frame_ready = Signal(QImage)
    availability_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._available = False

    @property
    def available(self) -> bool:
        """Whether there is a camera to take frames from."""
        return self._available

    def start(self) -> None:
        """Begin sending frames (as soon as a camera is available)."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop sending frames."""
        raise NotImplementedError

    def _set_available(self, available: bool) -> None:
        if available != self._available:
            self._available = available
            self.availability_changed.emit(available)


@cache
def _qt_multimedia() -> ModuleType | None:
    """Qt Multimedia, or None where its native libraries are missing (libpulse, for one)."""
    # Its FFmpeg backend warns about every optional library it cannot find (PipeWire, VA-API).
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    try:
        from PySide6 import QtMultimedia
    except ImportError:
        return None
    return QtMultimedia


class QtCameraSource(FrameSource):
    """Frames from the default camera through Qt Multimedia, at most `max_fps` a second.

    Unavailable without a camera or Qt Multimedia. A camera unplugged or failing is closed
    (`availability_changed(False)`, `failed`); once started, it reopens when one is plugged in.
    """

    def __init__(self, parent: QObject | None = None, *, max_fps: float = 15.0) -> None:
        super().__init__(parent)
        self._min_interval = 1 / max_fps
        self._last_frame_at = 0.0
        self._wanted = False
        self._camera: QCamera | None = None
        self._mm = _qt_multimedia()
        if self._mm is None:
            return
        self._devices = self._mm.QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._on_inputs_changed)
        self._session = self._mm.QMediaCaptureSession(self)
        self._sink = self._mm.QVideoSink(self)
        self._session.setVideoSink(self._sink)
        # Direct: the sink may deliver frames on a capture thread; convert them there.
        self._sink.videoFrameChanged.connect(self._on_video_frame, Qt.ConnectionType.DirectConnection)
        self._available = bool(self._mm.QMediaDevices.videoInputs())

    def start(self) -> None:
        """Open the default camera now, or when one is plugged in."""
        self._wanted = True
        self._on_inputs_changed()

    def stop(self) -> None:
        """Close the camera."""
        self._wanted = False
        self._close()

    def _on_inputs_changed(self) -> None:
        if self._mm is None:
            return
        inputs = self._mm.QMediaDevices.videoInputs()
        if self._camera is not None and self._camera.cameraDevice() not in inputs:
            self._close()
        self._set_available(bool(inputs))
        if self._wanted and self._camera is None and inputs:
            self._open()

    def _open(self) -> None:
        camera = self._mm.QCamera(self._mm.QMediaDevices.defaultVideoInput(), self)
        camera.errorOccurred.connect(self._on_error)
        self._session.setCamera(camera)
        self._camera = camera
        camera.start()

    def _close(self) -> None:
        camera, self._camera = self._camera, None
        if camera is not None:
            camera.errorOccurred.disconnect(self._on_error)
            camera.stop()
            self._session.setCamera(None)
            camera.deleteLater()

    def _on_error(self, _error: "QCamera.Error", message: str) -> None:
        self._close()
        self._set_available(False)
        self.failed.emit(message)

    def _on_video_frame(self, frame: "QVideoFrame") -> None:
        now = time.monotonic()
        if now - self._last_frame_at < self._min_interval:
            return
        self._last_frame_at = now
        image = frame.toImage()
        if not image.isNull():
            self.frame_ready.emit(image)


class _Relay(QObject):
    """Carries a worker's result back to the UI thread (queued)."""

    done = Signal(str)
    failed = Signal(str)


class CameraScanner(QObject):
    """Scans QR codes from a frame source without blocking the UI thread.

    Decodes on the global thread pool, one frame at a time (frames that come meanwhile are
    dropped). Emits `decoded` once for a code held in view, and again only after it was out of
    view for `repeat_after` seconds (every sighting starts that time again); `frame` at most
    `preview_fps` times a second, for a preview.
    """

    decoded = Signal(str)
    frame = Signal(QImage)
    availability_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, source: FrameSource, parent: QObject | None = None, *, decoder: QrDecoder | None = None,
                 repeat_after: float = 3.0, preview_fps: float = 15.0) -> None:
        super().__init__(parent)
        self._source = source
        self._decoder = decoder or QrDecoder()
        self._repeat_after = repeat_after
        self._preview_interval = 1 / preview_fps
        self._busy = False
        self._running = False
        self._last_preview_at = 0.0
        self._seen_at: dict[str, float] = {}
        # Parentless, so a decode still running when this scanner is deleted has a live relay.
        self._relay = _Relay()
        self._relay.done.connect(self._on_decoded, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self.failed, Qt.ConnectionType.QueuedConnection)
        source.frame_ready.connect(self._on_frame)
        source.availability_changed.connect(self.availability_changed)
        source.failed.connect(self.failed)

    @property
    def available(self) -> bool:
        """Whether the source has a camera."""
        return self._source.available

    def start(self) -> None:
        """Start the camera and scanning."""
        self._running = True
        self._source.start()

    def stop(self) -> None:
        """Stop the camera; a decode still running is discarded."""
        self._running = False
        self._source.stop()

    def _on_frame(self, image: QImage) -> None:
        if not self._running:
            return
        now = time.monotonic()
        if now - self._last_preview_at >= self._preview_interval:
            self._last_preview_at = now
            self.frame.emit(image)
        if not self._busy:
            self._busy = True
            QThreadPool.globalInstance().start(self._decode_job(image))

    def _decode_job(self, image: QImage) -> Callable[[], None]:
        decoder, relay = self._decoder, self._relay

        def run() -> None:
            text, problem = "", ""
            try:
                text = decoder.decode(image) or ""
            except Exception as error:  # reported; scanning goes on
                problem = f"QR decoding failed: {error}"
            with suppress(RuntimeError):  # the relay is gone if the app quit during the decode
                if problem:
                    relay.failed.emit(problem)
                relay.done.emit(text)

        return run

    def _on_decoded(self, text: str) -> None:
        self._busy = False
        if not text or not self._running:
            return
        now = time.monotonic()
        self._seen_at = {t: at for t, at in self._seen_at.items() if now - at < self._repeat_after}
        seen = text in self._seen_at
        self._seen_at[text] = now
        if not seen:
            self.decoded.emit(text)


class CameraPreview(QWidget):
    """The latest camera frame, scaled to fit, under a square viewfinder; `mirrored` suits a selfie camera."""

    def __init__(self, parent: QWidget | None = None, *, mirrored: bool = False) -> None:
        super().__init__(parent)
        self._frame = QImage()
        self._mirrored = mirrored
        self._shade = QColor(0, 0, 0, 110)
        self._pen = QPen(QColor("white"), 4)
        self._viewfinder = QRectF()
        self._surroundings = QPainterPath()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_frame(self, image: QImage) -> None:
        """Show `image` at the next repaint (it is shared, not copied)."""
        self._frame = image
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Places the viewfinder once per size, not once per frame."""
        bounds = QRectF(self.rect())
        side = 0.6 * min(bounds.width(), bounds.height())
        self._viewfinder = QRectF(0, 0, side, side)
        self._viewfinder.moveCenter(bounds.center())
        self._surroundings = QPainterPath()  # odd-even filled: the widget less the viewfinder
        self._surroundings.addRect(bounds)
        self._surroundings.addRect(self._viewfinder)
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draws the frame, shaded around the viewfinder, and the viewfinder's outline."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if not self._frame.isNull():
            target = QRectF(self._frame.rect())
            target.setSize(target.size().scaled(QSizeF(self.size()), Qt.AspectRatioMode.KeepAspectRatio))
            target.moveCenter(QRectF(self.rect()).center())
            if self._mirrored:
                painter.setTransform(QTransform(-1, 0, 0, 1, self.width(), 0))
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._frame)
            painter.resetTransform()
        painter.fillPath(self._surroundings, self._shade)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen)
        painter.drawRoundedRect(self._viewfinder, 12, 12)
        painter.end()
