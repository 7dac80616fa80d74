"""The phones' web server (`kiosk serve`) beside the moderator console when `[phones] enabled`: a process of its
own, so the console never stalls; started with the console, started again if it dies, and ended when the console
closes (its standard input closes: it finishes the requests in hand and stops)."""

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.web.process import serve_command
from ui.helper_process import HelperProcess


class PhoneServer(HelperProcess):
    """`joined(address, code)` once the server listens (its first line: `Phones: <url>  code <CODE>`)."""

    joined = Signal(str, str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(serve_command(folder), parent)

    def start(self) -> None:
        """Nothing more to do: the process started when this was made (the window loop calls start on all)."""

    def report(self, words: list[str]) -> None:
        if len(words) >= 4 and words[0] == "Phones:" and words[2] == "code":
            self.joined.emit(words[1], words[3])
