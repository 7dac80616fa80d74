"""The `kiosk` command line, run as users run it, on real event folders."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.cli import main
from kiosk.config import load_config
from kiosk.pin import verify_pin
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
    assert json.loads(out) == {"added": 56, "updated": 0, "unchanged": 0, "cancelled": 4, "errors": []}
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
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "2468")
    assert run(capsys, "--event", str(folder), "set-pin")[0] == 0
    assert verify_pin("2468", load_config(folder).staff_pin_hash)
    assert not verify_pin("2469", load_config(folder).staff_pin_hash)


def test_no_event_is_a_clear_error(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIOSK_EVENT", raising=False)
    code, _, err = run(capsys, "checkin", "ABC")
    assert code == 2 and "--event" in err


def test_headless_entry_point_refuses_window_commands(folder: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "kiosk", "run", "--event", str(folder)], capture_output=True,
                            text=True, cwd=Path(__file__).resolve().parents[2])
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
