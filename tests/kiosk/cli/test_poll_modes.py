"""`kiosk run --mode moderator` needs the staff PIN (the console opens with it); `--mode stage [--screen N]`
needs none and hands the monitor to the window."""

from pathlib import Path

from kiosk.cli.main import main
from kiosk.event.pin import hash_pin
from tests.conftest import write_event


def test_the_stage_takes_a_monitor_and_the_console_needs_a_pin(tmp_path: Path, capsys) -> None:
    folder = write_event(tmp_path / "event")
    opened = []

    def window(path: Path, mode: str, smoke_test: bool, screen: int | None = None, room: str = "") -> int:
        opened.append((path, mode, screen))
        return 0

    assert main(["run", "--event", str(folder), "--mode", "stage", "--screen", "1"], gui=window) == 0
    assert main(["run", "--event", str(folder), "--mode", "moderator"], gui=window) == 2
    assert "no staff PIN is set" in capsys.readouterr().err
    with_pin = write_event(tmp_path / "pinned", pin_hash=hash_pin("2468"))
    assert main(["run", "--event", str(with_pin), "--mode", "moderator"], gui=window) == 0
    assert opened == [(folder, "stage", 1), (with_pin, "moderator", None)]
