"""`polls.toml` (beside event.toml): read and checked as a whole, every problem as `where` + `why (expected …)`,
with the checks event.toml uses.

    banned_words = ["Konkurrenz AG"]     # flagged in every poll's entries, besides the bundled lists
    [[polls]]
    id = "open-data"                     # letters, digits, - _ . (up to 64); stable, used on the command line
    kind = "single"                      # single | multiple | scale | wordcloud | open | qa | ranking
    question = "Wo steht Ihre Kommune bei Open Data?"
    options = ["Noch gar nicht", "Erste Datensätze"]   # single, multiple, ranking: 2–20, each once
    max_choices = 2                      # multiple (default 1)
    scale = [1, 5]                       # scale (default [1, 5]; at most 11 points, -10…10)
    labels = ["gar nicht", "sehr"]       # scale: the words at both ends
    session = "<programme session id>"   # the poll belongs to that session
    allow_change = true                  # a voter's new ballot replaces the old one while the poll is open
    moderated = true                     # wordcloud, open, qa: entries wait for the moderator
    anonymise_on_close = true            # voter ids become random ids when a round closes
    banned_words = ["Parkplatz"]         # this poll's own
"""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.event.config_check import Problems, boolean, did_you_mean, list_of, number, one_of, show, table, text
from kiosk.polls.model import CHOICE_KINDS, KINDS, MULTIPLE, SCALE, TEXT_KINDS, PollDefinition, definition_from_table

