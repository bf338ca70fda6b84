"""The Vietnamese catalogues are complete, and the main pages speak each language."""

from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", ".git", "staticfiles"}


def _catalogues():
    return sorted(
        p
        for p in ROOT.rglob("vi/LC_MESSAGES/*.po")
        if not SKIP.intersection(p.relative_to(ROOT).parts)
    )


def test_there_are_vietnamese_catalogues():
    names = {str(p.relative_to(ROOT)) for p in _catalogues()}
    assert "locale/vi/LC_MESSAGES/django.po" in names
    assert "translations/allauth/vi/LC_MESSAGES/django.po" in names


@pytest.mark.parametrize("path", _catalogues(), ids=lambda p: str(p.relative_to(ROOT)))
def test_vietnamese_catalogue_has_no_untranslated_or_fuzzy_entry(path):
    catalogue = polib.pofile(str(path))
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert untranslated == [], f"untranslated: {untranslated[:10]}"
    assert fuzzy == [], f"fuzzy: {fuzzy[:10]}"


# (url, who, Vietnamese heading, English heading)
PAGES = [
    ("/", None, "Kỹ năng số cho mọi cơ quan", "Digital skills for every office"),
    ("/accounts/login/", None, "Đăng nhập", "Sign in"),
    ("/accounts/password/reset/", None, "Đặt lại mật khẩu", "Password Reset"),
    ("/accounts/profile/", "officer", "Hồ sơ của tôi", "My profile"),
    ("/accounts/password/change/", "officer", "Đổi mật khẩu", "Change Password"),
    ("/accounts/2fa/", "officer", "Xác thực hai yếu tố", "Two-Factor Authentication"),
    ("/khong-co-trang-nay/", None, "Không tìm thấy trang", "Page not found"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize(("url", "who", "heading_vi", "heading_en"), PAGES)
def test_main_pages_show_their_heading_in_the_chosen_language(
    client, request, language, url, who, heading_vi, heading_en
):
    if who:
        client.force_login(request.getfixturevalue(who))
    client.post("/i18n/setlang/", {"language": language, "next": "/"})
    response = client.get(url)
    assert response.status_code in (200, 404)
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    heading = " ".join(soup.find("h1").get_text().split())
    assert heading == (heading_vi if language == "vi" else heading_en)


def test_every_string_in_the_code_is_in_a_vietnamese_catalogue(tmp_path):
    """Extract the strings afresh from a copy of the code, as `make messages` does: a string
    added to the code but never put in a catalogue would show in English to Vietnamese users."""
    import shutil
    import subprocess
    import sys

    if shutil.which("xgettext") is None or shutil.which("msgmerge") is None:
        pytest.skip("GNU gettext (xgettext, msgmerge) is not installed: apt-get install gettext")
    copy = tmp_path / "project"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "node_modules", "staticfiles", "media", "keys", "*.sqlite3",
            "__pycache__", "tests", ".ci", ".pytest_cache", ".ruff_cache",
        ),
    )  # fmt: skip
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale", "vi", "--no-obsolete",
         "--ignore", "translations/*", "--ignore", "bench/*", "-v0"],
        cwd=copy, capture_output=True, text=True, timeout=300,
        env={**__import__("os").environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    missing = {}
    for path in copy.rglob("vi/LC_MESSAGES/django.po"):
        if "translations" in path.relative_to(copy).parts:
            continue
        catalogue = polib.pofile(str(path))
        entries = catalogue.untranslated_entries() + catalogue.fuzzy_entries()
        if entries:
            missing[str(path.relative_to(copy))] = [e.msgid for e in entries][:10]
    assert missing == {}, f"strings without a Vietnamese translation: {missing}"


def test_catalogues_for_other_packages_never_override_our_own_wording():
    """translations/wagtail and translations/django sit in LOCALE_PATHS, which wins over every
    app's catalogue: a string they shared with one of ours would change our wording."""
    ours = set()
    for path in _catalogues():
        parts = path.relative_to(ROOT).parts
        if parts[0] == "translations" and parts[1] in {"wagtail", "django"}:
            continue
        ours |= {(e.msgctxt, e.msgid) for e in polib.pofile(str(path))}
    for package in ("wagtail", "django"):
        path = ROOT / "translations" / package / "vi" / "LC_MESSAGES" / "django.po"
        shared = [e.msgid for e in polib.pofile(str(path)) if (e.msgctxt, e.msgid) in ours]
        assert shared == [], f"{package}: {shared[:10]}"
