"""No `kiosk` command ends in a traceback: every one is run on a missing event, a broken event.toml, a damaged
database, a read-only folder and with wrong arguments, through the installed entry point (`ui.launcher`) —
in this process for the whole matrix, and as real processes for the window commands and the terminal-less
cases."""

import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.attendees.importer import import_attendees
from kiosk.event.folder import open_event
from kiosk.event.pin import hash_pin
from kiosk.event.store import MIGRATIONS
from tests.conftest import ATTENDEES_CSV, write_event
from tests.kiosk.read_only import read_only_folder
from ui.launcher import main

ROOT = Path(__file__).resolve().parents[3]
PIN_HASH = hash_pin("2468")
READING = {  # commands that only read the event (what they write goes to OUT)
    "search": ["search", "müller"],
    "export": ["export", "checkins", "{out}/list.csv"],
    "tickets": ["tickets", "--out", "{out}/tickets"],
    "badge preview": ["badge", "preview", "--layout", "a6", "-o", "{out}/badge.png"],
    "badges": ["badges", "--all", "--layout", "a7_8up_a4", "-o", "{out}/badges.pdf", "--proof"],
    "topics export": ["topics", "export", "-o", "{out}/topics.csv"],
    "printers": ["printers"],
    "print-test": ["print-test", "--printer", "pdf:{out}/test-print"],
}
WRITING = {
    "import": ["import", "attendees", "{out}/attendees.csv"],
    "checkin": ["checkin", "AAAA1111BBBB2222CCCC"],
    "set-pin": ["set-pin"],
    "purge": ["purge", "--yes"],
}
WORKER = ["print-worker", "--kiosk-id", "k"]  # on a read-only folder it only fails once there is a job
BROKEN = ("missing folder", "no event.toml", "unknown time zone", "not UTF-8", "not TOML", "damaged database",
          "newer database")


def _event(folder: Path, out: Path) -> Path:
    write_event(folder, pin_hash=PIN_HASH)
    (out / "attendees.csv").write_text(ATTENDEES_CSV, encoding="utf-8")
    event = open_event(folder, "k")
    import_attendees(event, out / "attendees.csv")
    event.close()
    return folder


def _broken(kind: str, folder: Path, out: Path) -> Path:
    """An event folder broken in one way."""
    if kind == "missing folder":
        return folder
    folder.mkdir()
    if kind == "no event.toml":
        return folder
    _event(folder, out)
    toml = folder / "event.toml"
    text = toml.read_text(encoding="utf-8")
    if kind == "unknown time zone":
        toml.write_text(text.replace("Europe/Berlin", "Europe/Berln").replace("[kiosk]", "[kiosk]\nidel_seconds = 3"),
                        encoding="utf-8")
    elif kind == "not UTF-8":
        toml.write_bytes(text.replace("Summit", "Gießen").encode("cp1252"))
    elif kind == "not TOML":
        toml.write_text(text.replace("[event]", "[event"), encoding="utf-8")
    elif kind == "damaged database":
        (folder / "event.sqlite").write_bytes(b"PK\x03\x04 a spreadsheet saved over the database" * 50)
    elif kind == "newer database":
        with closing(sqlite3.connect(folder / "event.sqlite")) as connection:
            connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    return folder


