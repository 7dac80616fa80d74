"""The command-line contract of `kiosk polls …` and `kiosk poll …` (scripts and acceptance tests rely on its
JSON), the exports, purge, and refusals without a traceback."""

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from kiosk.cli.main import main
from kiosk.event.folder import Event
from kiosk.polls.ballots import cast_vote
from kiosk.polls.export import export_polls
from kiosk.polls.model import SINGLE, PollDefinition
from kiosk.polls.store import open_poll, save_draft
from tests.conftest import EVENT_DAY
from tests.kiosk.badges.support import flat, page_texts
from tests.kiosk.polls.support import CODES, SAMPLE


def run(capsys: pytest.CaptureFixture[str], folder: Path, *argv: str) -> tuple[int, Any, str]:
    """Run one command with --event; its output parsed as JSON when it is JSON."""
    code = main([*argv, "--event", str(folder)])
    out, err = capsys.readouterr()
    try:
        return code, json.loads(out), err
    except json.JSONDecodeError:
        return code, out, err


@pytest.fixture
def folder(event: Event, capsys: pytest.CaptureFixture[str]) -> Path:
    """The test event with the sample polls imported (the store of `event` closed: the commands open their own)."""
    event.close()
    assert run(capsys, event.folder, "polls", "import", str(SAMPLE), "--json")[1] == {
        "added": 4, "updated": 0, "errors": []}
    return event.folder


def test_import_and_list(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, folder, "polls", "import", str(SAMPLE), "--json")[1] == {"added": 0, "updated": 0, "errors": []}
    code, listing, _ = run(capsys, folder, "polls", "list", "--json")
    assert code == 0
    assert listing[0] == {"id": "open-data", "kind": "single", "question": "Wo steht Ihre Kommune bei Open Data?",
                          "state": "draft", "round": 1, "ballots": 0}
    assert [row["id"] for row in listing] == ["open-data", "zukunft", "kongress", "fragen"]


