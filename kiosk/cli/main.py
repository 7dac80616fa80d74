"""The `kiosk` command line. The window commands are handed to a front end (the Qt one in `ui`)."""

import argparse
import functools
import getpass
import json
import os
import sqlite3
import sys
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.attendees.importer import import_attendees
from kiosk.attendees.search import search
from kiosk.attendees.tabular import UnreadableFile
from kiosk.badges import render_badges
from kiosk.badges.data import layout_named, logo_path
from kiosk.checkin import reports
from kiosk.checkin.desk import CheckinDesk, Outcome
from kiosk.cli.badges import add_badge_commands, sample_badge
from kiosk.cli.common import Handler, UsageError, with_event
from kiosk.cli.progress import ProgressLine
from kiosk.cli.serve import add_serve_command
from kiosk.cli.venue import add_venue_commands, purge_venue_server
from kiosk.event.check import FAIL, MachineCheck, report_json, run_checks, summary
from kiosk.event.config import ConfigError, load_config, set_staff_pin_hash
from kiosk.event.demo import prepare_demo
from kiosk.event.folder import Event, event_folder, init_event, open_event, purge_event_data, this_kiosk_id
from kiosk.event.pin import hash_pin, valid_pin
from kiosk.event.store import StoreError, event_uuid
from kiosk.polls.commands import add_poll_commands
from kiosk.printing.backends import PrintError, backend_for, discover_printers
from kiosk.printing.queue import Job
from kiosk.printing.worker import PrintWorker
from kiosk.programme.commands import add_programme_commands
from kiosk.tickets.files import write_tickets

BATCH_NICENESS = 10
GuiRunner = Callable[..., int]  # (event folder, mode, smoke test, screen=None, room="") -> exit code
CHECKIN_EXIT_CODES = {Outcome.WELCOME: 0, Outcome.ALREADY_CHECKED_IN: 3, Outcome.UNKNOWN: 4, Outcome.INVALID: 4,
                      Outcome.CANCELLED: 5, Outcome.NOT_VALID_TODAY: 5}
CHECKIN_EPILOG = """exit codes:
  0  welcome (checked in now, or welcome back on a later day of a multi-day ticket)
  2  the command could not run (no event, broken event.toml, damaged database, …)
  3  already checked in today
  4  unknown or invalid code
  5  cancelled ticket, or not valid today"""
MODE_HELP = ("kiosk: the attendee kiosk, full screen and locked down; staff: the staff desk in a normal window; "
             "screen: the programme's info screen (or a door sign with --room); moderator: the live polls' "
             "moderator console (staff PIN); stage: the polls' stage display on the projector")
MODES = ("kiosk", "staff", "screen", "moderator", "stage")
JSON_HELP = "print the result as JSON on standard output"


