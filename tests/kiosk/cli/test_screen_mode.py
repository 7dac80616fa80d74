"""`kiosk run --mode screen [--screen N] [--room R]`: the info screen needs no staff PIN (nobody uses it) and
hands the monitor and the room to the window."""

from pathlib import Path

from kiosk.cli.main import main
from tests.conftest import write_event


def test_screen_mode_passes_monitor_and_room_and_needs_no_pin(tmp_path: Path) -> None:
    folder = write_event(tmp_path / "event")
    opened = []

    def window(path: Path, mode: str, smoke_test: bool, screen: int | None = None, room: str = "") -> int:
        opened.append((path, mode, smoke_test, screen, room))
        return 0

    assert main(["run", "--event", str(folder), "--mode", "screen", "--screen", "1", "--room", " Saal 2 "],
                gui=window) == 0
    assert main(["run", "--event", str(folder), "--mode", "screen"], gui=window) == 0
    assert opened == [(folder, "screen", False, 1, "Saal 2"), (folder, "screen", False, None, "")]
