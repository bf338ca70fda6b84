"""A lesson's "check your understanding" question taken from the question bank.

Courses add this block to lesson bodies through ``COURSES_LESSON_EXTRA_BLOCKS`` (courses never
imports quizzes). The lesson shows the question as a quiz does, without any hint of the right
answer; the learner's answer goes to ``quizzes:lesson_check``, which grades it against the
question's approved version and records nothing.

This module is imported while the courses models load, so it must not import quizzes models
(they import courses models) at the top.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from quizzes.question_types import AUTO_GRADED_TYPES


def questions_with_answers() -> QuerySet:
    """Questions with their answers and matching pairs fetched in order, as snapshots need."""
    from quizzes.models import MatchingPair, Question, QuestionAnswer

    return Question.objects.prefetch_related(
        Prefetch("answers", queryset=QuestionAnswer.objects.order_by("sort_order", "pk")),
        Prefetch("pairs", queryset=MatchingPair.objects.order_by("sort_order", "pk")),
    )


def checkable_questions() -> QuerySet:
    """Approved (live) questions of a type a check may use."""
    return questions_with_answers().filter(live=True, qtype__in=AUTO_GRADED_TYPES)


def is_checkable(question: Any) -> bool:
    return question is not None and bool(question.live) and question.qtype in AUTO_GRADED_TYPES


class QuestionChooserBlock(SnippetChooserBlock):
    """Chooses an approved question of a type a check may use."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("quizzes.Question", **kwargs)

    @cached_property
    def widget(self) -> Any:
        from quizzes.choosers import CheckQuestionChooser

        return CheckQuestionChooser(icon=self.meta.icon)

    def bulk_to_python(self, values: list[Any]) -> list[Any]:
        """Every question of a lesson's checks, with answers and pairs, in three queries."""
        # Unapproved questions are fetched too: the block shows editors why they are hidden.
        wanted = [value for value in values if value]
        found = {q.pk: q for q in questions_with_answers().filter(pk__in=wanted)} if wanted else {}
        return [found.get(value) for value in values]

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        if value is None:
            return value
        if value.qtype not in AUTO_GRADED_TYPES:
            raise ValidationError(
                _("A check cannot use an essay or a description: choose another question.")
            )
        if not value.live:
            raise ValidationError(
                _("This question is not approved yet: checks use approved questions only.")
            )
        return value

    def deconstruct(self) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
        # Migrations record the plain snippet chooser, which stores the same value (a question
        # id): the migrations of the app showing this block then never import quizzes.
        _path, _args, kwargs = super().deconstruct()
        return "wagtail.snippets.blocks.SnippetChooserBlock", ("quizzes.Question",), kwargs

    class Meta:
        icon = "help"


class QuestionCheckBlock(blocks.StructBlock):
    """A bank question for instant feedback inside a lesson; it counts for nothing."""

    question = QuestionChooserBlock(
        label=_("Question"),
        help_text=_(
            "An approved question from the bank (not an essay or a description). Learners may "
            "try it as often as they like and are told whether they were right, so prefer a "
            "question that no graded quiz uses."
        ),
    )

    page_scripts = ("quizzes/lesson_check.js",)
    page_styles = ("quizzes/quizzes.css",)
    # Rendered anew each time: the question changes with the bank, and editors see a note.
    cacheable = False

    class Meta:
        icon = "help"
        label = _("Check your understanding (question bank)")
        template = "quizzes/blocks/question_check.html"

    def get_context(self, value: Any, parent_context: dict[str, Any] | None = None) -> dict:
        from quizzes.presentation import question_for_display

        context = super().get_context(value, parent_context=parent_context)
        parent = parent_context or {}
        question = value.get("question")
        block_id = str(parent.get("block_id") or "")
        page = parent.get("page")
        request = parent.get("request")
        item = None
        if is_checkable(question) and block_id:
            item = question_for_display(
                question.to_snapshot(), number=None, response=None, position=f"c{block_id}"
            )
        context["item"] = item
        context["check_url"] = (
            reverse("quizzes:lesson_check", args=[page.pk, block_id])
            if item and page is not None and page.pk
            else ""
        )
        # Learners never see a question that is no longer approved; editors are told why.
        context["show_note"] = not is_checkable(question) and (
            bool(getattr(request, "is_preview", False))
            or ("enrolment" in parent and parent["enrolment"] is None)
        )
        context["question_missing"] = question is None
        return context


def check_block_names(stream_block: Any) -> set[str]:
    """The names under which a StreamBlock holds question checks."""
    return {
        name
        for name, block in stream_block.child_blocks.items()
        if isinstance(block, QuestionCheckBlock)
    }


def check_question_id(body: Any, block_id: str) -> int | None:
    """The question of the check with this block id in a StreamField value, read from raw data."""
    if body is None:
        return None
    names = check_block_names(body.stream_block)
    for item in body.raw_data:
        if item.get("id") == block_id and item.get("type") in names:
            value = item.get("value") or {}
            question_id = value.get("question") if isinstance(value, dict) else None
            return question_id if isinstance(question_id, int) else None
    return None