def _parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--event", default=argparse.SUPPRESS, help="event folder (default: $KIOSK_EVENT)")
    parser = argparse.ArgumentParser(prog="kiosk", description="event-kiosk: on-site check-in, offline.")
    parser.add_argument("--event", help="event folder (default: $KIOSK_EVENT)")
    parser.add_argument("--version", action="version", version=f"event-kiosk {__version__}")
    parser.add_argument("--smoke-test", action="store_true", help="open the window offscreen, render, exit")
    commands = parser.add_subparsers(dest="command")

    run = commands.add_parser("run", parents=[common], help="start the kiosk window")
    run.add_argument("--mode", choices=MODES, default="kiosk", help=MODE_HELP)
    run.add_argument("--screen", type=int, metavar="N",
                     help="screen and stage modes: the monitor to fill (0 = the first; remembered for the next "
                          "start)")
    run.add_argument("--room", default="", metavar="R", help="screen mode: the door sign of this one room")
    demo = commands.add_parser("demo", parents=[common], help="start the kiosk on the embedded demo event")
    demo.add_argument("--mode", choices=MODES, default="kiosk", help=MODE_HELP)
    demo.add_argument("--folder", type=Path, help="where to keep the demo event")

    init = commands.add_parser("init", help="create a new event folder")
    init.add_argument("path", type=Path, help="the new event folder (must not hold an event yet)")
    init.add_argument("--name", required=True, help="the event's name, as guests see it")

    importing = commands.add_parser("import", parents=[common], help="import data into the event")
    importing.add_argument("what", choices=("attendees",), help="what the file holds")
    importing.add_argument("file", type=Path, help="a CSV (any usual encoding and delimiter) or XLSX file")
    importing.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                           help="take COLUMN for FIELD (salutation title first_name last_name full_name organisation "
                                "email category code status order_code ignore); repeatable")
    importing.add_argument("--dry-run", action="store_true", help="report what would change, change nothing")
    importing.add_argument("--cancel-missing", action="store_true",
                           help="cancel imported guests the list no longer has (without it they are only listed)")
    importing.add_argument("--json", action="store_true", help="print the report as JSON (no progress line)")

    checkin = commands.add_parser("checkin", parents=[common], help="check in a ticket code",
                                  description="Check in a ticket code as a kiosk would; the exit code says the "
                                              "outcome.",
                                  epilog=CHECKIN_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    checkin.add_argument("code", help="the ticket code as scanned or typed")
    checkin.add_argument("--json", action="store_true", help=JSON_HELP)
    finder = commands.add_parser("search", parents=[common], help="find attendees by name or organisation")
    finder.add_argument("query", help="words or prefixes of names or organisations, in any order")
    finder.add_argument("--limit", type=int, default=20, help="at most this many results (default: 20)")
    finder.add_argument("--json", action="store_true", help=JSON_HELP)

    tickets = commands.add_parser("tickets", parents=[common], help="write QR codes and a mail-merge CSV")
    tickets.add_argument("--out", type=Path, required=True, help="the folder for the files (created if needed)")
    tickets.add_argument("--pdf", action="store_true", help="also a PDF ticket per guest, for mailing")
    export = commands.add_parser("export", parents=[common], help="export the check-in list (.csv or .xlsx)")
    export.add_argument("what", choices=("checkins",), help="what to export")
    export.add_argument("file", type=Path, help="the file to write; .csv or .xlsx")
    commands.add_parser("printers", parents=[common], help="list the printers badges can go to")
    worker = commands.add_parser("print-worker", parents=[common],
                                 help="print queued jobs until standard input closes (the kiosk starts it)")
    worker.add_argument("--kiosk-id", required=True, help="print the jobs of this kiosk")
    print_test = commands.add_parser("print-test", parents=[common], help="print a sample badge")
    print_test.add_argument("--printer", required=True, help="a printer spec, see `kiosk printers`")
    print_test.add_argument("--layout", help="default: this kiosk's layout")
    commands.add_parser("set-pin", parents=[common],
                        help="set the staff PIN (typed twice on a terminal, else one line of standard input)")
    check = commands.add_parser("check", parents=[common], help="check event.toml and this machine before the day")
    check.add_argument("--json", action="store_true", help=JSON_HELP)
    purge = commands.add_parser("purge", parents=[common], help="delete all attendee data of the event")
    purge.add_argument("--yes", action="store_true", help="really delete (there is no undo)")

    bench = commands.add_parser("bench", help="measure the speed figures")
    bench.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    bench.add_argument("--quick", action="store_true", help="smaller data, for a first look")
    bench.add_argument("--only", choices=("phones", "venue", "polls", "window"),
                       help="measure only this part (phones: kiosk serve; venue: as --venue; polls: ballots, "
                            "results, the stage and the voting kiosk; window: the kiosk window's start-up, "
                            "memory, stalls during a re-import and scan to screen)")
    bench.add_argument("--venue", action="store_true",
                       help="measure only venue mode (starts a PostgreSQL server of its own on 127.0.0.1)")
    return parser, {**add_badge_commands(commands, common, _open), **add_programme_commands(commands, common, _open),
                    **add_poll_commands(commands, common, _open), **add_serve_command(commands, common, _folder),
                    **add_venue_commands(commands, common, _open)}


NO_EVENT = "no event: pass --event PATH or set KIOSK_EVENT (or try `kiosk demo`)"


def _folder(args: argparse.Namespace) -> Path:
    """The event folder the command works on (checked to hold a readable event.toml)."""
    folder = event_folder(args.event)
    if folder is None:
        raise UsageError(NO_EVENT)
    load_config(folder)
    return folder


def _open(args: argparse.Namespace) -> Event:
    return open_event(_folder(args))


def _column_map(pairs: Sequence[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        column, sep, field = pair.partition("=")
        if not sep or not column or not field:
            raise UsageError(f"--map takes COLUMN=FIELD, not {pair!r}")
        mapping[column] = field
    return mapping


def _print(data: Any, as_json: bool, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str) if as_json else text)


def _yield_cpu_to_the_kiosk() -> None:
    """Batch work (imports, rendering print jobs) runs at lower CPU priority than the kiosk's window."""
    if hasattr(os, "nice"):
        os.nice(BATCH_NICENESS)


def _cmd_import(event: Event, args: argparse.Namespace) -> int:
    _yield_cpu_to_the_kiosk()
    progress = ProgressLine("Importing", enabled=not args.json)
    progress(0, 0)  # reading and checking the list, before the first rows are written
    try:
        report = import_attendees(event, args.file, _column_map(args.map), dry_run=args.dry_run,
                                  cancel_missing=args.cancel_missing, progress=progress)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        progress.finish()
    lines = [f"{'Would import' if args.dry_run else 'Imported'} {args.file.name}: {report.added} added, "
             f"{report.updated} updated, {report.unchanged} unchanged, {report.cancelled} cancelled, "
             f"{len(report.errors)} rows with errors", *report.details(args.dry_run)]
    _print(report.to_json(), args.json, "\n".join(lines))
    return 0


def _cmd_checkin(event: Event, args: argparse.Namespace) -> int:
    """Check a code in; the exit code tells scripts the outcome (`CHECKIN_EXIT_CODES`)."""
    result = CheckinDesk(event).scan(args.code)
    assert result is not None  # a fresh desk has seen no code yet
    who = result.attendee.display_name if result.attendee else ""
    _print(result.to_json(), args.json, f"{result.outcome.value} {who}".strip())
    return CHECKIN_EXIT_CODES[result.outcome]


def _cmd_search(event: Event, args: argparse.Namespace) -> int:
    found = search(event.store, args.query, args.limit)
    data = [{"id": a.id, "first_name": a.first_name, "last_name": a.last_name, "organisation": a.organisation,
             "category": a.category} for a in found]
    _print(data, args.json, "\n".join(f"{a.last_name}, {a.first_name} — {a.organisation}" for a in found))
    return 0


def _cmd_tickets(event: Event, args: argparse.Namespace) -> int:
    progress = ProgressLine("Writing tickets")
    try:
        count = write_tickets(event, args.out, pdf=args.pdf, progress=progress)
    finally:
        progress.finish()
    what = "QR codes, PDF tickets" if args.pdf else "QR codes"
    print(f"Wrote {count} {what} and tickets.csv to {args.out}")
    return 0


def _cmd_export(event: Event, args: argparse.Namespace) -> int:
    count = reports.export_checkin_list(event, args.file)
    print(f"Wrote {count} attendees to {args.file}")
    return 0


def _on_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _typed_pin(prompt: str) -> str:
    """A PIN typed (hidden) twice on the terminal; empty when the first answer is empty."""
    pin = getpass.getpass(prompt)
    if pin and getpass.getpass("Again: ") != pin:
        raise UsageError("the two PINs differ; nothing was changed")
    return pin


def _new_pin() -> str:
    """A new staff PIN: typed twice on a terminal, else the first line of standard input."""
    if _on_terminal():
        pin = _typed_pin("New staff PIN (4–12 digits): ")
    else:
        pin = sys.stdin.readline().strip() if sys.stdin is not None else ""
        if not pin:
            raise UsageError("no PIN given: run this in a terminal, or pipe the PIN in (echo PIN | kiosk … set-pin)")
    if not valid_pin(pin):
        raise UsageError("the PIN must be 4–12 digits; nothing was changed")
    return pin


def _cmd_set_pin(args: argparse.Namespace) -> int:
    folder = _folder(args)
    set_staff_pin_hash(folder, hash_pin(_new_pin()))
    print("Staff PIN set.")
    return 0


def _cmd_init(args: argparse.Namespace) -> int:
    """A new event folder; on a terminal the staff PIN is asked for right away (Enter: later)."""
    init_event(args.path, args.name)
    print(f"Created {args.path / 'event.toml'}; import attendees with `kiosk import attendees`.")
    later = f"set the staff PIN with `kiosk --event {args.path} set-pin` (the attendee kiosk needs one)"
    pin = _typed_pin("Staff PIN for the staff desk (4–12 digits, Enter: later): ") if _on_terminal() else ""
    if not pin:
        print(f"Next, {later}.")
        return 0
    if not valid_pin(pin):
        raise UsageError(f"the PIN must be 4–12 digits: {later}")
    set_staff_pin_hash(args.path, hash_pin(pin))
    print("Staff PIN set.")
    return 0


def _cmd_printers(event: Event, args: argparse.Namespace) -> int:
    printers = discover_printers(event.folder)
    configured = event.config.badges.printer_for(event.store.kiosk_id)
    for printer in printers:
        mark = "*" if printer.spec == configured else " "
        state = "" if printer.available else "  (not available)"
        print(f"{mark} {printer.spec:<40} {printer.description}{state}")
    print(f"This kiosk ({event.store.kiosk_id}) prints to: {configured}")
    return 0


def _cmd_print_test(event: Event, args: argparse.Namespace) -> int:
    layout = layout_named(event.config, args.layout or event.config.badges.layout_for(event.store.kiosk_id))
    result = render_badges(replace(layout, sheet=None), [sample_badge(event.config)],
                           logo_path(event.config, event.folder))
    try:
        backend_for(args.printer, event.folder).send(f"test-{event_uuid()}", result.pdf, (layout.width, layout.height))
    except PrintError as error:
        raise UsageError(f"the printer did not take the test badge: {error}") from error
    print(f"Sent a test badge to {args.printer}.")
    return 0


def _cmd_print_worker(args: argparse.Namespace) -> int:
    """Each line on standard input wakes the worker; end of input stops it. Changed jobs go to stdout."""
    folder = _folder(args)
    stop, wake = threading.Event(), threading.Event()

    def listen() -> None:
        for _ in sys.stdin:
            wake.set()
        stop.set()
        wake.set()

    def report(job: Job) -> None:
        print(f"job {job.id} {job.state}", flush=True)

    _yield_cpu_to_the_kiosk()
    threading.Thread(target=listen, name="wake-listener", daemon=True).start()
    worker = PrintWorker(folder, args.kiosk_id, on_change=report)
    try:
        worker.serve(stop, wake)
    finally:
        worker.close()
    return 0


def _cmd_purge(args: argparse.Namespace) -> int:
    folder = _folder(args)
    if not args.yes:
        raise UsageError("this deletes every attendee, check-in and printed badge of the event: add --yes")
    removed = purge_event_data(folder)
    for place, count in sorted(Counter(path.parent for path in removed).items()):
        print(f"{count:>6} in {place}")
    print(f"Deleted {len(removed)} files; event.toml is kept (it holds no personal data).")
    return purge_venue_server(load_config(folder))


def _cmd_bench(args: argparse.Namespace) -> int:
    from kiosk.bench.pg_server import PostgresMissing
    from kiosk.bench.runner import run_bench

    try:
        return run_bench(as_json=args.json, quick=args.quick, only="venue" if args.venue else args.only)
    except PostgresMissing as missing:
        raise UsageError(f"the venue figures need a PostgreSQL server of their own: {missing}") from missing


def _cmd_check(args: argparse.Namespace, machine_checks: Sequence[MachineCheck]) -> int:
    folder = event_folder(args.event)
    if folder is None:
        raise UsageError(NO_EVENT)
    results = run_checks(folder, this_kiosk_id(), machine_checks)
    width = max(len(r.name) for r in results)
    lines = [f"{r.status:<4}  {r.name:<{width}}  {r.detail}".replace("\n", "\n" + " " * (width + 8)) for r in results]
    _print(report_json(results), args.json, "\n".join([*lines, summary(results)]))
    return 1 if any(r.status == FAIL for r in results) else 0


PRINTING_COMMANDS = ("printers", "print-test", "print-worker", "check")


def main(argv: Sequence[str] | None = None, gui: GuiRunner | None = None,
         add_printers: Callable[[], None] | None = None, machine_checks: Sequence[MachineCheck] = ()) -> int:
    """Run the command line; `gui` starts windows (run, demo, --smoke-test); `add_printers` registers the
    front end's printer kinds (called only by the commands that print); `machine_checks` are the front end's
    additions to `kiosk check`. A refusal or a broken event prints `kiosk: …` and exits 2."""
    parser, badge_handlers = _parser()
    args = parser.parse_args(argv)
    event_commands = {
        "import": _cmd_import, "checkin": _cmd_checkin, "search": _cmd_search, "tickets": _cmd_tickets,
        "export": _cmd_export, "printers": _cmd_printers, "print-test": _cmd_print_test,
    }
    handlers: dict[str, Handler] = {
        **badge_handlers, **{name: with_event(_open, command) for name, command in event_commands.items()},
        "set-pin": _cmd_set_pin, "purge": _cmd_purge, "bench": _cmd_bench, "print-worker": _cmd_print_worker,
        "init": _cmd_init, "check": functools.partial(_cmd_check, machine_checks=machine_checks),
    }
    try:
        if add_printers is not None and args.command in PRINTING_COMMANDS:
            add_printers()
        if args.command in handlers:
            return handlers[args.command](args)
        return _start_window(args, gui)
    except (UsageError, ConfigError, StoreError, UnreadableFile, FileExistsError, OSError) as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:  # damage found after opening
        print(f"kiosk: the event database cannot be read ({exc}): restore a backup", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kiosk: interrupted", file=sys.stderr)
        return 130


def _start_window(args: argparse.Namespace, gui: GuiRunner | None) -> int:
    if gui is None:
        raise UsageError("this command needs the window front end: run the installed `kiosk` command")
    if args.command == "demo":
        return gui(prepare_demo(args.folder), args.mode, args.smoke_test)
    folder = event_folder(args.event)
    if folder is None:
        if not args.smoke_test:
            raise UsageError(NO_EVENT)
        folder = prepare_demo()
    mode = getattr(args, "mode", "kiosk")
    if not args.smoke_test:
        _ready_for_the_window(folder, mode)
    if mode in ("screen", "stage"):
        return gui(folder, mode, args.smoke_test, screen=args.screen, room=args.room.strip())
    return gui(folder, mode, args.smoke_test)


def _ready_for_the_window(folder: Path, mode: str) -> None:
    """The kiosk records check-ins, and a locked full-screen kiosk without a staff PIN could not be left."""
    config = load_config(folder)
    if not os.access(folder, os.W_OK):
        raise UsageError(f"{folder} is read-only: the kiosk could not record check-ins (copy the folder somewhere "
                         "writable)")
    if mode == "kiosk" and not config.staff_pin_hash:
        raise UsageError(f"no staff PIN is set, so nobody could leave the locked kiosk: set one with "
                         f"`kiosk --event {folder} set-pin`, then start again")
    if mode == "moderator" and not config.staff_pin_hash:
        raise UsageError(f"no staff PIN is set, and the moderator console opens only with it: set one with "
                         f"`kiosk --event {folder} set-pin`, then start again")
