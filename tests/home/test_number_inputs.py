"""Decimals in the admin's editors are written as the reader's locale writes them."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from home.number_inputs import plain_decimal
from tests.factories.quizzes import QuestionFactory


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        (Decimal("1.50"), "1,5", "1.5"),
        (Decimal("1.0000000"), "1", "1"),
        (Decimal("0E-7"), "0", "0"),
        (Decimal("100"), "100", "100"),
        (Decimal("0.3333333"), "0,3333333", "0.3333333"),
        (None, None, None),
        ("1,25", "1,25", "1,25"),
    ],
)
def test_a_decimal_is_written_short_in_the_locale(value, vi, en):
    with translation.override("vi"):
        assert plain_decimal(value) == vi
    with translation.override("en"):
        assert plain_decimal(value) == en


def _inputs(client, question):
    page = client.get(f"/admin/quizzes/questions/edit/{question.pk}/")
    soup = BeautifulSoup(page.content, "html.parser")
    return {i["name"]: i for i in soup.select("input[name]")}


@pytest.mark.django_db
def test_the_question_editor_shows_marks_and_weights_in_vietnamese(client, trainer):
    question = QuestionFactory(default_mark=Decimal("1.5"), answers=[("A", 1), ("B", 0)])
    client.force_login(trainer)
    client.cookies["kns_language"] = "vi"
    inputs = _inputs(client, question)
    assert inputs["default_mark"]["value"] == "1,5"
    assert inputs["default_mark"]["inputmode"] == "decimal"
    assert inputs["answers-0-fraction"]["value"] == "1"
    assert inputs["answers-1-fraction"]["value"] == "0"


@pytest.mark.django_db
def test_the_editor_reads_a_vietnamese_decimal_back(client, trainer):
    from quizzes.models import Question

    question = QuestionFactory(default_mark=Decimal("1"))
    client.force_login(trainer)
    client.cookies["kns_language"] = "vi"
    form = Question.get_edit_handler().get_form_class()(
        instance=question,
        data={"default_mark": "2,5"},
    )
    with translation.override("vi"):
        form.is_valid()
    assert "default_mark" not in form.errors
    assert form.cleaned_data["default_mark"] == Decimal("2.5")
