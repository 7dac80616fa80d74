"""`kiosk check`: is this event folder and this machine ready for the day? One line per check, OK/WARN/FAIL.

The core checks what it can without Qt (configuration, database, PIN, printer, fonts, disk, folder); the
front end adds camera and screens through `MachineCheck`s.
"""

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk.event.config import CONFIG_FILE, DATABASE_FILE, ConfigError, EventConfig, load_config
from kiosk.event.config_check import did_you_mean
from kiosk.event.store import MIGRATIONS, Store, StoreError
from kiosk.printing.backends import PdfFolderBackend, PrintError, backend_for, discover_printers
from kiosk.venue.connection import UNREACHABLE, VenueError, connect, where
from kiosk.venue.server import check_rights

OK, WARN, FAIL = "OK", "WARN", "FAIL"
FAIL_BELOW_BYTES = 200 * 1024**2
WARN_BELOW_BYTES = 2 * 1024**3
SQLITE_MAGIC = b"SQLite format 3\x00"
USER_VERSION_AT = 60  # where SQLite keeps `PRAGMA user_version` in the file header


@dataclass(frozen=True)
class CheckResult:
    """One line of `kiosk check`."""

    name: str
    status: str  # OK, WARN or FAIL
    detail: str


MachineCheck = Callable[[], list[CheckResult]]  # a front end's checks of this machine (camera, screens)


def run_checks(folder: Path, kiosk_id: str, machine_checks: Sequence[MachineCheck] = ()) -> list[CheckResult]:
    """Every check of the event folder and this machine; none raises, each says what to do about a problem."""
    results = [_writable_folder(folder), _free_disk(folder), *_database(folder), _fonts()]
    try:
        config = load_config(folder)
    except ConfigError as error:
        results.insert(0, CheckResult("config", FAIL, str(error)))
        config = None
    if config is not None:
        results[:0] = [_config_summary(config), _pin(config, folder), _printer(config, folder, kiosk_id),
                       *_this_kiosk(config, kiosk_id), *_auto_print(config), *_logo(config, folder),
                       *_venue(config, folder)]
    for check in machine_checks:
        results += _guarded(check)
    return results


def summary(results: Sequence[CheckResult]) -> str:
    """`3 OK, 1 WARN, 0 FAIL`."""
    return ", ".join(f"{sum(r.status == status for r in results)} {status}" for status in (OK, WARN, FAIL))


def report_json(results: Sequence[CheckResult]) -> dict[str, object]:
    """The results and the verdict, for `kiosk check --json`."""
    return {"ready": not any(r.status == FAIL for r in results), "checks": [asdict(r) for r in results]}


def _guarded(check: MachineCheck) -> list[CheckResult]:
    try:
        return check()
    except Exception as error:  # a front end's check must not end `kiosk check`: its failure is a result
        return [CheckResult(getattr(check, "__name__", "machine"), FAIL, f"could not be checked: {error}")]


def _config_summary(config: EventConfig) -> CheckResult:
    days = config.start.isoformat() + ("" if config.end == config.start else f"–{config.end.isoformat()}")
    categories, topics = len(config.categories), len(config.topics)
    return CheckResult("config", OK, f"{config.name}, {days} ({config.time_zone}), {categories} "
                                     f"categor{'y' if categories == 1 else 'ies'}, {topics} topic{'s' * (topics != 1)}")


def _pin(config: EventConfig, folder: Path) -> CheckResult:
    if config.staff_pin_hash:
        return CheckResult("staff PIN", OK, "set")
    return CheckResult("staff PIN", FAIL, f"not set: the attendee kiosk will not start; set it with "
                                          f"`kiosk --event {folder} set-pin`")


def _printer(config: EventConfig, folder: Path, kiosk_id: str) -> CheckResult:
    """Whether the printer this kiosk prints to is there (its kind, and for files the folder)."""
    spec = config.badges.printer_for(kiosk_id)
    name = f"printer ({kiosk_id})"
    try:
        backend = backend_for(spec, folder)
    except PrintError as error:
        return CheckResult(name, WARN if spec.startswith("system:") else FAIL, str(error))
    if isinstance(backend, PdfFolderBackend):
        target = _nearest_existing(backend.folder)
        if not os.access(target, os.W_OK):
            return CheckResult(name, FAIL, f"{spec}: {backend.folder} cannot be written")
        return CheckResult(name, OK, f"{spec}: PDF files in {backend.folder}")
    offered = discover_printers(folder)
    scheme = spec.partition(":")[0]
    match = next((p for p in offered if p.spec == spec), None) or next((p for p in offered if p.spec == scheme), None)
    if match is None:
        listed = ", ".join(p.spec for p in offered if p.spec.startswith(scheme)) or "none of that kind"
        return CheckResult(name, FAIL, f"{spec} is not among this machine's printers ({listed})")
    return CheckResult(name, OK if match.available else FAIL, f"{spec}: {match.description}")


def _this_kiosk(config: EventConfig, kiosk_id: str) -> Iterator[CheckResult]:
    """A kiosk id that [kiosks] does not name (a typo in KIOSK_ID?) prints with the defaults."""
    named = config.badges.kiosks
    if named and kiosk_id not in named:
        yield CheckResult("kiosk id", WARN, f"{kiosk_id!r} has no [kiosks] table{did_you_mean(kiosk_id, list(named))}"
                                            f": it prints to {config.badges.printer} (set KIOSK_ID to one of "
                                            f"{', '.join(named)})")


