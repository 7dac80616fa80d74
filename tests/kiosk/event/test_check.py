"""`kiosk check`: one line per check of the event folder and this machine, and a verdict."""

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.event.check import FAIL, OK, WARN, CheckResult, run_checks
from kiosk.event.config import CONFIG_FILE
from kiosk.event.folder import open_event
from kiosk.event.pin import hash_pin
from tests.conftest import write_event
from tests.kiosk.read_only import read_only_folder
from ui.launcher import main


def _statuses(results: list[CheckResult]) -> dict[str, str]:
    return {result.name: result.status for result in results}


@pytest.fixture
def ready(tmp_path: Path) -> Path:
    folder = write_event(tmp_path / "event", pin_hash=hash_pin("2468"))
    open_event(folder, "k").close()
    return folder


def test_a_ready_event_passes(ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    statuses = _statuses(run_checks(ready, "k"))
    assert statuses == {"config": OK, "staff PIN": OK, "printer (k)": OK, "folder": OK, "disk": statuses["disk"],
                        "database": OK, "fonts": OK}
    assert main(["--event", str(ready), "check"]) == 0
    out = capsys.readouterr().out
    assert "OK    staff PIN" in out and out.rstrip().splitlines()[-1].endswith(" 0 FAIL")


def test_what_is_missing_fails_with_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_ID", "k")
    folder = write_event(tmp_path / "event")
    text = (folder / CONFIG_FILE).read_text(encoding="utf-8")
    (folder / CONFIG_FILE).write_text(text + '\n[badges]\nprinter = "cups:NoSuchQueue"\nlogo = "logo.png"\n',
                                      encoding="utf-8")
    (folder / "event.sqlite").write_bytes(b"not a database" * 20)
    assert main(["--event", str(folder), "check", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    checks = {check["name"]: check for check in report["checks"]}
    assert report["ready"] is False
    assert checks["staff PIN"]["status"] == FAIL and f"kiosk --event {folder} set-pin" in checks["staff PIN"]["detail"]
    assert checks["printer (k)"]["status"] == FAIL and "cups:NoSuchQueue" in checks["printer (k)"]["detail"]
    assert checks["logo"]["status"] == WARN
    assert checks["database"]["status"] == FAIL and "not an event database" in checks["database"]["detail"]
    assert (folder / "event.sqlite").read_bytes() == b"not a database" * 20


def test_a_broken_configuration_is_listed_and_the_machine_still_checked(ready: Path) -> None:
    text = (ready / CONFIG_FILE).read_text(encoding="utf-8").replace("Europe/Berlin", "Europe/Berln")
    (ready / CONFIG_FILE).write_text(text, encoding="utf-8")
    results = run_checks(ready, "k")
    assert results[0].status == FAIL and 'event.time_zone: "Europe/Berln"' in results[0].detail
    assert {"fonts", "disk", "database", "folder"} <= set(_statuses(results))


def test_an_old_schema_is_a_warning_and_is_not_upgraded_by_the_check(ready: Path) -> None:
    with closing(sqlite3.connect(ready / "event.sqlite")) as connection:
        connection.execute("PRAGMA user_version = 1")
    result = next(r for r in run_checks(ready, "k") if r.name == "database")
    assert result.status == WARN and result.detail.startswith("schema 1: upgraded to")
    with closing(sqlite3.connect(ready / "event.sqlite")) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_read_only_folder_fails_the_folder_and_the_pdf_printer(ready: Path) -> None:
    with read_only_folder(ready):
        statuses = _statuses(run_checks(ready, "k"))
    assert statuses["folder"] == FAIL and statuses["printer (k)"] == FAIL and statuses["database"] == OK


def test_machine_checks_of_the_front_end_join_and_cannot_break_the_check(ready: Path) -> None:
    def broken_camera() -> list[CheckResult]:
        raise OSError("no video4linux")

    results = run_checks(ready, "k", [lambda: [CheckResult("screens", OK, "1920x1080")], broken_camera])
    assert results[-2:] == [CheckResult("screens", OK, "1920x1080"),
                            CheckResult("broken_camera", FAIL, "could not be checked: no video4linux")]


def test_the_qt_front_end_adds_screens_and_camera(ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--event", str(ready), "check", "--json"])
    checks = {check["name"]: check for check in json.loads(capsys.readouterr().out)["checks"]}
    assert checks["screens"]["status"] == WARN and "no display" in checks["screens"]["detail"]  # offscreen
    assert checks["camera"]["status"] in (OK, WARN)


def test_a_kiosk_id_without_its_table_and_an_auto_print_typo_are_warned_about(ready: Path) -> None:
    text = (ready / CONFIG_FILE).read_text(encoding="utf-8")
    (ready / CONFIG_FILE).write_text(text + '\n[badges]\nauto_print = ["Speaker", "Teilnehmer"]\n\n'
                                            '[kiosks.eingang-1]\nprinter = "pdf:eingang"\n', encoding="utf-8")
    results = {r.name: r for r in run_checks(ready, "eingang1")}
    assert results["kiosk id"].status == WARN
    assert results["kiosk id"].detail.startswith("'eingang1' has no [kiosks] table (did you mean \"eingang-1\"?)")
    assert results["auto_print"] == CheckResult("auto_print", WARN, "'Teilnehmer' is no [[categories]] name (did you "
                                                "mean \"Teilnehmende\"?): only guests imported with exactly this "
                                                "category print by themselves")
    assert "kiosk id" not in _statuses(run_checks(ready, "eingang-1"))
