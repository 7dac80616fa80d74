"""`badge preview`, `badges` and `topics export`, run through a parser of their own on real event folders."""

import csv
import io
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PIL import Image

from kiosk.attendees import records as attendees
from kiosk.cli.badges import SAMPLE_CODE, printable
from kiosk.cli.main import main
from kiosk.event.folder import Event
from kiosk.topics import choices as topics
from tests.conftest import EVENT_DAY
from tests.kiosk.badges.support import flat, page_texts

# Last names in German order; first names are unique so each badge can be found in the PDF text.
GERMAN_ORDER = [("Ida", "Abel"), ("Kai", "Ärger"), ("Jan", "Groß"), ("Eva", "Großmann"), ("Tim", "Grosz"),
                ("Ute", "Mueller"), ("Bea", "Muller"), ("Ole", "Müller"), ("Max", "Öhler"), ("Lea", "Øre"),
                ("Uwe", "Ost"), ("Pia", "Strasse"), ("Rut", "Straße"), ("Noa", "Zander")]


def run(capsys: pytest.CaptureFixture[str], folder: Path, *argv: str) -> tuple[int, str, str]:
    """Run one command through the real command line, with --event pointing at the folder."""
    code = main([*argv, "--event", str(folder)])
    out, err = capsys.readouterr()
    return code, out, err


def add_people(event: Event, people: list[tuple[str, str]], category: str = "Teilnehmende") -> list[int]:
    new = [({"first_name": first, "last_name": last, "organisation": "Landkreis Fulda", "category": category}, False)
           for first, last in people]
    with event.store.transaction():
        return attendees.insert_many(event.store, new, EVENT_DAY, "test")


