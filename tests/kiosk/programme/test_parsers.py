"""The parsers on the team's four samples (one day in four formats), a real 31C3 export, and the ways real
exports break their own schema."""

from datetime import date, datetime, timedelta

import pytest

from kiosk.programme.c3voc import parse_c3voc
from kiosk.programme.detect import parse_source, source_format
from kiosk.programme.frab import parse_frab
from kiosk.programme.ical import parse_ical
from kiosk.programme.model import CANCELLED, ProgrammeError, parse_duration, programme_day
from kiosk.programme.table import parse_table
from tests.kiosk.programme.conftest import BERLIN, sample

SAMPLES = ("programme-frab.xml", "programme-c3voc.json", "programme.ics", "programme-excel-de.csv")


def _summary(name: str) -> set[tuple]:
    parsed = parse_source(sample(name), name, BERLIN)
    assert parsed.problems == []
    return {(s.title, s.room, s.start.isoformat(), s.end.isoformat(), s.speakers) for s in parsed.sessions}


def test_the_four_samples_give_the_same_day() -> None:
    frab = _summary("programme-frab.xml")
    assert len(frab) == 16
    for other in SAMPLES[1:]:
        assert _summary(other) == frab, other
    opening = next(s for s in frab if s[0] == "Begrüßung und Eröffnung")
    assert opening[2:4] == ("2027-04-27T09:30:00+02:00", "2027-04-27T10:00:00+02:00")
    panel = next(s for s in frab if s[0].startswith("Podium"))
    assert panel[4] == ("Ole Offenbach", "Gisela Gießen", "Markus Marburg")


def test_formats_are_told_by_content_not_extension() -> None:
    assert [source_format(sample(n), "download") for n in SAMPLES] == ["frab", "c3voc", "ical", "table"]


def test_real_31c3_export_imports_without_errors_and_with_the_right_times() -> None:
    parsed = parse_frab(sample("31c3-schedule.xml"), "31c3-schedule.xml", BERLIN)
    assert parsed.problems == []
    assert len(parsed.sessions) == 138
    by_title = {s.title: s for s in parsed.sessions}
    opening = by_title["31C3 Opening Event"]
    assert (opening.room, opening.start.isoformat(), opening.duration_min) == (
        "Saal 1", "2014-12-27T11:00:00+01:00", 30)
    assert opening.speakers == ("erdgeist", "Geraldine de Bastion")
    citizenfour = by_title["Citizenfour"]  # shown after midnight: the congress day before
    assert citizenfour.start.isoformat() == "2014-12-28T00:00:00+01:00"
    assert programme_day(citizenfour.start) == date(2014, 12, 27)
    assert {programme_day(s.start) for s in parsed.sessions} == {date(2014, 12, 27) + timedelta(d) for d in range(4)}


PENTABARF = b"""<?xml version="1.0"?>
<schedule><conference><title>Alt</title></conference>
<day date="2027-04-27" index="1">
 <room name="Saal A">
  <event id="7"><start>23:30</start><duration>01:00</duration><title>Late talk</title>
   <persons>12:Ada Lovelace|13:Alan Turing</persons></event>
  <event id="8"><start>01:15</start><duration>0:00:45</duration><title>CANCELLED: Night owls</title></event>
  <event id="9"><start>10:00</start><duration>1:02:00</duration><title>Hackathon</title></event>
 </room>
 <room name="Leerer Raum"></room>
</day></schedule>"""


def test_pentabarf_style_without_date_guid_or_zone() -> None:
    parsed = parse_frab(PENTABARF, "alt.xml", BERLIN)
    assert parsed.problems == []
    late, night, hackathon = parsed.sessions
    assert late.key == "id:7" and late.start == datetime(2027, 4, 27, 23, 30, tzinfo=BERLIN)
    assert late.speakers == ("Ada Lovelace", "Alan Turing")
    assert night.start == datetime(2027, 4, 28, 1, 15, tzinfo=BERLIN)  # after midnight of the 27th
    assert programme_day(night.start) == date(2027, 4, 27)
    assert (night.title, night.status) == ("Night owls", CANCELLED)
    assert hackathon.end - hackathon.start == timedelta(days=1, hours=2)


def test_a_full_date_time_with_offset_wins_over_the_day_attribute() -> None:
    data = b"""<schedule><conference><time_zone_name>Europe/Berlin</time_zone_name></conference>
    <day date="2027-04-26"><room name="R"><event guid="g1" id="1"><date>2027-04-27T08:00:00Z</date>
    <start>10:00</start><duration>00:30</duration><title>T</title></event></room></day></schedule>"""
    session = parse_frab(data, "x.xml", BERLIN).sessions[0]
    assert session.start.isoformat() == "2027-04-27T10:00:00+02:00"


