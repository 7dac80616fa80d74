"""The phones' JSON routes: the open polls, voting, results once revealed, Q&A questions and upvotes, the
programme. Only voting and reading: nothing here opens, closes, reveals or moderates a poll."""

import json
import logging
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from kiosk.common.timeutil import utc_now
from kiosk.event.config import EventConfig
from kiosk.event.store import Store
from kiosk.polls.ballots import parse_answer
from kiosk.polls.model import CHOICE_KINDS, QA, SCALE, WORDCLOUD, Poll, VoteResult
from kiosk.polls.moderation import PENDING, SHOWN, entries
from kiosk.polls.results import results
from kiosk.polls.text import MIN_WORD_CHARS, limit_for
from kiosk.web import language as say
from kiosk.web.device import COOKIE, DeviceCookies, phone_voter, set_cookie_header
from kiosk.web.feed import Feed
from kiosk.web.jsontext import json_text
from kiosk.web.programme import PhoneProgramme
from kiosk.web.writer import BallotWriter, Busy

MAX_BODY = 16 * 1024
MAX_ANSWERS = 64
_REASONS = {
    "no such poll": say.NO_POLL, "the poll is not open yet": say.NOT_OPEN, "the poll is closed": say.CLOSED,
    "this voter has voted already": say.VOTED, "this voter asked this question already": say.ASKED,
    "this voter supports this question already": say.SUPPORTED, "no such question on screen": say.NO_QUESTION,
}
log = logging.getLogger(__name__)


def json_response(data: Any, status: int = 200) -> Response:
    """JSON that no cache keeps."""
    return Response(json_text(data), status, {"cache-control": "no-store"}, media_type="application/json")


def refuse(request: Request, refusal: say.Refusal, **details: object) -> Response:
    """A 4xx/5xx with `{"reason"}` in the phone's language."""
    text = refusal.text(say.phone_language(request.headers.get("accept-language", "")), **details)
    return json_response({"reason": text}, refusal.status)


def answer_refusal(request: Request, poll: Poll) -> Response:
    """Why an answer does not fit the poll, told by what the poll takes."""
    definition = poll.definition
    if poll.kind in CHOICE_KINDS:
        most = {"single": 1, "multiple": definition.max_choices}.get(poll.kind, len(definition.options))
        return refuse(request, say.CHOOSE, most=most)
    if poll.kind == SCALE:
        return refuse(request, say.RATE, low=definition.scale[0], high=definition.scale[1])
    return refuse(request, say.WRITE, low=MIN_WORD_CHARS if poll.kind == WORDCLOUD else 1, high=limit_for(poll.kind))


