"""The `kiosk programme …` subcommands: import, list, now, changes, pdf, ics, board, follow, and the staff
edits delay, move, cancel, revert (with `edits` listing them)."""

import argparse
import json
import threading
from dataclasses import asdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.cli.common import EventOpener, Handler, UsageError, with_event
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.programme import edits
from kiosk.programme.board import board
from kiosk.programme.changes import list_changes
from kiosk.programme.detect import parse_source
from kiosk.programme.follow import FetchError, ProgrammeFollower, download
from kiosk.programme.ics_export import write_programme_ics
from kiosk.programme.importing import ImportReport, NeedsConfirmation, import_programme
from kiosk.programme.model import Problem, ProgrammeError
from kiosk.programme.nownext import Timeline
from kiosk.programme.pdf import PAPER, write_board_pdf, write_programme_pdf
from kiosk.programme.store import current_programme


def add_programme_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,
                           open_event: EventOpener) -> dict[str, Handler]:
    """Add `kiosk programme …` to the command line; returns its handler by command name."""
    programme = subparsers.add_parser("programme", parents=[common], help="the live programme (sessions, rooms)")
    actions = programme.add_subparsers(dest="programme_command", required=True)
    importing = actions.add_parser("import", parents=[common], help="import schedule.xml/.json, .ics, CSV or XLSX")
    importing.add_argument("source", metavar="FILE|URL", help="a file or an http(s) address")
    importing.add_argument("--confirm", action="store_true",
                           help="accept a programme that is empty or much smaller than the current one")
    importing.add_argument("--json", action="store_true", help="print the report as JSON")
    listing = actions.add_parser("list", parents=[common], help="the sessions, with their status")
    listing.add_argument("--day", type=_day, metavar="YYYY-MM-DD", help="one programme day (04:00 to 03:59)")
    listing.add_argument("--room", help="one room, by its name")
    listing.add_argument("--json", action="store_true", help="print the sessions as JSON")
    now = actions.add_parser("now", parents=[common], help="what runs now and next in each room")
    now.add_argument("--at", type=_moment, metavar="ISO", help="default: now")
    now.add_argument("--json", action="store_true", help="print now and next as JSON")
    changes = actions.add_parser("changes", parents=[common], help="what imports and staff edits changed")
    changes.add_argument("--since", type=_moment, metavar="ISO", help="only changes from then on")
    changes.add_argument("--json", action="store_true", help="print the changes as JSON")
    pdf = actions.add_parser("pdf", parents=[common], help="the programme as PDF, an A4 page per day")
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    ics = actions.add_parser("ics", parents=[common], help="the programme as an iCalendar file")
    ics.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.ics", help="the file to write")
    wall = actions.add_parser("board", parents=[common], help="the barcamp board as PDF, for the wall")
    wall.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    wall.add_argument("--paper", choices=sorted(PAPER), default="A3", help="paper size, landscape (default A3)")
    delay = actions.add_parser("delay", parents=[common], help="delay a session by N minutes (staff edit)")
    delay.add_argument("id", help="the session's id (see `list`)")
    delay.add_argument("minutes", type=int, help="minutes later (negative: earlier)")
    delay.add_argument("--following", action="store_true", help="also the later sessions of that room and day")
    move = actions.add_parser("move", parents=[common], help="move a session to another room (staff edit)")
    move.add_argument("id", help="the session's id (see `list`)")
    move.add_argument("room", help="the new room")
    cancel = actions.add_parser("cancel", parents=[common], help="cancel a session (staff edit)")
    cancel.add_argument("id", help="the session's id (see `list`)")
    revert = actions.add_parser("revert", parents=[common], help="undo a staff edit")
    revert.add_argument("edit", help="the edit's id (printed by the edit, or see `edits`)")
    edits_list = actions.add_parser("edits", parents=[common], help="the staff edits of a session")
    edits_list.add_argument("id", help="the session's id (see `list`)")
    edits_list.add_argument("--json", action="store_true", help="print the edits as JSON")
    follow = actions.add_parser("follow", parents=[common], help="follow [programme] url of event.toml")
    follow.add_argument("--once", action="store_true", help="fetch once and exit")
    follow.add_argument("--confirm", action="store_true", help="accept the programme that waits for staff")
    follow.add_argument("--json", action="store_true", help="print the status or report as JSON")
    return {"programme": with_event(open_event, _dispatch)}


def _dispatch(event: Event, args: argparse.Namespace) -> int:
    return _COMMANDS[args.programme_command](event, args)


def _zone(event: Event) -> ZoneInfo:
    return ZoneInfo(event.config.time_zone)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO 8601 date and time") from None
    return moment  # without an offset it is read on the event's wall clock (`_aware`)


def _aware(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    return moment.replace(tzinfo=zone) if moment is not None and moment.tzinfo is None else moment


def _print(data: Any, as_json: bool, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2) if as_json else text)


def _cmd_import(event: Event, args: argparse.Namespace) -> int:
    source = args.source
    try:
        if source.startswith(("http://", "https://")):
            fetched = download(source, timeout=event.config.programme.timeout_seconds)
            data = fetched[0] if fetched else b""
        else:
            data = _read_file(Path(source))
        parsed = parse_source(data, Path(source).name if "://" not in source else source, _zone(event))
        report = import_programme(event.store, parsed, source, confirm=args.confirm)
    except (ProgrammeError, FetchError, NeedsConfirmation) as exc:
        report = ImportReport(errors=[Problem(source, str(exc))])
        _print(report.as_json(), args.json, f"nothing imported: {exc}")
        return 1
    text = (f"{report.added} added, {report.changed} changed, {report.cancelled} cancelled, "
            f"{report.unchanged} unchanged" + "".join(f"\n  {p.where}: {p.why}" for p in report.errors))
    _print(report.as_json(), args.json, text)
    return 0


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None


