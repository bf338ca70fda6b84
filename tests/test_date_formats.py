"""One date order everywhere: templates show dates through the locale's named formats
(config/formats: 22/11/2026 in Vietnamese), never a format spelt out in one template."""

import re
from pathlib import Path

from django.utils import formats, translation

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", ".git", "staticfiles", "translations"}
NAMED = {"DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATE_FORMAT", "SHORT_DATETIME_FORMAT"}
NAMED |= {"TIME_FORMAT", "YEAR_MONTH_FORMAT", "MONTH_DAY_FORMAT"}
# Machine formats (ISO 8601, RFC 5322) and single parts (a day number, a weekday) are no order.
MACHINE_OR_PART = {"c", "r", "U", "j", "d", "D", "l", "N", "H:i", "Y", "F Y", "Y-m-d"}
DATE_FILTER = re.compile(r"\|date:\"([^\"]*)\"")


def _templates() -> list[Path]:
    return sorted(
        p
        for p in ROOT.rglob("templates/**/*.html")
        if not SKIP.intersection(p.relative_to(ROOT).parts)
    )


def test_templates_show_dates_in_the_locales_order():
    spelt_out = [
        f"{path.relative_to(ROOT)}: {fmt}"
        for path in _templates()
        for fmt in DATE_FILTER.findall(path.read_text(encoding="utf-8"))
        if fmt not in NAMED | MACHINE_OR_PART
    ]
    assert spelt_out == []


def test_the_short_formats_put_the_day_first_in_both_languages():
    with translation.override("vi"):
        assert formats.get_format("SHORT_DATE_FORMAT") == "d/m/Y"
        assert formats.get_format("SHORT_DATETIME_FORMAT").endswith("d/m/Y")
    with translation.override("en"):
        assert formats.get_format("SHORT_DATE_FORMAT") == "d/m/Y"
        assert formats.get_format("SHORT_DATETIME_FORMAT").startswith("d/m/Y")
