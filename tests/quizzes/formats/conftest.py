"""Moodle's own fixtures are read from ../shared/fixtures beside the project (never copied)."""

from pathlib import Path

import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT.parent / "shared" / "fixtures"


def fixture_path(*parts: str) -> Path:
    path = FIXTURES.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"{path} is absent: Moodle's fixtures live in ../shared/fixtures beside the "
            "project (present in CI)"
        )
    return path


def fixture_bytes(*parts: str) -> bytes:
    return fixture_path(*parts).read_bytes()


@pytest.fixture(autouse=True)
def english():
    """Messages are asserted in English; one test module checks the Vietnamese ones."""
    with translation.override("en"):
        yield
