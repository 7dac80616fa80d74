"""The `kiosk` command line, run as users run it, on real event folders."""

import argparse
import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.cli.main import _parser, main
from kiosk.common.paths import resource
from kiosk.event.config import load_config, set_staff_pin_hash
from kiosk.event.pin import verify_pin
from tests.conftest import SAMPLES


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "srs"
    assert run(capsys, "init", str(path), "--name", "Smart Region Summit")[0] == 0
    return path


def test_import_json_then_checkin_json(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--event", str(folder), "import", "attendees",
                       str(SAMPLES / "attendees-registration-export.csv"), "--json")
    assert code == 0
    report = json.loads(out)
    assert {k: report[k] for k in ("added", "updated", "unchanged", "cancelled", "errors", "missing")} == {
        "added": 56, "updated": 0, "unchanged": 0, "cancelled": 4, "errors": [], "missing": []}
    outcomes = []
    for ticket in ("AVPL7C3LWG6HSQ5BH45S", "AVPL7C3LWG6HSQ5BH45S", "0LRBRBNBHJ4MK4GGTEAM", "NOSUCHCODE1", "<>"):
        code, out, _ = run(capsys, "checkin", ticket, "--event", str(folder), "--json")
        outcomes.append(json.loads(out)["outcome"])
    assert outcomes == ["welcome", "already_checked_in", "cancelled", "unknown", "invalid"]


