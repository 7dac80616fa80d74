"""Attendees: their records, importing and re-importing lists, and finding them by name."""
