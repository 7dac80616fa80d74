"""The `kiosk polls …` (import, list, export) and `kiosk poll …` (lifecycle, vote, results, moderation)
subcommands."""

import argparse
import json
from pathlib import Path
from typing import Any

from kiosk.cli.common import EventOpener, Handler, UsageError, with_event
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.polls import store as polls
from kiosk.polls.ballots import cast_vote, upvote
from kiosk.polls.export import export_polls
from kiosk.polls.model import Poll, PollError, VoteResult
from kiosk.polls.moderation import moderate, queue
from kiosk.polls.results import results
from kiosk.polls.toml_file import POLLS_FILE, as_problem, read_polls_file
from kiosk.polls.voters import ticket_voter

LIFECYCLE = ("open", "close", "reveal", "hide", "new-round")
MODERATION = ("approve", "hide", "pin", "unpin", "answered", "unanswered")
JSON = "print the result as JSON"
POLL_ID = "the poll's id (see `kiosk polls list`)"
STEP_HELP = {
    "open": "open the poll for ballots (optionally with a countdown)",
    "close": "close the poll: no more ballots",
    "reveal": "show the results on the stage and at the kiosks",
    "hide": "hide the results again",
    "new-round": "open a new round with an empty ballot box (earlier rounds are kept)",
}
ENTRY = "the entry's number (see `kiosk poll queue` and `kiosk poll results`)"


def add_poll_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,
                      open_event: EventOpener) -> dict[str, Handler]:
    """Add `kiosk polls …` and `kiosk poll …`; returns their handlers by command name."""
    group = subparsers.add_parser("polls", parents=[common], help="live polls: import, list, export")
    actions = group.add_subparsers(dest="polls_command", required=True)
    importing = actions.add_parser("import", parents=[common], help=f"import {POLLS_FILE} (checked as a whole)")
    importing.add_argument("file", type=Path, nargs="?", help=f"default: {POLLS_FILE} in the event folder")
    importing.add_argument("--json", action="store_true", help=JSON)
    listing = actions.add_parser("list", parents=[common], help="the polls with state, round and ballots")
    listing.add_argument("--session", help="only the polls of this programme session")
    listing.add_argument("--json", action="store_true", help=JSON)
    export = actions.add_parser("export", parents=[common], help="a CSV per poll and a PDF report")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="DIR",
                        help="the folder for poll-ID.csv files and polls-report.pdf (made if missing)")

    poll = subparsers.add_parser("poll", parents=[common], help="run one poll: open, close, vote, results")
    steps = poll.add_subparsers(dest="poll_command", required=True)
    for name in LIFECYCLE:
        step = steps.add_parser(name, parents=[common], help=STEP_HELP[name])
        step.add_argument("id", help=POLL_ID)
        if name in ("open", "new-round"):
            step.add_argument("--seconds", type=float, help="close by itself after this countdown")
        step.add_argument("--json", action="store_true", help=JSON)
    vote = steps.add_parser("vote", parents=[common], help="vote as the guest of a ticket code")
    vote.add_argument("id", help=POLL_ID)
    vote.add_argument("--voter", required=True, metavar="CODE", help="the ticket code as scanned")
    vote.add_argument("--answer", action="append", required=True, metavar="A",
                      help="an option's text or number, a scale value or the text; repeat for several")
    vote.add_argument("--json", action="store_true", help=JSON)
    support = steps.add_parser("upvote", parents=[common], help="support a question of a Q&A as the guest of a code")
    support.add_argument("entry", type=int, help=ENTRY)
    support.add_argument("--voter", required=True, metavar="CODE", help="the ticket code as scanned")
    support.add_argument("--json", action="store_true", help=JSON)
    result = steps.add_parser("results", parents=[common], help="the counts of a round")
    result.add_argument("id", help=POLL_ID)
    result.add_argument("--round", type=int, help="default: the current round")
    result.add_argument("--json", action="store_true", help=JSON)
    waiting = steps.add_parser("queue", parents=[common], help="text entries waiting for the moderator")
    waiting.add_argument("id", help=POLL_ID)
    waiting.add_argument("--json", action="store_true", help=JSON)
    action = steps.add_parser("moderate", parents=[common], help="approve, hide, pin or mark an entry answered")
    action.add_argument("entry", type=int, help=ENTRY)
    action.add_argument("action", choices=MODERATION, help="what to do with it")
    return {"polls": with_event(open_event, _polls), "poll": with_event(open_event, _poll)}


def _print(data: Any, as_json: bool, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2) if as_json else text)


def _polls(event: Event, args: argparse.Namespace) -> int:
    try:
        return _POLLS[args.polls_command](event, args)
    except PollError as error:
        raise UsageError(str(error)) from None


