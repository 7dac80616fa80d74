"""What every `kiosk` subcommand shares: the refusal it raises, and opening the event around it."""

import argparse
import functools
from collections.abc import Callable

from kiosk.event.folder import Event

Handler = Callable[[argparse.Namespace], int]
EventOpener = Callable[[argparse.Namespace], Event]
EventCommand = Callable[[Event, argparse.Namespace], int]


class UsageError(Exception):
    """The command cannot run as given; the message says why (printed as `kiosk: …`, exit code 2)."""


def with_event(open_event: EventOpener, command: EventCommand) -> Handler:
    """A handler that opens the event of the arguments, runs the command on it and closes it again."""

    @functools.wraps(command)
    def handler(args: argparse.Namespace) -> int:
        event = open_event(args)
        try:
            return command(event, args)
        finally:
            event.close()

    return handler
