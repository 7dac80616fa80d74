"""event.toml is checked whole when it is loaded: every problem named with its key and what would be right."""

import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from kiosk.common.paths import resource
from kiosk.event.config import CONFIG_FILE, ConfigError, load_config, write_config_document
from tests.conftest import write_event


def _document(folder: Path) -> dict[str, Any]:
    return tomllib.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))


def _problems(tmp_path: Path, change: dict[str, Any]) -> list[str]:
    folder = write_event(tmp_path / "event")
    document = _document(folder)
    for section, values in change.items():
        if isinstance(values, dict) and isinstance(document.get(section), dict):
            document[section].update(values)
        else:
            document[section] = values
    write_config_document(folder, document)
    with pytest.raises(ConfigError) as raised:
        load_config(folder)
    assert str(raised.value).count("\n") == len(raised.value.problems)  # one line per problem
    return raised.value.problems


def test_the_demo_event_and_the_fixtures_load(tmp_path: Path) -> None:
    assert load_config(resource("demo")).staff_pin_hash
    config = load_config(write_event(tmp_path / "event", other_event_prefixes=["SRS25-"], idle_seconds=2))
    assert config.categories[2].valid_days == (date(2026, 11, 25),)


def test_a_misspelt_time_zone_is_refused_with_the_right_one(tmp_path: Path) -> None:
    assert _problems(tmp_path, {"event": {"time_zone": "Europe/Berln"}}) == [
        'event.time_zone: "Europe/Berln" is not a known time zone (e.g. "Europe/Berlin")']


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    document = tomllib.loads(resource("demo", CONFIG_FILE).read_text(encoding="utf-8"))
    problems = _problems(tmp_path, {
        "event": {**document["event"], "end": date(2026, 11, 23), "langauges": ["de"]},
        "categories": [{"name": "Teilnehmende", "colour": "#12345"}, {"name": "teilnehmende", "valid_days": [3]}],
        "kiosk": {"idle_seconds": -5, "outcome_seconds": True, "search_max_results": "5", "idel_seconds": 30},
        "badges": {"layout": "a66", "printer": "cpus:Brother", "topics_on_badge": "yes",
                   "layouts": {"mine": {"page": [90]}}},
        "kiosks": {"eingang-1": {"printer": "brother:QL-820NWB", "layout": "mine"},
                   "eingang-2": {"printer": "system:"}},
        "staff": {"pin_hash": "1234"},
        "topcs": [],
    })
    expected = [
        "event.langauges: unknown setting (did you mean \"languages\"?)",
        'categories[1].colour: "#12345" is not a colour (expected "#RRGGBB", e.g. "#1F6FB2")',
        "categories[2].valid_days[1]: 3 is not a date (expected YYYY-MM-DD, e.g. 2026-11-24)",
        'categories[2].name: "teilnehmende" is taken by categories[1] (expected each name once)',
        'staff.pin_hash: "1234" is not a PIN hash (expected what `kiosk set-pin` writes)',
        "kiosk.idle_seconds: -5 is out of range (expected 1–3600)",
        "kiosk.outcome_seconds: true is not a whole number (expected a whole number 1–60)",
        'kiosk.search_max_results: "5" is not a whole number (expected a whole number 1–20)',
        "kiosk.idel_seconds: unknown setting (did you mean \"idle_seconds\"?)",
        'badges.layout: "a66" is not a badge layout (did you mean "a6"?)',
        "badges.printer: unknown printer 'cpus:Brother'",
        'badges.topics_on_badge: "yes" is not true or false (expected true or false, without quotes)',
        "badges.layouts.mine: page must be [width, height] in mm, got [90]",
        'kiosks."eingang-1".printer: a Brother QL printer is brother:MODEL:ADDRESS:LABEL',
        'kiosks."eingang-2".printer: "system:" names no printer (expected system:PRINTER NAME)',
        "topcs: unknown setting (did you mean \"topics\"?)",
        "event.end: 2026-11-23 is before event.start 2026-11-24 (expected a day on or after 2026-11-24)",
    ]
    assert len(problems) == len(expected), problems
    for start in expected:
        assert any(problem.startswith(start) for problem in problems), start


def test_missing_required_keys_and_wrong_shapes(tmp_path: Path) -> None:
    problems = _problems(tmp_path, {"event": {"venue": "Darmstadt"}, "topics": {"name": "Open Data"}, "kiosk": 5})
    assert "topics: is not a list of tables (expected [[topics]] tables)" in problems
    assert "kiosk: 5 is not a table (expected [kiosk] with outcome_seconds, idle_seconds, search_min_chars, " \
           "search_max_results, confirm_chars, duplicate_scan_seconds, other_event_prefixes, same_guest_seconds)" \
        in problems
    folder = tmp_path / "bare"
    write_config_document(folder, {"event": {"time_zone": "Europe/Berlin"}, "kiosk": {"languages": ["fr"]}})
    with pytest.raises(ConfigError) as raised:
        load_config(folder)
    assert raised.value.problems[:2] == ["event.name: is missing (expected it in [event])",
                                         "event.start: is missing (expected it in [event])"]


def test_a_time_is_not_a_day(tmp_path: Path) -> None:
    assert _problems(tmp_path, {"event": {"start": datetime(2026, 11, 24, 9, 0)}}) == [
        "event.start: 2026-11-24T09:00:00 is not a date (expected YYYY-MM-DD, e.g. 2026-11-24)"]


def test_languages_and_printers_the_kiosk_knows(tmp_path: Path) -> None:
    problems = _problems(tmp_path, {"event": {"languages": ["de", "fr"]}, "badges": {
        "printer": "cups:Brother_QL", "layout": "mine", "layouts": {"mine": {"page": [62, 100], "elements": []}}},
        "kiosks": {"desk": {"printer": "system:Brother QL-820NWB", "layout": "brother_62x100"}}})
    assert problems == ['event.languages[2]: "fr" is not supported (expected "de" or "en")']


def test_a_file_that_is_not_utf8_or_not_toml(tmp_path: Path) -> None:
    folder = write_event(tmp_path / "event")
    text = (folder / CONFIG_FILE).read_text(encoding="utf-8").replace("Smart Region Summit", "Gießen Summit")
    (folder / CONFIG_FILE).write_bytes(text.encode("cp1252"))
    with pytest.raises(ConfigError, match=r"is not UTF-8 text \(byte 0xDF on line \d+\): save it as UTF-8"):
        load_config(folder)
    (folder / CONFIG_FILE).write_bytes(text.encode("utf-8-sig"))
    assert load_config(folder).name == "Gießen Summit"
    (folder / CONFIG_FILE).write_text("[event\nname = 1", encoding="utf-8")
    with pytest.raises(ConfigError, match="is not valid TOML"):
        load_config(folder)
    with pytest.raises(ConfigError, match=r"no event\.toml in .*`kiosk init"):
        load_config(tmp_path)
