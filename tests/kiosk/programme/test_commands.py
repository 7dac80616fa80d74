"""`kiosk programme …` as scripts and acceptance tests run it: the JSON contract, exports, the board."""

import json
from pathlib import Path

import pypdfium2
import pytest

from kiosk.cli.main import main
from kiosk.event.config import write_config_document
from kiosk.programme.ical import parse_ical
from tests.conftest import write_event
from tests.kiosk.programme.conftest import BERLIN, PROGRAMMES


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_event(tmp_path / "event")


def kiosk(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--event", str(folder), "programme", *args)


def test_import_list_now_changes_contract(folder: Path, capsys) -> None:
    code, out, _ = kiosk(capsys, folder, "import", str(PROGRAMMES / "programme-c3voc.json"), "--json")
    assert code == 0
    assert json.loads(out) == {"added": 16, "changed": 0, "cancelled": 0, "unchanged": 0, "errors": []}
    code, out, _ = kiosk(capsys, folder, "list", "--day", "2027-04-27", "--room", "Halle – Bühne", "--json")
    sessions = json.loads(out)
    assert [s["title"] for s in sessions][:2] == ["Begrüßung und Eröffnung",
                                                  "Keynote: Gemeinsam – so werden Kommunen smart"]
    first = sessions[0]
    assert {k: first[k] for k in ("id", "room", "start", "end", "duration_min", "speakers", "track", "status")} == {
        "id": "12feec86-cc10-f04c-58d8-5aca70b84067", "room": "Halle – Bühne", "start": "2027-04-27T09:30:00+02:00",
        "end": "2027-04-27T10:00:00+02:00", "duration_min": 30, "speakers": ["Dr. Carla Beispiel"],
        "track": "Plenum", "status": "scheduled"}
    code, out, _ = kiosk(capsys, folder, "now", "--at", "2027-04-27T09:40:00+02:00", "--json")
    now = json.loads(out)
    assert now["at"] == "2027-04-27T09:40:00+02:00"
    stage = next(r for r in now["rooms"] if r["room"] == "Halle – Bühne")
    assert stage["now"]["title"] == "Begrüßung und Eröffnung" and stage["next"]["start"] == "2027-04-27T10:00:00+02:00"
    workshops = next(r for r in now["rooms"] if r["room"] == "Bar – Workshops")
    assert workshops["now"] is None and workshops["next"]["title"].startswith("Workshop: Umgang")
    code, out, _ = kiosk(capsys, folder, "changes", "--since", "2000-01-01T00:00:00Z", "--json")
    changes = json.loads(out)
    assert len(changes) == 16 and {c["kind"] for c in changes} == {"new"} and all(c["at"] for c in changes)


def test_a_broken_or_shrinking_source_imports_nothing_and_says_why(folder: Path, tmp_path: Path, capsys) -> None:
    kiosk(capsys, folder, "import", str(PROGRAMMES / "programme-frab.xml"), "--json")
    broken = tmp_path / "broken.xml"
    broken.write_bytes((PROGRAMMES / "programme-frab.xml").read_bytes()[:3000])
    code, out, _ = kiosk(capsys, folder, "import", str(broken), "--json")
    report = json.loads(out)
    assert code == 1 and report["added"] == 0 and "not well-formed XML" in report["errors"][0]["why"]
    empty = tmp_path / "empty.json"
    empty.write_text('{"schedule": {"conference": {"days": []}}}', encoding="utf-8")
    code, out, _ = kiosk(capsys, folder, "import", str(empty), "--json")
    assert code == 1 and "only when staff confirm" in json.loads(out)["errors"][0]["why"]
    code, out, _ = kiosk(capsys, folder, "list", "--json")
    assert len(json.loads(out)) == 16 and {s["status"] for s in json.loads(out)} == {"scheduled"}
    code, _, err = kiosk(capsys, folder, "import", str(tmp_path / "missing.xml"))
    assert code == 2 and err.startswith("kiosk: cannot read")


def test_pdf_and_ics_exports(folder: Path, tmp_path: Path, capsys) -> None:
    kiosk(capsys, folder, "import", str(PROGRAMMES / "programme-excel-de.csv"))
    code, out, _ = kiosk(capsys, folder, "pdf", "-o", str(tmp_path / "p.pdf"))
    assert code == 0 and "1 page" in out
    document = pypdfium2.PdfDocument(str(tmp_path / "p.pdf"))
    text = document[0].get_textpage().get_text_range()
    assert "Keynote" in text and "Projektwerkstatt" in text and "27.04.2027" in text
    code, _, _ = kiosk(capsys, folder, "ics", "-o", str(tmp_path / "p.ics"))
    again = parse_ical((tmp_path / "p.ics").read_bytes(), "p.ics", BERLIN)
    assert code == 0 and again.problems == [] and len(again.sessions) == 16
    panel = next(s for s in again.sessions if s.title.startswith("Podium"))
    assert panel.speakers == ("Ole Offenbach", "Gisela Gießen", "Markus Marburg")
    assert panel.start.isoformat() == "2027-04-27T13:00:00+02:00"


def test_board_pdf_from_the_barcamp_config(folder: Path, tmp_path: Path, capsys) -> None:
    code, _, err = kiosk(capsys, folder, "board", "-o", str(tmp_path / "b.pdf"))
    assert code == 2 and "[programme.barcamp]" in err
    write_config_document(folder, {
        "event": {"name": "Barcamp", "start": "2027-04-27", "time_zone": "Europe/Berlin"},
        "programme": {"barcamp": {"rooms": ["Raum 1", "Raum 2"], "slots": ["11:00-11:45", "14:15-15:00"]}}})
    code, out, _ = kiosk(capsys, folder, "board", "-o", str(tmp_path / "b.pdf"), "--paper", "A4")
    assert code == 0 and "2 slots × 2 rooms" in out
    text = pypdfium2.PdfDocument(str(tmp_path / "b.pdf"))[0].get_textpage().get_text_range()
    assert "Raum 2" in text and "14:15–15:00" in text  # the whole slot, not cut to "14:1…"


def test_now_at_a_time_without_offset_is_the_event_wall_clock(folder: Path, capsys) -> None:
    kiosk(capsys, folder, "import", str(PROGRAMMES / "programme-frab.xml"))
    code, out, _ = kiosk(capsys, folder, "now", "--at", "2027-04-27T13:30", "--json")
    now = json.loads(out)
    assert code == 0
    assert now["at"] == "2027-04-27T13:30:00+02:00"
    assert next(r for r in now["rooms"] if r["room"] == "Halle – Bühne")["now"]["title"].startswith("Podium")
    with pytest.raises(SystemExit) as refused:
        kiosk(capsys, folder, "now", "--at", "halb zwei")
    assert refused.value.code == 2 and "not an ISO 8601 date and time" in capsys.readouterr().err


def test_wrapped_titles_keep_to_their_lines() -> None:
    from kiosk.programme.pdf_text import wrap

    title = "The automobile as massive data gathering source and the consequences for individual privacy"
    assert wrap(title, 7.5, 150, "regular", 1) == [title]
    lines = wrap(title, 7.5, 150, "regular", 2)
    assert len(lines) == 2 and " ".join(lines) == title
    assert len(wrap(title, 7.5, 150, "regular", 9)) == 3


def test_staff_edits_from_the_command_line(folder: Path, capsys) -> None:
    kiosk(capsys, folder, "import", str(PROGRAMMES / "programme-frab.xml"))
    panel = "bee108c8-e7a1-6070-a4aa-4be1bf9fc72d"
    code, out, _ = kiosk(capsys, folder, "delay", panel, "15", "--following")
    assert code == 0 and len(out.split()) == 3
    code, out, _ = kiosk(capsys, folder, "cancel", "5a72ba7b-0d5e-f74b-c356-4dc7f6b02d6c")
    cancel_edit = out.strip()
    sessions = {s["id"]: s for s in json.loads(kiosk(capsys, folder, "list", "--json")[1])}
    assert sessions[panel]["status"] == "moved" and sessions[panel]["start"] == "2027-04-27T13:15:00+02:00"
    assert sessions[panel]["previous"]["start"] == "2027-04-27T13:00:00+02:00"
    assert sessions["5a72ba7b-0d5e-f74b-c356-4dc7f6b02d6c"]["status"] == "cancelled"
    edits = json.loads(kiosk(capsys, folder, "edits", "5a72ba7b-0d5e-f74b-c356-4dc7f6b02d6c", "--json")[1])
    assert len(edits) == 2 and edits[1]["id"] == cancel_edit  # delayed with the panel, then cancelled
    assert edits[1]["fields"] == {"status": "cancelled"}
    assert kiosk(capsys, folder, "revert", cancel_edit)[0] == 0
    code, _, err = kiosk(capsys, folder, "revert", cancel_edit)
    assert code == 2 and "no active edit" in err
    code, _, err = kiosk(capsys, folder, "move", "no-such-id", "Saal 2")
    assert code == 2 and err == "kiosk: no session 'no-such-id' in the programme\n"
