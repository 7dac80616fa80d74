"""Text that voters type: bounded, stored exactly as given, compared in a normalised form, and made safe to
show on a screen (bidirectional overrides neutralised, piles of combining marks cut down)."""

import re
import unicodedata

from kiosk.polls.model import WORDCLOUD

MAX_CHARS = {WORDCLOUD: 40}  # a word cloud takes words or short phrases
MAX_TEXT_CHARS = 280  # open text and questions
MIN_WORD_CHARS = 2  # "KI", "5G" and "IT" are words in a smart-city poll
MAX_MARKS_PER_CHARACTER = 2  # enough for Vietnamese or Hebrew points, not for "Zalgo" text
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_SPACES = re.compile(r"\s+")


def limit_for(kind: str) -> int:
    """The longest entry (in characters) a poll of this kind takes."""
    return MAX_CHARS.get(kind, MAX_TEXT_CHARS)


def entry_problem(kind: str, text: str) -> str:
    """Why an entry cannot be taken as it is ('' when it can)."""
    stripped = text.strip()
    if not stripped:
        return "the entry is empty"
    if len(text) > limit_for(kind):
        return f"the entry is longer than {limit_for(kind)} characters"
    if kind == WORDCLOUD and len(normalised(stripped)) < MIN_WORD_CHARS:
        return f"a word needs at least {MIN_WORD_CHARS} characters"
    return ""


def normalised(text: str) -> str:
    """The form in which entries are compared and counted: NFC, trimmed, inner spaces collapsed, case-folded
    (so "Open Data", " open  data" and "OPEN DATA" are one word of the cloud)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def display_text(text: str) -> str:
    """An entry as a screen may show it: literal (markup stays text: render it as plain text), with
    bidirectional overrides, embeddings and isolates removed (an entry cannot reverse what follows it),
    control characters other than line breaks turned into spaces, and at most two combining marks on a
    character."""
    kept: list[str] = []
    marks = 0
    for ch in _BIDI_CONTROLS.sub("", unicodedata.normalize("NFC", text)):
        category = unicodedata.category(ch)
        if category.startswith("M"):
            marks += 1
            if marks > MAX_MARKS_PER_CHARACTER:
                continue
        else:
            marks = 0
        kept.append(" " if category == "Cc" and ch != "\n" else ch)
    return "".join(kept).strip()