def _poll(event: Event, args: argparse.Namespace) -> int:
    try:
        return _POLL.get(args.poll_command, _lifecycle)(event, args)
    except PollError as error:
        raise UsageError(str(error)) from None


def _cmd_import(event: Event, args: argparse.Namespace) -> int:
    path = args.file or event.folder / POLLS_FILE
    found = read_polls_file(path)
    added = updated = 0
    problems = found.problems
    if not problems:
        try:
            added, updated = polls.save_definitions(event.store, found.polls, utc_now())
        except PollError as error:
            problems = [as_problem(str(error))]
    report = {"added": added, "updated": updated, "errors": [p.as_json() for p in problems]}
    lines = [f"{path.name}: {added} added, {updated} updated" if not problems else
             f"{path.name}: nothing imported, {len(problems)} {'problem' if len(problems) == 1 else 'problems'}:",
             *(f"  {p.where}: {p.why}" for p in problems)]
    _print(report, args.json, "\n".join(lines))
    return 1 if problems else 0


def _listed(event: Event, poll: Poll) -> dict[str, Any]:
    return {"id": poll.id, "kind": poll.kind, "question": poll.definition.question,
            "state": poll.state_at(utc_now()), "round": poll.round, "ballots": polls.ballot_count(event.store, poll)}


def _cmd_list(event: Event, args: argparse.Namespace) -> int:
    found = polls.polls_of_session(event.store, args.session) if args.session else polls.list_polls(event.store)
    rows = [_listed(event, poll) for poll in found]
    text = "\n".join(f"{r['id']:<20} {r['kind']:<9} {r['state']:<6} round {r['round']}  {r['ballots']:>5} ballots  "
                     f"{r['question']}" for r in rows) or "no polls"
    _print(rows, args.json, text)
    return 0


def _cmd_export(event: Event, args: argparse.Namespace) -> int:
    written = export_polls(event.store, args.output, event.config.name)
    print(f"Wrote {len(written) - 1} CSV files and {written[-1].name} to {args.output}")
    return 0


def _lifecycle(event: Event, args: argparse.Namespace) -> int:
    now, store, poll_id = utc_now(), event.store, args.id
    if args.poll_command == "open":
        poll = polls.open_poll(store, poll_id, now, args.seconds)
    elif args.poll_command == "close":
        poll = polls.close_poll(store, poll_id, now)
    elif args.poll_command == "new-round":
        poll = polls.new_round(store, poll_id, now, args.seconds)
    else:
        poll = polls.show_results(store, poll_id, now, shown=args.poll_command == "reveal")
    data = {"id": poll.id, "state": poll.state, "round": poll.round, "revealed": poll.revealed}
    shown = "results shown" if poll.revealed else "results hidden"
    _print(data, args.json, f"{poll.id}: {poll.state}, round {poll.round}, {shown}")
    return 0


def _cmd_vote(event: Event, args: argparse.Namespace) -> int:
    voter = ticket_voter(event.store, args.voter)
    outcome = VoteResult(False, reason=voter.reason) if voter.reason else \
        cast_vote(event.store, args.id, voter.id, args.answer, utc_now())
    return _outcome(outcome, args.json)


def _cmd_upvote(event: Event, args: argparse.Namespace) -> int:
    voter = ticket_voter(event.store, args.voter)
    outcome = VoteResult(False, reason=voter.reason) if voter.reason else \
        upvote(event.store, args.entry, voter.id, utc_now())
    return _outcome(outcome, args.json)


def _outcome(outcome: VoteResult, as_json: bool) -> int:
    word = ("replaced" if outcome.replaced else "accepted") if outcome.accepted else f"not accepted: {outcome.reason}"
    _print(outcome.as_json(), as_json, word)
    return 0


def _cmd_results(event: Event, args: argparse.Namespace) -> int:
    data = results(event.store, args.id, args.round)
    _print(data, args.json, json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def _cmd_queue(event: Event, args: argparse.Namespace) -> int:
    waiting = queue(event.store, args.id)
    text = "\n".join(f"{e.id:>6}  {e.display}" + (f"  [{', '.join(e.flags)}]" if e.flags else "")
                     for e in waiting) or "nothing waits"
    _print([e.as_json() for e in waiting], args.json, text)
    return 0


def _cmd_moderate(event: Event, args: argparse.Namespace) -> int:
    entry = moderate(event.store, args.entry, args.action, utc_now())
    print(f"{entry.id}: {entry.status}{', pinned' if entry.pinned else ''}{', answered' if entry.answered else ''}")
    return 0


_POLLS = {"import": _cmd_import, "list": _cmd_list, "export": _cmd_export}
_POLL = {"vote": _cmd_vote, "upvote": _cmd_upvote, "results": _cmd_results, "queue": _cmd_queue,
         "moderate": _cmd_moderate}
