"""The installed `kiosk` command: the core's command line with this Qt front end for the window commands."""

import sys
from collections.abc import Sequence

from kiosk.cli.main import main as cli_main
from kiosk.event.check import CheckResult
from ui.app import run_gui


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `kiosk` console script."""
    return cli_main(argv, gui=run_gui, add_printers=_add_system_printers, machine_checks=(_check_machine,))


def _add_system_printers() -> None:
    from ui.app import create_application  # printers installed on the machine need Qt (and its app)

    create_application(headless_ok=True)


def _check_machine() -> list[CheckResult]:
    from ui.machine_check import camera_and_screens

    return camera_and_screens()


if __name__ == "__main__":
    sys.exit(main())
