"""Templates carry no inline script, style attribute or on… handler, so a strict CSP holds."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ["config", "home", "people", "courses", "quizzes", "progress"]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
STYLE_ATTR = re.compile(r"\sstyle\s*=", re.IGNORECASE)
STYLE_TAG = re.compile(r"<style[\s>]", re.IGNORECASE)
HANDLER = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)


def _templates():
    for app in APPS:
        yield from sorted((ROOT / app).rglob("templates/**/*.html"))


@pytest.mark.parametrize("path", list(_templates()), ids=lambda p: str(p.relative_to(ROOT)))
def test_template_has_no_inline_script_style_or_handler(path):
    text = path.read_text(encoding="utf-8")
    assert not INLINE_SCRIPT.search(text), "inline <script>"
    assert not STYLE_TAG.search(text), "inline <style>"
    assert not STYLE_ATTR.search(text), "style= attribute"
    assert not HANDLER.search(text), "on…= handler"


@pytest.mark.django_db
def test_pages_are_sent_with_a_strict_content_security_policy(client):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_base_layout_loads_no_asset_from_another_host():
    for path in _templates():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(src|href)=\"(https?:)?//", text), path
