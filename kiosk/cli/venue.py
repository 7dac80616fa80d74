"""`kiosk venue init`, `kiosk venue status` and `kiosk sync`: venue mode on the command line."""

import argparse
import json
import os
import signal
import stat
import sys
import threading
from typing import Any

from kiosk.cli.common import EventOpener, Handler, UsageError, with_event
from kiosk.event.config import EventConfig
from kiosk.event.folder import Event, event_folder, this_kiosk_id
from kiosk.venue.connection import VenueError, where
from kiosk.venue.server import init_server, purge_server
from kiosk.venue.status import venue_status
from kiosk.venue.sync import serve, sync_once

JSON = "print the result as JSON on standard output"
DB = "the server's URL, postgresql://ROLE@HOST[:PORT]/DATABASE (the password from PGPASSWORD or a pgpass file)"
SYNC_NICENESS = 5
STATUS_KEYS = ("connected", "outbox", "last_pull", "duplicates")


def add_venue_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,
                       open_event: EventOpener) -> dict[str, Handler]:
    """Add `kiosk venue …` and `kiosk sync`; returns their handlers by command name."""
    venue = subparsers.add_parser("venue", parents=[common], help="venue mode: the server several machines share")
    actions = venue.add_subparsers(dest="venue_command", required=True)
    init = actions.add_parser("init", help="create or upgrade the venue server's schema (run by its owner)")
    init.add_argument("--db", required=True, metavar="URL", help=DB)
    init.add_argument("--grant", metavar="ROLE",
                      help="also let this machine's role insert events and read (nothing more)")
    purge = actions.add_parser("purge", help="delete the event's data from the venue server (run by its owner)")
    purge.add_argument("--db", required=True, metavar="URL", help=DB)
    purge.add_argument("--yes", action="store_true", help="really delete (there is no undo)")
    status = actions.add_parser("status", parents=[common],
                                help="this machine's sync state: connected, outbox, last pull, duplicates")
    status.add_argument("--json", action="store_true", help=JSON)

    sync = subparsers.add_parser("sync", parents=[common],
                                 help="sync with the venue server (without --once: the sync process)")
    sync.add_argument("--once", action="store_true", help="push and pull once, then exit")
    sync.add_argument("--json", action="store_true", help=JSON)
    sync.add_argument("--db", metavar="URL", help=f"instead of event.toml's [venue] db: {DB}")

    def run_venue(args: argparse.Namespace) -> int:
        if args.venue_command == "init":
            return _guarded(_cmd_init, args)
        if args.venue_command == "purge":
            return _guarded(_cmd_purge, args)
        return with_event(open_event, _cmd_status)(args)

    def run_sync(args: argparse.Namespace) -> int:
        if args.once:
            return with_event(open_event, lambda event, a: _guarded(_cmd_sync_once, event, a))(args)
        open_event(args).close()  # a broken event.toml or database ends here, before the loop
        return _guarded(_cmd_serve, args)

    return {"venue": run_venue, "sync": run_sync}


def _guarded(command: Any, *args: Any) -> int:
    try:
        return int(command(*args))
    except VenueError as error:
        raise UsageError(str(error)) from error


def _cmd_init(args: argparse.Namespace) -> int:
    version, granted = init_server(args.db, args.grant)
    print(f"Venue schema {version} on {where(args.db)}.")
    for line in granted:
        print(f"  {line}")
    return 0


def _cmd_purge(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UsageError("this deletes every event row of every machine from the venue server: add --yes")
    count = purge_server(args.db)
    print(f"Deleted {count} events and the venue schema from {where(args.db)}.")
    return 0


def purge_venue_server(config: EventConfig) -> int:
    """`kiosk purge` on a machine of a venue: the server's copy goes too, when this role may delete it; else
    what its owner has to run. The exit code (1: the server still holds the data)."""
    if not config.venue_server.enabled:
        return 0
    url = config.venue_server.db
    try:
        count = purge_server(url)
    except VenueError as error:
        print(f"kiosk: the venue server still holds the event's data: {error}", file=sys.stderr)
        return 1
    print(f"Deleted {count} events and the venue schema from {where(url)}.")
    return 0


def _cmd_status(event: Event, args: argparse.Namespace) -> int:
    status = venue_status(event.store)
    if args.json:  # exactly the command-line contract's keys (the staff desk reads the rest in process)
        print(json.dumps({key: status[key] for key in STATUS_KEYS}, ensure_ascii=False, indent=2))
        return 0
    state = "connected" if status["connected"] else f"offline since {status['offline_since'] or '—'}"
    lines = [f"{state}; {status['outbox']} events to send; last pull {status['last_pull'] or 'never'}"]
    if status["last_error"] and not status["connected"]:
        lines.append(f"  {status['last_error']}")
    for group in status["duplicates"]:
        entries = ", ".join(f"{e['kiosk_id']} {e['at']}" for e in group["entries"])
        lines.append(f"duplicate entry {group['code']}: {entries}")
    print("\n".join(lines))
    return 0


def _cmd_sync_once(event: Event, args: argparse.Namespace) -> int:
    result = sync_once(event, args.db)
    if args.json:
        print(json.dumps(result.to_json()))
    else:
        print(f"Pushed {result.pushed}, pulled {result.pulled}.")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    """Until SIGTERM or SIGINT (or, when standard input is a pipe, its end): the sync process, nice'd."""
    folder = event_folder(args.event)
    if folder is None:
        raise UsageError("no event: pass --event PATH or set KIOSK_EVENT")
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    if _stdin_is_pipe():
        threading.Thread(target=_stop_at_end_of_input, args=(stop,), name="stdin-watch", daemon=True).start()
    if hasattr(os, "nice"):
        os.nice(SYNC_NICENESS)
    serve(folder, this_kiosk_id(), stop, lambda line: print(line, flush=True), url=args.db)
    return 0


def _stdin_is_pipe() -> bool:
    """Whether standard input is a pipe (the window that started this process holds its other end)."""
    try:
        return sys.stdin is not None and stat.S_ISFIFO(os.fstat(sys.stdin.fileno()).st_mode)
    except (OSError, ValueError):
        return False


def _stop_at_end_of_input(stop: threading.Event) -> None:
    for _ in sys.stdin:
        pass
    stop.set()
