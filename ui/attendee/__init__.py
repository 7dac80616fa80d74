"""The attendee kiosk: welcome, outcome, name search and topic screens, the scanner wedge and the camera."""
