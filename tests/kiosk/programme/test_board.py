"""The barcamp board: cells filled and moved by staff are programme sessions on every screen."""

from datetime import date, datetime, time

import pytest

from kiosk.event.config import BarcampSettings
from kiosk.programme.board import board, fill_cell, move_session
from kiosk.programme.edits import EditError
from kiosk.programme.frab import parse_frab
from kiosk.programme.importing import import_programme
from kiosk.programme.nownext import Timeline
from kiosk.programme.store import current_programme
from tests.kiosk.programme.conftest import BERLIN, sample

DAY = date(2027, 4, 27)
SETTINGS = BarcampSettings(rooms=("Barcamp Raum 1", "Barcamp Raum 2", "Foyer"),
                           slots=((time(11), time(11, 45)), (time(14, 15), time(15))))


def test_fill_and_move_cells(programme_event) -> None:
    store = programme_event.store
    import_programme(store, parse_frab(sample("programme-frab.xml"), "p.xml", BERLIN), "p.xml")
    placeholder = fill_cell(store, BERLIN, SETTINGS, DAY, 0, "Barcamp Raum 1", "Open Data im Kreis", "Ada")
    added = fill_cell(store, BERLIN, SETTINGS, DAY, 0, "Foyer", "Lastenrad-Sharing", "Alan")
    grid = board(store, BERLIN, SETTINGS, DAY)
    assert grid[0][0].entry.session.key == placeholder  # the imported slot of that cell, retitled
    assert grid[0][0].entry.session.title == "Open Data im Kreis" and grid[0][0].entry.session.speakers == ("Ada",)
    assert grid[0][2].entry.session.key == added and grid[0][2].entry.shown == "new"
    with pytest.raises(EditError, match="taken"):
        fill_cell(store, BERLIN, SETTINGS, DAY, 0, "Foyer", "Noch was", "")
    move_session(store, BERLIN, SETTINGS, DAY, added, 1, "Foyer")
    grid = board(store, BERLIN, SETTINGS, DAY)
    assert grid[0][2].entry is None and grid[1][2].entry.session.title == "Lastenrad-Sharing"
    now = {r.room: r for r in Timeline(current_programme(store, BERLIN)).now_next(
        datetime(2027, 4, 27, 14, 20, tzinfo=BERLIN))}
    assert now["Foyer"].now.session.title == "Lastenrad-Sharing"  # on every screen
    with pytest.raises(EditError, match="no barcamp cell"):
        fill_cell(store, BERLIN, SETTINGS, DAY, 5, "Foyer", "x", "")
