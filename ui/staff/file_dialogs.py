"""Asking staff where to save a file, with a dialog that cannot change the file system otherwise."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

SAVE_OPTIONS = QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ReadOnly


def ask_save_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """The file staff choose to save to, or None. Qt's own dialog (the kiosk lock can close it, unlike the
    platform's), read-only: no deleting, renaming or creating folders through it; saving still works."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), options=SAVE_OPTIONS)
    return Path(path) if path else None
