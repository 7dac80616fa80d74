"""The demo event has a programme of its own day, moved along with the demo."""

from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.event.demo import prepare_demo
from kiosk.event.folder import open_event
from kiosk.programme.demo import prepare_demo_programme
from kiosk.programme.model import programme_day
from kiosk.programme.nownext import Timeline
from kiosk.programme.store import current_programme
from tests.kiosk.programme.conftest import BERLIN


def test_the_demo_programme_runs_today_and_moves_with_the_demo(tmp_path: Path) -> None:
    folder = prepare_demo(tmp_path / "demo")
    event = open_event(folder)
    try:
        entries = current_programme(event.store, BERLIN)
        assert {programme_day(e.session.start) for e in entries} == {date.today()}
        assert len(entries) == 22 and {e.shown for e in entries} == {"scheduled"}
        rooms = {e.session.room for e in entries}
        assert {"Halle – Bühne", "Expo-Bühne", "Barcamp Raum 1"} <= rooms
        filled = [e.session.title for e in entries if e.session.type == "barcamp" and e.session.speakers]
        assert filled == ["Open Data im Landkreis – wo fangen wir an?", "Lastenräder als mobiles Bürgerbüro"]
        at = datetime.combine(date.today(), datetime.min.time(), BERLIN).replace(hour=10, minute=10)
        stage = {r.room: r for r in Timeline(entries).now_next(at)}["Halle – Bühne"]
        assert stage.now.session.title.startswith("Keynote")
    finally:
        event.close()
    prepare_demo(folder)  # reused on the same day: the programme (and the staff's edits) stay as they are
    event = open_event(folder)
    try:
        assert len(event.store.rows("SELECT * FROM programme_versions")) == 1
        assert current_programme(event.store, BERLIN) == entries
        tomorrow = date.today() + timedelta(days=1)
        prepare_demo_programme(event, tomorrow)
        moved = current_programme(event.store, BERLIN)
        assert {programme_day(e.session.start) for e in moved} == {tomorrow} and len(moved) == 22
        assert "moved" not in {e.shown for e in moved}  # a new day starts over, it is not a day of delays
    finally:
        event.close()
