import json
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.attendees import records as attendees
from kiosk.checkin import reports
from kiosk.checkin.desk import CheckinDesk, Outcome
from kiosk.event.folder import Event, open_event
from tests.conftest import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def desk(event: Event, clock: Clock) -> CheckinDesk:
    return CheckinDesk(event, clock=clock, monotonic=clock.monotonic)


def later(clock: Clock, seconds: float = 5) -> None:
    clock.now += timedelta(seconds=seconds)
    clock.seconds += seconds


def test_first_scan_welcomes_with_name_and_role_colour(desk: CheckinDesk) -> None:
    result = desk.scan("AAAA1111BBBB2222CCCC")
    assert result is not None and result.outcome is Outcome.WELCOME
    assert result.attendee and result.attendee.last_name == "Müller-Lüdenscheidt"
    assert result.category and (result.category.role_label, result.category.colour) == ("Speaker", "#C2185B")
    assert reports.counts(desk.event).checked_in == 1


def test_second_scan_says_when_and_where(desk: CheckinDesk, clock: Clock) -> None:
    first = desk.scan("AAAA1111BBBB2222CCCC")
    later(clock)
    second = desk.scan("AAAA1111BBBB2222CCCC")
    assert first and second and second.outcome is Outcome.ALREADY_CHECKED_IN
    assert second.checked_in_at == first.checked_in_at and second.checked_in_by == "kiosk-1"
    assert reports.counts(desk.event).checked_in == 1


def test_same_code_within_three_seconds_is_ignored(desk: CheckinDesk, clock: Clock) -> None:
    assert desk.scan("AAAA1111BBBB2222CCCC") is not None
    later(clock, 2.5)
    assert desk.scan(" aaaa1111bbbb2222cccc\n") is None
    later(clock, 3)
    repeat = desk.scan("AAAA1111BBBB2222CCCC")
    assert repeat is not None and repeat.outcome is Outcome.ALREADY_CHECKED_IN


def test_a_code_held_up_keeps_being_ignored(desk: CheckinDesk, clock: Clock) -> None:
    """Every sighting starts the repeat window again: a guest holding the code up for ten seconds gets one answer."""
    assert desk.scan("AAAA1111BBBB2222CCCC") is not None
    for _ in range(10):
        later(clock, 1)
        assert desk.scan("AAAA1111BBBB2222CCCC") is None
    later(clock, 3)
    again = desk.scan("AAAA1111BBBB2222CCCC")
    assert again is not None and again.outcome is Outcome.ALREADY_CHECKED_IN


def test_the_guest_on_screen_is_ignored_but_others_are_not(desk: CheckinDesk, clock: Clock) -> None:
    first = desk.scan("AAAA1111BBBB2222CCCC")
    assert first and first.attendee
    later(clock, 4)
    assert desk.scan("AAAA1111BBBB2222CCCC", on_screen=first.attendee.id) is None
    other = desk.scan("FFFF5555GGGG6666HHHH", on_screen=first.attendee.id)
    assert other and other.outcome is Outcome.WELCOME


@pytest.mark.parametrize(("raw", "outcome"), [
    ("ZZZZ0000ZZZZ0000ZZZZ", Outcome.UNKNOWN),
    ("<script>alert(1)</script>", Outcome.INVALID),
    ("ab", Outcome.INVALID),
    ("x" * 5000, Outcome.INVALID),
    ("JJJJ7777KKKK8888LLLL", Outcome.CANCELLED),
    ("MMMM9999NNNN0000PPPP", Outcome.NOT_VALID_TODAY),
])
def test_each_outcome(desk: CheckinDesk, raw: str, outcome: Outcome) -> None:
    result = desk.scan(raw)
    assert result is not None and result.outcome is outcome
    assert reports.counts(desk.event).checked_in == 0


def test_day_ticket_is_valid_on_its_day(desk: CheckinDesk, clock: Clock) -> None:
    later(clock, 24 * 3600)
    result = desk.scan("MMMM9999NNNN0000PPPP")
    assert result and result.outcome is Outcome.WELCOME


