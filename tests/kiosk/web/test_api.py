"""The phones' HTTP contract against a real `kiosk serve` on a real database: device cookies, voting once,
refusals in the phone's language, bounded bodies, literal markup, results only once revealed, Q&A, the
programme, strict headers, and no admin action."""

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kiosk.cli.main import main
from kiosk.common.timeutil import utc_now
from kiosk.event.folder import open_event
from kiosk.polls.ballots import cast_vote
from kiosk.polls.moderation import moderate
from kiosk.polls.store import close_poll, show_results
from kiosk.web.device import COOKIE, DeviceCookies
from tests.kiosk.web.support import Phone, RunningServer, demo_with_open_polls, start_server


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, RunningServer]]:
    folder = demo_with_open_polls(tmp_path_factory.mktemp("phones") / "event")
    server = start_server(folder)
    yield folder, server
    assert server.stop() == 0


@pytest.fixture
def client(served: tuple[Path, RunningServer]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served[1].url, timeout=10) as http:
        yield http


@pytest.fixture
def folder(served: tuple[Path, RunningServer]) -> Path:
    return served[0]


def ballots(folder: Path, poll: str) -> list[str]:
    with sqlite3.connect(folder / "event.sqlite") as db:
        return [row[0] for row in db.execute("SELECT voter FROM poll_ballots WHERE poll = ?", (poll,))]


