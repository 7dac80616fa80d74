"""Checking a parsed event.toml whole, before the kiosk uses any of it.

`config_problems(document)` returns every problem as `key: what is wrong (expected …)`, so organisers fix
the file in one go instead of meeting one error per start (or worse, one per scan on the day).
"""

import difflib
import json
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from kiosk.badges.layout import layout_from_table
from kiosk.badges.presets import PRESETS
from kiosk.printing.backends import PrintError, backend_for

LANGUAGES = ("de", "en")  # the kiosk's translations
FRONT_END_PRINTERS = {"system": "system:PRINTER NAME"}  # kinds the Qt front end registers when it starts
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_PIN_HASH = re.compile(r"scrypt\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+")

Problems = list[str]
Check = Callable[[str, Any, Problems], None]  # (key, value, problems found so far)


def show(value: Any) -> str:
    """A value as TOML would write it: strings quoted, booleans lower case, dates ISO."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return "a table"
    return str(value) if not isinstance(value, list) else "[" + ", ".join(show(v) for v in value) + "]"


def did_you_mean(word: str, choices: list[str] | tuple[str, ...] | set[str]) -> str:
    """` (did you mean "x"?)` for the closest choice, else ``."""
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


# Checks of single values ----------------------------------------------------------------------------------------


def text(nonempty: bool = False) -> Check:
    def check(key: str, value: Any, problems: Problems) -> None:
        if not isinstance(value, str):
            problems.append(f"{key}: {show(value)} is not text (expected a quoted string)")
        elif nonempty and not value.strip():
            problems.append(f"{key}: is empty (expected some text)")

    return check


def boolean(key: str, value: Any, problems: Problems) -> None:
    if not isinstance(value, bool):
        problems.append(f"{key}: {show(value)} is not true or false (expected true or false, without quotes)")


def number(low: float, high: float, whole: bool = True) -> Check:
    kind = "a whole number" if whole else "a number"

    def check(key: str, value: Any, problems: Problems) -> None:
        allowed = (int,) if whole else (int, float)
        if isinstance(value, bool) or not isinstance(value, allowed):
            problems.append(f"{key}: {show(value)} is not {kind} (expected {kind} {low:g}–{high:g})")
        elif not low <= value <= high:
            problems.append(f"{key}: {show(value)} is out of range (expected {low:g}–{high:g})")

    return check


def as_day(value: Any) -> date | None:
    """A TOML date, or an ISO date string; None when it is neither."""
    if isinstance(value, date):
        return None if isinstance(value, datetime) else value
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def day(key: str, value: Any, problems: Problems) -> None:
    if as_day(value) is None:
        problems.append(f"{key}: {show(value)} is not a date (expected YYYY-MM-DD, e.g. 2026-11-24)")


def as_slot(value: Any) -> tuple[time, time] | None:
    """A barcamp slot "11:00-11:45" as (start, end); None when it is not one or ends before it starts."""
    if not isinstance(value, str):
        return None
    first, sep, second = value.replace("–", "-").partition("-")
    try:
        start, end = time.fromisoformat(first.strip().zfill(5)), time.fromisoformat(second.strip().zfill(5))
    except ValueError:
        return None
    return (start, end) if sep and start < end else None


def slot(key: str, value: Any, problems: Problems) -> None:
    if as_slot(value) is None:
        problems.append(f'{key}: {show(value)} is not a time slot (expected "START-END", e.g. "11:00-11:45")')


def web_address(key: str, value: Any, problems: Problems) -> None:
    if not (isinstance(value, str) and re.fullmatch(r"https?://\S+", value.strip())):
        problems.append(f"{key}: {show(value)} is not a web address (expected https://…/schedule.xml)")


SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def venue_db(key: str, value: Any, problems: Problems) -> None:
    """A PostgreSQL URL without a password (the password belongs in PGPASSWORD or a pgpass file)."""
    if not isinstance(value, str) or not value.startswith(("postgresql://", "postgres://")):
        problems.append(f"{key}: {show(value)} is no PostgreSQL URL (expected e.g. "
                        "\"postgresql://kiosk_a@192.168.1.10/event\")")
        return
    parsed = urlsplit(value)
    if parsed.password is not None or "password=" in parsed.query:
        problems.append(f"{key}: holds a password (expected none in event.toml: put it in the PGPASSWORD "
                        "environment variable or a pgpass file of this machine)")
    elif not parsed.hostname and "host=" not in parsed.query:
        problems.append(f"{key}: {show(value)} names no server (expected postgresql://ROLE@HOST/DATABASE)")


def phones_url(key: str, value: Any, problems: Problems) -> None:
    if not (isinstance(value, str) and re.fullmatch(r"https?://[^\s/?#]+(/\S*)?", value.strip())):
        problems.append(f"{key}: {show(value)} is not a web address (expected what phones open, e.g. "
                        '"http://192.168.1.20:8080/" or "https://abstimmen.example.org/")')


def host(key: str, value: Any, problems: Problems) -> None:
    if not (isinstance(value, str) and re.fullmatch(r"[A-Za-z0-9.:_-]+", value.strip())):
        problems.append(f'{key}: {show(value)} is not a network address (expected e.g. "0.0.0.0" for every '
                        'network of this machine, or one of its addresses such as "192.168.1.20")')


def colour(key: str, value: Any, problems: Problems) -> None:
    if not (isinstance(value, str) and _COLOUR.fullmatch(value)):
        problems.append(f'{key}: {show(value)} is not a colour (expected "#RRGGBB", e.g. "#1F6FB2")')


def time_zone(key: str, value: Any, problems: Problems) -> None:
    if not isinstance(value, str):
        problems.append(f'{key}: {show(value)} is not text (expected a time zone such as "Europe/Berlin")')
        return
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "Europe" is a folder of zones
        close = difflib.get_close_matches(value, sorted(available_timezones()), n=1, cutoff=0.6)
        example = show(close[0] if close else "Europe/Berlin")
        problems.append(f"{key}: {show(value)} is not a known time zone (e.g. {example})")


def pin_hash(key: str, value: Any, problems: Problems) -> None:
    if not isinstance(value, str) or (value and not _PIN_HASH.fullmatch(value)):
        problems.append(f"{key}: {show(value)} is not a PIN hash (expected what `kiosk set-pin` writes)")


def list_of(item: Check, nonempty: bool = False) -> Check:
    def check(key: str, value: Any, problems: Problems) -> None:
        if not isinstance(value, list):
            problems.append(f"{key}: {show(value)} is not a list (expected [ … ])")
        elif nonempty and not value:
            problems.append(f"{key}: is empty (expected at least one entry)")
        else:
            for index, entry in enumerate(value, start=1):
                item(f"{key}[{index}]", entry, problems)

    return check


def one_of(choices: tuple[str, ...]) -> Check:
    def check(key: str, value: Any, problems: Problems) -> None:
        if value not in choices:
            expected = " or ".join(show(c) for c in choices)
            problems.append(f"{key}: {show(value)} is not supported (expected {expected})")

    return check


def unique(key: str, names: list[Any], problems: Problems) -> None:
    """Names that differ only in case count as the same; `key` is the list's, e.g. `categories`."""
    first: dict[str, int] = {}
    for index, name in enumerate(names, start=1):
        if not isinstance(name, str):
            continue
        if name.casefold() in first:
            problems.append(f"{key}[{index}].name: {show(name)} is taken by {key}[{first[name.casefold()]}]"
                            " (expected each name once)")
        first.setdefault(name.casefold(), index)


