"""The event: its folder (event.toml beside event.sqlite), configuration and its checks, the database with
its event log, the staff PIN, the demo event and `kiosk check`."""
