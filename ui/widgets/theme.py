"""Look and sizes: colours, the style sheet, and millimetres turned into pixels for touch targets."""

from PySide6.QtGui import QGuiApplication

MIN_TOUCH_MM = 9.0
MM_PER_INCH = 25.4

GREEN = "#1B7F3B"
AMBER = "#B26A00"
RED = "#B3261E"
INK = "#1C2430"
PAPER = "#F4F6F9"
ACCENT = "#1F6FB2"

OUTCOME_COLOURS = {
    "welcome": GREEN, "already_checked_in": AMBER, "not_valid_today": AMBER,
    "unknown": RED, "invalid": RED, "cancelled": RED,
}


def mm(millimetres: float) -> int:
    """Pixels for a physical length on the primary screen (at least 96 dpi is assumed)."""
    screen = QGuiApplication.primaryScreen()
    dpi = max(screen.physicalDotsPerInch(), 96.0) if screen else 96.0
    return round(millimetres / MM_PER_INCH * dpi)


def touch(millimetres: float = 14.0) -> int:
    """Height of a touch target in pixels: never below 9 mm."""
    return mm(max(millimetres, MIN_TOUCH_MM))


STYLE = f"""
QWidget {{ color: {INK}; font-family: "Noto Sans", "DejaVu Sans", sans-serif; }}
QMainWindow {{ background: {PAPER}; }}
QPushButton {{ background: white; border: 2px solid #C9D1DC; border-radius: 14px; padding: 8px 18px; }}
QPushButton:pressed {{ background: #DCE6F2; }}
QPushButton:disabled {{ color: #9AA3AF; border-color: #E1E5EA; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: none; font-weight: 600; }}
QPushButton[role="primary"]:pressed {{ background: #17588F; }}
QPushButton[role="quiet"] {{ background: transparent; border: 2px solid #C9D1DC; }}
QLineEdit {{ background: white; border: 2px solid #C9D1DC; border-radius: 12px; padding: 6px 14px; }}
QLineEdit:focus {{ border-color: {ACCENT}; }}
QTableView {{ background: white; gridline-color: #E1E5EA; selection-background-color: #CFE2F6;
              selection-color: {INK}; }}
QHeaderView::section {{ background: #E8ECF1; border: none; padding: 6px; font-weight: 600; }}
QTabBar::tab {{ padding: 12px 26px; background: #E8ECF1; border-top-left-radius: 10px;
                border-top-right-radius: 10px; margin-right: 4px; }}
QTabBar::tab:selected {{ background: white; font-weight: 600; }}
"""
