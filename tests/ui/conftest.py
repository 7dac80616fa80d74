"""The window fixtures of the main window tests, for every test module of the front end."""

from tests.ui.attendee.test_kiosk_window import kiosk_event, pin_hash, window  # noqa: F401 (fixtures)
