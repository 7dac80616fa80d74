"""Connecting to the venue server: timeouts that notice a dead network within seconds, and one clear line for
every way it can fail (no traceback)."""

from pathlib import Path
from urllib.parse import urlsplit

import psycopg
from psycopg import errors

from kiosk.event.config import EventConfig
from kiosk.event.config_check import venue_db

CONNECT_TIMEOUT_S = 3
TCP_USER_TIMEOUT_MS = 5000
# The server's side of the session: a machine whose link dies inside a push must not hold its transaction (and
# with it every machine's pull horizon, `pg_snapshot_xmin`) for long.
SERVER_OPTIONS = ("-c idle_in_transaction_session_timeout=5000 -c statement_timeout=10000 -c tcp_user_timeout=5000"
                  " -c tcp_keepalives_idle=5 -c tcp_keepalives_interval=2 -c tcp_keepalives_count=2")
CHANNEL = "kiosk_events"


# What kind of problem a VenueError is (a front end may say it in the staff's language).
CONFIG, UNREACHABLE, LOGIN, NO_DATABASE, NO_ROLE, NO_SCHEMA, NO_RIGHTS, FAILED = (
    "config", "unreachable", "login", "no_database", "no_role", "no_schema", "no_rights", "failed")


class VenueError(RuntimeError):
    """The venue server cannot be used as asked; the message says why and what to do, `kind` which problem it
    is (one of the constants above)."""

    def __init__(self, message: str, kind: str = FAILED) -> None:
        super().__init__(message)
        self.kind = kind


def venue_url(config: EventConfig) -> str:
    """The server's URL from event.toml's `[venue] db`; VenueError when the event has none."""
    if not config.venue_server.enabled:
        raise VenueError("this event has no venue server: add [venue] db = \"postgresql://ROLE@HOST/DATABASE\" to "
                         "event.toml (README: venue mode)", CONFIG)
    return config.venue_server.db


def where(url: str) -> str:
    """`host:port/database` of a URL, for messages."""
    parts = urlsplit(url)
    return f"{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path or '/'}"


def connect(url: str, config: EventConfig | None = None, folder: Path | None = None,
            application_name: str = "kiosk") -> psycopg.Connection:
    """An autocommit connection (transactions are explicit: `with conn.transaction()`); VenueError when the
    server cannot be reached, refuses the login, or the URL holds a password."""
    problems: list[str] = []
    venue_db("venue server URL", url, problems)
    if problems:
        raise VenueError(problems[0], CONFIG)
    options: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT_S, "tcp_user_timeout": TCP_USER_TIMEOUT_MS, "keepalives": 1,
        "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 2, "options": SERVER_OPTIONS,
        "application_name": application_name,
    }
    if config is not None and config.venue_server.sslmode:
        options["sslmode"] = config.venue_server.sslmode
    if config is not None and config.venue_server.sslrootcert:
        options["sslrootcert"] = str((folder or Path(".")) / config.venue_server.sslrootcert)
    try:
        return psycopg.connect(url, autocommit=True, **options)  # type: ignore[arg-type]
    except psycopg.Error as error:
        raise explain(error, url) from error


def explain(error: BaseException, url: str) -> VenueError:
    """What went wrong with the server and what to do, as the VenueError to raise."""
    text = " ".join(str(error).split())
    place = where(url)
    lowered = text.lower()
    if isinstance(error, errors.InsufficientPrivilege):
        role = urlsplit(url).username or "this role"
        return VenueError(f"the venue server {place} refuses {role} ({text}): let the server's owner run "
                          f"`kiosk venue init --db URL --grant {role}`", NO_RIGHTS)
    if isinstance(error, errors.UndefinedObject) and "role" in lowered:
        return VenueError(f"the venue server {place} has no such role ({text}): create it first "
                          "(createuser --pwprompt ROLE)", NO_ROLE)
    if isinstance(error, errors.UndefinedTable):
        return VenueError(f"the venue server {place} has no venue schema yet: run `kiosk venue init --db URL` once",
                          NO_SCHEMA)
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return VenueError(f"the venue server {place} does not accept the login ({text}): put the role's password "
                          "in a pgpass file or PGPASSWORD on this machine", LOGIN)
    if "does not exist" in lowered and "database" in lowered:
        return VenueError(f"the venue server {place} has no such database ({text}): create it (README: venue mode)",
                          NO_DATABASE)
    if isinstance(error, psycopg.OperationalError):
        return VenueError(f"the venue server {place} cannot be reached ({text}); this machine keeps working "
                          "offline", UNREACHABLE)
    return VenueError(f"the venue server {place} failed: {text}")