def _run(capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path, out: Path,
         args: list[str], stdin: str = "") -> tuple[int, str]:
    """Run one command in this process as `kiosk --event FOLDER …`; any exception escaping is a traceback."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        code = main(["--event", str(folder), *(arg.format(out=out) for arg in args)])
    except SystemExit as exit_:  # argparse's refusal
        code = exit_.code if isinstance(exit_.code, int) else 2
    err = capfd.readouterr().err
    assert "Traceback" not in err, err
    return code, err


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "attendees.csv").write_text(ATTENDEES_CSV, encoding="utf-8")
    return folder


@pytest.mark.parametrize("kind", BROKEN)
def test_every_command_on_a_broken_event_says_what_is_wrong(kind: str, tmp_path: Path, out: Path,
                                                            capfd: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _broken(kind, tmp_path / "event", out)
    damaged = (folder / "event.sqlite").read_bytes() if kind.endswith("database") else None
    for name, args in {"check": ["check"], "print-worker": WORKER, **READING, **WRITING}.items():  # purge last
        code, err = _run(capfd, monkeypatch, folder, out, args, stdin="2468\n")
        if name in ("purge", "set-pin") and damaged is not None:
            continue  # they do not read the database (deleting it is what purge is for)
        assert code != 0, f"{name} on {kind} succeeded"
        if name != "check":
            assert err.startswith("kiosk: "), f"{name} on {kind}: {err}"
        if damaged is not None:
            assert (folder / "event.sqlite").read_bytes() == damaged, f"{name} changed the damaged database"


def test_a_read_only_event_folder_can_be_read_but_not_changed(tmp_path: Path, out: Path,
                                                              capfd: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _event(tmp_path / "event", out)
    before = sorted(p.name for p in folder.iterdir())
    with read_only_folder(folder):
        for name, args in READING.items():
            code, err = _run(capfd, monkeypatch, folder, out, args)
            assert code == 0, f"{name} on a read-only folder: {err}"
        code, _ = _run(capfd, monkeypatch, folder, out, ["check"])
        assert code == 1
        for name, args in WRITING.items():
            code, err = _run(capfd, monkeypatch, folder, out, args, stdin="2468\n")
            assert code == 2 and ("read-only" in err.lower() or "permission denied" in err.lower()), (name, err)
        _run(capfd, monkeypatch, folder, out, WORKER)
    assert sorted(p.name for p in folder.iterdir()) == before


@pytest.mark.parametrize("args", [
    ["checkin"], ["search", "x", "--limit", "many"], ["frobnicate"], ["import", "guests", "{out}/attendees.csv"],
    ["import", "attendees", "{out}/nothing-here.csv"], ["import", "attendees", "{out}"],
    ["badge", "preview", "--layout", "a5", "-o", "{out}/b.png"], ["badges", "--all", "--layout", "a6"],
    ["print-test", "--printer", "fax:0815"], ["export", "checkins", "{out}/no/such/folder/list.csv"],
    ["tickets", "--out", "{out}/attendees.csv"], ["purge"], ["init", "{out}", "--name", "Again"],
    ["run", "--mode", "booth"],
])
def test_wrong_arguments_are_refused_in_a_sentence(args: list[str], tmp_path: Path, out: Path,
                                                    capfd: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (out / "event.toml").write_text("", encoding="utf-8")  # `init` into a folder that has one already
    folder = _event(tmp_path / "event", out)
    code, err = _run(capfd, monkeypatch, folder, out, args)
    assert code == 2 and err.strip(), err


def _kiosk(*args: str, stdin: int | None = subprocess.DEVNULL, display: bool = True,
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The installed entry point as its own process, without a terminal (and, if asked, without a display)."""
    environment = {**os.environ, **(env or {})}
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY") if not display else ():
        environment.pop(name, None)
    return subprocess.run([sys.executable, "-m", "ui.launcher", *args], cwd=ROOT, stdin=stdin, env=environment,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def processes_folder(tmp_path: Path, out: Path) -> Iterator[Path]:
    yield _event(tmp_path / "event", out)


def test_real_processes_never_end_in_a_traceback(processes_folder: Path, tmp_path: Path, out: Path) -> None:
    folder = str(processes_folder)
    no_pin = write_event(tmp_path / "no-pin")
    broken = _broken("unknown time zone", tmp_path / "broken", out)
    damaged = _broken("damaged database", tmp_path / "damaged", out)
    runs = {
        "set-pin without a terminal": (_kiosk("--event", folder, "set-pin"), "no PIN given"),
        "kiosk without a PIN": (_kiosk("run", "--event", str(no_pin), "--mode", "kiosk"), "no staff PIN is set"),
        "kiosk without a display": (_kiosk("run", "--event", folder, display=False), "no display"),
        "kiosk on a broken event.toml": (_kiosk("run", "--event", str(broken)), "Europe/Berln"),
        "staff desk on a damaged database": (_kiosk("run", "--event", str(damaged), "--mode", "staff"),
                                             "left untouched"),
        "check on a damaged database": (_kiosk("check", "--event", str(damaged)), ""),
        "no event": (_kiosk("search", "anna", env={"KIOSK_EVENT": ""}), "--event"),
    }
    for what, (result, said) in runs.items():
        assert "Traceback" not in result.stderr, f"{what}: {result.stderr}"
        assert result.returncode in (1, 2) and said in result.stderr + result.stdout, f"{what}: {result.stderr}"
    printers = _kiosk("--event", folder, "printers", display=False)
    assert printers.returncode == 0 and "pdf" in printers.stdout, printers.stderr