POLLS_FILE = "polls.toml"
MAX_OPTIONS = 20
MAX_OPTION_CHARS = 120
MAX_QUESTION_CHARS = 500
MAX_SCALE_STEPS = 11  # 0–10 is the widest scale people use
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_WORDS = list_of(text(nonempty=True))
_ONLY_FOR = {"options": CHOICE_KINDS, "max_choices": (MULTIPLE,), "scale": (SCALE,), "labels": (SCALE,),
             "moderated": TEXT_KINDS}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the file: where (`polls[2].options`) and why."""

    where: str
    why: str

    def as_json(self) -> dict[str, str]:
        return {"where": self.where, "why": self.why}


@dataclass(frozen=True)
class PollsFile:
    """What a polls.toml holds: the polls, or the problems that keep it from being used."""

    polls: list[PollDefinition] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def poll_id(key: str, value: Any, problems: Problems) -> None:
    if not (isinstance(value, str) and _ID.fullmatch(value)):
        problems.append(f'{key}: {show(value)} is not a poll id (expected up to 64 letters, digits, "-", "_" or '
                        '".", e.g. "open-data")')


def _bounded_text(limit: int) -> Any:
    def check(key: str, value: Any, problems: Problems) -> None:
        text(nonempty=True)(key, value, problems)
        if isinstance(value, str) and len(value) > limit:
            problems.append(f"{key}: is {len(value)} characters long (expected at most {limit})")

    return check


def _pair(item: Any, what: str) -> Any:
    def check(key: str, value: Any, problems: Problems) -> None:
        if not isinstance(value, list) or len(value) != 2:
            problems.append(f"{key}: {show(value)} is not a pair (expected [{what}])")
        else:
            list_of(item)(key, value, problems)

    return check


RULES = {
    "id": poll_id, "kind": one_of(KINDS), "question": _bounded_text(MAX_QUESTION_CHARS),
    "options": list_of(_bounded_text(MAX_OPTION_CHARS)), "max_choices": number(1, MAX_OPTIONS),
    "scale": _pair(number(-10, 10), "LOW, HIGH"), "labels": _pair(text(), '"AT LOW", "AT HIGH"'),
    "session": text(), "allow_change": boolean, "moderated": boolean, "anonymise_on_close": boolean,
    "banned_words": _WORDS,
}


def poll_problems(key: str, entry: Any, problems: Problems) -> None:
    """Everything wrong with one poll table: its keys and their types, then what its kind needs."""
    before = len(problems)
    table(RULES, required=("id", "kind", "question"))(key, entry, problems)
    if len(problems) > before or not isinstance(entry, dict):
        return
    kind = entry["kind"]
    for name, kinds in _ONLY_FOR.items():
        if name in entry and kind not in kinds:
            problems.append(f"{key}.{name}: is not used by a {kind} poll (expected it only for "
                            f"{' or '.join(kinds)})")
    options = entry.get("options", [])
    if kind in CHOICE_KINDS:
        if not 2 <= len(options) <= MAX_OPTIONS:
            problems.append(f"{key}.options: has {len(options)} (expected 2–{MAX_OPTIONS} options)")
        seen: dict[str, int] = {}
        for number_, option in enumerate(options, start=1):
            folded = option.strip().casefold()
            if folded in seen:
                problems.append(f"{key}.options[{number_}]: {show(option)} repeats option {seen[folded]} "
                                "(expected each option once)")
            seen.setdefault(folded, number_)
        if kind == MULTIPLE and entry.get("max_choices", 1) > max(len(options), 1):
            problems.append(f"{key}.max_choices: {entry['max_choices']} is more than the {len(options)} options "
                            f"(expected 1–{len(options)})")
    if kind == SCALE and "scale" in entry:
        low, high = entry["scale"]
        if not 1 <= high - low <= MAX_SCALE_STEPS - 1:
            problems.append(f"{key}.scale: {show(entry['scale'])} is not a scale (expected LOW < HIGH with at most "
                            f"{MAX_SCALE_STEPS} points, e.g. [1, 5])")


def document_problems(document: dict[str, Any]) -> list[Problem]:
    """Everything wrong with a parsed polls.toml (ids must be unique in the file)."""
    problems: Problems = []
    for name in document:
        if name not in ("polls", "banned_words"):
            problems.append(f"{name}: unknown setting{did_you_mean(name, ['polls', 'banned_words'])} "
                            "(expected [[polls]] tables and banned_words)")
    if "banned_words" in document:
        _WORDS("banned_words", document["banned_words"], problems)
    polls = document.get("polls", [])
    if not isinstance(polls, list) or not all(isinstance(entry, dict) for entry in polls):
        problems.append("polls: is not a list of tables (expected [[polls]] tables)")
        polls = []
    first: dict[str, int] = {}
    for index, entry in enumerate(polls, start=1):
        poll_problems(f"polls[{index}]", entry, problems)
        if isinstance(entry.get("id"), str):
            if entry["id"] in first:
                problems.append(f"polls[{index}].id: {show(entry['id'])} is taken by polls[{first[entry['id']]}] "
                                "(expected each id once)")
            first.setdefault(entry["id"], index)
    return [as_problem(line) for line in problems]


def as_problem(line: str) -> Problem:
    """A `key: why` line as a Problem."""
    where, _, why = line.partition(": ")
    return Problem(where, why)


def parse_polls(document: dict[str, Any]) -> PollsFile:
    """The polls of a parsed polls.toml, or its problems (then no polls)."""
    problems = document_problems(document)
    if problems:
        return PollsFile(problems=problems)
    shared = tuple(document.get("banned_words", ()))
    polls = []
    for entry in document.get("polls", []):
        own = tuple(entry.get("banned_words", ()))
        polls.append(definition_from_table({**entry, "banned_words": list(dict.fromkeys(shared + own))}))
    return PollsFile(polls=polls)


def read_polls_file(path: Path) -> PollsFile:
    """Read and check a polls.toml; a file that cannot be read, is not UTF-8 or not TOML is one problem."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return PollsFile(problems=[Problem(str(path), f"cannot be read ({exc.strerror or exc})")])
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return PollsFile(problems=[Problem(f"{path} line {line}", f"byte 0x{raw[exc.start]:02X} is not UTF-8 "
                                           "(expected a file saved as UTF-8)")])
    try:
        document = tomllib.loads(content)
    except tomllib.TOMLDecodeError as exc:
        return PollsFile(problems=[Problem(str(path), f"is not valid TOML: {exc}")])
    return parse_polls(document)


def definition_problems(definition: PollDefinition) -> list[Problem]:
    """What is wrong with a poll made on the moderator console (the checks of polls.toml)."""
    problems: Problems = []
    poll_problems("poll", definition.as_table(), problems)
    return [as_problem(line) for line in problems]