def test_search_json_lists_names_and_organisations(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--event", str(folder), "import", "attendees", str(SAMPLES / "attendees-excel-de.csv"))
    code, out, _ = run(capsys, "--event", str(folder), "search", "mueller", "--json")
    found = json.loads(out)
    assert code == 0 and found
    assert all({"first_name", "last_name", "organisation"} <= set(hit) for hit in found)
    assert all("ller" in hit["last_name"] for hit in found)


def test_dry_run_and_map(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "odd.csv"
    source.write_text("Wer;Nachname\nAda;Lovelace\n", encoding="utf-8")
    code, out, _ = run(capsys, "--event", str(folder), "import", "attendees", str(source), "--map", "Wer=first_name",
                       "--dry-run", "--json")
    assert code == 0 and json.loads(out)["added"] == 1
    code, _, err = run(capsys, "--event", str(folder), "import", "attendees", str(source), "--map", "Wer")
    assert code == 2 and "COLUMN=FIELD" in err


def test_unreadable_file_is_a_clear_error(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_bytes(bytes(range(256)) * 40)
    code, _, err = run(capsys, "--event", str(folder), "import", "attendees", str(broken))
    assert code == 2 and err.startswith("kiosk: ")


def test_tickets_hold_only_the_code(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--event", str(folder), "import", "attendees", str(SAMPLES / "attendees-excel-de.csv"))
    assert run(capsys, "--event", str(folder), "tickets", "--out", str(tmp_path / "t"))[0] == 0
    with (tmp_path / "t" / "tickets.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 40
    decoded = zxingcpp.read_barcodes(Image.open(tmp_path / "t" / rows[0]["qr_file"]))
    assert [d.text for d in decoded] == [rows[0]["code"]]


def test_export_and_set_pin(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    run(capsys, "--event", str(folder), "import", "attendees", str(SAMPLES / "attendees-excel-de.csv"))
    assert run(capsys, "--event", str(folder), "export", "checkins", str(tmp_path / "list.csv"))[0] == 0
    assert (tmp_path / "list.csv").read_text(encoding="utf-8-sig").count("\n") == 41
    at_terminal(monkeypatch, "2468", "2468")
    assert run(capsys, "--event", str(folder), "set-pin")[0] == 0
    assert verify_pin("2468", load_config(folder).staff_pin_hash)
    assert not verify_pin("2469", load_config(folder).staff_pin_hash)
    at_terminal(monkeypatch, "1357", "1375")
    code, _, err = run(capsys, "--event", str(folder), "set-pin")
    assert code == 2 and "differ" in err and verify_pin("2468", load_config(folder).staff_pin_hash)


def at_terminal(monkeypatch: pytest.MonkeyPatch, *typed: str) -> None:
    """Standard input is a terminal where these answers are typed at the hidden prompts."""
    answers = iter(typed)
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_set_pin_without_a_terminal_reads_one_line_and_keeps_the_comments(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "demo"
    folder.mkdir()
    demo = resource("demo", "event.toml").read_text(encoding="utf-8")
    (folder / "event.toml").write_text(demo, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("9753\n"))
    assert run(capsys, "--event", str(folder), "set-pin") == (0, "Staff PIN set.\n", "")
    text = (folder / "event.toml").read_text(encoding="utf-8")
    assert verify_pin("9753", load_config(folder).staff_pin_hash)
    assert [line for line in text.splitlines() if "pin_hash" not in line] == \
           [line for line in demo.splitlines() if "pin_hash" not in line]  # comments and order kept
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, "--event", str(folder), "set-pin")
    assert code == 2 and "pipe the PIN in" in err and verify_pin("9753", load_config(folder).staff_pin_hash)
    monkeypatch.setattr("sys.stdin", io.StringIO("12ab\n"))
    code, _, err = run(capsys, "--event", str(folder), "set-pin")
    assert code == 2 and err == "kiosk: the PIN must be 4–12 digits; nothing was changed\n"


EVENT = '[event] # the day\nname = "X"\nstart = 2026-11-24\n'


@pytest.mark.parametrize(("before", "after"), [
    (EVENT, EVENT + '\n[staff]\npin_hash = "H"\n'),
    (EVENT + "[staff]  # desk\n[kiosk]\nidle_seconds = 30\n",
     EVENT + '[staff]  # desk\npin_hash = "H"\n[kiosk]\nidle_seconds = 30\n'),
    (EVENT.replace("\n", "\r\n") + '[staff]\r\npin_hash = ""    # set with kiosk set-pin\r\n',
     EVENT.replace("\n", "\r\n") + '[staff]\r\npin_hash = "H"    # set with kiosk set-pin\r\n'),
])
def test_the_pin_hash_is_written_into_the_text(tmp_path: Path, before: str, after: str) -> None:
    (tmp_path / "event.toml").write_bytes(before.encode())
    set_staff_pin_hash(tmp_path, "H")
    assert (tmp_path / "event.toml").read_bytes() == after.encode()


def test_init_asks_for_the_pin_on_a_terminal_and_says_how_without_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, "init", str(tmp_path / "a"), "--name", "A")
    assert code == 0 and f"kiosk --event {tmp_path / 'a'} set-pin" in out
    at_terminal(monkeypatch, "8642", "8642")
    assert run(capsys, "init", str(tmp_path / "b"), "--name", "B")[0] == 0
    assert verify_pin("8642", load_config(tmp_path / "b").staff_pin_hash)
    at_terminal(monkeypatch, "")
    code, out, _ = run(capsys, "init", str(tmp_path / "c"), "--name", "C")
    assert code == 0 and "set-pin" in out and not load_config(tmp_path / "c").staff_pin_hash


def test_the_locked_kiosk_does_not_start_without_a_staff_pin(folder: Path, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    opened = []

    def window(path: Path, mode: str, smoke_test: bool) -> int:
        opened.append(mode)
        return 0

    code = main(["run", "--event", str(folder), "--mode", "kiosk"], gui=window)
    assert code == 2 and opened == []
    assert f"set one with `kiosk --event {folder} set-pin`" in capsys.readouterr().err
    assert main(["run", "--event", str(folder), "--mode", "staff"], gui=window) == 0
    assert main(["--smoke-test", "run", "--event", str(folder)], gui=window) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    run(capsys, "--event", str(folder), "set-pin")
    assert main(["run", "--event", str(folder), "--mode", "kiosk"], gui=window) == 0
    assert opened == ["staff", "kiosk", "kiosk"]


def test_no_event_is_a_clear_error(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIOSK_EVENT", raising=False)
    code, _, err = run(capsys, "checkin", "ABC")
    assert code == 2 and "--event" in err


def test_headless_entry_point_refuses_window_commands(folder: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "kiosk", "run", "--event", str(folder)], capture_output=True,
                            text=True, cwd=Path(__file__).resolve().parents[3])
    assert result.returncode == 2 and "window" in result.stderr


def test_purge_deletes_personal_data_and_keeps_the_configuration(folder: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--event", str(folder), "import", "attendees", str(SAMPLES / "attendees-excel-de.csv"))
    (folder / "printed").mkdir()
    (folder / "printed" / "job.pdf").write_bytes(b"%PDF-1.4")
    code, _, err = run(capsys, "--event", str(folder), "purge")
    assert code == 2 and "--yes" in err and (folder / "event.sqlite").exists()
    assert run(capsys, "--event", str(folder), "purge", "--yes")[0] == 0
    assert sorted(p.name for p in folder.iterdir()) == ["event.toml"]
    code, out, _ = run(capsys, "--event", str(folder), "search", "müller", "--json")
    assert code == 0 and json.loads(out) == []


def test_badge_commands_are_wired(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--event", str(folder), "import", "attendees", str(SAMPLES / "attendees-excel-de.csv"))
    preview = tmp_path / "p.png"
    assert run(capsys, "--event", str(folder), "badge", "preview", "--layout", "a6", "-o", str(preview))[0] == 0
    assert (tmp_path / "p.png").read_bytes()[:4] == b"\x89PNG"
    code, out, _ = run(capsys, "--event", str(folder), "badges", "--all", "--layout", "a7_8up_a4", "-o",
                       str(tmp_path / "all.pdf"))
    assert code == 0 and "40" in out and (tmp_path / "all.pdf").read_bytes()[:4] == b"%PDF"
    assert run(capsys, "--event", str(folder), "tickets", "--out", str(tmp_path / "t"), "--pdf")[0] == 0
    assert len(list((tmp_path / "t").glob("*.pdf"))) == 40


def test_printers_and_print_test(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--event", str(folder), "printers")
    assert code == 0 and "* pdf " in out
    assert run(capsys, "--event", str(folder), "print-test", "--printer", "pdf:test-prints")[0] == 0
    printed = list((folder / "test-prints").glob("*.pdf"))
    assert len(printed) == 1 and printed[0].read_bytes()[:4] == b"%PDF"
    code, _, err = run(capsys, "--event", str(folder), "print-test", "--printer", "fax:123")
    assert code == 2 and "unknown printer" in err


def test_checkin_exit_code_tells_scripts_the_outcome(event_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--event", str(event_folder), "import", "attendees", str(event_folder.parent / "attendees.csv"))
    seen = {}
    for ticket in ("AAAA1111BBBB2222CCCC", "AAAA1111BBBB2222CCCC", "NOSUCHCODE1", "<>", "JJJJ7777KKKK8888LLLL",
                   "MMMM9999NNNN0000PPPP"):
        code, out, _ = run(capsys, "--event", str(event_folder), "checkin", ticket, "--json")
        seen.setdefault(json.loads(out)["outcome"], set()).add(code)
    assert seen == {"welcome": {0}, "already_checked_in": {3}, "unknown": {4}, "invalid": {4}, "cancelled": {5},
                    "not_valid_today": {5}}


def test_checkin_help_lists_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["checkin", "--help"])
    text = capsys.readouterr().out
    assert done.value.code == 0
    assert all(f"  {code}  " in text for code in (0, 2, 3, 4, 5)) and "already checked in" in text


def _subcommands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield name, sub
                yield from ((f"{name} {inner}", deeper) for inner, deeper in _subcommands(sub))


def test_every_option_of_the_core_commands_says_what_it_does() -> None:
    parser, _ = _parser()
    undocumented = [f"{name}: {'/'.join(action.option_strings) or action.dest}"
                    for name, sub in _subcommands(parser)
                    for action in sub._actions
                    if not action.help and not isinstance(action, argparse._SubParsersAction)]
    assert undocumented == []
