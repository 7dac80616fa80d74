"""`kiosk bench --quick` measures a tenth of the data: its figures say so in their names and are never
judged against the targets, which are for the full sizes."""

import json

import pytest

from kiosk.bench.runner import QUICK_VERDICT, TARGETS, report
from kiosk.cli.main import main


def test_quick_figures_name_what_they_measured_and_are_not_judged(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--quick", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert not set(figures) & set(TARGETS)
    assert figures["checkin_p99_ms@2000_attendees"] > 0 and figures["import_5k_s"] > 0
    assert figures["search_p99_ms@5000_attendees"] > 0 and figures["badge_batch_200_s"] > 0
    assert figures["scan_to_print_p95_ms@20_scans"] > 0 and figures["badge_p99_ms@20_badges"] > 0
    assert 0 < figures["scan_to_screen_p99_ms@20_scans"] < 2000  # every scan's outcome was painted
    assert figures["screen_frame_p99_ms@100_sessions"] > 0 and figures["programme_refresh_stall_ms@100_sessions"] > 0
    assert figures["stage_frame_p99_ms@20_words"] > 0 and 0 < figures["vote_to_stage_p95_ms@20_words"] < 2000
    assert figures["vote_ui_max_stall_ms@20_words"] > 0
    assert figures["phone_votes_200_p99_ms@200_phones"] > 0 and figures["sse_fanout_p95_ms@200_phones"] > 0
    zero_when_well = [name for name in figures if name.startswith(("phone_votes_lost", "phone_votes_not_ack"))]
    assert len(zero_when_well) == 2 and all(figures[name] == 0 for name in zero_when_well)
    measured = [value for name, value in figures.items() if name not in zero_when_well]
    assert all(value > 0 for value in measured)  # NaN (a figure that could not be measured) is not
    table = report(figures, quick=True).splitlines()
    assert len(table) == 1 + len(figures)
    assert all(line.endswith(QUICK_VERDICT) for line in table[1:])
    assert not any(line.endswith((" ok", " OVER")) for line in table)


def test_full_size_figures_are_judged_against_their_targets() -> None:
    table = report({"checkin_p99_ms": 1.5, "search_p99_ms": 12.0, "staff_search_p99_ms": 3.0}, quick=False)
    assert [line.split() for line in table.splitlines()[1:]] == [
        ["checkin_p99_ms", "1.5", "2", "ok"], ["search_p99_ms", "12.0", "10", "OVER"], ["staff_search_p99_ms", "3.0"]]
