"""The code stays in rooms of a readable size: no module over 600 lines, and no two modules of
one app with the same file name (three ``figures.py`` in one app would mean three products)."""

from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The apps held to these rules; add an app once it keeps them.
APPS = (
    "quizzes",
    "courses",
    "people",
    "home",
    "tracker",
    "certificates",
    "reports",
    "progress",
    "bench",
)
MAX_LINES = 600


def modules(app: str) -> list[Path]:
    return [
        path
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts and "demo_content" not in path.parts
    ]


@pytest.mark.parametrize("app", APPS)
def test_no_module_is_over_600_lines(app):
    long = {
        str(path.relative_to(ROOT)): lines
        for path in modules(app)
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


@pytest.mark.parametrize("app", APPS)
def test_no_two_modules_of_an_app_share_a_file_name(app):
    names = Counter(path.name for path in modules(app) if path.name != "__init__.py")
    assert [name for name, count in names.items() if count > 1] == []
