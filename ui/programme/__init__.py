"""The programme screens: now/next, the day, details and filters on the kiosk; the info screen and door signs."""