async def bounded_body(request: Request, limit: int = MAX_BODY) -> bytes | None:
    """The request's body, or None as soon as it is longer than `limit` (never read further)."""
    declared = request.headers.get("content-length", "")
    if declared and (not declared.isdigit() or int(declared) > limit):
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def given_answers(body: bytes) -> list[str] | None:
    """The answers of a ballot body `{"answers": [...]}` (texts or whole numbers), or None when malformed."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    answers = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(answers, list) or not 0 < len(answers) <= MAX_ANSWERS:
        return None
    if not all(isinstance(a, str) or (isinstance(a, int) and not isinstance(a, bool)) for a in answers):
        return None
    return [str(answer) for answer in answers]


class PhoneApi:
    """The routes, over one server's reading connection, feed, ballot writer and device cookies."""

    def __init__(self, config: EventConfig, store: Store, feed: Feed, writer: BallotWriter, cookies: DeviceCookies,
                 code: str, secure: bool) -> None:
        self.config, self.store, self.feed, self.writer, self.cookies = config, store, feed, writer, cookies
        self.code, self.secure = code, secure
        self.programme = PhoneProgramme(store, config)

    # The device ----------------------------------------------------------------------------------------------

    def device(self, request: Request) -> str | None:
        """The device the request's cookie proves, if any."""
        return self.cookies.device(request.cookies.get(COOKIE))

    def known(self, request: Request, response: Response) -> Response:
        """The response, with a new device cookie when the phone has none (or a forged one). Not on a
        navigation from another site: a SameSite=Strict cookie is held back there, and replacing it would
        make the phone a new voter."""
        if self.device(request) is None and request.headers.get("sec-fetch-site") != "cross-site":
            response.headers.append("set-cookie", set_cookie_header(self.cookies.new()[1], self.secure))
        return response

    # Routes --------------------------------------------------------------------------------------------------

    async def info(self, request: Request) -> Response:
        return json_response({"event": self.config.name, "code": self.code, "languages": list(self.config.languages)})

    async def polls(self, request: Request) -> Response:
        listed = self.feed.open_polls()
        device = self.device(request)
        voted: set[str] = set()
        if device is not None:
            voter = phone_voter(device)
            voted = {p["id"] for p in listed if p["kind"] != QA and self.store.conn.execute(
                "SELECT 1 FROM poll_ballots WHERE poll = ? AND round = ? AND voter = ?",
                (p["id"], p["round"], voter)).fetchone()}
        return self.known(request, json_response([{**p, "voted": p["id"] in voted} for p in listed]))

    async def ballot(self, request: Request) -> Response:
        device = self.device(request)
        if device is None:
            return refuse(request, say.NO_DEVICE)
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
            return refuse(request, say.NOT_JSON)
        body = await bounded_body(request)
        if body is None:
            return refuse(request, say.TOO_LARGE, limit=MAX_BODY // 1024)
        answers = given_answers(body)
        if answers is None:
            return refuse(request, say.MALFORMED)
        poll_id = request.path_params["poll"]
        poll = self.feed.poll(poll_id)  # the definition, to check the answer (frozen once voted on)
        if poll is None:  # made a moment ago?
            self.feed.sync()
            poll = self.feed.poll(poll_id)
        if poll is None:
            return refuse(request, say.NO_POLL)
        if isinstance(parse_answer(poll.definition, answers), str):
            return answer_refusal(request, poll)
        outcome = await self._written(request, self.writer.vote(poll_id, phone_voter(device), answers))
        if isinstance(outcome, Response):
            return outcome
        return json_response({"accepted": True, "replaced": outcome.replaced})

    async def results(self, request: Request) -> Response:
        self.feed.sync()
        poll = self.feed.poll(request.path_params["poll"])
        if poll is None:
            return refuse(request, say.NO_POLL)
        if not poll.revealed:
            return refuse(request, say.HIDDEN)
        return json_response(results(self.store, poll.id))

    async def shown(self, request: Request) -> Response:
        return json_response(self.feed.shown_results())

    async def questions(self, request: Request) -> Response:
        self.feed.sync()
        poll = self.feed.poll(request.path_params["poll"])
        if poll is None or poll.kind != QA:
            return refuse(request, say.NO_POLL)
        device = self.device(request)
        voter = phone_voter(device) if device else ""
        listed = entries(self.store, poll.id, poll.round, (SHOWN, PENDING))
        mine = {row[0] for row in self.store.conn.execute(
            "SELECT id FROM poll_entries WHERE poll = ? AND round = ? AND voter = ?", (poll.id, poll.round, voter))}
        upvoted = {row[0] for row in self.store.conn.execute(
            "SELECT u.entry FROM poll_upvotes u JOIN poll_entries e ON e.id = u.entry "
            "WHERE e.poll = ? AND e.round = ? AND u.voter = ?", (poll.id, poll.round, voter))}
        return json_response([{"id": e.id, "text": e.text, "votes": e.votes, "answered": e.answered,
                               "pinned": e.pinned, "mine": e.id in mine, "upvoted": e.id in upvoted,
                               "waiting": e.status == PENDING}
                              for e in listed if e.status == SHOWN or e.id in mine])

    async def upvote(self, request: Request) -> Response:
        device = self.device(request)
        if device is None:
            return refuse(request, say.NO_DEVICE)
        if await bounded_body(request) is None:
            return refuse(request, say.TOO_LARGE, limit=MAX_BODY // 1024)
        entry = request.path_params["entry"]
        found = self.store.conn.execute("SELECT poll FROM poll_entries WHERE id = ?", (entry,)).fetchone()
        if found is None or found[0] != request.path_params["poll"]:
            return refuse(request, say.NO_QUESTION)
        outcome = await self._written(request, self.writer.upvote(entry, phone_voter(device)))
        return outcome if isinstance(outcome, Response) else json_response({"accepted": True})

    async def programme_today(self, request: Request) -> Response:
        return json_response(self.programme.json(utc_now()))

    async def _written(self, request: Request, writing: Any) -> VoteResult | Response:
        """The writer's outcome once committed; a refusal (in the phone's language) when not accepted."""
        try:
            outcome: VoteResult = await writing
        except Busy:
            return refuse(request, say.BUSY)
        except Exception:
            log.exception("a phone's ballot could not be written")
            return refuse(request, say.NOT_SAVED)
        if outcome.accepted:
            return outcome
        refusal = _REASONS.get(outcome.reason)
        return refuse(request, refusal) if refusal else refuse(request, say.NOT_ACCEPTED, detail=outcome.reason)
