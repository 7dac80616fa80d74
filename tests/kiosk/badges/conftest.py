"""Shared fixtures for the badge engine tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.bench.badges import sample_logo


@pytest.fixture(scope="session")
def logo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A PNG logo with transparency."""
    return sample_logo(tmp_path_factory.mktemp("logo"))
