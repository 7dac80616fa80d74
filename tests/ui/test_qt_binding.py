"""Guards against a broken Qt binding: PySide6 6.12.0 on Python 3.11 released a reference to None on every
void method call, so a kiosk crashed ("deallocating None") after a few thousand screen updates."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        label.setText("x")
        label.clear()
    assert sys.getrefcount(None) >= before - 100
