"""Live polls: prepared in `polls.toml` or on the moderator console, voted at the kiosk (badge or ticket scan)
and, later, on phones; counted from the ballot rows in the event database, one ballot per voter, poll and round.

`model` (what a poll is), `toml_file` (reading and checking polls.toml), `store` (poll rows and the lifecycle),
`voters` (voter ids), `text` (entry text: bounds, normalising, screen-safe display), `ballots` (voting),
`moderation` (the queue and the profanity filter), `results` (counts and the stage's change counter), `export`
(CSV and PDF), `commands` (`kiosk polls …`, `kiosk poll …`).
"""
