"""Results for the organisers' documentation: a spreadsheet-safe CSV per poll (every round, no voter ids) and
one PDF report with a chart per poll and round (names and entries in any script, with the badges' fonts)."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kiosk.badges.fonts import BOLD
from kiosk.common.csv_out import write_csv
from kiosk.event.store import Store
from kiosk.polls.model import CHOICE_KINDS, RANKING, SCALE, WORDCLOUD, Poll
from kiosk.polls.results import results
from kiosk.polls.store import list_polls
from kiosk.polls.text import display_text
from kiosk.programme.pdf_text import TextBox

REPORT_FILE = "polls-report.pdf"
MARGIN = 48.0
BAR_COLOUR = "#1F6FB2"
MAX_BARS = 30  # a word cloud's most frequent words
MAX_ENTRIES = 40
Rows = list[list[Any]]


def csv_name(poll_id: str) -> str:
    return f"poll-{poll_id}.csv"


def _rounds(store: Store, poll: Poll) -> list[dict[str, Any]]:
    return [results(store, poll.id, number) for number in range(1, poll.round + 1)]


def _csv_rows(poll: Poll, rounds: list[dict[str, Any]]) -> tuple[list[str], Rows]:
    """Header and rows of a poll's CSV: one row per option, value, word or shown entry and round."""
    if poll.kind in CHOICE_KINDS:
        extra = ["points"] if poll.kind == RANKING else []
        return ["round", "option", "count", *extra], [
            [r["round"], o["label"], o["count"], *[o[name] for name in extra]] for r in rounds for o in r["options"]]
    if poll.kind == SCALE:
        return ["round", "value", "count", "mean"], [
            [r["round"], d["value"], d["count"], r["mean"]] for r in rounds for d in r["distribution"]]
    if poll.kind == WORDCLOUD:
        return ["round", "word", "count"], [[r["round"], w["word"], w["count"]] for r in rounds for w in r["words"]]
    return ["round", "entry", "votes", "answered"], [
        [r["round"], e["text"], e["votes"], "yes" if e["answered"] else ""] for r in rounds for e in r["entries"]]


def export_polls(store: Store, folder: Path, title: str) -> list[Path]:
    """Write `poll-<id>.csv` for every poll and `polls-report.pdf` into the folder (made if missing); returns
    the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    report = []
    for poll in list_polls(store):
        rounds = _rounds(store, poll)
        header, rows = _csv_rows(poll, rounds)
        path = folder / csv_name(poll.id)
        write_csv(path, header, rows)
        written.append(path)
        report.append((poll, rounds))
    write_report(folder / REPORT_FILE, title, report)
    return [*written, folder / REPORT_FILE]


# The PDF report --------------------------------------------------------------------------------------------------


def _bars(items: list[tuple[str, float]], unit: str) -> Callable[[Canvas, TextBox, float, float], float]:
    """A horizontal bar chart of (label, value); draws below `top`, returns the y below it."""

    def draw(canvas: Canvas, text: TextBox, top: float, width: float) -> float:
        label_width, row = width * 0.38, 18.0
        largest = max((value for _, value in items), default=0) or 1
        for number, (label, value) in enumerate(items):
            y = top - (number + 1) * row
            text.line(display_text(label), MARGIN, y + 4, 10, label_width - 8)
            bar = (width - label_width - 60) * value / largest
            canvas.setFillColor(HexColor(BAR_COLOUR))
            canvas.rect(MARGIN + label_width, y + 2, max(bar, 0.5), row - 6, stroke=0, fill=1)
            text.line(f"{value:g} {unit}".strip(), MARGIN + label_width + bar + 4, y + 4, 9, 56)
        return top - (len(items) + 1) * row

    return draw


def _entries(items: list[dict[str, Any]]) -> Callable[[Canvas, TextBox, float, float], float]:
    def draw(canvas: Canvas, text: TextBox, top: float, width: float) -> float:
        for item in items[:MAX_ENTRIES]:
            votes = f"  (+{item['votes']})" if item["votes"] else ""
            top = text.paragraph(display_text(item["text"]) + votes, MARGIN, top, 10, width, 3) - 4
        if len(items) > MAX_ENTRIES:
            text.line(f"… {len(items) - MAX_ENTRIES} more in the CSV", MARGIN, top - 12, 9, width)
            top -= 16
        return top

    return draw


def _chart(poll: Poll, result: dict[str, Any]) -> Callable[[Canvas, TextBox, float, float], float]:
    if poll.kind == RANKING:
        return _bars([(o["label"], o["points"]) for o in result["options"]], "points")
    if poll.kind in CHOICE_KINDS:
        return _bars([(o["label"], o["count"]) for o in result["options"]], "")
    if poll.kind == SCALE:
        labels = dict(zip((poll.definition.values[0], poll.definition.values[-1]), poll.definition.labels,
                          strict=False))
        return _bars([(f"{d['value']} {labels.get(d['value'], '')}".strip(), d["count"])
                      for d in result["distribution"]], "")
    if poll.kind == WORDCLOUD:
        return _bars([(w["word"], w["count"]) for w in result["words"][:MAX_BARS]], "")
    return _entries(result["entries"])


def _summary(poll: Poll, result: dict[str, Any]) -> str:
    mean = f", mean {result['mean']}" if result.get("mean") is not None else ""
    return f"{poll.kind}, round {result['round']}, {result['ballots']} ballots{mean}"


def write_report(path: Path, title: str, polls: list[tuple[Poll, list[dict[str, Any]]]]) -> None:
    """The report: a page per poll and round with the question, the figures and the chart."""
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{title} – polls")
    text = TextBox(canvas)
    pages = [(poll, result) for poll, rounds in polls for result in rounds]
    for poll, result in pages:
        text.line(title, MARGIN, height - MARGIN, 10, width - 2 * MARGIN)
        top = text.paragraph(poll.definition.question, MARGIN, height - MARGIN - 16, 16, width - 2 * MARGIN, 3,
                             BOLD)
        text.line(f"{poll.id}: {_summary(poll, result)}", MARGIN, top - 14, 10, width - 2 * MARGIN)
        _chart(poll, result)(canvas, text, top - 30, width - 2 * MARGIN)
        canvas.showPage()
    if not pages:
        text.line(f"{title}: no polls", MARGIN, height - MARGIN, 12, width - 2 * MARGIN)
        canvas.showPage()
    canvas.save()
