"""The event folder: `event.toml` (what the organisers configure) beside `event.sqlite` (what happens)."""

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any, TypeVar

import tomli_w

from kiosk.event.config_check import as_day, as_slot, config_problems

CONFIG_FILE = "event.toml"
DATABASE_FILE = "event.sqlite"
NEUTRAL_COLOUR = "#5F6B7A"
T = TypeVar("T")


class ConfigError(Exception):
    """event.toml is missing, unreadable or says something the kiosk cannot use; `problems` lists each."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.problems = problems or []
        if self.problems:
            count = "a problem" if len(self.problems) == 1 else f"{len(self.problems)} problems"
            message = f"{message} has {count}:" + "".join(f"\n  {problem}" for problem in self.problems)
        super().__init__(message)


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
    name_en: str = ""  # shown when the kiosk speaks English; empty: `name`

    def label(self, language: str) -> str:
        """The topic's name in a language ("de", "en")."""
        return self.name_en if language == "en" and self.name_en else self.name


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
    same_guest_seconds: float = 120.0  # "already checked in" here this recently: the same guest, told kindly


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

    def kiosk_name(self, kiosk_id: str) -> str:
        """The name guests see for a kiosk ([kiosks.<id>] name), or "" (guests never see a kiosk id)."""
        return self.kiosks.get(kiosk_id, {}).get("name", "")

    def badge_pickup(self, kiosk_id: str, language: str) -> str:
        """Where guests of this kiosk pick up their badge ([kiosks.<id>] badge_pickup, badge_pickup_en), or ""
        (the kiosk then says "at the printer next to this kiosk")."""
        settings = self.kiosks.get(kiosk_id, {})
        return (language == "en" and settings.get("badge_pickup_en")) or settings.get("badge_pickup", "")

    def prints_automatically(self, category: str) -> bool:
        """Whether a first welcome in this category prints a badge by itself."""
        return self.auto_print is None or category.casefold() in {c.casefold() for c in self.auto_print}


@dataclass(frozen=True)
class BarcampSettings:
    """`[programme.barcamp]`: the board's rooms and slots (start, end) on its day (default: the event's first)."""

    rooms: tuple[str, ...] = ()
    slots: tuple[tuple[time, time], ...] = ()
    day: date | None = None


@dataclass(frozen=True)
class ProgrammeSettings:
    """`[programme]`: the schedule URL to follow, how often and how patiently, and the now/next grace window."""

    url: str = ""
    refresh_seconds: int = 60
    timeout_seconds: float = 10.0
    grace_minutes: int = 5
    barcamp: BarcampSettings = field(default_factory=BarcampSettings)


@dataclass(frozen=True)
class PhonesSettings:
    """`[phones]`: the web server phones vote on (`kiosk serve`): where it listens, the address guests are
    shown (`public_url`, else this machine's on the venue network) and an optional TLS certificate and key
    (files, relative to the event folder)."""

    enabled: bool = False  # the moderator console starts and stops the server
    host: str = "0.0.0.0"
    port: int = 8080
    public_url: str = ""
    tls_cert: str = ""
    tls_key: str = ""


@dataclass(frozen=True)
class VenueSettings:
    """`[venue]`: the PostgreSQL server the machines of a venue share (`db`, a URL without password: libpq
    reads it from PGPASSWORD or a pgpass file) and its TLS (`sslmode`, `sslrootcert` relative to the folder)."""

    db: str = ""
    sslmode: str = ""
    sslrootcert: str = ""

    @property
    def enabled(self) -> bool:
        return bool(self.db)


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
    programme: ProgrammeSettings = field(default_factory=ProgrammeSettings)
    phones: PhonesSettings = field(default_factory=PhonesSettings)
    venue_server: VenueSettings = field(default_factory=VenueSettings)

    def category(self, name: str) -> Category:
        """The category of that name; an unknown name gets a neutral colour and itself as label."""
        for category in self.categories:
            if category.name.casefold() == name.casefold():
                return category
        return Category(name=name)


def _dates(values: list[Any]) -> tuple[date, ...]:
    return tuple(day for day in map(as_day, values) if day is not None)


def _settings(cls: type[T], table: dict[str, Any]) -> T:
    return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in table.items()})  # keys checked already


def parse_config(data: dict[str, Any], source: str = CONFIG_FILE) -> EventConfig:
    """Build the configuration from a parsed TOML document, after checking all of it (ConfigError lists
    every problem)."""
    problems = config_problems(data)
    if problems:
        raise ConfigError(source, problems)
    event = data["event"]
    start = _dates([event["start"]])[0]
    return EventConfig(
        name=event["name"],
        start=start,
        end=_dates([event.get("end", start)])[0],
        time_zone=event.get("time_zone", "Europe/Berlin"),
        languages=tuple(event.get("languages", ("de", "en"))),
        venue=event.get("venue", ""),
        categories=tuple(
            Category(name=c["name"], role=c.get("role", ""), colour=c.get("colour", NEUTRAL_COLOUR),
                     valid_days=_dates(c.get("valid_days", [])))
            for c in data.get("categories", [])
        ),
        topics=tuple(Topic(name=t["name"], colour=t.get("colour", NEUTRAL_COLOUR), name_en=t.get("name_en", ""))
                     for t in data.get("topics", [])),
        staff_pin_hash=data.get("staff", {}).get("pin_hash", ""),
        kiosk=_settings(KioskSettings, data.get("kiosk", {})),
        badges=_settings(BadgeSettings, {**data.get("badges", {}), "kiosks": data.get("kiosks", {})}),
        programme=_programme(data.get("programme", {})),
        phones=_settings(PhonesSettings, data.get("phones", {})),
        venue_server=_settings(VenueSettings, data.get("venue", {})),
    )