def _auto_print(config: EventConfig) -> Iterator[CheckResult]:
    """auto_print names that no [[categories]] has: a typo there silently never prints."""
    if config.badges.auto_print is None or not config.categories:
        return
    known = [category.name for category in config.categories]
    for name in config.badges.auto_print:
        if name.casefold() not in {k.casefold() for k in known}:
            yield CheckResult("auto_print", WARN, f"{name!r} is no [[categories]] name{did_you_mean(name, known)}: "
                                                  "only guests imported with exactly this category print by themselves")


def _venue(config: EventConfig, folder: Path) -> Iterator[CheckResult]:
    """With a venue server: that it answers, has the schema, and lets this machine's role insert and read."""
    if not config.venue_server.enabled:
        return
    url = config.venue_server.db
    try:
        with connect(url, config, folder, application_name="kiosk check") as conn:
            missing = check_rights(conn)
            tls = "TLS" if conn.pgconn.ssl_in_use else "no TLS"
    except VenueError as error:  # unreachable: a warning (the machine works offline); a wrong setup: a failure
        yield CheckResult("venue server", WARN if error.kind == UNREACHABLE else FAIL, str(error))
        return
    if missing:
        yield CheckResult("venue server", FAIL, f"{where(url)}: " + "; ".join(missing))
    else:
        yield CheckResult("venue server", OK, f"{where(url)}: schema current, this role may send and read events "
                                              f"({tls})")


def _nearest_existing(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _logo(config: EventConfig, folder: Path) -> Iterator[CheckResult]:
    if config.badges.logo and not (folder / config.badges.logo).is_file():
        yield CheckResult("logo", WARN, f"{folder / config.badges.logo} is missing: badges print without it")


def _database(folder: Path) -> Iterator[CheckResult]:
    """The database's header (without writing anything), then its contents if this version can read them."""
    path = folder / DATABASE_FILE
    if not path.exists():
        yield CheckResult("database", WARN, f"no {DATABASE_FILE} yet: it is created on first use")
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        yield CheckResult("database", FAIL, f"{path} cannot be read: {error.strerror or error}")
        return
    if not header:
        yield CheckResult("database", WARN, f"{path} is empty: it is set up on first use")
        return
    version = int.from_bytes(header[USER_VERSION_AT:USER_VERSION_AT + 4], "big")
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        yield CheckResult("database", FAIL, f"{path} is not an event database (damaged?): restore a backup")
    elif version > len(MIGRATIONS):
        yield CheckResult("database", FAIL, f"schema {version} is newer than this program ({len(MIGRATIONS)})")
    elif version < len(MIGRATIONS):
        yield CheckResult("database", WARN, f"schema {version}: upgraded to {len(MIGRATIONS)} when a kiosk opens it")
    else:
        yield _database_contents(path)


def _database_contents(path: Path) -> CheckResult:
    try:
        store = Store(path, "check")
    except StoreError as error:
        return CheckResult("database", FAIL, str(error))
    try:
        damage = store.conn.execute("PRAGMA quick_check").fetchone()[0]
        guests, arrived = store.conn.execute(
            "SELECT count(*), (SELECT count(DISTINCT attendee_id) FROM checkins WHERE undone_at IS NULL) "
            "FROM attendees WHERE cancelled = 0").fetchone()
    except sqlite3.DatabaseError as error:
        return CheckResult("database", FAIL, f"{path} is damaged: {error}")
    finally:
        store.close()
    if damage != "ok":
        return CheckResult("database", FAIL, f"{path} is damaged ({damage}): restore a backup")
    return CheckResult("database", OK, f"schema {len(MIGRATIONS)}, {guests} guests, {arrived} checked in")


def _fonts() -> CheckResult:
    from kiosk.badges.fonts import all_fonts

    try:
        return CheckResult("fonts", OK, f"{len(all_fonts())} badge fonts")
    except Exception as error:  # HarfBuzz's own error for a missing or broken file
        return CheckResult("fonts", FAIL, f"badge fonts missing or broken ({error}): reinstall event-kiosk")


def _free_disk(folder: Path) -> CheckResult:
    try:
        free = shutil.disk_usage(_nearest_existing(folder)).free
    except OSError as error:
        return CheckResult("disk", FAIL, f"cannot tell the free space: {error.strerror or error}")
    text = f"{free / 1024**3:.1f} GB free in {_nearest_existing(folder)}"
    status = FAIL if free < FAIL_BELOW_BYTES else WARN if free < WARN_BELOW_BYTES else OK
    return CheckResult("disk", status, text if status == OK else f"only {text}: make room for the day")


def _writable_folder(folder: Path) -> CheckResult:
    if not (folder / CONFIG_FILE).exists():
        return CheckResult("folder", FAIL, f"{folder} holds no {CONFIG_FILE}")
    if not os.access(folder, os.W_OK):
        return CheckResult("folder", FAIL, f"{folder} is read-only: kiosks cannot record check-ins there")
    return CheckResult("folder", OK, f"{folder} is writable")