# Checks of tables ------------------------------------------------------------------------------------------------


def table(rules: Mapping[str, Check], required: tuple[str, ...] = ()) -> Check:
    """A TOML table with these keys (each checked by its rule), the required ones present, no others."""

    def check(key: str, value: Any, problems: Problems) -> None:
        if not isinstance(value, dict):
            problems.append(f"{key}: {show(value)} is not a table (expected [{key}] with {', '.join(rules)})")
            return
        prefix = f"{key}." if key else ""
        for name in required:
            if name not in value:
                problems.append(f"{prefix}{name}: is missing (expected it in [{key}])")
        for name, entry in value.items():
            rule = rules.get(name)
            if rule is None:
                hint = did_you_mean(name, list(rules)) or f" (expected one of {', '.join(rules)})"
                problems.append(f"{prefix}{name}: unknown setting{hint}")
            else:
                rule(f"{prefix}{name}", entry, problems)

    return check


def tables(rule: Check) -> Check:
    """A table of named tables ([badges.layouts.NAME], [kiosks."eingang-1"]), each checked by `rule`."""

    def check(key: str, value: Any, problems: Problems) -> None:
        if not isinstance(value, dict):
            problems.append(f"{key}: {show(value)} is not a table (expected [{key}.NAME] tables)")
            return
        for name, entry in value.items():
            rule(f'{key}."{name}"' if not name.isidentifier() else f"{key}.{name}", entry, problems)

    return check