def _programme(table: dict[str, Any]) -> ProgrammeSettings:
    barcamp = table.get("barcamp", {})
    return ProgrammeSettings(
        **{k: v for k, v in table.items() if k != "barcamp"},
        barcamp=BarcampSettings(rooms=tuple(barcamp.get("rooms", ())),
                                slots=tuple(filter(None, map(as_slot, barcamp.get("slots", ())))),
                                day=_dates([barcamp["day"]])[0] if "day" in barcamp else None))


def read_config_text(folder: Path) -> str:
    """The text of the folder's event.toml; ConfigError when it is missing, unreadable or not UTF-8."""
    path = folder / CONFIG_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ConfigError(f"no {CONFIG_FILE} in {folder} (create one with `kiosk init {folder} --name …`)") from exc
    except IsADirectoryError as exc:
        raise ConfigError(f"{path} is a folder, not a file") from exc
    except PermissionError as exc:
        raise ConfigError(f"{path} cannot be read (no permission)") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path} is not UTF-8 text (byte 0x{raw[exc.start]:02X} on line {line}): "
                          "save it as UTF-8 in your editor") from exc


def load_config(folder: Path) -> EventConfig:
    """Read and check `event.toml` of an event folder."""
    path = folder / CONFIG_FILE
    try:
        document = tomllib.loads(read_config_text(folder))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
    return parse_config(document, str(path))


def write_config_document(folder: Path, document: dict[str, Any]) -> None:
    """Write event.toml from a document (a new file: comments cannot survive this) atomically."""
    _write_atomically(folder, tomli_w.dumps(document))


def set_staff_pin_hash(folder: Path, pin_hash: str) -> None:
    """Put `pin_hash` into [staff] of event.toml, editing the text so every comment and layout stays."""
    text = read_config_text(folder)
    changed = _with_pin_hash(text, pin_hash)
    before, after = tomllib.loads(text), _parsed(changed, folder)
    before.setdefault("staff", {})["pin_hash"] = pin_hash
    if after != before:
        raise ConfigError(f"{folder / CONFIG_FILE}: cannot place the PIN (is [staff] written unusually?): put "
                          f'pin_hash = "{pin_hash}" under [staff] by hand')
    _write_atomically(folder, changed)


_TABLE_HEADER = re.compile(r"\s*\[\s*([^\[\]]*?)\s*\]\s*(#.*)?")  # [staff], not [[categories]]
_ARRAY_HEADER = re.compile(r"\s*\[\[")
_PIN_VALUE = re.compile(r"""(\s*pin_hash\s*=\s*)("[^"]*"|'[^']*')?(.*)""", re.DOTALL)


def _with_pin_hash(text: str, pin_hash: str) -> str:
    """The text with `pin_hash = "…"` in [staff]: the value replaced (keeping a comment after it), else a line
    added under the [staff] header, else a [staff] table added at the end."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if text.endswith("\r\n") else "\n"
    staff_header, in_staff = None, False
    for number, line in enumerate(lines):
        header = _TABLE_HEADER.fullmatch(line.rstrip("\r\n"))
        if header or _ARRAY_HEADER.match(line):
            in_staff = header is not None and header.group(1) == "staff"
            staff_header = number if in_staff else staff_header
            continue
        value = _PIN_VALUE.fullmatch(line)
        if in_staff and value:
            lines[number] = f'{value.group(1)}"{pin_hash}"{value.group(3) if value.group(2) else newline}'
            return "".join(lines)
    if staff_header is not None:
        lines.insert(staff_header + 1, f'pin_hash = "{pin_hash}"{newline}')
        return "".join(lines)
    separator = "" if not text or text.endswith("\n") else newline
    return f'{text}{separator}{newline}[staff]{newline}pin_hash = "{pin_hash}"{newline}'


def _parsed(text: str, folder: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{folder / CONFIG_FILE}: cannot place the PIN without breaking the file ({exc})") from exc


def _write_atomically(folder: Path, text: str) -> None:
    """Write event.toml whole or not at all (temp file, then rename)."""
    temporary = folder / (CONFIG_FILE + ".tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_text(text, encoding="utf-8", newline="")
        temporary.replace(folder / CONFIG_FILE)
    except OSError as exc:
        raise ConfigError(f"{folder / CONFIG_FILE} cannot be written: {exc.strerror or exc}") from exc