def test_other_events_prefix_is_invalid(event_folder, tmp_path) -> None:
    from tests.conftest import write_event
    write_event(event_folder, other_event_prefixes=["SRS25-"])
    event = open_event(event_folder, "k")
    result = CheckinDesk(event).scan("SRS25-ABCDEF123")
    assert result and result.outcome is Outcome.INVALID
    event.close()


@pytest.mark.parametrize("raw", [
    "ticket:aaaa1111bbbb2222cccc",
    "https://tickets.example.org/checkin?code=AAAA1111BBBB2222CCCC&x=1",
    "\tAAAA 1111 BBBB 2222 CCCC\r\n",
])
def test_scans_are_normalised(desk: CheckinDesk, raw: str) -> None:
    result = desk.scan(raw)
    assert result and result.outcome is Outcome.WELCOME


def test_us_german_layout_swap_is_undone(desk: CheckinDesk) -> None:
    # The real code is YZYZ3333…: a scanner on the wrong layout sends ZYZY3333…
    result = desk.scan("ZYZY3333DDDD4444EEEE")
    assert result and result.outcome is Outcome.WELCOME and result.attendee
    assert result.attendee.first_name == "Jürgen"


def test_every_attempt_is_logged_with_outcome(desk: CheckinDesk, clock: Clock) -> None:
    for raw in ("AAAA1111BBBB2222CCCC", "NOPE0000NOPE0000", "AAAA1111BBBB2222CCCC", "%%"):
        desk.scan(raw)
        later(clock)
    outcomes = [row["outcome"] for row in reports.checkin_attempts(desk.event)]
    assert outcomes == ["invalid", "already_checked_in", "unknown", "welcome"]


def test_only_welcome_writes_a_checkin_with_its_event_row(desk: CheckinDesk) -> None:
    desk.scan("AAAA1111BBBB2222CCCC")
    desk.scan("JJJJ7777KKKK8888LLLL")
    store = desk.store
    checkins = store.rows("SELECT id, attendee_id FROM checkins")
    assert len(checkins) == 1
    event = store.rows("SELECT * FROM events WHERE id = ?", (checkins[0]["id"],))[0]
    assert event["kind"] == "checkin" and event["kiosk_id"] == "kiosk-1"
    assert json.loads(event["payload"])["attendee_id"] == checkins[0]["attendee_id"]


def test_undo_keeps_the_record_and_allows_a_new_checkin(desk: CheckinDesk, clock: Clock) -> None:
    result = desk.scan("AAAA1111BBBB2222CCCC")
    assert result and result.attendee
    assert desk.undo(result.attendee.id, "wrong person")
    assert not desk.undo(result.attendee.id, "twice")
    later(clock)
    again = desk.scan("AAAA1111BBBB2222CCCC")
    assert again and again.outcome is Outcome.WELCOME
    rows = desk.store.rows("SELECT undone_at, undo_reason FROM checkins ORDER BY at")
    assert [r["undo_reason"] for r in rows] == ["wrong person", None]
    kinds = [r["kind"] for r in desk.store.rows("SELECT kind FROM events ORDER BY seq")]
    assert kinds.count("checkin") == 2 and kinds.count("checkin_undone") == 1


def test_check_in_chosen_from_search(desk: CheckinDesk) -> None:
    attendee = attendees.find_by_key(desk.store, "FFFF5555GGGG6666HHHH")
    assert attendee
    assert desk.check_in(attendee.id, "search").outcome is Outcome.WELCOME
    assert desk.check_in(attendee.id, "search").outcome is Outcome.ALREADY_CHECKED_IN
    assert desk.check_in(999_999, "staff").outcome is Outcome.UNKNOWN


def test_json_result_names_the_outcome(desk: CheckinDesk) -> None:
    result = desk.scan("AAAA1111BBBB2222CCCC")
    assert result
    data = result.to_json()
    assert data["outcome"] == "welcome" and data["attendee"]["first_name"] == "Sophie"
    assert json.loads(json.dumps(data)) == data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=3000),
    st.sampled_from(["'; DROP TABLE attendees; --", "\" OR 1=1", "<b>x</b>", "\x00\x1b[2J", "%s%n", "‮abc"]),
))
def test_hostile_scans_always_get_a_defined_outcome(desk: CheckinDesk, clock: Clock, raw: str) -> None:
    later(clock)
    result = desk.scan(raw)
    assert result is None or result.outcome in set(Outcome)
    assert desk.store.conn.execute("SELECT count(*) FROM attendees").fetchone()[0] == 5


