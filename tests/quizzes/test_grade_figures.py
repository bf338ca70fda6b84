"""An attempt's grade reads the same on every page (one decimal at most, the locale's comma),
and marks in the admin's attempt and marking pages drop meaningless zeros."""

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from quizzes.templatetags.quiz_tags import mark, percent


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        (Decimal("66.6667"), "66,7%", "66.7%"),
        (Decimal("100.00"), "100%", "100%"),
        (Decimal("87.25"), "87,3%", "87.3%"),
        (0, "0%", "0%"),
        (None, "—", "—"),
    ],
)
def test_a_grade_has_one_precision(value, vi, en):
    with translation.override("vi"):
        assert percent(value) == vi
    with translation.override("en"):
        assert percent(value) == en


def test_a_mark_drops_trailing_zeros():
    with translation.override("vi"):
        assert (mark(Decimal("2.50")), mark(Decimal("3.00")), mark(None)) == ("2,5", "3", "—")


@pytest.mark.parametrize(
    "template",
    [
        "tracker/templates/tracker/my_learning_content.html",
        "quizzes/templates/quizzes/admin/quiz_attempts.html",
        "quizzes/templates/quizzes/admin/attempt_detail.html",
        "quizzes/templates/quizzes/quiz_page.html",
        "quizzes/templates/quizzes/review.html",
        "reports/templates/reports/officer_detail.html",
    ],
)
def test_every_page_showing_a_grade_uses_the_one_filter(template):
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / template).read_text(encoding="utf-8")
    shown = [line for line in text.splitlines() if "attempt.percent" in line]
    assert shown
    for line in shown:
        for use in line.split("attempt.percent")[1:]:
            if use.startswith(("|", " }}")):
                assert use.startswith("|percent"), line


def test_the_filters_render_in_a_template():
    with translation.override("vi"):
        out = Template("{% load quiz_tags %}{{ p|percent }} {{ m|mark }}").render(
            Context({"p": Decimal("50.05"), "m": Decimal("1.50")})
        )
    assert out == "50,1% 1,5"