def page_count(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def badge_order(pdf: Path, people: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The people whose badges are in the PDF, in the order they appear."""
    text = flat("".join(page_texts(pdf.read_bytes())))
    found = [(text.find(flat(first + last)), (first, last)) for first, last in people]
    return [person for index, person in sorted(found) if index >= 0]


def test_preview_of_the_sample_badge_decodes(event: Event, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, event.folder, "badge", "preview", "--layout", "a6", "-o", str(tmp_path / "p.png"))
    assert code == 0 and "sample" in out
    image = Image.open(tmp_path / "p.png")
    assert image.size == pytest.approx((105 / 25.4 * 150, 148 / 25.4 * 150), abs=1)
    assert [d.text for d in zxingcpp.read_barcodes(image)] == [SAMPLE_CODE]


def test_preview_of_an_attendee_on_a_sheet_layout_shows_one_card(event: Event, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    sophie = event.store.rows("SELECT id, code FROM attendees WHERE first_name = 'Sophie'")[0]
    code, out, _ = run(capsys, event.folder, "badge", "preview", "--layout", "a7_8up_a4", "--attendee",
                       str(sophie["id"]), "--dpi", "200", "-o", str(tmp_path / "s.png"))
    assert code == 0 and "Sophie Müller-Lüdenscheidt" in out
    image = Image.open(tmp_path / "s.png")
    assert image.size == pytest.approx((105 / 25.4 * 200, 74 / 25.4 * 200), abs=1)
    assert [d.text for d in zxingcpp.read_barcodes(image)] == [sophie["code"]]


def test_unknown_attendee_layout_or_category_is_refused(event: Event, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    png, pdf = str(tmp_path / "x.png"), str(tmp_path / "x.pdf")
    assert run(capsys, event.folder, "badge", "preview", "--layout", "a6", "--attendee", "999", "-o", png)[1:] == (
        "", "kiosk: no attendee 999\n")
    code, _, err = run(capsys, event.folder, "badges", "--all", "--layout", "a5", "-o", pdf)
    assert code == 2 and "a7_8up_a4" in err
    code, _, err = run(capsys, event.folder, "badges", "--category", "Presse", "--layout", "a6", "-o", pdf)
    assert code == 2 and "Speaker" in err
    assert not (tmp_path / "x.png").exists() and not (tmp_path / "x.pdf").exists()


def test_batch_on_8up_sheets_in_german_order(event: Event, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    add_people(event, GERMAN_ORDER[::-1])
    out_pdf = tmp_path / "badges.pdf"
    code, out, err = run(capsys, event.folder, "badges", "--all", "--layout", "a7_8up_a4", "-o", str(out_pdf))
    assert code == 0 and err == ""
    assert "Wrote 18 badges on 3 pages (a7_8up_a4, 8 per page)" in out
    assert "Speaker 1" in out and "Teilnehmende 16" in out
    assert page_count(out_pdf.read_bytes()) == 3
    everyone = [*GERMAN_ORDER, ("Sophie", "Müller-Lüdenscheidt"), ("Jürgen", "Groß"), ("Anna", "Mueller"),
                ("Mia", "Mittwoch"), ("Lars", "Storno")]
    assert badge_order(out_pdf, everyone) == [
        ("Ida", "Abel"), ("Kai", "Ärger"), ("Jan", "Groß"), ("Jürgen", "Groß"), ("Eva", "Großmann"), ("Tim", "Grosz"),
        ("Mia", "Mittwoch"), ("Anna", "Mueller"), ("Ute", "Mueller"), ("Bea", "Muller"), ("Ole", "Müller"),
        ("Sophie", "Müller-Lüdenscheidt"), ("Max", "Öhler"), ("Lea", "Øre"), ("Uwe", "Ost"), ("Pia", "Strasse"),
        ("Rut", "Straße"), ("Noa", "Zander"),
    ]  # Lars Storno's ticket is cancelled


def test_batch_of_one_category(event: Event, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_people(event, [("Kim", "Zorn"), ("Ali", "Alt")], category="Speaker")
    out_pdf = tmp_path / "speaker.pdf"
    assert run(capsys, event.folder, "badges", "--category", "speaker", "--layout", "a6_4up_a4", "-o",
               str(out_pdf))[0] == 0
    assert page_count(out_pdf.read_bytes()) == 1
    assert badge_order(out_pdf, [("Kim", "Zorn"), ("Ali", "Alt"), ("Sophie", "Müller-Lüdenscheidt"),
                                 ("Anna", "Mueller")]) == [("Ali", "Alt"), ("Sophie", "Müller-Lüdenscheidt"),
                                                           ("Kim", "Zorn")]


def test_not_printed_leaves_out_logged_prints_and_badge_jobs_done_or_on_their_way(
        event: Event, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    logged, done, queued, held, topic_only, cancelled = add_people(event, [
        ("Ida", "Abel"), ("Kai", "Bauer"), ("Eva", "Cramer"), ("Ute", "Dorn"), ("Ole", "Ernst"), ("Lea", "Fink")])
    stamp = EVENT_DAY.isoformat()
    with event.store.transaction() as conn:
        event.store.record("badge_printed", {"attendee_id": logged, "printer": "pdf"}, EVENT_DAY)
        event.store.record("badge_printed", {"printer": "pdf"}, EVENT_DAY)  # names nobody: must not hide anyone
        event.store.record("badge_printed", {"attendee_id": topic_only, "kind": "topic"}, EVENT_DAY)
        conn.executemany(
            "INSERT INTO print_jobs (id, attendee_id, kind, layout, printer, state, not_before, kiosk_id, created_at,"
            " updated_at) VALUES (?, ?, ?, 'a6', 'pdf', ?, ?, 'test', ?, ?)",
            [(f"job-{n}", who, kind, state, stamp, stamp, stamp) for n, (who, kind, state) in enumerate([
                (done, "badge", "done"), (queued, "badge", "queued"), (held, "badge", "held"),
                (topic_only, "topic", "done"), (cancelled, "badge", "cancelled")])])
    names = {a.last_name for a in printable(event.store, not_printed=True)}
    assert names == {"Ernst", "Fink", "Müller-Lüdenscheidt", "Groß", "Mueller", "Mittwoch"}
    out_pdf = tmp_path / "rest.pdf"
    code, out, _ = run(capsys, event.folder, "badges", "--not-printed", "--layout", "a7_8up_a4", "-o", str(out_pdf))
    assert code == 0 and "Wrote 6 badges on 1 page (" in out
    assert [last for _, last in badge_order(out_pdf, [("Ida", "Abel"), ("Kai", "Bauer"), ("Eva", "Cramer"),
                                                      ("Ute", "Dorn"), ("Ole", "Ernst"), ("Lea", "Fink")])] == [
        "Ernst", "Fink"]


def test_a_batch_is_recorded_so_neither_the_next_batch_nor_the_kiosk_prints_those_badges_again(
        event: Event, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.checkin.desk import CheckinDesk, Outcome
    from kiosk.printing import queue

    code, out, _ = run(capsys, event.folder, "badges", "--not-printed", "--layout", "a7_8up_a4", "-o",
                       str(tmp_path / "first.pdf"))
    assert code == 0 and "Wrote 4 badges" in out and "Recorded 4 badges as printed" in out
    logged = event.store.rows("SELECT json_extract(payload, '$.attendee_id') AS id, json_extract(payload, '$.reason')"
                              " AS reason FROM events WHERE kind = 'badge_printed'")
    assert sorted(row["id"] for row in logged) == sorted(a.id for a in printable(event.store))
    assert {row["reason"] for row in logged} == {"batch"}
    assert queue.recent_jobs(event.store) == []  # the staff's print queue shows what printers here do

    code, out, _ = run(capsys, event.folder, "badges", "--not-printed", "--layout", "a7_8up_a4", "-o",
                       str(tmp_path / "second.pdf"))
    assert code == 0 and "No badges" in out and not (tmp_path / "second.pdf").exists()

    add_people(event, [("Kim", "Zorn")])
    welcome = CheckinDesk(event).scan("AAAA1111BBBB2222CCCC", guest_picks_topics=True)
    assert welcome is not None and welcome.outcome is Outcome.WELCOME
    assert not welcome.badge_queued and not welcome.badge_held and queue.open_jobs(event.store) == []
    code, out, _ = run(capsys, event.folder, "badges", "--not-printed", "--layout", "a6", "-o",
                       str(tmp_path / "late.pdf"))
    assert code == 0 and "Wrote 1 badges" in out
    assert badge_order(tmp_path / "late.pdf", [("Kim", "Zorn"), ("Sophie", "Müller-Lüdenscheidt")]) == [
        ("Kim", "Zorn")]


def test_a_batch_that_cannot_be_written_is_not_recorded(event: Event, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, event.folder, "badges", "--not-printed", "--layout", "a6", "-o",
                         str(tmp_path / "no such folder" / "b.pdf"))
    assert code != 0 and err.startswith("kiosk:") and "Recorded" not in out
    assert len(printable(event.store, not_printed=True)) == 4


def test_a_proof_records_nothing(event: Event, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, event.folder, "badges", "--all", "--proof", "--layout", "a6", "-o",
                       str(tmp_path / "proof.pdf"))
    assert code == 0 and "Wrote 4 badges" in out and "nothing recorded" in out
    assert len(printable(event.store, not_printed=True)) == 4


def test_nothing_to_print_writes_nothing(event: Event, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = [row["id"] for row in event.store.rows("SELECT id FROM attendees")]
    with event.store.transaction():
        event.store.record_many("badge_printed", [{"attendee_id": i} for i in ids], EVENT_DAY)
    code, out, _ = run(capsys, event.folder, "badges", "--not-printed", "--layout", "a6", "-o",
                       str(tmp_path / "none.pdf"))
    assert code == 0 and "No badges" in out and not (tmp_path / "none.pdf").exists()


def test_characters_no_font_has_are_a_warning(event: Event, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    add_people(event, [("Zoë", "Schmelz\U0001fae0")])
    code, _, err = run(capsys, event.folder, "badges", "--all", "--layout", "a6", "-o", str(tmp_path / "b.pdf"))
    assert code == 0 and err.startswith("warning:") and "U+1FAE0" in err


def test_topics_export(event: Event, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = [row["id"] for row in event.store.rows("SELECT id FROM attendees WHERE cancelled = 0")]
    topics.choose(event.store, event.config, ids[0], [("Open Data", topics.OFFER)], EVENT_DAY)
    topics.choose(event.store, event.config, ids[1], [("Open Data", topics.SEEK)], EVENT_DAY)
    topics.choose(event.store, event.config, ids[2], [("Open Data", topics.OFFER)], EVENT_DAY)
    code, out, _ = run(capsys, event.folder, "topics", "export", "-o", str(tmp_path / "topics.csv"))
    assert code == 0 and "1 topics" in out
    rows = list(csv.reader(io.StringIO((tmp_path / "topics.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows == [["topic", "can_talk_about", "would_like_to_talk_about"], ["Open Data", "2", "1"]]
