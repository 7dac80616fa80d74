"""A row from the venue server, as the appliers get it."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

DUPLICATE = "duplicate"


class NotYet(Exception):
    """The row refers to something this machine has not pulled yet: it waits and is tried again."""


@dataclass(frozen=True)
class Remote:
    """A row from the server. `local_at`: its server-corrected time on this machine's clock."""

    server_seq: int
    id: str
    kiosk_id: str
    at: datetime
    server_at: datetime
    kind: str
    payload: dict[str, Any]
    verdict: str
    winner: str
    local_at: datetime
