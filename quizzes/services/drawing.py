"""Drawing the questions of a new attempt: fixed slots as chosen, random slots drawn from their
categories, each question frozen as a snapshot with this attempt's own order of options.

The quiz's material (its slots, the candidates of its random slots and the questions with their
options) is read once, in a few queries however many questions the quiz has; drawing for one
learner, or for every learner an attempt is prepared for, then happens in memory.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext as _

from quizzes.models import MatchingPair, Question, QuestionAnswer, QuizPage, QuizSlot, SlotKind
from quizzes.question_types import ANSWERED_TYPES, QuestionType
from quizzes.services.refusals import QuizNotReady


@dataclass
class QuizMaterial:
    """What drawing needs of a quiz, read from the database once."""

    quiz: QuizPage
    slots: list[QuizSlot]
    candidates: dict[int, list[int]]  # random slot id -> ids of the questions it may draw
    questions: dict[int, Question] = field(default_factory=dict)
    snapshots: dict[int, dict[str, Any]] = field(default_factory=dict)

    def snapshot(self, question: Question) -> dict[str, Any]:
        """The question's snapshot, computed once and copied for each attempt."""
        if question.pk not in self.snapshots:
            self.snapshots[question.pk] = question.to_snapshot()
        return copy.deepcopy(self.snapshots[question.pk])


def load_material(quiz: QuizPage, *, every_candidate: bool = False) -> QuizMaterial:
    """The quiz's slots and candidates; the questions of its fixed slots come with them.

    ``every_candidate``: fetch every question a random slot may draw as well (to draw for many
    learners); otherwise ``fetch_questions`` fetches the drawn ones.
    """
    slots = list(quiz.slots.select_related("category", "question").order_by("sort_order"))
    questions: dict[int, Question] = {}
    for slot in slots:
        if slot.kind == SlotKind.FIXED and slot.question is not None:
            if not slot.question.live:
                raise QuizNotReady(
                    _("This quiz is not ready yet: one of its questions is not approved.")
                )
            questions[slot.question.pk] = slot.question
    fixed = set(questions)
    candidates: dict[int, list[int]] = {}
    for slot in slots:
        if slot.kind != SlotKind.RANDOM or slot.category is None:
            continue
        candidates[slot.pk] = sorted(
            Question.objects.filter(
                live=True,
                category_id__in=slot.category.subtree_ids(slot.include_subcategories),
            )
            .exclude(qtype=QuestionType.DESCRIPTION)
            .exclude(pk__in=fixed)
            .values_list("pk", flat=True)
        )
    material = QuizMaterial(quiz=quiz, slots=slots, candidates=candidates, questions=questions)
    if every_candidate:
        wanted = {pk for ids in candidates.values() for pk in ids}
        fetch_questions(material, wanted)
    _prefetch_options(list(material.questions.values()))
    return material


def fetch_questions(material: QuizMaterial, pks: set[int]) -> None:
    """Fetch (with their options) the questions of ``pks`` the material does not hold yet."""
    missing = pks - set(material.questions)
    if not missing:
        return
    fetched = list(Question.objects.filter(pk__in=missing).order_by())
    _prefetch_options(fetched)
    material.questions.update((q.pk, q) for q in fetched)


def _prefetch_options(questions: list[Question]) -> None:
    """Options and pairs, asked for only when some question has them."""
    with_answers = [
        q for q in questions if q.qtype in ANSWERED_TYPES and "answers" not in _prefetched(q)
    ]
    if with_answers:
        prefetch_related_objects(
            with_answers,
            Prefetch("answers", queryset=QuestionAnswer.objects.order_by("sort_order", "pk")),
        )
    matching = [
        q for q in questions if q.qtype == QuestionType.MATCHING and "pairs" not in _prefetched(q)
    ]
    if matching:
        prefetch_related_objects(
            matching, Prefetch("pairs", queryset=MatchingPair.objects.order_by("sort_order", "pk"))
        )


def _prefetched(question: Question) -> dict[str, Any]:
    return getattr(question, "_prefetched_objects_cache", {})


def pick(material: QuizMaterial, rng: random.Random) -> list[tuple[int, Decimal | None]]:
    """(question id, slot mark) in slot order: fixed slots as chosen, random slots drawn."""
    used = {s.question_id for s in material.slots if s.kind == SlotKind.FIXED and s.question_id}
    picks: list[tuple[int, Decimal | None]] = []
    for slot in material.slots:
        if slot.kind == SlotKind.FIXED:
            if slot.question_id:
                picks.append((slot.question_id, slot.mark))
            continue
        if slot.category is None:
            continue
        candidates = [pk for pk in material.candidates.get(slot.pk, []) if pk not in used]
        if len(candidates) < slot.count:
            raise QuizNotReady(
                _(
                    "This quiz is not ready yet: the category %(category)s has too few "
                    "approved questions."
                )
                % {"category": slot.category.name}
            )
        chosen = rng.sample(candidates, slot.count)
        used.update(chosen)
        picks.extend((pk, slot.mark) for pk in chosen)
    if not picks:
        raise QuizNotReady(_("This quiz has no questions yet."))
    return picks


def draw(material: QuizMaterial, rng: random.Random) -> list[tuple[Question, Decimal]]:
    """The questions of one new attempt with their marks, in the order shown."""
    picks = pick(material, rng)
    fetch_questions(material, {pk for pk, _mark in picks})
    drawn = []
    for pk, mark in picks:
        question = material.questions[pk]
        if question.qtype == QuestionType.DESCRIPTION:
            max_mark = Decimal("0")
        else:
            max_mark = mark if mark is not None else question.default_mark
        drawn.append((question, max_mark))
    if material.quiz.shuffle_questions:
        rng.shuffle(drawn)
    return drawn


def build_snapshot(
    question: Question,
    *,
    shuffle_answers: bool,
    rng: random.Random,
    material: QuizMaterial | None = None,
) -> dict[str, Any]:
    """The question's snapshot for one attempt, answers in the order this learner sees them."""
    snapshot = material.snapshot(question) if material else question.to_snapshot()
    if (
        shuffle_answers
        and snapshot.get("shuffle_answers")
        and snapshot["type"] in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE)
    ):
        rng.shuffle(snapshot["answers"])
    if snapshot["type"] == QuestionType.MATCHING and shuffle_answers:
        rng.shuffle(snapshot["choices"])
    return snapshot
