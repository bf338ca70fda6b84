"""Opening a question in the editor and saving it, submitting it and approving it never changes
what learners see of it, whatever its type and the format its text was written in."""

from __future__ import annotations

from typing import Any

import pytest
from bs4 import BeautifulSoup
from django.forms import CheckboxInput
from django.urls import reverse
from wagtail.blocks.base import BlockWidget

from people.roles import TRAINER
from quizzes.models import Question
from quizzes.models.bank import render_text
from quizzes.services.attempt_engine import save_answers, start_attempt, submit_attempt
from tests.factories import UserFactory
from tests.factories.quizzes import DEFAULT_ANSWERS, QuestionFactory, enrol, make_quiz
from tests.quizzes.test_attempt_engine import right_answers
from tests.quizzes.test_views import url

pytestmark = pytest.mark.django_db

# The same words in each format, with what plain formats must show as typed: "<", "&", a break.
TEXTS = {
    "plain": 'Mật khẩu <b> & "an toàn"?\nDòng thứ hai',
    "moodle": 'Mật khẩu <b> & "an toàn"?\nDòng thứ hai',
    "markdown": 'Mật khẩu <b> & "an toàn"?\nDòng thứ hai',
    "html": '<p>Mật khẩu <b>mạnh</b> &amp; "an toàn"?</p><p>Dòng thứ hai</p>',
    # HTML the rich-text editor cannot show: kept as source.
    "html-table": "<p>Bảng:</p><table><tr><td>Ô một</td><td>Ô hai</td></tr></table>",
}
FEEDBACK = "Xem lại bài 2 & bài 3.\nHết."


def seen(markup: str) -> tuple[str, list[str]]:
    """What a reader sees of some HTML: its words and the elements that carry content."""
    soup = BeautifulSoup(markup, "html.parser")
    tags = sorted(t.name for t in soup.find_all(True) if t.name not in ("p", "br", "div", "span"))
    return " ".join(soup.get_text(" ").split()), tags


def posted(form: Any) -> dict[str, Any]:
    """What a browser posts back for a form it was given and left as it was."""
    data: dict[str, Any] = {}

    def add(one: Any) -> None:
        for field in one:
            value = field.value()
            widget = field.field.widget
            if isinstance(widget, CheckboxInput):
                if value:
                    data[field.html_name] = "on"
                continue
            if isinstance(widget, BlockWidget):  # a stream, posted empty: previews need no body
                data[f"{field.html_name}-count"] = "0"
                continue
            value = widget.format_value(value)
            if isinstance(value, list):
                value = value[0] if value else ""
            data[field.html_name] = "" if value is None else value

    add(form)
    for formset in form.formsets.values():
        add(formset.management_form)
        for inline in formset.forms:
            add(inline)
    return data


def open_and_save(client: Any, question: Question, **action: str) -> Any:
    edit = reverse("wagtailsnippets_quizzes_question:edit", args=[question.pk])
    page = client.get(edit)
    assert page.status_code == 200
    reply = client.post(edit, {**posted(page.context["form"]), **action})
    assert reply.status_code == 302, reply.context["form"].errors if reply.context else reply
    return reply


@pytest.mark.parametrize("text_format", list(TEXTS))
@pytest.mark.parametrize("qtype", list(DEFAULT_ANSWERS))
def test_a_question_survives_the_editor_and_review_unchanged(
    client, trainer, officer, course, qtype, text_format
):
    fmt = text_format.split("-")[0]
    question = QuestionFactory(
        qtype=qtype,
        text=TEXTS[text_format],
        text_format=fmt,
        general_feedback=FEEDBACK,
        general_feedback_format="moodle",
        live=False,
    )
    shown = seen(render_text(question.text, question.text_format))
    feedback = seen(render_text(FEEDBACK, "moodle"))

    client.force_login(trainer)
    open_and_save(client, question)  # a draft
    open_and_save(client, question, **{"action-submit": "1"})
    reviewer = UserFactory(email="reviewer@example.org", roles=[TRAINER])
    client.force_login(reviewer)
    open_and_save(
        client, question, **{"action-workflow-action": "1", "workflow-action-name": "approve"}
    )

    question.refresh_from_db()
    assert question.live
    assert question.text_format == "html"
    snapshot = question.to_snapshot()
    assert seen(snapshot["text"]) == shown
    assert seen(snapshot["general_feedback"]) == feedback

    enrol(officer, course)
    quiz = make_quiz(course, [question])
    client.force_login(officer)
    attempt = start_attempt(officer, quiz)
    page = client.get(url(quiz, "attempt", attempt.pk)).content.decode()
    assert "data-block-key" not in BeautifulSoup(page, "html.parser").get_text()
    assert shown[0] in " ".join(BeautifulSoup(page, "html.parser").get_text(" ").split())
    save_answers(attempt, officer, sequence=0, answers=right_answers(attempt))
    submit_attempt(attempt, officer)
    review = client.get(url(quiz, "review", attempt.pk)).content.decode()
    words = " ".join(BeautifulSoup(review, "html.parser").get_text(" ").split())
    assert "data-block-key" not in words
    assert shown[0] in words


def test_the_editor_shows_html_it_cannot_keep_as_source(client, trainer):
    question = QuestionFactory(text=TEXTS["html-table"], text_format="html", live=False)
    client.force_login(trainer)
    edit = reverse("wagtailsnippets_quizzes_question:edit", args=[question.pk])
    form = client.get(edit).context["form"]
    assert form["text"].value() == TEXTS["html-table"]
    assert "<textarea" in str(form["text"])


def test_a_plain_question_opens_as_the_paragraphs_learners_see(client, trainer):
    question = QuestionFactory(text="Một\nHai", text_format="plain", live=False)
    client.force_login(trainer)
    edit = reverse("wagtailsnippets_quizzes_question:edit", args=[question.pk])
    form = client.get(edit).context["form"]
    assert form["text"].value() == "<p>Một<br/>Hai</p>"
    assert "text_format" not in form.fields


def test_questions_the_editor_damaged_before_are_repaired():
    """Saved as editor HTML while their format still said plain text: marked as HTML again."""
    import importlib

    from django.apps import apps

    damaged = QuestionFactory(text='<p data-block-key="a1">Câu hỏi?</p>', live=False)
    Question.objects.filter(pk=damaged.pk).update(text_format="plain")
    revision = damaged.latest_revision
    revision.content = {**revision.content, "text_format": "moodle"}
    revision.save()
    plain = QuestionFactory(text="Một\nHai", text_format="plain")
    migration = importlib.import_module(
        "quizzes.migrations.0006_questions_saved_by_the_editor_are_html"
    )
    migration.mark_editor_html(apps, None)
    damaged.refresh_from_db()
    plain.refresh_from_db()
    assert damaged.text_format == "html"
    assert damaged.latest_revision.content["text_format"] == "html"
    assert plain.text_format == "plain"
    assert "data-block-key" not in damaged.to_snapshot()["text"].replace('data-block-key="a1"', "")
