"""Camera QR scanning: the decoder on generated codes, the scanner with a fake camera."""

import threading
import time
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.ui.fakes import FakeCameraSource, qr_frame
from ui.attendee.camera import CameraPreview, CameraScanner, QrDecoder, QtCameraSource

CODE = "EK-2026-7Q4M-X9TB"


@pytest.fixture(scope="module")
def decoder() -> QrDecoder:
    return QrDecoder()


def test_decodes_a_code_filling_the_frame(decoder: QrDecoder) -> None:
    assert decoder.decode(qr_frame(CODE, (640, 480), code_px=440)) == CODE


def test_decodes_a_small_turned_code_in_a_720p_frame(decoder: QrDecoder) -> None:
    frame = qr_frame(CODE, (1280, 720), code_px=130, angle=23, at=(900, 430), noise=12)
    assert decoder.decode(frame) == CODE


def test_decodes_unicode(decoder: QrDecoder) -> None:
    text = "Zoë Ødegaard — Straße 日本語 ✓"
    assert decoder.decode(qr_frame(text, code_px=300, angle=-8)) == text


@pytest.mark.parametrize("image_format", [QImage.Format.Format_RGB32, QImage.Format.Format_Grayscale8])
def test_decodes_other_pixel_formats(decoder: QrDecoder, image_format: QImage.Format) -> None:
    assert decoder.decode(qr_frame(CODE).convertToFormat(image_format)) == CODE


@settings(max_examples=20, deadline=None)
@given(st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=80))
def test_decodes_any_printable_ascii(text: str) -> None:
    assert QrDecoder().decode(qr_frame(text, (800, 600), code_px=360)) == text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_noise_has_no_code(decoder: QrDecoder, seed: int) -> None:
    assert decoder.decode(qr_frame(None, noise=40, seed=seed)) is None


def test_null_image_has_no_code(decoder: QrDecoder) -> None:
    assert decoder.decode(QImage()) is None


class CountingDecoder(QrDecoder):
    """A slow decoder that records how many decodes ran at once."""

    def __init__(self, seconds: float = 0.05) -> None:
        super().__init__()
        self.seconds = seconds
        self.calls = 0
        self.most_at_once = 0
        self._running = 0
        self._lock = threading.Lock()

    def decode(self, image: QImage) -> str | None:
        with self._lock:
            self.calls += 1
            self._running += 1
            self.most_at_once = max(self.most_at_once, self._running)
        time.sleep(self.seconds)
        try:
            return super().decode(image)
        finally:
            with self._lock:
                self._running -= 1


@pytest.fixture
def camera() -> Iterator[FakeCameraSource]:
    frames = [qr_frame(CODE, code_px=200, angle=angle, seed=n) for n, angle in enumerate((0, 7, -11, 15))]
    source = FakeCameraSource(frames, fps=30)
    yield source
    source.stop()


def test_code_in_many_frames_is_emitted_once(qtbot: QtBot, camera: FakeCameraSource) -> None:
    scanner = CameraScanner(camera)
    codes: list[str] = []
    scanner.decoded.connect(codes.append)
    scanner.start()
    qtbot.waitUntil(lambda: codes == [CODE], timeout=2000)
    qtbot.waitUntil(lambda: camera.sent >= 40, timeout=3000)
    scanner.stop()
    assert codes == [CODE]


def test_a_code_held_up_is_emitted_once_and_again_after_it_was_away(qtbot: QtBot,
                                                                       camera: FakeCameraSource) -> None:
    scanner = CameraScanner(camera, repeat_after=0.3)
    codes: list[str] = []
    scanner.decoded.connect(codes.append)
    code_frames = camera.frames
    scanner.start()
    qtbot.waitUntil(lambda: codes == [CODE], timeout=2000)
    qtbot.wait(1200)  # four repeat times with the code in view all along
    assert codes == [CODE]
    camera.frames = [qr_frame(None)]  # the guest lowers the ticket ...
    qtbot.wait(600)
    camera.frames = code_frames  # ... and shows it again
    qtbot.waitUntil(lambda: len(codes) == 2, timeout=2000)
    scanner.stop()
    assert codes == [CODE, CODE]


def test_one_decode_at_a_time_and_busy_frames_are_dropped(qtbot: QtBot, camera: FakeCameraSource) -> None:
    decoder = CountingDecoder(seconds=0.1)
    scanner = CameraScanner(camera, decoder=decoder)
    scanner.start()
    qtbot.waitUntil(lambda: camera.sent >= 30, timeout=3000)
    scanner.stop()
    assert decoder.most_at_once == 1
    assert decoder.calls < camera.sent / 2


class FailingOnceDecoder(QrDecoder):
    """Fails on its first frame, then decodes as usual."""

    def __init__(self) -> None:
        super().__init__()
        self.failed = False

    def decode(self, image: QImage) -> str | None:
        if not self.failed:
            self.failed = True
            raise ValueError("bad frame")
        return super().decode(image)


def test_a_failed_decode_is_reported_and_scanning_goes_on(qtbot: QtBot, camera: FakeCameraSource) -> None:
    scanner = CameraScanner(camera, decoder=FailingOnceDecoder())
    with qtbot.waitSignal(scanner.failed, timeout=2000) as failure:
        scanner.start()
    with qtbot.waitSignal(scanner.decoded, timeout=2000) as decoded:
        pass
    scanner.stop()
    assert "bad frame" in failure.args[0]
    assert decoded.args == [CODE]


def test_preview_frames_are_throttled(qtbot: QtBot) -> None:
    source = FakeCameraSource([qr_frame(None, (320, 240))], fps=100)
    scanner = CameraScanner(source, preview_fps=10)
    previews: list[QImage] = []
    scanner.frame.connect(previews.append)
    scanner.start()
    qtbot.wait(500)
    scanner.stop()
    assert source.sent >= 20
    assert 2 <= len(previews) <= 7


def test_unplugged_camera_reports_unavailable(qtbot: QtBot, camera: FakeCameraSource) -> None:
    scanner = CameraScanner(camera)
    codes: list[str] = []
    scanner.decoded.connect(codes.append)
    scanner.start()
    qtbot.waitUntil(lambda: codes == [CODE], timeout=2000)
    with qtbot.waitSignal(scanner.availability_changed, timeout=1000) as blocker:
        camera.unplug()
    assert blocker.args == [False]
    assert not scanner.available
    sent = camera.sent
    qtbot.wait(200)
    assert camera.sent == sent


def test_system_camera_is_unavailable_here_without_warnings(qtbot: QtBot) -> None:
    """This machine has no camera (nor, possibly, Qt Multimedia's native libraries)."""
    source = QtCameraSource()
    if source.available:
        pytest.skip("a camera is attached")
    scanner = CameraScanner(source)
    frames: list[QImage] = []
    scanner.frame.connect(frames.append)
    scanner.start()
    qtbot.wait(200)
    scanner.stop()
    assert not scanner.available
    assert frames == []


def test_preview_paints_a_frame(qtbot: QtBot) -> None:
    preview = CameraPreview(mirrored=True)
    qtbot.addWidget(preview)
    preview.resize(320, 240)
    preview.set_frame(qr_frame(CODE, (640, 360)))
    image = preview.grab().toImage()
    assert image.width() == 320