def test_messy_elements_are_reported_and_the_sound_ones_imported() -> None:
    data = b"""<schedule><conference/><day date="2027-04-27"><room name="R">
    <event guid="a"><start>10:00</start><duration>00:30</duration><title>One</title></event>
    <event guid="a"><start>11:00</start><duration>00:30</duration><title>Repeat</title></event>
    <event><start>12:00</start><duration>00:30</duration><title>No id</title></event>
    <event guid="b"><start>25:00</start><duration>00:30</duration><title>Bad start</title></event>
    <event guid="c"><start>13:00</start><duration>soon</duration><title>Bad duration</title></event>
    <event guid="d"><start>14:00</start><duration>00:00</duration><title>Zero</title></event>
    </room></day></schedule>"""
    parsed = parse_frab(data, "messy.xml", BERLIN)
    assert [s.title for s in parsed.sessions] == ["One", "Zero"]
    whys = [p.why for p in parsed.problems]
    assert len(whys) == 4 and "repeats the id 'a'" in whys[0] and "neither a guid nor an id" in whys[1]
    assert all(p.where.startswith("messy.xml: day 1, room R, event") for p in parsed.problems)


@pytest.mark.parametrize("doctype", [
    b'<!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    b'<!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
])
def test_entity_bombs_and_external_entities_are_refused(doctype: bytes) -> None:
    with pytest.raises(ProgrammeError, match="declares entities"):
        parse_frab(doctype + b"<schedule><conference/></schedule>", "evil.xml", BERLIN)


def test_broken_xml_names_the_line() -> None:
    with pytest.raises(ProgrammeError, match="line 2"):
        parse_frab(b"<schedule>\n<day></schedule>", "broken.xml", BERLIN)
    with pytest.raises(ProgrammeError, match="unknown encoding"):  # found by the property test
        parse_frab(b"<?xml version='1.0' encoding='Atf-8' ?><schedule/>", "damaged.xml", BERLIN)


def test_c3voc_persons_in_several_shapes() -> None:
    data = b"""{"schedule": {"conference": {"time_zone_name": "Europe/Berlin", "days": [{"date": "2027-04-27",
      "rooms": {"R": [{"guid": "g", "date": "2027-04-27T10:00:00+02:00", "duration": "00:45", "title": "T",
      "persons": [{"public_name": "A"}, {"name": "B"}, "C"], "state": "canceled"}, "junk"], "Leer": {}}}]}}}"""
    parsed = parse_c3voc(data, "s.json", BERLIN)
    assert parsed.sessions[0].speakers == ("A", "B", "C") and parsed.sessions[0].status == CANCELLED
    assert [p.why for p in parsed.problems] == ["is not an object", "is not a list of events"]


