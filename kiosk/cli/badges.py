"""The badge subcommands: `badge preview`, `badges` (a batch for pre-printing on sheets), `topics export`."""

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

from kiosk.attendees import records as attendees
from kiosk.attendees.collation import by_name
from kiosk.attendees.records import SELECT_COLUMNS, Attendee
from kiosk.badges import BadgeData, Layout, Topic, render_badges, render_preview_png
from kiosk.badges.data import badge_data, layout_named, logo_path
from kiosk.badges.model import OFFER, SEEK
from kiosk.cli.common import EventOpener, Handler, UsageError, with_event
from kiosk.common.timeutil import utc_now
from kiosk.event.config import Category, EventConfig
from kiosk.event.folder import Event
from kiosk.event.store import Store
from kiosk.printing.queue import record_batch
from kiosk.topics.choices import export_counts

SAMPLE_CODE = "MUSTER2026BADGE12345"
_SAMPLE_TOPICS = (("Künstliche Intelligenz", "#8E44AD"), ("Open Data", "#00796B"), ("Breitbandausbau", "#2E86DE"))
# Printed means: a badge_printed event names the attendee, or one of their badge jobs is not cancelled (done,
# pre-printed in a batch, or on its way: held, queued or printing). Topic badges (job kind 'topic', also
# logged as badge_printed) are extra badges and do not count.
_NOT_PRINTED = """
    AND id NOT IN (SELECT CAST(json_extract(payload, '$.attendee_id') AS INTEGER) FROM events
                   WHERE kind = 'badge_printed' AND json_extract(payload, '$.attendee_id') IS NOT NULL
                   AND coalesce(json_extract(payload, '$.kind'), 'badge') = 'badge')
    AND id NOT IN (SELECT attendee_id FROM print_jobs WHERE state != 'cancelled' AND kind = 'badge')"""


def sample_badge(config: EventConfig) -> BadgeData:
    """A badge that tries a layout hard: a long German name with titles, a long organisation, three topics
    (the event's own first), in the event's first category."""
    category = config.categories[0] if config.categories else Category("Teilnehmende")
    own = [(t.name, t.colour) for t in config.topics]
    picks = (own + [t for t in _SAMPLE_TOPICS if t[0] not in dict(own)])[:3]
    return BadgeData(
        fields={
            "salutation": "Frau", "title": "Prof. Dr.", "first_name": "Anna-Lena", "last_name": "Müller-Lüdenscheidt",
            "organisation": "Landesamt für Digitalisierung, Breitband und Vermessung",
            "category": category.name, "role": category.role_label, "event_name": config.name,
            "event_date": config.start.strftime("%d.%m.%Y"), "venue": config.venue,
        },
        code=SAMPLE_CODE,
        role_colour=category.colour,
        topics=[Topic(name, colour, kind) for (name, colour), kind in zip(picks, (OFFER, OFFER, SEEK), strict=False)],
    )


def printable(store: Store, category: str | None = None, not_printed: bool = False) -> list[Attendee]:
    """Attendees with valid tickets (of one category, or without a printed badge), in German name order."""
    condition = _NOT_PRINTED if not_printed else ""
    rows = store.rows(f"SELECT {SELECT_COLUMNS} FROM attendees WHERE cancelled = 0{condition}")
    found = [Attendee.from_row(row) for row in rows]
    if category is not None:
        found = [a for a in found if a.category.casefold() == category.casefold()]
    return by_name(found)


def _layout(config: EventConfig, name: str) -> Layout:
    try:
        return layout_named(config, name)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def _check_category(event: Event, name: str) -> None:
    known = {c.name for c in event.config.categories}
    known |= {row["category"] for row in event.store.rows("SELECT DISTINCT category FROM attendees")}
    if name.casefold() not in {k.casefold() for k in known}:
        raise UsageError(f"no category {name!r}; categories: {', '.join(sorted(k for k in known if k))}")


def _warn_missing(missing: frozenset[str]) -> None:
    if missing:
        listed = ", ".join(f"U+{ord(ch):04X} {ch}" for ch in sorted(missing))
        print(f"warning: no font has these characters, drawn as crossed boxes: {listed}", file=sys.stderr)


