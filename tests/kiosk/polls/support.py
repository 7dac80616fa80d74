"""What the poll tests share: the sample polls in an event, and counting a round again from its ballot rows."""

import json
from collections import Counter
from pathlib import Path
from typing import Any

from kiosk.event.store import Store
from kiosk.polls.model import RANKING, SCALE, PollDefinition
from kiosk.polls.store import get_poll, save_definitions
from kiosk.polls.toml_file import read_polls_file

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "polls" / "polls.toml"
CODES = {"sophie": "AAAA1111BBBB2222CCCC", "juergen": "YZYZ3333DDDD4444EEEE", "anna": "FFFF5555GGGG6666HHHH",
         "lars_cancelled": "JJJJ7777KKKK8888LLLL", "mia": "MMMM9999NNNN0000PPPP"}


def sample_polls(store: Store, *extra: PollDefinition) -> None:
    """The sample polls.toml (open-data, zukunft, kongress, fragen) and any extra polls, imported."""
    from kiosk.common.timeutil import utc_now

    save_definitions(store, [*read_polls_file(SAMPLE).polls, *extra], utc_now())


def recount(store: Store, poll_id: str, round_: int) -> dict[str, Any]:
    """The counts of a choice or scale round computed from the `answer` of each ballot row, independently of
    the results module."""
    poll = get_poll(store, poll_id)
    answers = [json.loads(row[0]) for row in store.conn.execute(
        "SELECT answer FROM poll_ballots WHERE poll = ? AND round = ?", (poll_id, round_))]
    if poll.kind == SCALE:
        return {"ballots": len(answers), "distribution": dict(Counter(answers))}
    size = len(poll.definition.options)
    counts = Counter(option for answer in answers for option in answer)
    if poll.kind == RANKING:
        firsts = Counter(answer[0] for answer in answers)
        points = Counter()
        for answer in answers:
            for rank, option in enumerate(answer):
                points[option] += size - 1 - rank
        return {"ballots": len(answers), "firsts": [firsts[i] for i in range(size)],
                "points": [points[i] for i in range(size)]}
    return {"ballots": len(answers), "counts": [counts[i] for i in range(size)]}
