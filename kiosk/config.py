"""The event folder: `event.toml` (what the organisers configure) beside `event.sqlite` (what happens)."""

import tomllib
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import tomli_w

CONFIG_FILE = "event.toml"
DATABASE_FILE = "event.sqlite"
NEUTRAL_COLOUR = "#5F6B7A"
T = TypeVar("T")


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
class BadgeSettings:
    """How badges are laid out and when they print."""

    layout: str = "a6"  # a preset name, or the name of a table under [badges.layouts]
    topic_layout: str = "topic"
    layouts: dict[str, Any] = field(default_factory=dict)  # custom layouts as TOML tables
    topics_on_badge: bool = True
    topic_badge: bool = True  # print a separate topic badge when a guest picks topics
    max_topics: int = 3
    auto_print: tuple[str, ...] | None = None  # categories that print on the first welcome; None: all
    logo: str = ""  # an image in the event folder
    printer: str = "pdf"  # the default backend; a kiosk may choose its own under [kiosks.<id>]
    kiosks: dict[str, dict[str, str]] = field(default_factory=dict)

    def printer_for(self, kiosk_id: str) -> str:
        """The printer this kiosk prints to."""
        return self.kiosks.get(kiosk_id, {}).get("printer", self.printer)

    def layout_for(self, kiosk_id: str) -> str:
        """The badge layout this kiosk prints."""
        return self.kiosks.get(kiosk_id, {}).get("layout", self.layout)

    def prints_automatically(self, category: str) -> bool:
        """Whether a first welcome in this category prints a badge by itself."""
        return self.auto_print is None or category.casefold() in {c.casefold() for c in self.auto_print}


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
    badges: BadgeSettings = field(default_factory=BadgeSettings)

    def category(self, name: str) -> Category:
        """The category of that name; an unknown name gets a neutral colour and itself as label."""
        for category in self.categories:
            if category.name.casefold() == name.casefold():
                return category
        return Category(name=name)


def _dates(values: list[Any]) -> tuple[date, ...]:
    return tuple(v if isinstance(v, date) else date.fromisoformat(str(v)) for v in values)


def _settings(cls: type[T], section: str, table: dict[str, Any]) -> T:
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    unknown = set(table) - known
    if unknown:
        raise ConfigError(f"unknown [{section}] settings: {', '.join(sorted(unknown))}")
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in table.items()}
    return cls(**values)


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
            kiosk=_settings(KioskSettings, "kiosk", data.get("kiosk", {})),
            badges=_settings(BadgeSettings, "badges", {**data.get("badges", {}), "kiosks": data.get("kiosks", {})}),
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