def cli_results(folder: Path, poll: str, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["--event", str(folder), "poll", "results", poll, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_first_request_gives_a_signed_httponly_strict_device_cookie(client: httpx.Client) -> None:
    response = client.get("/api/polls", headers={"cookie": "none=0"})
    header = response.headers["set-cookie"]
    assert header.startswith(f"{COOKIE}=") and "HttpOnly" in header and "SameSite=Strict" in header
    page = client.get("/", headers={"cookie": "none=0"})
    assert page.status_code == 200 and "HttpOnly" in page.headers["set-cookie"]
    phone = Phone(client)
    phone.join()
    again = phone.join()
    assert "set-cookie" not in again.headers  # a known phone keeps its cookie
    assert "set-cookie" not in client.get("/", headers={"cookie": "none=0", "sec-fetch-site": "cross-site"}).headers


def test_open_polls_as_the_contract_says(client: httpx.Client) -> None:
    polls = Phone(client).join().json()
    assert {p["id"] for p in polls} == {"open-data", "prioritaeten", "zukunft", "kongress", "fragen", "wechsel"}
    for poll in polls:
        assert {"id", "kind", "question", "options", "round", "state"} <= set(poll)
        assert poll["state"] == "open" and poll["voted"] is False
    assert next(p for p in polls if p["id"] == "kongress")["scale"] == [1, 5]


def test_one_ballot_per_phone_and_a_replay_changes_nothing(client: httpx.Client, folder: Path) -> None:
    phone = Phone(client)
    phone.join()
    assert phone.vote("open-data", 2).json() == {"accepted": True, "replaced": False}
    again = phone.vote("open-data", "Portal in Betrieb")
    assert again.status_code == 409 and again.json() == {"reason": "Sie haben hier schon abgestimmt."}
    phone.language = "en-GB,en;q=0.9,de;q=0.5"
    assert phone.vote("open-data", 2).json() == {"reason": "You have voted in this poll already."}
    assert ballots(folder, "open-data").count(f"phone:{phone.device}") == 1
    assert next(p for p in phone.join().json() if p["id"] == "open-data")["voted"] is True


def test_a_poll_that_allows_changes_replaces_the_ballot(client: httpx.Client, folder: Path) -> None:
    phone = Phone(client)
    phone.join()
    assert phone.vote("wechsel", "Kaffee").json() == {"accepted": True, "replaced": False}
    assert phone.vote("wechsel", "Tee").json() == {"accepted": True, "replaced": True}
    assert ballots(folder, "wechsel").count(f"phone:{phone.device}") == 1


def test_no_forged_or_missing_cookie_votes(client: httpx.Client, folder: Path) -> None:
    phone = Phone(client)
    phone.join()
    before = len(ballots(folder, "kongress"))
    forged = [phone.device + ".AAAAAAAAAAAAAAAAAAAAAAAAAAA", "x" * 20 + "." + phone.cookie.split(".")[1],
              DeviceCookies(b"another event's key").new()[1], ""]
    for cookie in forged:
        phone.cookie = cookie
        response = phone.vote("kongress", 4)
        assert response.status_code == 403
        assert response.json()["reason"] == "Dieses Telefon ist noch nicht angemeldet: bitte die Seite neu laden."
    assert len(ballots(folder, "kongress")) == before


@pytest.mark.parametrize(("body", "headers", "status"), [
    (b'{"answers": ["1"]}', {"content-type": "text/plain"}, 415),
    (b"answers=1", {"content-type": "application/x-www-form-urlencoded"}, 415),
    (b'{"answers": ', {"content-type": "application/json"}, 400),
    (b'{"answers": "1"}', {"content-type": "application/json"}, 400),
    (b'{"answers": []}', {"content-type": "application/json"}, 400),
    (b'{"answers": [true]}', {"content-type": "application/json"}, 400),
    (b'[1]', {"content-type": "application/json"}, 400),
    (b'{"answers": [9]}', {"content-type": "application/json"}, 422),
    (b'{"answers": [1, 2]}', {"content-type": "application/json"}, 422),
])
def test_malformed_ballots_are_refused_with_a_reason(client: httpx.Client, body: bytes, headers: dict[str, str],
                                                     status: int) -> None:
    phone = Phone(client)
    phone.join()
    response = phone.post("/api/polls/open-data/ballot", content=body, headers=headers)
    assert response.status_code == status and response.json()["reason"]


def test_ten_megabytes_are_refused_without_being_read(client: httpx.Client) -> None:
    phone = Phone(client)
    phone.join()
    huge = b'{"answers": ["' + b"a" * 10_000_000 + b'"]}'
    declared = phone.post("/api/polls/zukunft/ballot", content=huge, headers={"content-type": "application/json"})
    assert declared.status_code == 413 and "16 KB" in declared.json()["reason"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server stops reading at its limit
        yield b'{"answers": ["'
        for _ in range(160):
            yield b"a" * 65536
        yield b'"]}'

    streamed = phone.post("/api/polls/zukunft/ballot", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413
    assert phone.get("/api/polls").status_code == 200  # still serving


def test_closed_and_unknown_polls_take_nothing(client: httpx.Client, folder: Path) -> None:
    phone = Phone(client)
    phone.join()
    assert phone.vote("keine-umfrage", 1).status_code == 404
    event = open_event(folder)
    try:
        close_poll(event.store, "prioritaeten", utc_now())
    finally:
        event.close()
    refused = phone.vote("prioritaeten", 1)
    assert refused.status_code == 409 and refused.json() == {"reason": "Diese Umfrage ist geschlossen."}
    assert "prioritaeten" not in {p["id"] for p in phone.join().json()}


def test_markup_is_stored_literally_and_sent_as_escaped_json(client: httpx.Client, folder: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    phone = Phone(client)
    phone.join()
    word = '<img src=x onerror="alert(1)">'
    assert phone.vote("zukunft", word).json()["accepted"] is True
    event = open_event(folder)
    try:
        entry, stored = event.store.conn.execute("SELECT id, text FROM poll_entries WHERE voter = ?",
                                                 (f"phone:{phone.device}",)).fetchone()
        moderate(event.store, entry, "approve", utc_now())  # the demo's word cloud is moderated
        show_results(event.store, "zukunft", utc_now(), shown=True)
    finally:
        event.close()
    assert stored == word
    response = phone.get("/api/polls/zukunft/results")
    assert "<" not in response.text and response.headers["content-type"] == "application/json"
    assert word in [w["word"] for w in response.json()["words"]]
    assert response.json() == cli_results(folder, "zukunft", capsys)


def test_results_only_once_revealed_counting_kiosk_and_phone_ballots(client: httpx.Client, folder: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    phone = Phone(client)
    phone.join()
    hidden = phone.get("/api/polls/kongress/results")
    assert hidden.status_code == 403 and hidden.json()["reason"] == "Die Ergebnisse sind noch nicht freigegeben."
    assert phone.vote("kongress", 5).json()["accepted"] is True
    with sqlite3.connect(folder / "event.sqlite") as db:
        ticket = db.execute("SELECT code FROM attendees WHERE cancelled = 0 LIMIT 1").fetchone()[0]
    assert main(["--event", str(folder), "poll", "vote", "kongress", "--voter", ticket, "--answer", "4"]) == 0
    event = open_event(folder)
    try:
        show_results(event.store, "kongress", utc_now(), shown=True)
    finally:
        event.close()
    shown = phone.get("/api/polls/kongress/results").json()
    assert shown == cli_results(folder, "kongress", capsys)
    kinds = {voter.split(":")[0] for voter in ballots(folder, "kongress")}
    assert kinds == {"phone", "ticket"} and shown["ballots"] == len(ballots(folder, "kongress"))
    assert "kongress" in {r["id"] for r in phone.get("/api/results").json()}


def test_questions_upvotes_and_their_flags(client: httpx.Client, folder: Path) -> None:
    asking, other = Phone(client), Phone(client)
    asking.join()
    other.join()
    assert asking.vote("fragen", "Wie geht es mit dem Open-Data-Portal weiter?").json()["accepted"] is True
    assert asking.vote("fragen", "Wie geht es mit dem Open-Data-Portal weiter?").status_code == 409
    mine = asking.get("/api/polls/fragen/questions").json()
    entry = next(q for q in mine if q["mine"])
    assert entry["waiting"]  # the demo's Q&A is moderated: only its asker sees it until it is approved
    assert entry["id"] not in {q["id"] for q in other.get("/api/polls/fragen/questions").json()}
    event = open_event(folder)
    try:
        moderate(event.store, entry["id"], "approve", utc_now())
    finally:
        event.close()
    assert other.post(f"/api/polls/fragen/questions/{entry['id']}/upvote").json() == {"accepted": True}
    twice = other.post(f"/api/polls/fragen/questions/{entry['id']}/upvote")
    assert twice.status_code == 409 and twice.json()["reason"] == "Diese Frage unterstützen Sie schon."
    assert other.post(f"/api/polls/open-data/questions/{entry['id']}/upvote").status_code == 404
    seen = next(q for q in other.get("/api/polls/fragen/questions").json() if q["id"] == entry["id"])
    assert seen["votes"] == 1 and seen["upvoted"] and not seen["mine"]


def test_the_programme_for_the_second_tab(client: httpx.Client) -> None:
    programme = client.get("/api/programme").json()
    assert set(programme) >= {"now_next", "day", "changes"}
    assert programme["day"] and {"title", "speakers", "room", "start", "end", "cancelled", "moved"} <= set(
        programme["day"][0])
    assert all({"room", "now", "next"} <= set(line) for line in programme["now_next"])


def test_strict_headers_and_no_admin_action(client: httpx.Client) -> None:
    for path in ("/", "/api/polls", "/api/programme"):
        headers = client.get(path).headers
        assert headers["content-security-policy"].startswith("default-src 'self'")
        assert headers["x-content-type-options"] == "nosniff" and headers["referrer-policy"] == "no-referrer"
    assert client.get("/api/polls").headers["cache-control"] == "no-store"
    phone = Phone(client)
    phone.join()
    for path in ("/api/polls/kongress/open", "/api/polls/kongress/reveal", "/api/polls/kongress/close",
                 "/api/polls/kongress/new-round", "/api/entries/1/moderate"):
        assert phone.post(path, json={}).status_code in (404, 405)
    assert phone.post("/api/polls", json={}).status_code == 405
    assert client.get("/static/../event.sqlite").status_code == 404


def test_cast_vote_for_a_phone_voter_is_what_the_server_does(folder: Path) -> None:
    """The voter id a device votes as is one `kiosk.polls.voters` knows (the database keeps it as such)."""
    event = open_event(folder)
    try:
        outcome = cast_vote(event.store, "wechsel", "phone:abcdefghijklmnopqrst", ["Tee"], utc_now())
    finally:
        event.close()
    assert outcome.accepted
