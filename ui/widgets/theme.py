"""Look and sizes, defined once: colours (every text/background pair at least 4.5:1), one type scale, one
spacing grid, one button style per role (primary, secondary, quiet), and millimetres turned into pixels."""

from PySide6.QtGui import QGuiApplication

MIN_TOUCH_MM = 9.0
MM_PER_INCH = 25.4
MIN_CONTRAST = 4.5  # WCAG AA for body text

# Colours ----------------------------------------------------------------------------------------------------
INK = "#1C2430"
MUTED = "#4F5B6B"  # secondary text on PAPER or white
PAPER = "#F4F6F9"
WHITE = "#FFFFFF"
LINE = "#B8C2CF"  # borders (not text)
ACCENT = "#1F6FB2"
ACCENT_PRESSED = "#17588F"
PRESSED = "#DCE6F2"
DISABLED_TEXT = "#5B6675"
DISABLED_FILL = "#E4E8EE"
ERROR = "#B3261E"
GREEN = "#1B7F3B"
AMBER = "#955A00"  # white on it reads 5.6:1 (the former #B26A00 was 4.2:1)
RED = "#B3261E"

OUTCOME_COLOURS = {
    "welcome": GREEN, "already_checked_in": AMBER, "not_valid_today": AMBER,
    "unknown": RED, "invalid": RED, "cancelled": RED,
}

# Every text colour on every background the screens use: (what, text, background).
TEXT_PAIRS = (
    ("text on paper", INK, PAPER), ("muted text on paper", MUTED, PAPER), ("text on white", INK, WHITE),
    ("muted text on white", MUTED, WHITE), ("error on paper", ERROR, PAPER),
    ("primary button", WHITE, ACCENT), ("primary button pressed", WHITE, ACCENT_PRESSED),
    ("secondary button pressed", INK, PRESSED), ("disabled button", DISABLED_TEXT, DISABLED_FILL),
    ("text on green", WHITE, GREEN), ("text on amber", WHITE, AMBER), ("text on red", WHITE, RED),
    ("button on an outcome colour", INK, WHITE),
)

# Type scale (points) ----------------------------------------------------------------------------------------
DISPLAY = 40  # the one big line of a screen ("Willkommen!")
TITLE = 30  # screen titles, the name on an answer
HEADING = 24  # questions, messages
BODY = 20  # buttons, hints, results
SMALL = 16  # captions, the countdown
SYMBOL = 64  # the ✓ or ! on an answer

# Spacing grid (pixels): every margin and gap is a multiple of GRID -----------------------------------------
GRID = 8
GAP = 2 * GRID  # between related items
SECTION = 4 * GRID  # between groups
MARGIN = 6 * GRID  # screen edges

# Touch targets (millimetres) --------------------------------------------------------------------------------
BUTTON_MM = 15.0  # primary and secondary buttons
KEY_MM = 12.0  # keyboard keys, result rows, chips
QUIET_MM = 11.0  # quiet buttons (back, language)


def mm(millimetres: float) -> int:
    """Pixels for a physical length on the primary screen (at least 96 dpi is assumed)."""
    screen = QGuiApplication.primaryScreen()
    dpi = max(screen.physicalDotsPerInch(), 96.0) if screen else 96.0
    return round(millimetres / MM_PER_INCH * dpi)


def touch(millimetres: float = BUTTON_MM) -> int:
    """Height of a touch target in pixels: never below 9 mm."""
    return mm(max(millimetres, MIN_TOUCH_MM))


def _luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(text: str, background: str) -> float:
    """The WCAG contrast ratio of two "#RRGGBB" colours (1 to 21)."""
    light, dark = sorted((_luminance(text), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_on(background: str) -> str:
    """White or ink, whichever reads better on `background` (a topic or category colour from event.toml)."""
    return WHITE if contrast(WHITE, background) >= contrast(INK, background) else INK


# The style sheet: buttons by role ("primary", "secondary", "quiet", "key"); on an outcome colour (a widget
# with surface="colour") primary is white with ink, secondary white outlined, so neither can vanish.
STYLE = f"""
QWidget {{ color: {INK}; font-family: "Noto Sans", "DejaVu Sans", sans-serif; }}
QMainWindow {{ background: {PAPER}; }}
QPushButton {{ background: {WHITE}; color: {INK}; border: 2px solid {LINE}; border-radius: 14px;
               padding: 4px 16px; }}
QPushButton:pressed, QPushButton:checked {{ background: {PRESSED}; }}
QPushButton:disabled {{ color: {DISABLED_TEXT}; background: {DISABLED_FILL}; border-color: {DISABLED_FILL}; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: {WHITE}; border: 2px solid {ACCENT};
                               font-weight: 600; }}
QPushButton[role="primary"]:pressed {{ background: {ACCENT_PRESSED}; }}
QPushButton[role="primary"]:disabled {{ color: {DISABLED_TEXT}; background: {DISABLED_FILL};
                                        border-color: {DISABLED_FILL}; }}
QPushButton[role="quiet"] {{ background: transparent; border: 2px solid transparent; color: {ACCENT};
                             text-decoration: underline; }}
QPushButton[role="quiet"]:pressed {{ background: {PRESSED}; }}
QPushButton[role="key"] {{ padding: 0px; border-radius: 10px; }}
QWidget[surface="colour"] QLabel {{ color: {WHITE}; background: transparent; }}
QWidget[surface="colour"] QPushButton {{ background: transparent; color: {WHITE}; border: 3px solid {WHITE}; }}
QWidget[surface="colour"] QPushButton[role="primary"] {{ background: {WHITE}; color: {INK}; }}
QWidget[surface="colour"] QPushButton:pressed {{ background: rgba(0, 0, 0, 60); }}
QWidget[surface="colour"] QPushButton[role="primary"]:pressed {{ background: {PRESSED}; }}
QLabel[tone="muted"] {{ color: {MUTED}; }}
QLabel[tone="error"] {{ color: {ERROR}; }}
QLineEdit {{ background: {WHITE}; border: 2px solid {LINE}; border-radius: 12px; padding: 4px 16px; }}
QLineEdit:focus {{ border-color: {ACCENT}; }}
QTableView {{ background: {WHITE}; gridline-color: #E1E5EA; selection-background-color: #CFE2F6;
              selection-color: {INK}; }}
QHeaderView::section {{ background: #E8ECF1; border: none; padding: 6px; font-weight: 600; }}
QTabBar::tab {{ padding: 12px 26px; background: #E8ECF1; border-top-left-radius: 10px;
                border-top-right-radius: 10px; margin-right: 4px; }}
QTabBar::tab:selected {{ background: {WHITE}; font-weight: 600; }}
"""
