"""One spelling and one word per idea in the Vietnamese interface: the old-style tone marks
(khóa, hóa, thỏa, tùy), "xác thực hai yếu tố", and one term each for an item's facility and
discrimination. Checked on what people read: the merged catalogues, Wagtail's, allauth's and
Django's own wording included, as the project's overrides correct them."""

import re
import unicodedata
from pathlib import Path

import polib
import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", ".git", "staticfiles"}

# A tone mark on the last vowel of an open "oa", "oe" or "uy" syllable (not "qu"): new style.
NEW_STYLE = re.compile(r"(?<![qQ])([oOuU])([áàảãạéèẻẽẹýỳỷỹỵ])(?!\w)")
TONES = dict(zip("áàảãạéèẻẽẹýỳỷỹỵ", "\u0301\u0300\u0309\u0303\u0323" * 3, strict=True))
BASES = dict(zip("áàảãạéèẻẽẹýỳỷỹỵ", "aaaaaeeeeeyyyyy", strict=True))

# Wordings that say the same thing as the chosen one: (pattern, chosen).
SYNONYMS = [
    (re.compile(r"[xX]ác (thực|minh) (hai|2) (lớp|bước)|xác thực 2 yếu tố"), "xác thực hai yếu tố"),
    (re.compile(r"[cC]hỉ số dễ"), "Độ dễ"),
    (re.compile(r"[cC]hỉ số phân biệt"), "Độ phân biệt"),
]


def old_style(text: str) -> str:
    """khoá → khóa, thoả → thỏa, tuỳ → tùy; other words unchanged."""

    def move(match: re.Match[str]) -> str:
        first, marked = match.group(1), match.group(2)
        if (first in "oO") != (marked in "áàảãạéèẻẽẹ"):
            return match.group(0)
        return unicodedata.normalize("NFC", first + TONES[marked]) + BASES[marked]

    return NEW_STYLE.sub(move, text)


def _package_catalogues() -> list[Path]:
    packages = ROOT / ".venv" / "lib"
    found = list(packages.glob("python*/site-packages/wagtail/**/locale/vi/LC_MESSAGES/django.po"))
    found += list(packages.glob("python*/site-packages/allauth/locale/vi/LC_MESSAGES/django.po"))
    found += list(
        packages.glob("python*/site-packages/django/conf/locale/vi/LC_MESSAGES/django.po")
    )
    return found


def _project_catalogues() -> list[Path]:
    return sorted(
        p
        for p in ROOT.rglob("vi/LC_MESSAGES/django.po")
        if not SKIP.intersection(p.relative_to(ROOT).parts)
    )


def _shown(entry: polib.POEntry) -> str:
    """What Django gives for the entry's msgid in Vietnamese, after every override."""
    with translation.override("vi"):
        if entry.msgid_plural:
            return (
                translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 1)
                if (entry.msgctxt)
                else translation.ngettext(entry.msgid, entry.msgid_plural, 1)
            )
        if entry.msgctxt:
            return translation.pgettext(entry.msgctxt, entry.msgid)
        return translation.gettext(entry.msgid)


def test_old_style_moves_the_tone_mark_only_in_open_syllables():
    assert old_style("Khoá học, hoá đơn, thoả thuận, tuỳ chọn, Xoá") == (
        "Khóa học, hóa đơn, thỏa thuận, tùy chọn, Xóa"
    )
    assert old_style("hoàn thành, khoản, quý, toán, loè") == "hoàn thành, khoản, quý, toán, lòe"


def test_our_catalogues_use_one_spelling_and_one_term():
    wrong = []
    for path in _project_catalogues():
        for entry in polib.pofile(str(path)):
            for text in [entry.msgstr, *entry.msgstr_plural.values()]:
                if old_style(text) != text or any(p.search(text) for p, _ in SYNONYMS):
                    wrong.append(f"{path.relative_to(ROOT)}: {text[:80]}")
    assert wrong == []


@pytest.mark.skipif(not _package_catalogues(), reason="the packages' catalogues are not here")
def test_the_packages_wording_people_see_is_corrected_too():
    wrong = []
    for path in _package_catalogues():
        for entry in polib.pofile(str(path)):
            if not entry.msgstr or old_style(entry.msgstr) == entry.msgstr:
                continue
            shown = _shown(entry)
            if old_style(shown) != shown:
                wrong.append(f"{entry.msgid!r}: {shown[:80]}")
    assert wrong == [], "add the corrected wording to translations/<package>/"