def _cmd_list(event: Event, args: argparse.Namespace) -> int:
    timeline = Timeline(current_programme(event.store, _zone(event)))
    entries = timeline.day(args.day, args.room) if args.day else \
        [e for e in timeline.entries if args.room is None or e.session.room == args.room]
    rows = [entry.as_json() for entry in entries]
    text = "\n".join(f"{r['start'][:16].replace('T', ' ')}–{r['end'][11:16]}  {r['room']:<20.20}  "
                     f"{r['title']}  [{r['status']}]" for r in rows) or "no sessions"
    _print(rows, args.json, text)
    return 0


def _cmd_now(event: Event, args: argparse.Namespace) -> int:
    at = (_aware(args.at, _zone(event)) or utc_now()).astimezone(_zone(event))
    grace = timedelta(minutes=event.config.programme.grace_minutes)
    rooms = Timeline(current_programme(event.store, _zone(event)), grace).now_next(at)
    data = {"at": at.isoformat(), "rooms": [
        {"room": r.room, "now": r.now.as_json() if r.now else None, "next": r.next.as_json() if r.next else None}
        for r in rooms]}
    lines = [f"{r.room}: now {r.now.session.title if r.now else '–'}; next "
             f"{f'{r.next.session.start:%H:%M} {r.next.session.title}' if r.next else '–'}" for r in rooms]
    _print(data, args.json, "\n".join(lines) or "no sessions")
    return 0


def _cmd_changes(event: Event, args: argparse.Namespace) -> int:
    rows = list_changes(event.store, _aware(args.since, _zone(event)))
    _print(rows, args.json, "\n".join(f"{r['at'][:19]}  {r['kind']:<10}  {r['title']}" for r in rows) or "no changes")
    return 0


def _cmd_pdf(event: Event, args: argparse.Namespace) -> int:
    pages = write_programme_pdf(args.output, Timeline(current_programme(event.store, _zone(event))),
                                event.config.name)
    print(f"{args.output}: {pages} page{'s' if pages != 1 else ''}")
    return 0


def _cmd_ics(event: Event, args: argparse.Namespace) -> int:
    entries = current_programme(event.store, _zone(event))
    write_programme_ics(args.output, entries, event.config.name)
    print(f"{args.output}: {len(entries)} sessions")
    return 0


def _cmd_board(event: Event, args: argparse.Namespace) -> int:
    settings = event.config.programme.barcamp
    if not settings.rooms or not settings.slots:
        raise UsageError("event.toml has no [programme.barcamp] with rooms and slots")
    day = settings.day or event.config.start
    write_board_pdf(args.output, board(event.store, _zone(event), settings, day), event.config.name, args.paper)
    print(f"{args.output}: {len(settings.slots)} slots × {len(settings.rooms)} rooms")
    return 0


def _cmd_edit(event: Event, args: argparse.Namespace) -> int:
    store, zone, command = event.store, _zone(event), args.programme_command
    try:
        if command == "delay":
            ids = edits.delay(store, zone, args.id, args.minutes, following=args.following)
        elif command == "move":
            ids = [edits.move_room(store, zone, args.id, args.room)]
        elif command == "cancel":
            ids = [edits.cancel(store, zone, args.id)]
        else:
            edits.revert(store, zone, args.edit)
            ids = [args.edit]
    except edits.EditError as exc:
        raise UsageError(str(exc)) from None
    print("\n".join(ids))
    return 0


def _cmd_edits(event: Event, args: argparse.Namespace) -> int:
    rows = edits.edits_of(event.store, args.id)
    _print(rows, args.json, "\n".join(f"{r['id']}  {r['at'][:19]}  {json.dumps(r['fields'], ensure_ascii=False)}"
                                      for r in rows) or "no edits")
    return 0


def _cmd_follow(event: Event, args: argparse.Namespace) -> int:
    settings = event.config.programme
    if not settings.url:
        raise UsageError("event.toml has no [programme] url to follow")
    follower = ProgrammeFollower(event.folder, event.store, _zone(event), settings.url, settings.timeout_seconds)
    if args.confirm:
        try:
            report = follower.confirm_pending()
        except ProgrammeError as exc:
            raise UsageError(str(exc)) from None
        _print(report.as_json(), args.json, f"{report.added} added, {report.cancelled} cancelled")
        return 0
    if args.once:
        status = follower.poll()
        _print(asdict(status), args.json, status.last_error or f"fetched {status.last_fetched}")
        return 1 if status.last_error else 0
    follower.run(threading.Event(), settings.refresh_seconds)  # until Ctrl+C
    return 0


_COMMANDS = {"import": _cmd_import, "list": _cmd_list, "now": _cmd_now, "changes": _cmd_changes, "pdf": _cmd_pdf,
             "ics": _cmd_ics, "board": _cmd_board, "follow": _cmd_follow, "delay": _cmd_edit, "move": _cmd_edit,
             "cancel": _cmd_edit, "revert": _cmd_edit, "edits": _cmd_edits}
