"""Staff: the venue server's sync state (connected, or offline since when; events waiting to go out; the last
pull) on a line of the staff desk, and on a page of its own the guests welcomed twice, with both times and
places. Only the staff desk shows it, never the attendee kiosk. The state comes from `venue_status` (reads
only the local database, so it is cheap on the UI thread)."""

from datetime import datetime
from typing import Any

from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout

from kiosk.attendees.records import find_by_key
from kiosk.common.timeutil import from_iso, local, utc_now
from kiosk.event.folder import Event
from kiosk.tickets.codes import code_key
from kiosk.venue import connection
from kiosk.venue.status import venue_status
from ui.staff.style import NARROW_PX, TEXT, staff_table
from ui.widgets.common import PlainLabel, TranslatedWidget
from ui.widgets.theme import GAP

SEPARATOR = " · "
CODE_COLUMN = 1


def _clock(moment: str, zone: str) -> str:
    return f"{local(from_iso(moment), zone):%H:%M:%S}"


def duplicate_rows(status: dict[str, Any], event: Event) -> list[tuple[str, str, str, str]]:
    """(name, code, first welcome, welcomed again) for each later welcome of a guest: time and kiosk of both."""
    zone, rows = event.config.time_zone, []
    for duplicate in status.get("duplicates") or []:
        first, *again = duplicate["entries"]
        found = find_by_key(event.store, code_key(duplicate["code"]))
        name = found.display_name if found is not None else "?"
        for entry in again:
            rows.append((name, duplicate["code"], f"{_clock(first['at'], zone)} {first['kiosk_id']}",
                         f"{_clock(entry['at'], zone)} {entry['kiosk_id']}"))
    return rows


def set_tone(label: PlainLabel, tone: str) -> None:
    """Change a label's colour from the theme (the style sheet reads the property again)."""
    if label.property("tone") != tone:
        label.setProperty("tone", tone)
        label.style().unpolish(label)
        label.style().polish(label)


class VenueLine(PlainLabel):
    """The sync state on one (wrapping) line: the link to the server, what waits to go out, the last pull, the
    guests welcomed twice; red while the server cannot be reached."""

    def __init__(self) -> None:
        super().__init__(points=TEXT)

    def show_status(self, status: dict[str, Any], zone: str) -> None:
        self.setText(self.summary(status, zone, utc_now()) if status else "")
        set_tone(self, "" if status.get("connected") or not status else "error")

    def summary(self, status: dict[str, Any], zone: str, now: datetime) -> str:
        """The line's text for a `venue_status` at `now`."""
        if status.get("connected"):
            link = self.tr("Venue server connected")
        elif status.get("offline_since"):
            minutes = max(0, int((now - from_iso(status["offline_since"])).total_seconds() // 60))
            link = self.tr("Venue server offline since {time} (%n min)", "", minutes).format(
                time=_clock(status["offline_since"], zone))
        else:
            link = self.tr("Venue server not reached yet")
        parts = [link, self.tr("%n event(s) waiting to go out", "", int(status.get("outbox") or 0))]
        last_pull = status.get("last_pull")
        parts.append(self.tr("last news from the server {time}").format(time=_clock(last_pull, zone)) if last_pull
                     else self.tr("nothing from the server yet"))
        twice = len(status.get("duplicates") or [])
        if twice:
            parts.append(self.tr("%n guest(s) welcomed twice", "", twice))
        return SEPARATOR.join(parts)


class VenuePage(TranslatedWidget):
    """The staff desk's venue page: the last problem while offline, and every guest welcomed twice (the sync
    state itself is on the desk's line, above every page). A narrow screen leaves out the code column."""

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.kiosk_event = event
        self.problem = PlainLabel(points=TEXT, bold=True)
        self.detail = PlainLabel(points=TEXT, tone="muted")  # the technical detail (English), for venue IT
        self.heading = PlainLabel(points=TEXT, bold=True)
        self.model = QStandardItemModel(0, 4)
        self.table = staff_table(self.model, (1, 0, 0, 0), QAbstractItemView.SelectionMode.NoSelection)
        layout = QVBoxLayout(self)
        layout.setSpacing(GAP)
        for widget in (self.problem, self.detail, self.heading):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        self.status: dict[str, Any] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Code"), self.tr("First welcome"),
                                              self.tr("Again")])
        self._show_texts()

    def refresh(self) -> dict[str, Any]:
        """Read the state again; returns it for the desk's line."""
        status = venue_status(self.kiosk_event.store)
        self.show_status(status)
        return status

    def show_status(self, status: dict[str, Any]) -> None:
        """Show a `venue_status`: the line, the last problem while offline, the guests welcomed twice."""
        self.status = status
        self.model.removeRows(0, self.model.rowCount())
        for row in duplicate_rows(status, self.kiosk_event):
            self.model.appendRow([QStandardItem(text) for text in row])
        self.table.setVisible(self.model.rowCount() > 0)
        self._show_texts()

    def problem_text(self, kind: str) -> str:
        """What went wrong last, by kind, in the staff's language (the detail below it stays technical)."""
        texts = {
            connection.CONFIG: self.tr("[venue] in event.toml is incomplete or wrong."),
            connection.UNREACHABLE: self.tr("The venue server cannot be reached (network or server down)."),
            connection.LOGIN: self.tr("The venue server refused this machine's password."),
            connection.NO_DATABASE: self.tr("The venue server has no such database."),
            connection.NO_ROLE: self.tr("The venue server does not know this machine's role."),
            connection.NO_SCHEMA: self.tr("The venue server's database is not set up (kiosk venue init)."),
            connection.NO_RIGHTS: self.tr("This machine's role lacks rights on the venue server."),
        }
        return texts.get(kind, self.tr("Syncing with the venue server failed."))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.table.setColumnHidden(CODE_COLUMN, self.width() < NARROW_PX)
        super().resizeEvent(event)

    def _show_texts(self) -> None:
        """The texts of the state shown, in the current language (no database read)."""
        error = "" if self.status.get("connected") else self.status.get("last_error") or ""
        self.problem.setText(self.problem_text(self.status.get("last_error_kind") or "") if error else "")
        self.detail.setText(error)
        for label in (self.problem, self.detail):
            label.setVisible(bool(error))
        self.heading.setText(self.tr("Guests welcomed twice (both welcomes stay recorded):")
                             if self.model.rowCount() else self.tr("No guest was welcomed twice."))
