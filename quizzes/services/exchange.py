"""The bank's questions as the records of the import/export formats, and back: the one mapping
that importing, exporting, the import preview and the question editor's checks share.

A record (``quizzes.formats.records.Question``) is what a parser yields and an exporter writes.
``question_from_record`` makes an unsaved question of one, ``save_question_records`` saves them
into the bank, and ``question_to_record`` and ``category_records`` read saved questions back as
records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Prefetch

from quizzes import grading
from quizzes.formats import records
from quizzes.formats.validation import weight_from_percent
from quizzes.models import (
    MatchingPair,
    Question,
    QuestionAnswer,
    QuestionCategory,
    TaggedQuestion,
)
from quizzes.question_types import QuestionType
from quizzes.services.categories import category_for_path

if TYPE_CHECKING:
    from people.models import User


def _decimal(value: Any, default: str = "0") -> Decimal:
    return grading.to_decimal(value, Decimal(default))


def question_from_record(
    record: records.Question,
    category: QuestionCategory | None,
    user: User | None,
    *,
    publish: bool = False,
) -> Question:
    """An unsaved question (with its answers and pairs in memory) made from a parsed record;
    the import preview shows it as learners will see it."""
    essay = record.essay
    question = Question(
        category=category,
        qtype=str(record.type),
        name=(record.name or "")[:255] or str(record.type),
        text=record.text,
        text_format=str(record.text_format),
        general_feedback=record.general_feedback,
        general_feedback_format=str(record.general_feedback_format),
        default_mark=_decimal(record.default_mark, "1"),
        penalty=_decimal(record.penalty),
        idnumber=record.idnumber or "",
        shuffle_answers=record.shuffle_answers,
        answer_numbering=record.answer_numbering,
        show_standard_instruction=record.show_standard_instruction,
        case_sensitive=record.case_sensitive,
        ignore_diacritics=record.ignore_diacritics,
        correct_feedback=record.correct_feedback,
        partially_correct_feedback=record.partially_correct_feedback,
        incorrect_feedback=record.incorrect_feedback,
        show_num_correct=record.show_num_correct,
        hints=[
            {
                "text": h.text,
                "text_format": str(h.text_format),
                "show_num_correct": h.show_num_correct,
                "clear_wrong": h.clear_wrong,
            }
            for h in record.hints
        ],
        created_by=user,
        live=publish,
    )
    if essay is not None:
        question.essay_response_format = essay.response_format
        question.essay_response_required = essay.response_required
        question.essay_min_words = essay.min_word_limit
        question.essay_max_words = essay.max_word_limit
        question.essay_response_template = essay.response_template
        question.essay_grader_info = essay.grader_info
        question.essay_options = {
            "response_field_lines": essay.response_field_lines,
            "attachments": essay.attachments,
            "attachments_required": essay.attachments_required,
            "max_bytes": essay.max_bytes,
            "file_types": essay.file_types,
            "grader_info_format": str(essay.grader_info_format),
            "response_template_format": str(essay.response_template_format),
        }
    question.answers = [
        QuestionAnswer(
            sort_order=index,
            text=answer.text,
            fraction=_decimal(answer.fraction),
            feedback=answer.feedback,
            text_format=str(answer.text_format),
            feedback_format=str(answer.feedback_format),
            tolerance=None if answer.tolerance is None else _decimal(answer.tolerance),
        )
        for index, answer in enumerate(record.answers)
    ]
    question.pairs = [
        MatchingPair(
            sort_order=index,
            prompt=pair.prompt,
            prompt_format=str(pair.prompt_format),
            answer=pair.answer[:255],
        )
        for index, pair in enumerate(record.pairs)
    ]
    return question


@transaction.atomic
def save_question_records(
    questions: Iterable[records.Question],
    category: QuestionCategory | None,
    user: User | None,
    *,
    publish: bool = False,
) -> list[Question]:
    """Save parsed question records into the bank.

    Each record's own category path is created below ``category``. Questions are saved as drafts
    awaiting review unless ``publish`` is set (administrators importing a reviewed bank).
    Embedded files are not stored here: the import step turns them into images first.
    """
    saved = []
    for record in questions:
        target = category_for_path(category, record.category) or category
        if target is None:
            raise ValueError("A question record without a category needs a target category.")
        question = question_from_record(record, target, user, publish=publish)
        question.save()
        if record.tags:
            question.tags.set(record.tags[:50])
            question.save()
        revision = question.save_revision(user=user, log_action=True)
        if publish:
            revision.publish(user=user)
        saved.append(question)
    return saved


def record_weight(fraction: Decimal) -> float:
    """An answer's weight as the record carries it: read through its percentage as importers
    read a weight, so that the editor judges a weight as they do."""
    return weight_from_percent(float(fraction * 100))


def question_to_record(
    question: Question,
    *,
    answers: Sequence[QuestionAnswer] | None = None,
    pairs: Sequence[MatchingPair] | None = None,
    tags: Sequence[str] | None = None,
) -> records.Question:
    """The record an exporter writes for a question (its saved version). The question editor
    passes the answers, pairs and tags as they stand in its form, not yet saved."""
    if answers is None:
        answers = list(question.answers.all())
    if pairs is None:
        pairs = list(question.pairs.all())
    if tags is None:
        # In the order they were given (the database returns tags in no particular order).
        tags = [item.tag.name for item in sorted(question.tagged_items.all(), key=lambda i: i.pk)]

    def fmt(value: str) -> records.TextFormat:
        return (
            records.TextFormat(value)
            if value in records.TextFormat._value2member_map_
            else (records.TextFormat.HTML)
        )

    path = question.category.path_names()
    essay = None
    if question.qtype == QuestionType.ESSAY:
        extra = question.essay_options or {}
        essay = records.EssayOptions(
            response_format=question.essay_response_format,
            response_required=question.essay_response_required,
            response_field_lines=int(extra.get("response_field_lines", 15)),
            min_word_limit=question.essay_min_words,
            max_word_limit=question.essay_max_words,
            attachments=int(extra.get("attachments", 0)),
            attachments_required=int(extra.get("attachments_required", 0)),
            max_bytes=int(extra.get("max_bytes", 0)),
            file_types=str(extra.get("file_types", "")),
            grader_info=question.essay_grader_info,
            grader_info_format=fmt(str(extra.get("grader_info_format", "html"))),
            response_template=question.essay_response_template,
            response_template_format=fmt(str(extra.get("response_template_format", "html"))),
        )
    return records.Question(
        type=QuestionType(question.qtype),
        name=question.name,
        text=question.text,
        text_format=fmt(question.text_format),
        general_feedback=question.general_feedback,
        general_feedback_format=fmt(question.general_feedback_format),
        default_mark=float(question.default_mark),
        penalty=float(question.penalty),
        category=records.join_category_path(path),
        tags=list(tags),
        idnumber=question.idnumber or None,
        answers=[
            records.Answer(
                text=a.text,
                fraction=record_weight(a.fraction),
                feedback=a.feedback,
                tolerance=None if a.tolerance is None else float(a.tolerance),
                text_format=fmt(a.text_format),
                feedback_format=fmt(a.feedback_format),
            )
            for a in answers
        ],
        pairs=[
            records.Pair(prompt=p.prompt, answer=p.answer, prompt_format=fmt(p.prompt_format))
            for p in pairs
        ],
        shuffle_answers=question.shuffle_answers,
        answer_numbering=question.answer_numbering,
        show_standard_instruction=question.show_standard_instruction,
        case_sensitive=question.case_sensitive,
        ignore_diacritics=question.ignore_diacritics,
        correct_feedback=question.correct_feedback,
        partially_correct_feedback=question.partially_correct_feedback,
        incorrect_feedback=question.incorrect_feedback,
        show_num_correct=question.show_num_correct,
        hints=[
            records.Hint(
                text=str(h.get("text", "")),
                text_format=fmt(str(h.get("text_format", "html"))),
                show_num_correct=bool(h.get("show_num_correct")),
                clear_wrong=bool(h.get("clear_wrong")),
            )
            for h in question.hints or []
        ],
        essay=essay,
    )


def category_records(
    category: QuestionCategory,
) -> tuple[list[records.Question], list[records.Category]]:
    """Records of every question in a category and its subcategories, with the categories."""
    categories = list(
        QuestionCategory.objects.filter(path__startswith=category.path).order_by("path")
    )
    questions = (
        Question.objects.filter(category__in=categories)
        .select_related("category")
        .prefetch_related(
            Prefetch("answers", queryset=QuestionAnswer.objects.order_by("sort_order", "pk")),
            Prefetch("pairs", queryset=MatchingPair.objects.order_by("sort_order", "pk")),
            Prefetch("tagged_items", queryset=TaggedQuestion.objects.select_related("tag")),
        )
        .order_by("category__path", "pk")
    )
    by_path = {c.path: c for c in categories}
    by_pk = {c.pk: c for c in categories}
    ancestors = category.path_names()[:-1]
    for item in categories:
        # Names from the exported category down, read from the rows already fetched.
        item._ancestor_names = ancestors + [
            by_path[item.path[: depth * item.steplen]].name
            for depth in range(category.depth, item.depth + 1)
        ]
    found = []
    for question in questions:
        question.category = by_pk[question.category_id]
        found.append(question_to_record(question))
    described = [
        records.Category(
            path=records.join_category_path(item._ancestor_names),
            info=item.description,
            info_format=records.TextFormat.PLAIN,
            idnumber=item.idnumber or None,
        )
        for item in categories
    ]
    return found, described
