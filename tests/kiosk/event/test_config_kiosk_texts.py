"""event.toml: English topic names, a kiosk's display name and where its guests pick up their badge."""

import tomllib
from pathlib import Path

import pytest

from kiosk.common.paths import resource
from kiosk.event.config import CONFIG_FILE, ConfigError, load_config, write_config_document
from tests.conftest import write_event


def _with(folder: Path, **changes: object) -> Path:
    document = tomllib.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
    document.update(changes)
    write_config_document(folder, document)
    return folder


def test_topic_names_in_english_and_kiosk_texts(tmp_path: Path) -> None:
    folder = _with(write_event(tmp_path / "event", same_guest_seconds=90),
                   topics=[{"name": "Bürgerbeteiligung", "name_en": "Citizen participation"}, {"name": "Open Data"}],
                   kiosks={"eingang-1": {"name": "Eingang Nord", "badge_pickup": "am Tresen links",
                                         "badge_pickup_en": "at the desk on the left"},
                           "eingang-2": {"badge_pickup": "am Drucker gegenüber"}})
    config = load_config(folder)
    assert [topic.label("en") for topic in config.topics] == ["Citizen participation", "Open Data"]
    assert [topic.label("de") for topic in config.topics] == ["Bürgerbeteiligung", "Open Data"]
    assert config.kiosk.same_guest_seconds == 90
    badges = config.badges
    assert (badges.kiosk_name("eingang-1"), badges.kiosk_name("eingang-2"), badges.kiosk_name("other")) == (
        "Eingang Nord", "", "")
    assert badges.badge_pickup("eingang-1", "en") == "at the desk on the left"
    assert badges.badge_pickup("eingang-1", "de") == "am Tresen links"
    assert badges.badge_pickup("eingang-2", "en") == "am Drucker gegenüber"  # no English given: the one text
    assert badges.badge_pickup("other", "de") == ""


def test_wrong_kiosk_texts_are_listed(tmp_path: Path) -> None:
    folder = _with(write_event(tmp_path / "event", same_guest_seconds=-1),
                   topics=[{"name": "Open Data", "name_en": 5}],
                   kiosks={"eingang-1": {"name": 1, "badge_pikcup": "x"}})
    with pytest.raises(ConfigError) as raised:
        load_config(folder)
    problems = raised.value.problems
    assert "topics[1].name_en: 5 is not text (expected a quoted string)" in problems
    assert "kiosks.eingang-1.name: 1 is not text (expected a quoted string)" in problems \
        or 'kiosks."eingang-1".name: 1 is not text (expected a quoted string)' in problems
    assert any("badge_pikcup: unknown setting (did you mean \"badge_pickup\"?)" in p for p in problems)
    assert "kiosk.same_guest_seconds: -1 is out of range (expected 0–3600)" in problems


def test_the_demo_names_its_kiosk_and_topics_in_english() -> None:
    config = load_config(resource("demo"))
    assert all(topic.name_en for topic in config.topics)
    assert config.badges.kiosk_name("kiosk-eingang-1")
