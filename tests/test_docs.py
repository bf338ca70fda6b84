"""What a newcomer reads stays true: .env.example lists every environment variable the code
reads, and the README lists every management command and every variable."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = [
    "config",
    "home",
    "people",
    "courses",
    "quizzes",
    "tracker",
    "certificates",
    "reports",
    "interop",
    "operations",
]
# Read by the tests and the benchmarks rather than the site.
NOT_FOR_THE_SITE = {
    "TEST_MEDIA_ROOT",
    "CHROMIUM_PATH",
    "BENCH_REPORTS_OFFICERS",
    "BENCH_ONLY",
    "BENCH_PAGES_SECONDS",
    "BENCH_PAGES_WORKERS",
    "RALPH_BIN",
    "KNS_TOPOLOGY_DIR",
    "KNS_TOPOLOGY_REQUIRED",
}


def _python_files(*folders: str):
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" not in path.parts and "demo_content" not in path.parts:
                yield path


def _variables_read() -> set[str]:
    found = set()
    reader = re.compile(
        r"""(?:env_\w+\(|os\.environ\.get\(|os\.environ\[)\s*["']([A-Z][A-Z0-9_]+)"""
    )
    for path in _python_files(*APPS, "bench", "tests"):
        found |= set(reader.findall(path.read_text(encoding="utf-8")))
    return found - {"DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE"}


def _example() -> set[str]:
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Z][A-Z0-9_]+)=", text, re.M))


def test_env_example_lists_every_variable_the_code_reads():
    missing = _variables_read() - _example()
    assert not missing, f"add to .env.example: {sorted(missing)}"


def test_env_example_lists_nothing_the_code_does_not_read():
    unread = _example() - _variables_read() - {"DJANGO_SETTINGS_MODULE"}
    assert not unread, f"no code reads: {sorted(unread)}"


def test_the_readme_documents_every_variable_of_the_site():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    site = {
        name
        for name in _variables_read()
        if name not in NOT_FOR_THE_SITE and not name.startswith(("BENCH_", "TEST_"))
    }
    missing = {name for name in site if f"`{name}`" not in readme}
    assert not missing, f"document in the README: {sorted(missing)}"


def test_the_readme_lists_every_management_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = {
        path.stem
        for app in [*APPS, "bench"]
        for path in (ROOT / app).glob("management/commands/*.py")
        if path.stem != "__init__"
    }
    assert commands, "no management commands found"
    missing = {name for name in commands if f"manage.py {name}" not in readme}
    assert not missing, f"document in the README: {sorted(missing)}"
