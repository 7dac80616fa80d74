"""Voting with the phone ([phones] enabled): the address and join code guests are shown, and the kiosk's page
"Mit dem Handy abstimmen" — the QR code as large as the screen allows, the address to type and the join code.
Beside the QR code in landscape, below it in portrait."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout

from kiosk.event.folder import Event
from kiosk.web.join import JoinInfo, join_info
from ui.widgets.common import PlainLabel, TranslatedWidget, font
from ui.widgets.qr_code import QrCode
from ui.widgets.theme import BODY, DISPLAY, GAP, HEADING, SECTION, SMALL


def typed_address(url: str) -> str:
    """The join address as a guest types it: scheme and port kept (a phone's browser would try https or a
    search without them), the closing slash left out."""
    return url.rstrip("/")


def phone_join(event: Event) -> JoinInfo | None:
    """Where phones join this event's server, or None while phones cannot vote ([phones] enabled is off).
    Without `[phones] public_url` the address is this machine's: set it where the server runs elsewhere."""
    return join_info(event) if event.config.phones.enabled else None


class PhoneJoinPanel(TranslatedWidget):
    """The QR code, the address and the join code, and what a guest does with them."""

    def __init__(self, join: JoinInfo) -> None:
        super().__init__()
        self.join = join
        self.qr = QrCode(minimum=220)
        self.qr.set_text(join.url)
        self.steps = PlainLabel(points=HEADING)
        self.address = PlainLabel(typed_address(join.url), points=DISPLAY, bold=True)
        self.address.setWordWrap(False)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code = PlainLabel(points=HEADING, bold=True)
        self.trouble = PlainLabel(points=BODY, tone="muted")
        texts = QVBoxLayout()
        texts.setSpacing(GAP)
        for widget in (self.steps, self.address, self.code, self.trouble):
            texts.addWidget(widget)
        texts.addStretch(1)
        self.layout_ = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(SECTION)
        self.layout_.addWidget(self.qr, 1)
        self.layout_.addLayout(texts, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.steps.setText(self.tr("Scan the code with your phone's camera, or open this address in its browser:"))
        self.code.setText(self.tr("Join code: %1").replace("%1", self.join.code))
        self.trouble.setText(self.tr("Your phone needs the event's Wi-Fi. No luck? Vote here at the kiosk instead."))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Beside the code in landscape, below it in portrait; the address as large as fits on one line."""
        portrait = event.size().height() > event.size().width()
        self.layout_.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        room = event.size().width() if portrait else (event.size().width() - SECTION) // 2
        self.address.setFont(_fitting(self.address.text(), room, DISPLAY, SMALL))
        super().resizeEvent(event)


def _fitting(text: str, width: int, largest: float, smallest: float) -> QFont:
    """A bold font from `largest` down to `smallest` points in which `text` fits `width` pixels on one line."""
    points = largest
    while points > smallest and QFontMetrics(font(points, bold=True)).horizontalAdvance(text) > width:
        points -= 2
    return font(max(points, smallest), bold=True)