def test_first_welcome_queues_a_badge_in_the_same_transaction(desk: CheckinDesk, clock: Clock) -> None:
    from kiosk.printing import queue

    woken: list[bool] = []
    desk.on_print_queued = lambda: woken.append(True)
    result = desk.scan("AAAA1111BBBB2222CCCC")
    assert result and result.badge_queued and woken == [True]
    later(clock)
    again = desk.scan("AAAA1111BBBB2222CCCC")
    assert again and not again.badge_queued
    jobs = queue.recent_jobs(desk.store)
    assert [(j.kind, j.reason, j.state) for j in jobs] == [("badge", "first check-in", "queued")]
    checkin_seq = desk.store.rows("SELECT seq FROM events WHERE kind = 'checkin'")[0]["seq"]
    queued_seq = desk.store.rows("SELECT seq FROM events WHERE kind = 'print_queued'")[0]["seq"]
    assert queued_seq == checkin_seq + 1


def test_auto_print_follows_the_category_setting(event_folder, tmp_path) -> None:
    import tomllib

    from kiosk.attendees.importer import import_attendees
    from kiosk.event.config import write_config_document
    from kiosk.printing import queue

    document = tomllib.loads((event_folder / "event.toml").read_text(encoding="utf-8"))
    document["badges"] = {"auto_print": ["Speaker"]}
    write_config_document(event_folder, document)
    event = open_event(event_folder, "k")
    import_attendees(event, event_folder.parent / "attendees.csv")
    desk = CheckinDesk(event)
    speaker, guest = desk.scan("AAAA1111BBBB2222CCCC"), desk.scan("FFFF5555GGGG6666HHHH")
    assert speaker and speaker.badge_queued and guest and not guest.badge_queued
    assert len(queue.recent_jobs(event.store)) == 1
    event.close()


def next_day_at(clock: Clock, hour: int, minute: int = 0) -> None:
    """The event's second day, at a time on its wall clock (Europe/Berlin, UTC+1 in November)."""
    clock.now = (clock.now + timedelta(days=1)).replace(hour=hour - 1, minute=minute)
    clock.seconds += 24 * 3600


def test_a_two_day_ticket_is_welcomed_back_on_day_two_without_a_new_badge(desk: CheckinDesk, clock: Clock) -> None:
    from kiosk.printing import queue

    first = desk.scan("AAAA1111BBBB2222CCCC")
    assert first and first.outcome is Outcome.WELCOME and first.badge_queued and not first.returning
    next_day_at(clock, 9, 10)
    back = desk.scan("AAAA1111BBBB2222CCCC")
    assert back and back.outcome is Outcome.WELCOME and back.returning and not back.badge_queued
    assert back.checked_in_at == clock.now
    assert back.to_json()["returning"] is True and first.to_json()["returning"] is False
    assert len(queue.recent_jobs(desk.store)) == 1
    later(clock)
    again = desk.scan("AAAA1111BBBB2222CCCC")
    assert again and again.outcome is Outcome.ALREADY_CHECKED_IN and again.checked_in_at == back.checked_in_at
    days = [r["day"] for r in desk.store.rows("SELECT day FROM checkins ORDER BY at")]
    assert days == ["2026-11-24", "2026-11-25"]
    kinds = [r["kind"] for r in desk.store.rows("SELECT kind FROM events WHERE kind LIKE 'checkin%' ORDER BY seq")]
    assert kinds == ["checkin", "checkin_attempt", "checkin", "checkin_attempt", "checkin_attempt"]
    assert reports.counts(desk.event).checked_in == 1


def test_the_day_is_the_events_local_date(desk: CheckinDesk, clock: Clock) -> None:
    clock.now = clock.now.replace(hour=22, minute=30)  # 23:30 in Berlin
    assert (first := desk.scan("AAAA1111BBBB2222CCCC")) and not first.returning
    later(clock, 3600)  # 00:30 in Berlin, still 23:30 UTC
    back = desk.scan("AAAA1111BBBB2222CCCC")
    assert back and back.outcome is Outcome.WELCOME and back.returning


