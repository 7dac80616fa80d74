"""`kiosk bench` measures voting and results at the issue's sizes; --quick names its smaller figures so."""

from kiosk.bench import polls as poll_figures
from kiosk.bench.runner import FULL, QUICK, TARGETS, measured_on


def test_poll_figures_are_measured_and_named_by_their_size() -> None:
    figures = poll_figures.measure(ballots=300, votes=30, words=50)
    assert set(figures) == {"vote_p50_ms", "vote_p99_ms", "results_p50_ms", "results_p99_ms"}
    assert all(value > 0 for value in figures.values())
    assert TARGETS["vote_p99_ms"] == 2 and TARGETS["results_p99_ms"] == 5
    assert (FULL.poll_ballots, FULL.poll_words) == (10_000, 2_000)
    quick = measured_on(figures, f"{QUICK.poll_ballots}_ballots", QUICK)
    assert "vote_p99_ms@1000_ballots" in quick and not set(quick) & set(TARGETS)