ICS = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:no-vtimezone
DTSTART;TZID=Europe/Berlin:20270427T093000
DTEND;TZID=Europe/Berlin:20270427T100000
SUMMARY:Named zone without a VTIMEZONE block
LOCATION:Saal
ATTENDEE;CN=Ada Lovelace:mailto:ada@example.org
ATTENDEE;CN=Alan Turing:mailto:alan@example.org
END:VEVENT
BEGIN:VEVENT
UID:utc
DTSTART:20270427T080000Z
DURATION:PT45M
SUMMARY:UTC only
LOCATION:Saal
DESCRIPTION:Referent*innen: Grace Hopper
END:VEVENT
BEGIN:VEVENT
UID:floating
DTSTART:20270427T140000
DTEND:20270427T150000
SUMMARY:Floating time
LOCATION:Saal
STATUS:CANCELLED
END:VEVENT
BEGIN:VEVENT
UID:allday
DTSTART;VALUE=DATE:20270427
SUMMARY:Einlass ab 8 Uhr
END:VEVENT
BEGIN:VEVENT
UID:noroom
DTSTART:20270427T160000Z
SUMMARY:Nowhere
END:VEVENT
END:VCALENDAR
"""


def test_ical_zones_speakers_all_day_notes_and_problems() -> None:
    parsed = parse_ical(ICS.replace("\n", "\r\n").encode(), "p.ics", BERLIN)
    named, utc, floating = parsed.sessions
    assert named.start.isoformat() == "2027-04-27T09:30:00+02:00"
    assert named.speakers == ("Ada Lovelace", "Alan Turing")
    assert (utc.start.isoformat(), utc.duration_min, utc.speakers) == ("2027-04-27T10:00:00+02:00", 45,
                                                                         ("Grace Hopper",))
    assert floating.start.isoformat() == "2027-04-27T14:00:00+02:00" and floating.status == CANCELLED
    assert [(n.day, n.text) for n in parsed.notes] == [(date(2027, 4, 27), "Einlass ab 8 Uhr")]
    assert [(p.where, p.why) for p in parsed.problems] == [("p.ics: VEVENT noroom", "has no LOCATION (room)")]


def test_english_table_with_durations_and_bad_rows() -> None:
    data = (b"Programme of the day\n\nDate,Start,Duration,Room,Title,Speakers,Track\n"
            b"2027-04-27,9:30 AM,45 min,Hall,Opening,Ada Lovelace & Alan Turing,Plenary\n"
            b",2:15 pm,1:30,Hall,Afternoon,,\n"
            b"27.04.2027,23:30,90,Hall,Late,,\n"
            b"27.04.2027,soon,90,Hall,Never,,\n"
            b"31.02.2027,10:00,90,Hall,No such day,,\n")
    parsed = parse_table(data, "p.csv", BERLIN)
    opening, afternoon, late = parsed.sessions
    assert (opening.start.isoformat(), opening.duration_min, opening.speakers) == (
        "2027-04-27T09:30:00+02:00", 45, ("Ada Lovelace", "Alan Turing"))
    assert afternoon.start.isoformat() == "2027-04-27T14:15:00+02:00" and afternoon.duration_min == 90
    assert late.end.isoformat() == "2027-04-28T01:00:00+02:00"
    assert [p.where for p in parsed.problems] == ["p.csv: line 7", "p.csv: line 8"]


def test_table_keys_are_stable_across_reads_and_differ_per_session() -> None:
    first = parse_table(sample("programme-excel-de.csv"), "a.csv", BERLIN)
    again = parse_table(sample("programme-excel-de.csv"), "b.csv", BERLIN)
    assert [s.key for s in first.sessions] == [s.key for s in again.sessions]
    assert len({s.key for s in first.sessions}) == 16


def test_xlsx_table(tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Datum", "Beginn", "Ende", "Raum", "Titel"])
    sheet.append([datetime(2027, 4, 27), datetime(2027, 4, 27, 9, 30).time(), "10.15 Uhr", "Bühne", "Start"])
    book.save(tmp_path / "p.xlsx")
    parsed = parse_source((tmp_path / "p.xlsx").read_bytes(), "p.xlsx", BERLIN)
    assert [(s.start.isoformat(), s.duration_min) for s in parsed.sessions] == [("2027-04-27T09:30:00+02:00", 45)]


def test_a_table_without_a_programme_header_is_refused() -> None:
    with pytest.raises(ProgrammeError, match="no programme table"):
        parse_table(b"Vorname;Nachname\nAda;Lovelace\n", "people.csv", BERLIN)


@pytest.mark.parametrize(("text", "minutes"), [("00:30", 30), ("1:15", 75), ("1:02:00", 26 * 60), ("00:45:00", 45)])
def test_durations(text: str, minutes: int) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize(("name", "count"), [("frab-camp2019.json", 79), ("pretalx-rc3.json", 48)])
def test_real_c3voc_exports_import_whole_with_their_own_times(name: str, count: int) -> None:
    """Chaos Communication Camp 2019 (frab) and rC3 2020 (pretalx), from the c3voc schedule validator's examples."""
    import json

    document = json.loads(sample(name))
    expected = {event["guid"]: datetime.fromisoformat(event["date"])
                for day in document["schedule"]["conference"]["days"]
                for events in day["rooms"].values() for event in events}
    parsed = parse_c3voc(sample(name), name, BERLIN)
    assert parsed.problems == [] and len(parsed.sessions) == len(expected) == count
    assert {s.key: s.start for s in parsed.sessions} == expected
    assert all(s.start.tzinfo == BERLIN and s.speakers is not None for s in parsed.sessions)


def test_a_time_range_in_one_column() -> None:
    data = "Datum;Zeit;Raum;Thema\n27.04.2027;9:30 – 10:15 Uhr;Saal;Auftakt\n27.04.2027;14.00-15.30;Saal;Mitte\n"
    parsed = parse_table(data.encode(), "p.csv", BERLIN)
    assert [(s.start.strftime("%H:%M"), s.end.strftime("%H:%M")) for s in parsed.sessions] == [
        ("09:30", "10:15"), ("14:00", "15:30")]


def test_a_duration_over_the_change_to_summer_time_is_exact() -> None:
    data = b"""<schedule><conference/><day date="2027-03-27"><room name="R"><event guid="n">
    <date>2027-03-28T01:30:00+01:00</date><start>01:30</start><duration>01:00</duration><title>Night</title>
    </event></room></day></schedule>"""
    night = parse_frab(data, "n.xml", BERLIN).sessions[0]
    assert night.end.isoformat() == "2027-03-28T03:30:00+02:00" and night.duration_min == 60
