"""The event folder: `event.toml` (what the organisers configure) beside `event.sqlite` (what happens)."""

import tomllib
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

import tomli_w

CONFIG_FILE = "event.toml"
DATABASE_FILE = "event.sqlite"
NEUTRAL_COLOUR = "#5F6B7A"


class ConfigError(Exception):
    """event.toml is missing or says something the kiosk cannot use."""


@dataclass(frozen=True)
class Category:
    """A ticket category: its badge colour, role label and the days it is valid on (empty: every day)."""

    name: str
    role: str = ""
    colour: str = NEUTRAL_COLOUR
    valid_days: tuple[date, ...] = ()

    @property
    def role_label(self) -> str:
        return self.role or self.name


@dataclass(frozen=True)
class Topic:
    """A "Mein Digital, Dein Digital" topic guests can pick."""

    name: str
    colour: str = NEUTRAL_COLOUR


@dataclass(frozen=True)
class KioskSettings:
    """How the attendee kiosk behaves."""

    outcome_seconds: int = 6
    idle_seconds: int = 45
    search_min_chars: int = 3
    search_max_results: int = 5
    confirm_chars: int = 3
    duplicate_scan_seconds: float = 3.0
    other_event_prefixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventConfig:
    """Everything event.toml says."""

    name: str
    start: date
    end: date
    time_zone: str = "Europe/Berlin"
    languages: tuple[str, ...] = ("de", "en")
    venue: str = ""
    categories: tuple[Category, ...] = ()
    topics: tuple[Topic, ...] = ()
    staff_pin_hash: str = ""
    kiosk: KioskSettings = field(default_factory=KioskSettings)

    def category(self, name: str) -> Category:
        """The category of that name; an unknown name gets a neutral colour and itself as label."""
        for category in self.categories:
            if category.name.casefold() == name.casefold():
                return category
        return Category(name=name)


def _dates(values: list[Any]) -> tuple[date, ...]:
    return tuple(v if isinstance(v, date) else date.fromisoformat(str(v)) for v in values)


def _settings(table: dict[str, Any]) -> KioskSettings:
    known = {f.name for f in fields(KioskSettings)}
    unknown = set(table) - known
    if unknown:
        raise ConfigError(f"unknown [kiosk] settings: {', '.join(sorted(unknown))}")
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in table.items()}
    return KioskSettings(**values)


def parse_config(data: dict[str, Any]) -> EventConfig:
    """Build the configuration from a parsed TOML document."""
    try:
        event = data["event"]
        start = _dates([event["start"]])[0]
        return EventConfig(
            name=str(event["name"]),
            start=start,
            end=_dates([event.get("end", start)])[0],
            time_zone=str(event.get("time_zone", "Europe/Berlin")),
            languages=tuple(event.get("languages", ("de", "en"))),
            venue=str(event.get("venue", "")),
            categories=tuple(
                Category(name=c["name"], role=c.get("role", ""), colour=c.get("colour", NEUTRAL_COLOUR),
                         valid_days=_dates(c.get("valid_days", [])))
                for c in data.get("categories", [])
            ),
            topics=tuple(Topic(name=t["name"], colour=t.get("colour", NEUTRAL_COLOUR))
                         for t in data.get("topics", [])),
            staff_pin_hash=str(data.get("staff", {}).get("pin_hash", "")),
            kiosk=_settings(data.get("kiosk", {})),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"event.toml is incomplete or malformed: {exc}") from exc


def load_config(folder: Path) -> EventConfig:
    """Read and check `event.toml` of an event folder."""
    path = folder / CONFIG_FILE
    try:
        return parse_config(tomllib.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError as exc:
        raise ConfigError(f"no {CONFIG_FILE} in {folder}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc


def write_config_document(folder: Path, document: dict[str, Any]) -> None:
    """Write event.toml atomically (temp file, then rename)."""
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / (CONFIG_FILE + ".tmp")
    temporary.write_text(tomli_w.dumps(document), encoding="utf-8")
    temporary.replace(folder / CONFIG_FILE)