def array_of_tables(rule: Check, name_key: str = "name") -> Check:
    """[[categories]], [[topics]]: each table checked by `rule`, numbered from 1, names unique."""

    def check(key: str, value: Any, problems: Problems) -> None:
        if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
            problems.append(f"{key}: is not a list of tables (expected [[{key}]] tables)")
            return
        for index, entry in enumerate(value, start=1):
            rule(f"{key}[{index}]", entry, problems)
        unique(key, [entry.get(name_key) for entry in value], problems)

    return check


# Names of layouts and printers ---------------------------------------------------------------------------------


def layout_name(custom: set[str]) -> Check:
    def check(key: str, value: Any, problems: Problems) -> None:
        known = set(PRESETS) | custom
        if not isinstance(value, str) or value not in known:
            hint = did_you_mean(value, known) if isinstance(value, str) else ""
            problems.append(f"{key}: {show(value)} is not a badge layout{hint} (expected a preset: "
                            f"{', '.join(PRESETS)}, or a table under [badges.layouts])")

    return check


def layout_table(key: str, value: Any, problems: Problems) -> None:
    if not isinstance(value, dict):
        problems.append(f"{key}: {show(value)} is not a table (expected a layout table with page and elements)")
        return
    try:
        layout_from_table(value)
    except (ValueError, KeyError, TypeError, IndexError) as error:
        problems.append(f"{key}: {error}")


def printer_spec(key: str, value: Any, problems: Problems) -> None:
    """The spec's form only (whether that printer is there is `kiosk check`'s question)."""
    if not isinstance(value, str):
        problems.append(f'{key}: {show(value)} is not text (expected a printer spec such as "pdf" or "cups:QUEUE")')
        return
    scheme, _, rest = value.strip().partition(":")
    front_end_form = FRONT_END_PRINTERS.get(scheme.casefold())
    if front_end_form is not None:
        if not rest.strip():
            problems.append(f"{key}: {show(value)} names no printer (expected {front_end_form})")
        return
    try:
        backend_for(value, Path("."))  # the factories only parse the spec
    except PrintError as error:
        problems.append(f"{key}: {error}")


# The whole document -------------------------------------------------------------------------------------------


