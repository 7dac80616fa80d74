"""Handing results from a worker thread to an object on the UI thread that may be gone by then. Emitting a
signal of an object another thread is destroying crashes, so workers emit into one relay that lives as long as
the program; on the UI thread it calls the receiver only if the receiver is still there."""

import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot


class _Relay(QObject):
    handed = Signal(object)  # (weak reference to the receiver, the receiver's method's name, the value)

    def __init__(self) -> None:
        super().__init__()
        self.handed.connect(self._deliver)

    @Slot(object)
    def _deliver(self, handed: tuple[weakref.ref, str, object]) -> None:
        reference, method, value = handed
        receiver = reference()
        if receiver is not None and shiboken6.isValid(receiver):
            getattr(receiver, method)(value)


_RELAY: list[_Relay] = []


def hand_back(receiver: QObject, method: str) -> Callable[[Any], None]:
    """A function any thread may call with a value: `receiver.<method>(value)` then runs on the UI thread,
    unless the receiver is gone. Call this on the UI thread (it makes the relay there once)."""
    if not _RELAY:
        _RELAY.append(_Relay())
    relay, reference = _RELAY[0], weakref.ref(receiver)
    return lambda value: relay.handed.emit((reference, method, value))
