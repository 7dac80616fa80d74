"""Live polls in the window: the moderator console and the kiosk's voting screens."""
