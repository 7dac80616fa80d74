"""A large touch question with two answers, over the window that asks it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from ui.widgets.common import PlainLabel, TouchButton
from ui.widgets.theme import touch


class ConfirmDialog(QDialog):
    """Frameless, modal and finger-sized: `accepted` for `yes_text`, `rejected` for `no_text` (or a lock)."""

    def __init__(self, parent: QWidget, question: str, detail: str, yes_text: str, no_text: str) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setModal(True)
        self.setMinimumWidth(touch(140))
        self.question = PlainLabel(question, points=26, bold=True)
        self.detail = PlainLabel(detail, points=18)
        self.no_button = TouchButton(no_text, role="quiet", height_mm=18, points=20)
        self.yes_button = TouchButton(yes_text, role="primary", height_mm=18, points=20)
        self.no_button.clicked.connect(self.reject)
        self.yes_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.setSpacing(touch(6))
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.yes_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(touch(8), touch(8), touch(8), touch(8))
        layout.setSpacing(touch(5))
        layout.addWidget(self.question)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.setStyleSheet("QDialog { background: white; border: 3px solid #C9D1DC; border-radius: 18px; }")