def _schema(document: Mapping[str, Any]) -> Check:
    badges = document.get("badges")
    layouts = badges.get("layouts") if isinstance(badges, dict) else None
    layout = layout_name(set(layouts) if isinstance(layouts, dict) else set())
    words = list_of(text(nonempty=True))
    return table({
        "event": table({
            "name": text(nonempty=True), "start": day, "end": day, "time_zone": time_zone,
            "languages": list_of(one_of(LANGUAGES), nonempty=True), "venue": text(),
        }, required=("name", "start")),
        "categories": array_of_tables(table({
            "name": text(nonempty=True), "role": text(), "colour": colour, "valid_days": list_of(day),
        }, required=("name",))),
        "topics": array_of_tables(table({"name": text(nonempty=True), "colour": colour, "name_en": text()},
                                        required=("name",))),
        "staff": table({"pin_hash": pin_hash}),
        "kiosk": table({
            "outcome_seconds": number(1, 60), "idle_seconds": number(1, 3600),
            "search_min_chars": number(2, 10), "search_max_results": number(1, 20),
            "confirm_chars": number(1, 10), "duplicate_scan_seconds": number(0, 60, whole=False),
            "other_event_prefixes": words, "same_guest_seconds": number(0, 3600, whole=False),
        }),
        "badges": table({
            "layout": layout, "topic_layout": layout, "layouts": tables(layout_table),
            "topics_on_badge": boolean, "topic_badge": boolean, "max_topics": number(1, 10),
            "auto_print": words, "logo": text(), "printer": printer_spec,
        }),
        "kiosks": tables(table({"printer": printer_spec, "layout": layout, "name": text(),
                                "badge_pickup": text(), "badge_pickup_en": text()})),
        "programme": table({
            "url": web_address, "refresh_seconds": number(10, 3600), "timeout_seconds": number(1, 120, whole=False),
            "grace_minutes": number(0, 60),
            "barcamp": table({"day": day, "rooms": list_of(text(nonempty=True), nonempty=True),
                              "slots": list_of(slot, nonempty=True)}, required=("rooms", "slots")),
        }),
        "venue": table({"db": venue_db, "sslmode": one_of(SSL_MODES), "sslrootcert": text(nonempty=True)}),
        "phones": table({
            "enabled": boolean, "host": host, "port": number(1, 65535), "public_url": phones_url,
            "tls_cert": text(nonempty=True), "tls_key": text(nonempty=True),
        }),
    }, required=("event",))


def _event_days(event: Any, problems: Problems) -> None:
    if not isinstance(event, dict):
        return
    start, end = as_day(event.get("start")), as_day(event.get("end", event.get("start")))
    if start and end and end < start:
        problems.append(f"event.end: {end.isoformat()} is before event.start {start.isoformat()}"
                        f" (expected a day on or after {start.isoformat()})")


def _barcamp_slots(programme: Any, problems: Problems) -> None:
    """Barcamp slots in time order without overlaps, and room names once each."""
    barcamp = programme.get("barcamp") if isinstance(programme, dict) else None
    if not isinstance(barcamp, dict):
        return
    rooms = barcamp.get("rooms") if isinstance(barcamp.get("rooms"), list) else []
    for number, room in enumerate(rooms, start=1):
        if isinstance(room, str) and room in rooms[:number - 1]:
            problems.append(f"programme.barcamp.rooms[{number}]: {show(room)} is named twice (expected each room once)")
    slots = [as_slot(value) for value in barcamp.get("slots", [])] if isinstance(barcamp.get("slots"), list) else []
    for number, (before, after) in enumerate(pairwise(slots), start=2):
        if before and after and after[0] < before[1]:
            problems.append(f"programme.barcamp.slots[{number}]: starts before slot {number - 1} ends "
                            f"(expected slots in time order, without overlaps)")


def _tls_pair(phones: Any, problems: Problems) -> None:
    """A certificate needs its key and a key its certificate."""
    if not isinstance(phones, dict):
        return
    for given, missing in (("tls_cert", "tls_key"), ("tls_key", "tls_cert")):
        if given in phones and missing not in phones:
            problems.append(f"phones.{missing}: is missing (expected it beside phones.{given}: TLS needs the "
                            "certificate and its private key)")


def config_problems(document: Mapping[str, Any]) -> list[str]:
    """Everything wrong with a parsed event.toml, one `key: what is wrong (expected …)` line each."""
    problems: Problems = []
    _schema(document)("", dict(document), problems)
    _event_days(document.get("event"), problems)
    _barcamp_slots(document.get("programme"), problems)
    _tls_pair(document.get("phones"), problems)
    return problems