def test_a_broken_file_imports_nothing_and_says_where(folder: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('[[polls]]\nid = "neu"\nkind = "single"\nquestion = "?"\noptions = ["nur eine"]\n'
                      '[[polls]]\nid = "zwei"\nkind = "rating"\nquestion = "?"\n', encoding="utf-8")
    code, report, _ = run(capsys, folder, "polls", "import", str(broken), "--json")
    assert code == 1
    assert report["added"] == 0 and report["updated"] == 0
    assert [e["where"] for e in report["errors"]] == ["polls[1].options", "polls[2].kind"]
    assert len(run(capsys, folder, "polls", "list", "--json")[1]) == 4


def test_import_reads_polls_toml_beside_event_toml_by_default(event: Event, capsys: pytest.CaptureFixture[str]) -> None:
    event.close()
    (event.folder / "polls.toml").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert run(capsys, event.folder, "polls", "import", "--json")[1]["added"] == 4


def test_lifecycle_vote_and_results(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, folder, "poll", "open", "open-data")[0] == 0
    vote = ("poll", "vote", "open-data", "--json")
    assert run(capsys, folder, *vote, "--voter", CODES["anna"], "--answer", "Erste Datensätze")[1] == {
        "accepted": True, "replaced": False, "reason": ""}
    assert run(capsys, folder, *vote, "--voter", CODES["sophie"], "--answer", "2")[1]["accepted"] is True
    assert run(capsys, folder, *vote, "--voter", CODES["lars_cancelled"], "--answer", "1")[1] == {
        "accepted": False, "replaced": False, "reason": "cancelled ticket"}
    assert run(capsys, folder, *vote, "--voter", "NOSUCHCODE0000000000", "--answer", "1")[1]["reason"] == "unknown code"
    code, data, _ = run(capsys, folder, "poll", "results", "open-data", "--json")
    assert code == 0
    assert data == {"id": "open-data", "kind": "single", "round": 1, "ballots": 2, "options": [
        {"label": "Noch gar nicht", "count": 0}, {"label": "Erste Datensätze", "count": 2},
        {"label": "Portal in Betrieb", "count": 0}, {"label": "Wir veröffentlichen alles", "count": 0}]}
    for step in ("reveal", "hide", "close", "new-round"):
        assert run(capsys, folder, "poll", step, "open-data")[0] == 0
    assert run(capsys, folder, "poll", "results", "open-data", "--round", "1", "--json")[1]["ballots"] == 2
    first = run(capsys, folder, "polls", "list", "--json")[1][0]
    assert (first["state"], first["round"], first["ballots"]) == ("open", 2, 0)


def test_scale_word_cloud_and_questions_through_the_command_line(folder: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    for poll_id in ("kongress", "zukunft", "fragen"):
        run(capsys, folder, "poll", "open", poll_id)
    run(capsys, folder, "poll", "vote", "kongress", "--voter", CODES["anna"], "--answer", "5")
    run(capsys, folder, "poll", "vote", "kongress", "--voter", CODES["mia"], "--answer", "2")
    scale = run(capsys, folder, "poll", "results", "kongress", "--json")[1]
    assert scale["mean"] == 3.5 and scale["distribution"][4] == {"value": 5, "count": 1}
    run(capsys, folder, "poll", "vote", "zukunft", "--voter", CODES["anna"], "--answer", "Digital")
    waiting = run(capsys, folder, "poll", "queue", "zukunft", "--json")[1]
    assert [entry["text"] for entry in waiting] == ["Digital"]
    assert run(capsys, folder, "poll", "moderate", str(waiting[0]["id"]), "approve")[0] == 0
    assert run(capsys, folder, "poll", "results", "zukunft", "--json")[1]["words"] == [{"word": "Digital", "count": 1}]
    run(capsys, folder, "poll", "vote", "fragen", "--voter", CODES["mia"], "--answer", "Wer zahlt?")
    assert run(capsys, folder, "poll", "results", "fragen", "--json")[1]["entries"] == []  # moderated
    question = run(capsys, folder, "poll", "queue", "fragen", "--json")[1][0]["id"]
    run(capsys, folder, "poll", "moderate", str(question), "approve")
    upvote = ("poll", "upvote", str(question), "--json", "--voter")
    assert run(capsys, folder, *upvote, CODES["anna"])[1] == {"accepted": True, "replaced": False, "reason": ""}
    assert run(capsys, folder, *upvote, CODES["lars_cancelled"])[1]["reason"] == "cancelled ticket"
    entries = run(capsys, folder, "poll", "results", "fragen", "--json")[1]["entries"]
    assert [(e["text"], e["votes"]) for e in entries] == [("Wer zahlt?", 1)]


@pytest.mark.parametrize("argv", [
    ("poll", "open", "nope"), ("poll", "results", "open-data", "--round", "2"), ("poll", "close", "open-data"),
    ("poll", "moderate", "99", "approve"), ("poll", "open", "open-data", "--seconds", "-1")])
def test_refusals_say_why_without_a_traceback(folder: Path, capsys: pytest.CaptureFixture[str],
                                              argv: tuple[str, ...]) -> None:
    code, _, err = run(capsys, folder, *argv)
    assert code == 2 and err.startswith("kiosk: ") and "Traceback" not in err


def test_export_writes_a_csv_per_poll_without_voters_and_a_pdf_report(folder: Path, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, folder, "poll", "open", "zukunft")
    run(capsys, folder, "poll", "open", "open-data")
    run(capsys, folder, "poll", "vote", "open-data", "--voter", CODES["anna"], "--answer", "1")
    run(capsys, folder, "poll", "vote", "zukunft", "--voter", CODES["anna"], "--answer", "=1+1 Straße")
    entry = run(capsys, folder, "poll", "queue", "zukunft", "--json")[1][0]
    run(capsys, folder, "poll", "moderate", str(entry["id"]), "approve")
    out = tmp_path / "export"
    assert run(capsys, folder, "polls", "export", "-o", str(out))[0] == 0
    assert sorted(p.name for p in out.iterdir()) == ["poll-fragen.csv", "poll-kongress.csv", "poll-open-data.csv",
                                                     "poll-zukunft.csv", "polls-report.pdf"]
    with (out / "poll-open-data.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[:2] == [["round", "option", "count"], ["1", "Noch gar nicht", "1"]]
    with (out / "poll-zukunft.csv").open(encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle, delimiter=";"))[1] == ["1", "'=1+1 Straße", "1"]  # defused
    everything = "".join(p.read_text(encoding="utf-8-sig") for p in out.glob("*.csv"))
    assert all(code not in everything for code in CODES.values()) and "ticket:" not in everything
    pages = page_texts((out / "polls-report.pdf").read_bytes())
    assert len(pages) == 4 and flat("Wo steht Ihre Kommune bei Open Data?") in flat(pages[0])


def test_the_report_draws_any_script(event: Event, tmp_path: Path) -> None:
    save_draft(event.store, PollDefinition("sprachen", SINGLE, "Sprache? 言語? لغة?",
                                           options=("Deutsch", "中文", "العربية", "עברית")), EVENT_DAY)
    open_poll(event.store, "sprachen", EVENT_DAY)
    cast_vote(event.store, "sprachen", "phone:1", ["中文"], EVENT_DAY)
    written = export_polls(event.store, tmp_path / "out", "Kongress")
    text = flat(page_texts(written[-1].read_bytes())[0])
    assert flat("中文") in text and flat("Deutsch") in text


def test_purge_deletes_the_ballots_with_the_database(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, folder, "poll", "open", "open-data")
    run(capsys, folder, "poll", "vote", "open-data", "--voter", CODES["anna"], "--answer", "1")
    assert main(["purge", "--yes", "--event", str(folder)]) == 0
    capsys.readouterr()
    assert not (folder / "event.sqlite").exists()
    assert run(capsys, folder, "polls", "list", "--json")[1] == []
