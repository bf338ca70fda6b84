"""One wording per string: Django merges every catalogue into one lookup, so a msgid that two
catalogues translate differently shows one app's wording on the other app's pages."""

from collections import defaultdict
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", ".git", "staticfiles"}


def _catalogues() -> list[Path]:
    """Every app's catalogue, the project's and the overrides of other packages in translations/."""
    return sorted(
        p
        for p in ROOT.rglob("vi/LC_MESSAGES/django.po")
        if not SKIP.intersection(p.relative_to(ROOT).parts)
    )


def conflicting_translations(paths: list[Path]) -> dict[tuple[str | None, str], dict[str, str]]:
    """(context, msgid) -> {catalogue: wording} for every string worded differently somewhere."""
    wordings: dict[tuple[str | None, str], dict[str, str]] = defaultdict(dict)
    for path in paths:
        for entry in polib.pofile(str(path)):
            if entry.obsolete or "fuzzy" in entry.flags:
                continue
            wording = entry.msgstr or " | ".join(v for _, v in sorted(entry.msgstr_plural.items()))
            if wording:
                wordings[(entry.msgctxt, entry.msgid)][str(path).removeprefix(f"{ROOT}/")] = wording
    return {key: found for key, found in wordings.items() if len(set(found.values())) > 1}


def test_the_catalogues_are_all_read():
    names = {str(p.relative_to(ROOT)) for p in _catalogues()}
    assert {
        "locale/vi/LC_MESSAGES/django.po",
        "courses/locale/vi/LC_MESSAGES/django.po",
        "certificates/locale/vi/LC_MESSAGES/django.po",
        "translations/allauth/vi/LC_MESSAGES/django.po",
        "translations/wagtail/vi/LC_MESSAGES/django.po",
    } <= names


def test_no_string_is_translated_two_ways_without_a_context():
    conflicts = conflicting_translations(_catalogues())
    shown = [f"{msgid!r} (context {ctx!r}): {found}" for (ctx, msgid), found in conflicts.items()]
    assert shown == [], "give these a context or one wording:\n" + "\n".join(shown[:50])


def test_a_string_worded_two_ways_is_found(tmp_path):
    for app, wording in (("one", "Trang sau"), ("two", "Tiếp theo")):
        folder = tmp_path / app / "vi" / "LC_MESSAGES"
        folder.mkdir(parents=True)
        catalogue = polib.POFile()
        catalogue.append(polib.POEntry(msgid="Next", msgstr=wording))
        catalogue.append(polib.POEntry(msgid="Next", msgctxt="lesson navigation", msgstr="Bài sau"))
        catalogue.save(str(folder / "django.po"))
    paths = sorted(tmp_path.rglob("django.po"))
    conflicts = conflicting_translations(paths)
    assert list(conflicts) == [(None, "Next")]
