"""What a poll is: its kind, question and settings (the definition), and where it stands (state, round)."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

SINGLE, MULTIPLE, SCALE, RANKING = "single", "multiple", "scale", "ranking"
WORDCLOUD, OPEN, QA = "wordcloud", "open", "qa"
KINDS = (SINGLE, MULTIPLE, SCALE, WORDCLOUD, OPEN, QA, RANKING)
CHOICE_KINDS = (SINGLE, MULTIPLE, RANKING)  # answered by options
TEXT_KINDS = (WORDCLOUD, OPEN, QA)  # answered by text, shown after moderation when `moderated`
DRAFT, OPEN_STATE, CLOSED = "draft", "open", "closed"
DEFAULT_SCALE = (1, 5)


class PollError(Exception):
    """A poll cannot be changed as asked (unknown, wrong state, invalid definition); the message says why."""


@dataclass(frozen=True)
class PollDefinition:
    """A poll as prepared in polls.toml or on the moderator console."""

    id: str
    kind: str
    question: str
    options: tuple[str, ...] = ()
    max_choices: int = 1  # multiple: how many options a voter may pick
    scale: tuple[int, int] = DEFAULT_SCALE
    labels: tuple[str, ...] = ()  # scale: the words at both ends
    session: str = ""  # the programme session's id, if it belongs to one
    allow_change: bool = False  # a second ballot of the same voter replaces the first while the poll is open
    moderated: bool = False  # text entries wait for the moderator
    anonymise_on_close: bool = False  # voter ids become random ids when a round closes
    banned_words: tuple[str, ...] = ()  # flagged in entries, besides the bundled profanity lists

    def as_table(self) -> dict[str, Any]:
        """The definition as a polls.toml table, without the settings that are at their defaults."""
        defaults = PollDefinition(self.id, self.kind, self.question)
        table: dict[str, Any] = {"id": self.id, "kind": self.kind, "question": self.question}
        for name in ("options", "max_choices", "scale", "labels", "session", "allow_change", "moderated",
                     "anonymise_on_close", "banned_words"):
            value = getattr(self, name)
            if value != getattr(defaults, name):
                table[name] = list(value) if isinstance(value, tuple) else value
        return table

    @property
    def values(self) -> tuple[int, ...]:
        """The points of a scale, low to high."""
        return tuple(range(self.scale[0], self.scale[1] + 1))


def definition_from_table(table: dict[str, Any]) -> PollDefinition:
    """A definition from a polls.toml table that `toml_file.poll_problems` found nothing wrong with."""
    values = {name: tuple(value) if isinstance(value, list) else value for name, value in table.items()}
    return PollDefinition(**values)


@dataclass(frozen=True)
class Poll:
    """A poll with where it stands: `state` as stored (see `state_at` for a countdown that ran out)."""

    definition: PollDefinition
    state: str = DRAFT
    round: int = 1
    revealed: bool = False
    closes_at: datetime | None = None
    version: int = 0  # the change counter: grows with every ballot, entry, moderation and lifecycle change

    @property
    def id(self) -> str:
        return self.definition.id

    @property
    def kind(self) -> str:
        return self.definition.kind

    def state_at(self, now: datetime) -> str:
        """The state as voters meet it: an open poll whose countdown ran out is closed."""
        if self.state == OPEN_STATE and self.closes_at is not None and self.closes_at <= now:
            return CLOSED
        return self.state


@dataclass(frozen=True)
class VoteResult:
    """What became of one ballot (`kiosk poll vote --json`)."""

    accepted: bool
    replaced: bool = False
    reason: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"accepted": self.accepted, "replaced": self.replaced, "reason": self.reason}
