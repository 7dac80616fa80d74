"""`[programme]` in event.toml: its settings, and every mistake in it named at load."""

from datetime import date, time

from kiosk.event.config import ProgrammeSettings, parse_config
from kiosk.event.config_check import config_problems

EVENT = {"name": "Summit", "start": date(2027, 4, 27), "time_zone": "Europe/Berlin"}


def test_programme_settings_and_defaults() -> None:
    assert parse_config({"event": EVENT}).programme == ProgrammeSettings()
    config = parse_config({"event": EVENT, "programme": {
        "url": "https://pretalx.example/srs27/schedule/export/schedule.xml", "refresh_seconds": 30,
        "grace_minutes": 10, "barcamp": {"rooms": ["R1", "R2"], "slots": ["11:00-11:45", "14:15–15:00"],
                                         "day": date(2027, 4, 27)}}})
    assert config.programme.refresh_seconds == 30 and config.programme.grace_minutes == 10
    assert config.programme.barcamp.slots == ((time(11), time(11, 45)), (time(14, 15), time(15)))
    assert config.programme.barcamp.rooms == ("R1", "R2") and config.programme.barcamp.day == date(2027, 4, 27)


def test_programme_mistakes_are_named() -> None:
    problems = config_problems({"event": EVENT, "programme": {
        "url": "pretalx.example/schedule.xml", "refresh_seconds": 1, "grace": 5,
        "barcamp": {"rooms": ["R1", "R1"], "slots": ["11:00-11:45", "11:30-12:00", "12:00-11:00"]}}})
    assert problems == [
        'programme.url: "pretalx.example/schedule.xml" is not a web address (expected https://…/schedule.xml)',
        "programme.refresh_seconds: 1 is out of range (expected 10–3600)",
        ("programme.grace: unknown setting (expected one of url, refresh_seconds, timeout_seconds, grace_minutes, "
         "barcamp)"),
        'programme.barcamp.slots[3]: "12:00-11:00" is not a time slot (expected "START-END", e.g. "11:00-11:45")',
        'programme.barcamp.rooms[2]: "R1" is named twice (expected each room once)',
        "programme.barcamp.slots[2]: starts before slot 1 ends (expected slots in time order, without overlaps)",
    ]