def test_undo_takes_back_todays_checkin_and_keeps_yesterdays(desk: CheckinDesk, clock: Clock) -> None:
    desk.scan("AAAA1111BBBB2222CCCC")
    next_day_at(clock, 9)
    back = desk.scan("AAAA1111BBBB2222CCCC")
    assert back and back.attendee and desk.undo(back.attendee.id, "scanned for a colleague")
    rows = desk.store.rows("SELECT day, undo_reason FROM checkins ORDER BY at")
    assert [(r["day"], r["undo_reason"]) for r in rows] == [("2026-11-24", None),
                                                            ("2026-11-25", "scanned for a colleague")]
    later(clock)
    assert (again := desk.scan("AAAA1111BBBB2222CCCC")) and again.returning


def test_a_day_ticket_on_another_day_is_still_not_valid(desk: CheckinDesk, clock: Clock) -> None:
    next_day_at(clock, 9)
    assert (mia := desk.scan("MMMM9999NNNN0000PPPP")) and mia.outcome is Outcome.WELCOME
    next_day_at(clock, 9)
    assert (later_day := desk.scan("MMMM9999NNNN0000PPPP")) and later_day.outcome is Outcome.NOT_VALID_TODAY


def test_checkins_from_before_the_day_column_stay_valid(event_folder, tmp_path) -> None:
    """A database of the old schema (one active check-in per guest) migrates with each row given its day."""
    import sqlite3

    from kiosk.event.store import MIGRATIONS, Store, _statements

    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:3]:
        for statement in _statements(script):
            old.execute(statement)
    old.execute("PRAGMA user_version=3")
    old.execute("INSERT INTO attendees (id, code, code_key, created_at, updated_at) VALUES (1, 'C', 'C', 'x', 'x')")
    old.execute("INSERT INTO checkins (id, attendee_id, at, kiosk_id, method) VALUES"
                " ('a', 1, '2026-11-24T08:10:00.000+00:00', 'k', 'scan')")
    old.close()
    store = Store(path, "k")
    assert store.rows("SELECT day FROM checkins") == [{"day": "2026-11-24"}]
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
        conn.execute("INSERT INTO checkins (id, attendee_id, at, kiosk_id, method, day) VALUES"
                     " ('b', 1, '2026-11-24T09:10:00.000+00:00', 'k', 'scan', '2026-11-24')")
    store.close()


def test_a_cancellation_imported_after_the_lookup_still_wins(desk: CheckinDesk, monkeypatch) -> None:
    """Another process (an import) cancels the ticket between the kiosk's lookup and its check-in."""
    from kiosk.checkin import desk as checkin

    real_find = attendees.find_by_key

    def find_then_import_cancels(store, key):
        found = real_find(store, key)
        if found:
            importer = open_event(desk.event.folder, "import")
            with importer.store.transaction():
                attendees.update(importer.store, found, {"cancelled": True}, desk._clock(), "import")
            importer.close()
        return found

    monkeypatch.setattr(checkin.attendees, "find_by_key", find_then_import_cancels)
    result = desk.scan("AAAA1111BBBB2222CCCC")
    assert result and result.outcome is Outcome.CANCELLED
    assert result.attendee and result.attendee.cancelled
    assert reports.counts(desk.event).checked_in == 0
    assert desk.store.rows("SELECT count(*) AS n FROM print_jobs") == [{"n": 0}]


def test_cli_checkin_json_says_returning_on_a_later_day(event: Event, capsys) -> None:
    from kiosk.cli.main import main
    from kiosk.common.timeutil import utc_now

    sophie = attendees.find_by_key(event.store, "AAAA1111BBBB2222CCCC")
    assert sophie
    CheckinDesk(event, clock=lambda: utc_now() - timedelta(days=1), auto_print=False).check_in(sophie.id, "scan")
    assert main(["--event", str(event.folder), "checkin", "AAAA1111BBBB2222CCCC", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert (answer["outcome"], answer["returning"]) == ("welcome", True)
