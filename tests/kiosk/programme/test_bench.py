"""The programme's bench figures: the generated schedule.xml reads back as generated, and the figures are
named by their size."""

from datetime import date

from kiosk.bench.programme import big_programme, frab_xml, measure
from kiosk.programme.frab import parse_frab
from tests.kiosk.programme.conftest import BERLIN


def test_the_bench_schedule_reads_back_whole() -> None:
    generated = big_programme(300, 30, date(2027, 4, 27), BERLIN)
    parsed = parse_frab(frab_xml(generated, date(2027, 4, 27)), "bench.xml", BERLIN)
    assert parsed.problems == [] and set(parsed.sessions) == set(generated.sessions)


def test_figures_are_named_by_size() -> None:
    figures = measure(60, rooms=6, moments=200)
    assert set(figures) == {"programme_import_60_s", "now_next_p99_ms"}
    assert all(value > 0 for value in figures.values())
