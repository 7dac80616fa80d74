"""The demo event's polls (resources/demo/polls.toml), so the moderator console and the stage have something
to run; imported on every start like the demo's programme, which leaves polls that have ballots as they are."""

from kiosk.common.paths import resource
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import Event
from kiosk.polls.store import save_definitions
from kiosk.polls.toml_file import read_polls_file


def prepare_demo_polls(event: Event) -> None:
    """Import the demo's polls into its database."""
    found = read_polls_file(resource("demo", "polls.toml"))
    if found.problems:
        raise ValueError(f"the demo's polls.toml: {found.problems[0].where}: {found.problems[0].why}")
    save_definitions(event.store, found.polls, utc_now())
