"""Who votes: an opaque voter id with a kind prefix (`ticket:<attendee id>` for a badge or ticket scanned at a
kiosk, `phone:<device id>` for the phones of the next issue, `anon:<random>` once a round is anonymised)."""

import re
from dataclasses import dataclass

from kiosk.attendees import records as attendees
from kiosk.event.store import Store
from kiosk.tickets.codes import is_well_formed, scan_candidates

TICKET, PHONE, ANONYMOUS = "ticket", "phone", "anon"
VOTER_KINDS = (TICKET, PHONE, ANONYMOUS)
_VOTER = re.compile(rf"({'|'.join(VOTER_KINDS)}):[A-Za-z0-9_.-]{{1,64}}")


@dataclass(frozen=True)
class Voter:
    """A scanned code's voter id, or why the code cannot vote (`reason`)."""

    id: str = ""
    reason: str = ""


def voter_id(kind: str, key: str) -> str:
    """The voter id of a kind and key, e.g. `ticket:42`."""
    voter = f"{kind}:{key}"
    if not is_voter_id(voter):
        raise ValueError(f"{voter!r} is not a voter id (expected {'|'.join(VOTER_KINDS)}:KEY)")
    return voter


def is_voter_id(text: str) -> bool:
    """Whether the text is a voter id of a known kind."""
    return bool(_VOTER.fullmatch(text))


def ticket_voter(store: Store, raw: str) -> Voter:
    """The voter of a ticket code as scanned (read like a check-in scan: mangled layouts, prefixes, URLs);
    an unknown, invalid, cancelled or replaced code cannot vote."""
    candidates = scan_candidates(raw)
    if not is_well_formed(candidates[0]):
        return Voter(reason="invalid code")
    for key in filter(is_well_formed, candidates):
        retired = attendees.retired_code(store, key)
        if retired:
            return Voter(reason=f"cancelled ticket ({retired.reason})")
        attendee = attendees.find_by_key(store, key)
        if attendee:
            return Voter(reason="cancelled ticket") if attendee.cancelled else Voter(voter_id(TICKET,
                                                                                              str(attendee.id)))
    return Voter(reason="unknown code")
