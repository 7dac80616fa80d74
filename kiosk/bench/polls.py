"""Live poll speed (`kiosk bench` calls `measure`): one ballot from a scanned ticket code to its committed row
and event row, with `ballots` ballots already in; and the results of a poll with that many ballots — a single
choice poll and a word cloud with `words` distinct words (each measured with the other's ballots in too)."""

import statistics
import tempfile
from pathlib import Path

from kiosk.bench.data import make_event, percentile, timed_ms
from kiosk.common.timeutil import utc_now
from kiosk.polls.ballots import cast_vote
from kiosk.polls.model import SINGLE, WORDCLOUD, PollDefinition
from kiosk.polls.results import results
from kiosk.polls.store import open_poll, save_draft
from kiosk.polls.voters import ticket_voter

OPTIONS = ("Noch gar nicht", "Erste Datensätze", "Portal in Betrieb", "Wir veröffentlichen alles")
RESULT_READS = 200


def measure(ballots: int, votes: int, words: int) -> dict[str, float]:
    """vote_p50/p99 (ticket code read, voter found, ballot and event row committed) and results_p50/p99."""
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-polls-") as temporary:
        event, _ = make_event(Path(temporary) / "polls", ballots + votes)
        store = event.store
        store.defer_checkpoints()  # as in the kiosk window
        now = utc_now()
        save_draft(store, PollDefinition("bench", SINGLE, "Wo steht Ihre Kommune?", options=OPTIONS), now)
        save_draft(store, PollDefinition("cloud", WORDCLOUD, "Ein Wort zur Verwaltung von morgen"), now)
        for poll_id in ("bench", "cloud"):
            open_poll(store, poll_id, now)
        codes = [row[0] for row in store.conn.execute("SELECT code FROM attendees ORDER BY id")]
        voters = [f"ticket:{number}" for number in range(1, ballots + 1)]
        for number, voter in enumerate(voters):  # answers spread over the options, `words` distinct words
            cast_vote(store, "bench", voter, [OPTIONS[number % len(OPTIONS)]], now)
            cast_vote(store, "cloud", voter, [f"Wort{number % words}"], now)

        def vote(code: str) -> None:
            found = ticket_voter(store, code)
            cast_vote(store, "bench", found.id, ["2"], utc_now())

        vote_times = [timed_ms(lambda c=code: vote(c)) for code in codes[ballots:ballots + votes]]
        read_times = [timed_ms(lambda p=poll_id: results(store, p))
                      for _ in range(RESULT_READS // 2) for poll_id in ("bench", "cloud")]
        event.close()
    return {"vote_p50_ms": statistics.median(vote_times), "vote_p99_ms": percentile(vote_times, 0.99),
            "results_p50_ms": statistics.median(read_times), "results_p99_ms": percentile(read_times, 0.99)}
