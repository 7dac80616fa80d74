"""Property tests: no parser crashes on random or truncated input, the error is clear, and a failed import
leaves the previous programme intact."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.event.folder import open_event
from kiosk.programme.detect import parse_source
from kiosk.programme.importing import NeedsConfirmation, import_programme
from kiosk.programme.model import ParsedProgramme, ProgrammeError
from kiosk.programme.store import current_programme
from tests.conftest import write_event
from tests.kiosk.programme.conftest import BERLIN, sample

SOURCES = ("programme-frab.xml", "programme-c3voc.json", "programme.ics", "programme-excel-de.csv")


def _parse(data: bytes, name: str) -> ParsedProgramme | None:
    """The parse, or None for a clear refusal; anything else raised fails the test."""
    try:
        parsed = parse_source(data, name, BERLIN)
    except ProgrammeError as exc:
        assert str(exc).startswith(name) and len(str(exc)) > len(name) + 5
        return None
    assert all(p.where and p.why for p in parsed.problems)
    assert all(s.start.tzinfo is not None and s.end >= s.start for s in parsed.sessions)
    return parsed


@pytest.mark.parametrize("name", SOURCES)
@settings(max_examples=60, deadline=None)
@given(cut=st.integers(min_value=0, max_value=12_000))
def test_truncated_sources_never_crash(name: str, cut: int) -> None:
    _parse(sample(name)[:cut], name)


@pytest.mark.parametrize("name", SOURCES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_damaged_sources_never_crash(name: str, data: st.DataObject) -> None:
    original = bytearray(sample(name))
    for _ in range(data.draw(st.integers(1, 20))):
        position = data.draw(st.integers(0, len(original) - 1))
        original[position] = data.draw(st.integers(0, 255))
    _parse(bytes(original), name)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=3000) | st.text(max_size=3000).map(str.encode))
def test_random_bytes_never_crash(data: bytes) -> None:
    _parse(data, "random")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=7_000))
def test_a_truncated_download_leaves_the_previous_programme(tmp_path_factory: pytest.TempPathFactory,
                                                            cut: int) -> None:
    folder: Path = write_event(tmp_path_factory.mktemp("event"))
    event = open_event(folder, kiosk_id="kiosk-1")
    try:
        import_programme(event.store, parse_source(sample("programme-c3voc.json"), "p.json", BERLIN), "p.json")
        before = current_programme(event.store, BERLIN)
        parsed = _parse(sample("programme-c3voc.json")[:cut], "p.json")
        if parsed is not None:
            try:
                import_programme(event.store, parsed, "p.json")
            except NeedsConfirmation:
                pass
            else:  # only a cut that left every session whole can have been taken
                assert len(parsed.sessions) >= 8
        if parsed is None:
            assert current_programme(event.store, BERLIN) == before
    finally:
        event.close()
