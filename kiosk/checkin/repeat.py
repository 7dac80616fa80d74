"""A guest who scans again right after their welcome is the same guest, not an impostor: how the kiosk tells."""

from datetime import datetime

SAME_GUEST_SECONDS = 120.0  # the default of `[kiosk] same_guest_seconds`


def is_same_guest_again(checked_in_at: datetime | None, checked_in_by: str, kiosk_id: str, now: datetime,
                        seconds: float = SAME_GUEST_SECONDS) -> bool:
    """Whether an earlier check-in (when, at which kiosk id) is the guest's own of a moment ago at this very
    kiosk, within `seconds`: good news ("your badge is on its way"), no warning."""
    if checked_in_at is None or checked_in_by != kiosk_id:
        return False
    return 0 <= (now - checked_in_at).total_seconds() <= seconds