def _cmd_preview(event: Event, args: argparse.Namespace) -> int:
    layout = _layout(event.config, args.layout)
    if args.attendee is None:
        badge, who = sample_badge(event.config), "a sample badge"
    else:
        attendee = attendees.get(event.store, args.attendee)
        if attendee is None:
            raise UsageError(f"no attendee {args.attendee}")
        badge, who = badge_data(event.store, event.config, attendee.id), attendee.display_name
    args.output.write_bytes(render_preview_png(layout, badge, args.dpi, logo_path(event.config, event.folder)))
    print(f"Wrote {who} ({layout.name}, {args.dpi} dpi) to {args.output}")
    return 0


def _cmd_badges(event: Event, args: argparse.Namespace) -> int:
    layout = _layout(event.config, args.layout)
    if args.category is not None:
        _check_category(event, args.category)
    people = printable(event.store, args.category, args.not_printed)
    if not people:
        print("No badges to print; nothing written.")
        return 0
    badges = [badge_data(event.store, event.config, person.id) for person in people]
    result = render_badges(layout, badges, logo_path(event.config, event.folder))
    if args.proof:
        args.output.write_bytes(result.pdf)
    else:
        with event.store.transaction():  # recorded only with the file written, the file only if recorded
            record_batch(event.store, [person.id for person in people], layout.name, utc_now())
            args.output.write_bytes(result.pdf)
    per_page = layout.sheet.per_page if layout.sheet else 1
    pages = math.ceil(len(people) / per_page)
    print(f"Wrote {len(people)} badges on {pages} {'page' if pages == 1 else 'pages'} ({layout.name}, {per_page} "
          f"per page) to {args.output}, sorted by last name")
    print("By category: " + ", ".join(f"{name or '–'} {n}" for name, n in sorted(Counter(
        p.category for p in people).items())))
    _warn_missing(result.missing_chars)
    if args.proof:
        print("A proof: nothing recorded, the kiosks still print these badges.")
    else:
        print(f"Recorded {len(people)} badges as printed: the kiosks print none of them again on check-in, "
              "and --not-printed leaves them out.")
    return 0


def _cmd_topics_export(event: Event, args: argparse.Namespace) -> int:
    export_counts(event.store, event.config, args.output)
    print(f"Wrote counts for {len(event.config.topics)} topics to {args.output}")
    return 0


def _dpi(text: str) -> int:
    value = int(text)
    if not 36 <= value <= 1200:
        raise argparse.ArgumentTypeError("dpi must lie between 36 and 1200")
    return value


def add_badge_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,
                       open_event: EventOpener) -> dict[str, Handler]:
    """Add `badge preview`, `badges` and `topics export` to the command line; returns their handlers by
    command name. `common` is the parent parser with --event; `open_event` opens the event of the args."""
    badge = subparsers.add_parser("badge", parents=[common], help="badge layouts")
    badge_actions = badge.add_subparsers(dest="badge_command", required=True)
    preview = badge_actions.add_parser("preview", parents=[common], help="render one badge as a PNG")
    preview.add_argument("--layout", required=True, help="a preset or a layout of the event's [badges.layouts]")
    preview.add_argument("--attendee", type=int, help="attendee id (default: a sample with a long name)")
    preview.add_argument("--dpi", type=_dpi, default=150, help="resolution of the PNG (default: 150)")
    preview.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png", help="the PNG to write")

    batch = subparsers.add_parser("badges", parents=[common], help="many badges in one PDF, sorted by last name")
    which = batch.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every valid ticket")
    which.add_argument("--category", help="valid tickets of one category")
    which.add_argument("--not-printed", action="store_true", help="valid tickets without a printed badge")
    batch.add_argument("--layout", required=True, help="e.g. a7_8up_a4 or a6_4up_a4 for sheets with cut marks")
    batch.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    batch.add_argument("--proof", action="store_true",
                       help="a proof to look at: do not record these badges as printed")

    topics = subparsers.add_parser("topics", parents=[common], help="conversation topics")
    topic_actions = topics.add_subparsers(dest="topics_command", required=True)
    export = topic_actions.add_parser("export", parents=[common], help="counts per topic and kind as CSV")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.csv", help="the CSV to write")
    return {
        "badge": with_event(open_event, _cmd_preview),
        "badges": with_event(open_event, _cmd_badges),
        "topics": with_event(open_event, _cmd_topics_export),
    }
