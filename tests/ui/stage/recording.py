"""A paint device that records the text a widget draws (each run of text with its font's pixel size) instead
of drawing pixels: what a test needs to check the smallest text on a screen."""

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPaintDevice, QPaintEngine, QPaintEngineState, QPixmap, QTextItem
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class DrawnText:
    """One run of text as drawn: its pixel size and its characters."""

    pixels: int
    text: str


class _Engine(QPaintEngine):
    def __init__(self) -> None:
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self.texts: list[DrawnText] = []

    def begin(self, _device: QPaintDevice) -> bool:
        return True

    def end(self) -> bool:
        return True

    def updateState(self, _state: QPaintEngineState) -> None:
        pass

    def drawPixmap(self, _rect: QRectF, _pixmap: QPixmap, _source: QRectF) -> None:
        pass

    def drawPolygon(self, *_args: object) -> None:
        pass

    def drawRects(self, *_args: object) -> None:
        pass

    def drawPath(self, *_args: object) -> None:
        pass

    def drawTextItem(self, _point: QPointF, item: QTextItem) -> None:
        self.texts.append(DrawnText(item.font().pixelSize(), item.text()))

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User


class _TextRecorder(QPaintDevice):
    def __init__(self, width: int, height: int) -> None:
        super().__init__()
        self.size = (width, height)
        self.engine = _Engine()

    def paintEngine(self) -> QPaintEngine:
        return self.engine

    def metric(self, metric: QPaintDevice.PaintDeviceMetric) -> int:
        known = QPaintDevice.PaintDeviceMetric
        values = {known.PdmWidth: self.size[0], known.PdmHeight: self.size[1], known.PdmDepth: 32,
                  known.PdmDevicePixelRatio: 1, known.PdmWidthMM: round(self.size[0] * 25.4 / 96),
                  known.PdmHeightMM: round(self.size[1] * 25.4 / 96)}
        values.update(dict.fromkeys((known.PdmDpiX, known.PdmDpiY, known.PdmPhysicalDpiX, known.PdmPhysicalDpiY), 96))
        return values[metric] if metric in values else super().metric(metric)


def drawn_texts(widget: QWidget) -> list[DrawnText]:
    """Every run of text the widget draws when painted once at its size."""
    device = _TextRecorder(widget.width(), widget.height())
    widget.render(device)
    return [text for text in device.engine.texts if text.text.strip()]
