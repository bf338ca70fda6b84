"""The attempt engine and marking: every change to attempts, responses and grades goes here.

The server decides everything. An attempt's deadline is fixed when it starts; each save carries
the attempt's sequence number and is refused when it is stale; answers that arrive after the
deadline are not counted, except a save that reaches the server within ``save_grace_seconds()``
(10 seconds unless the ``QUIZ_SAVE_GRACE_SECONDS`` setting says otherwise) of it: that grace is
for the last save a learner's browser sent just before time ran out, still in flight. An attempt
past its deadline (plus the grace) is closed and graded on its saved answers, when the learner
comes back or when ``close_overdue_attempts`` runs (a background task and a management command).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.queries import round_started_at
from quizzes import grading
from quizzes.models import (
    Attempt,
    GradingMethod,
    MarkChange,
    MatchingPair,
    Question,
    QuestionAnswer,
    QuestionCategory,
    QuestionType,
    QuizGrade,
    QuizPage,
    Response,
    ReviewWhen,
    SlotKind,
)

logger = logging.getLogger(__name__)

MAX_TEXT_ANSWER = 20_000
HUNDRED = Decimal("100")


def save_grace_seconds() -> int:
    return int(getattr(settings, "QUIZ_SAVE_GRACE_SECONDS", 10))


# Question bank ----------------------------------------------------------------------------


@transaction.atomic
def place_category(category: QuestionCategory, parent: QuestionCategory | None) -> QuestionCategory:
    """Save a category at its place in the tree: under ``parent``, or at the top."""
    if category.pk is None:
        if parent is not None:
            return parent.add_child(instance=category)
        return QuestionCategory.add_root(instance=category)
    category.save()
    current = category.get_parent()
    if (current.pk if current else None) != (parent.pk if parent else None):
        if parent is not None:
            category.move(parent, pos="sorted-child")
        else:
            category.move(QuestionCategory.get_first_root_node(), pos="sorted-sibling")
        category.refresh_from_db()
    return category


# Refusals ---------------------------------------------------------------------------------


class QuizError(Exception):
    """An operation on a quiz was refused; the message is safe to show to the learner."""

    code = "refused"


class QuizNotOpen(QuizError):
    code = "not_open"


class NoAttemptsLeft(QuizError):
    code = "no_attempts_left"


class MustWait(QuizError):
    code = "must_wait"

    def __init__(self, message: str, until: datetime) -> None:
        super().__init__(message)
        self.until = until


class QuizNotReady(QuizError):
    """The quiz's slots cannot be filled with approved questions."""

    code = "not_ready"


class AttemptFinished(QuizError):
    code = "finished"


class DeadlinePassed(QuizError):
    code = "deadline_passed"


class StaleSave(QuizError):
    """The save carried an old sequence number: newer answers exist on the server."""

    code = "stale"

    def __init__(self, message: str, sequence: int) -> None:
        super().__init__(message)
        self.sequence = sequence


class NotYourAttempt(QuizError):
    code = "forbidden"


class InvalidMark(QuizError):
    code = "invalid_mark"


class WordLimitNotMet(QuizError):
    """An essay answer is longer or shorter than its question allows; ``numbers`` are the
    question numbers as the learner sees them."""

    code = "word_limit"

    def __init__(self, message: str, numbers: list[int]) -> None:
        super().__init__(message)
        self.numbers = numbers


def word_limit_problems(responses: Iterable[Response]) -> dict[int, grading.WordLimitProblem]:
    """Question number (as numbered for the learner, descriptions skipped) -> its problem."""
    problems = {}
    number = 0
    for response in sorted(responses, key=lambda r: r.position):
        if response.snapshot.get("type") == grading.DESCRIPTION:
            continue
        number += 1
        problem = grading.essay_word_problem(response.snapshot, response.answer)
        if problem is not None:
            problems[number] = problem
    return problems


# Starting ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StartCheck:
    allowed: bool
    message: str = ""
    wait_until: datetime | None = None


def finished_attempts(user: Any, quiz: QuizPage) -> list[Attempt]:
    return list(
        Attempt.objects.filter(user=user, quiz=quiz, state=Attempt.State.FINISHED).order_by(
            "number"
        )
    )


def in_current_round(submitted_at: datetime | None, round_start: datetime | None) -> bool:
    """Whether an attempt counts in the learner's current round of the course: every attempt
    in a first round; later, those not finished before the round started."""
    return round_start is None or submitted_at is None or submitted_at >= round_start


def check_can_start(user: Any, quiz: QuizPage, *, now: datetime | None = None) -> StartCheck:
    """Whether a new attempt may start now, and if not, why (in the learner's language).

    The attempt limit applies per round of the course; the wait between attempts to all."""
    now = now or timezone.now()
    if quiz.open_at and now < quiz.open_at:
        return StartCheck(False, _("This quiz is not open yet."))
    if quiz.is_closed(now):
        return StartCheck(False, _("This quiz is closed."))
    attempts = list(
        Attempt.objects.filter(user=user, quiz=quiz).values_list("state", "submitted_at")
    )
    since = round_started_at(user, quiz) if quiz.attempts_allowed else None
    used = sum(1 for _state, submitted in attempts if in_current_round(submitted, since))
    if quiz.attempts_allowed and used >= quiz.attempts_allowed:
        return StartCheck(False, _("You have used all the attempts allowed."))
    if quiz.wait_between_attempts_minutes:
        submitted = [s for state, s in attempts if state == Attempt.State.FINISHED and s]
        if submitted:
            until = max(submitted) + timedelta(minutes=quiz.wait_between_attempts_minutes)
            if now < until:
                return StartCheck(
                    False,
                    _("You may start the next attempt after %(time)s.")
                    % {"time": timezone.localtime(until).strftime("%H:%M %d/%m/%Y")},
                    until,
                )
    return StartCheck(True)


def _draw_questions(quiz: QuizPage, rng: random.Random) -> list[tuple[Question, Decimal]]:
    """Pick the questions for a new attempt: fixed slots as chosen, random slots drawn."""
    slots = list(quiz.slots.select_related("category").order_by("sort_order"))
    fixed_ids = {s.question_id for s in slots if s.kind == SlotKind.FIXED and s.question_id}
    live_fixed = set(
        Question.objects.filter(pk__in=fixed_ids, live=True).values_list("pk", flat=True)
    )
    if fixed_ids - live_fixed:
        raise QuizNotReady(_("This quiz is not ready yet: one of its questions is not approved."))
    used = set(fixed_ids)
    picks: list[tuple[int, Decimal | None]] = []
    for slot in slots:
        if slot.kind == SlotKind.FIXED:
            if slot.question_id:
                picks.append((slot.question_id, slot.mark))
            continue
        if slot.category is None:
            continue
        candidates = sorted(
            Question.objects.filter(
                live=True,
                category_id__in=slot.category.subtree_ids(slot.include_subcategories),
            )
            .exclude(qtype=QuestionType.DESCRIPTION)
            .exclude(pk__in=used)
            .values_list("pk", flat=True)
        )
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
    prefetched = (
        Question.objects.filter(pk__in=[pk for pk, _mark in picks])
        .prefetch_related(
            Prefetch("answers", queryset=QuestionAnswer.objects.order_by("sort_order", "pk")),
            Prefetch("pairs", queryset=MatchingPair.objects.order_by("sort_order", "pk")),
        )
        .in_bulk()
    )
    result = []
    for pk, mark in picks:
        question = prefetched[pk]
        if question.qtype == QuestionType.DESCRIPTION:
            max_mark = Decimal("0")
        else:
            max_mark = mark if mark is not None else question.default_mark
        result.append((question, max_mark))
    return result


def build_snapshot(
    question: Question, *, shuffle_answers: bool, rng: random.Random
) -> dict[str, Any]:
    """The question's snapshot for one attempt, answers in the order this learner sees them."""
    snapshot = question.to_snapshot()
    if (
        shuffle_answers
        and snapshot.get("shuffle_answers")
        and snapshot["type"] in (grading.SINGLE_CHOICE, grading.MULTIPLE_CHOICE)
    ):
        rng.shuffle(snapshot["answers"])
    if snapshot["type"] == grading.MATCHING and shuffle_answers:
        rng.shuffle(snapshot["choices"])
    return snapshot


def _deadline(quiz: QuizPage, now: datetime) -> datetime | None:
    deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    if quiz.close_at:
        deadline = min(deadline, quiz.close_at) if deadline else quiz.close_at
    return deadline


def in_progress_attempt(user: Any, quiz: QuizPage) -> Attempt | None:
    return Attempt.objects.filter(user=user, quiz=quiz, state=Attempt.State.IN_PROGRESS).first()


@transaction.atomic
def start_attempt(
    user: Any, quiz: QuizPage, *, now: datetime | None = None, rng: random.Random | None = None
) -> Attempt:
    """Start an attempt, or return the one already in progress (one at a time, per the database).

    Fixes the deadline and stores a snapshot of every question in the order shown.
    """
    now = now or timezone.now()
    rng = rng or random.SystemRandom()
    current = in_progress_attempt(user, quiz)
    if current is not None and not close_if_overdue(current, now=now):
        return current
    check = check_can_start(user, quiz, now=now)
    if not check.allowed:
        if check.wait_until:
            raise MustWait(check.message, check.wait_until)
        if quiz.is_open(now):
            raise NoAttemptsLeft(check.message)
        raise QuizNotOpen(check.message)
    drawn = _draw_questions(quiz, rng)
    if quiz.shuffle_questions:
        rng.shuffle(drawn)
    per_page = quiz.questions_per_page
    number = (
        Attempt.objects.filter(user=user, quiz=quiz)
        .order_by("-number")
        .values_list("number", flat=True)
        .first()
        or 0
    ) + 1
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                user=user,
                quiz=quiz,
                number=number,
                started_at=now,
                deadline=_deadline(quiz, now),
                page_count=max(1, -(-len(drawn) // per_page)) if per_page else 1,
                max_score=sum((mark for _q, mark in drawn), Decimal("0")),
            )
            Response.objects.bulk_create(
                Response(
                    attempt=attempt,
                    position=index,
                    page=index // per_page if per_page else 0,
                    question=question,
                    snapshot=build_snapshot(
                        question, shuffle_answers=quiz.shuffle_answers, rng=rng
                    ),
                    max_mark=mark,
                )
                for index, (question, mark) in enumerate(drawn)
            )
    except IntegrityError:
        # Another request started one at the same moment; the database let only one through.
        current = in_progress_attempt(user, quiz)
        if current is None:
            raise
        return current
    return attempt


# Saving -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SaveResult:
    sequence: int
    saved_at: datetime
    remaining_seconds: int | None


def remaining_seconds(attempt: Attempt, *, now: datetime | None = None) -> int | None:
    """Whole seconds left by the server's clock, or None without a deadline."""
    if attempt.deadline is None:
        return None
    now = now or timezone.now()
    return max(0, int((attempt.deadline - now).total_seconds()))


def is_overdue(attempt: Attempt, *, now: datetime | None = None) -> bool:
    """Past the deadline and its grace: no save counts any more."""
    if attempt.deadline is None or attempt.is_finished:
        return False
    now = now or timezone.now()
    return now > attempt.deadline + timedelta(seconds=save_grace_seconds())


def clean_answer(snapshot: dict[str, Any], value: Any) -> Any:
    """Keep only what this question can take; anything else becomes no answer."""
    qtype = snapshot.get("type")
    if value is None:
        return None
    if qtype in (grading.SINGLE_CHOICE, grading.TRUE_FALSE):
        ids = {str(a.get("id")) for a in snapshot.get("answers") or []}
        if qtype == grading.TRUE_FALSE:
            ids |= {"true", "false"}
        return str(value) if str(value) in ids else None
    if qtype == grading.MULTIPLE_CHOICE:
        ids = [str(a.get("id")) for a in snapshot.get("answers") or []]
        given = {str(v) for v in (value if isinstance(value, list) else [value])}
        chosen = [i for i in ids if i in given]
        return chosen or None
    if qtype == grading.MATCHING:
        if not isinstance(value, dict):
            return None
        pair_ids = {str(p.get("id")) for p in snapshot.get("pairs") or []}
        choices = set(snapshot.get("choices") or [])
        cleaned = {
            str(k): str(v) for k, v in value.items() if str(k) in pair_ids and str(v) in choices
        }
        return cleaned or None
    if qtype in (grading.SHORT_ANSWER, grading.NUMERICAL, grading.ESSAY):
        text = str(value)[:MAX_TEXT_ANSWER]
        return text if text.strip() else None
    return None


def _lock_attempt(attempt_id: int) -> Attempt:
    return Attempt.objects.select_for_update().select_related("quiz").get(pk=attempt_id)


def save_answers(
    attempt: Attempt,
    user: Any,
    *,
    sequence: int,
    answers: Mapping[Any, Any],
    page: int | None = None,
    save_key: str = "",
    now: datetime | None = None,
) -> SaveResult:
    """Save some answers (position -> answer) and the page the learner is on.

    Refused when the attempt is finished or overdue, and when ``sequence`` is not the attempt's
    current one (``StaleSave``); the same save sent twice (same ``save_key``) is answered again
    without being applied twice.
    """
    now = now or timezone.now()
    if close_if_overdue(attempt, now=now):
        # Closed (and graded) in its own transaction, so the refusal below does not undo it.
        if attempt.closed_by_deadline:
            raise DeadlinePassed(
                _("Time is up: the attempt was closed with the answers saved before the deadline.")
            )
        raise AttemptFinished(_("This attempt is already submitted."))
    with transaction.atomic():
        return _save_answers(attempt, user, sequence, answers, page, save_key, now)


def _save_answers(
    attempt: Attempt,
    user: Any,
    sequence: int,
    answers: Mapping[Any, Any],
    page: int | None,
    save_key: str,
    now: datetime,
) -> SaveResult:
    attempt = _lock_attempt(attempt.pk)
    if attempt.user_id != user.pk:
        raise NotYourAttempt(_("This is not your attempt."))
    if attempt.is_finished:
        raise AttemptFinished(_("This attempt is already submitted."))
    if sequence != attempt.sequence:
        if save_key and save_key == attempt.last_save_key and sequence == attempt.sequence - 1:
            return SaveResult(attempt.sequence, now, remaining_seconds(attempt, now=now))
        raise StaleSave(
            _(
                "These answers are older than those already saved (from another tab or "
                "window). Reload the page to see the latest answers."
            ),
            attempt.sequence,
        )
    positions = {}
    for key, value in answers.items():
        try:
            positions[int(key)] = value
        except (TypeError, ValueError):
            continue
    if positions:
        responses = list(attempt.responses.filter(position__in=positions))
        changed = []
        for response in responses:
            cleaned = clean_answer(response.snapshot, positions[response.position])
            if cleaned != response.answer:
                response.answer = cleaned
                response.answered_at = now
                changed.append(response)
        if changed:
            Response.objects.bulk_update(changed, ["answer", "answered_at"])
    attempt.sequence += 1
    attempt.last_save_key = save_key[:64]
    fields = ["sequence", "last_save_key"]
    if page is not None and 0 <= int(page) < attempt.page_count:
        attempt.current_page = int(page)
        fields.append("current_page")
    attempt.save(update_fields=fields)
    return SaveResult(attempt.sequence, now, remaining_seconds(attempt, now=now))


# Finishing and grading --------------------------------------------------------------------


def _grade_responses(responses: Iterable[Response]) -> None:
    for response in responses:
        result = grading.grade(response.snapshot, response.answer, response.max_mark)
        response.mark = result.mark
        response.state = result.state
        response.needs_marking = result.state == grading.NEEDS_MARKING


def _total(attempt: Attempt, responses: list[Response]) -> None:
    attempt.needs_marking = any(r.needs_marking for r in responses)
    if attempt.needs_marking:
        attempt.score = None
        attempt.percent = None
        return
    attempt.score = sum((r.mark or Decimal("0") for r in responses), Decimal("0"))
    if attempt.max_score > 0:
        attempt.percent = grading.round_mark(attempt.score * HUNDRED / attempt.max_score)
    else:
        attempt.percent = Decimal("100.00")


def _finish(
    attempt: Attempt,
    *,
    now: datetime,
    by_deadline: bool,
    responses: list[Response] | None = None,
) -> None:
    """Grade and close the attempt; ``responses`` when the caller has already read them all."""
    if responses is None:
        responses = list(attempt.responses.all())
    _grade_responses(responses)
    Response.objects.bulk_update(responses, ["mark", "state", "needs_marking"])
    _total(attempt, responses)
    attempt.state = Attempt.State.FINISHED
    attempt.submitted_at = now
    attempt.closed_by_deadline = by_deadline
    attempt.save(
        update_fields=[
            "state",
            "submitted_at",
            "closed_by_deadline",
            "score",
            "percent",
            "needs_marking",
        ]
    )
    update_quiz_grade(attempt.user, attempt.quiz, now=now)


@transaction.atomic
def submit_attempt(attempt: Attempt, user: Any, *, now: datetime | None = None) -> Attempt:
    """Submit and grade an attempt. Submitting again returns the same result, graded once."""
    now = now or timezone.now()
    attempt = _lock_attempt(attempt.pk)
    if attempt.user_id != user.pk:
        raise NotYourAttempt(_("This is not your attempt."))
    if attempt.is_finished:
        return attempt
    overdue = is_overdue(attempt, now=now)
    responses = list(attempt.responses.all())
    if not overdue:
        # The learner must bring every essay within its word limits before submitting; when
        # time is up the attempt is closed as it stands and the trainer sees the word count.
        problems = word_limit_problems(responses)
        if problems:
            numbers = sorted(problems)
            raise WordLimitNotMet(
                ngettext(
                    "Question %(numbers)s is outside its word limit. Change the answer before "
                    "submitting.",
                    "Questions %(numbers)s are outside their word limits. Change the answers "
                    "before submitting.",
                    len(numbers),
                )
                % {"numbers": ", ".join(str(n) for n in numbers)},
                numbers,
            )
    _finish(attempt, now=now, by_deadline=overdue, responses=responses)
    return attempt


@transaction.atomic
def close_if_overdue(attempt: Attempt, *, now: datetime | None = None) -> bool:
    """Close and grade the attempt if its time is up; True when it is (now) finished."""
    now = now or timezone.now()
    if attempt.is_finished:
        return True
    if not is_overdue(attempt, now=now):
        return False
    locked = _lock_attempt(attempt.pk)
    if not locked.is_finished:
        _finish(locked, now=now, by_deadline=True)
    attempt.refresh_from_db()
    return True


def close_overdue_attempts(*, now: datetime | None = None) -> int:
    """Close and grade every attempt whose time is up. Idempotent; returns how many it closed."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=save_grace_seconds())
    ids = list(
        Attempt.objects.filter(state=Attempt.State.IN_PROGRESS, deadline__lt=cutoff).values_list(
            "pk", flat=True
        )
    )
    closed = 0
    for pk in ids:
        with transaction.atomic():
            attempt = _lock_attempt(pk)
            if attempt.is_finished or not is_overdue(attempt, now=now):
                continue
            _finish(attempt, now=now, by_deadline=True)
            closed += 1
    return closed


# Quiz grade -------------------------------------------------------------------------------


def quiz_grade_percent(method: str, attempts: list[Attempt]) -> Decimal | None:
    """The quiz grade from finished attempts (in order) by the grading method.

    Attempts still waiting for a trainer's marks do not count until they are marked.
    """
    if not attempts:
        return None
    graded = [a.percent for a in attempts if a.percent is not None]
    if method == GradingMethod.FIRST:
        return attempts[0].percent
    if method == GradingMethod.LAST:
        return attempts[-1].percent
    if not graded:
        return None
    if method == GradingMethod.AVERAGE:
        return grading.round_mark(sum(graded, Decimal("0")) / len(graded))
    return max(graded)


def update_quiz_grade(user: Any, quiz: QuizPage, *, now: datetime | None = None) -> QuizGrade:
    """Recompute a learner's quiz grade from the current round's attempts; a first pass in the
    round marks the quiz done in the course."""
    now = now or timezone.now()
    since = round_started_at(user, quiz)
    attempts = [a for a in finished_attempts(user, quiz) if in_current_round(a.submitted_at, since)]
    percent = quiz_grade_percent(quiz.grading_method, attempts)
    passed = percent is not None and percent >= quiz.pass_mark_percent
    grade, _created = QuizGrade.objects.select_for_update().get_or_create(user=user, quiz=quiz)
    if since is not None and grade.passed_at is not None and grade.passed_at < since:
        grade.passed_at = None  # passed in an earlier round
    first_pass = passed and grade.passed_at is None
    grade.percent = percent
    grade.passed = passed
    grade.attempts = len(attempts)
    if first_pass:
        grade.passed_at = now
    grade.save()
    if first_pass:
        _tell_course_passed(user, quiz, now)
    return grade


def _tell_course_passed(user: Any, quiz: QuizPage, now: datetime) -> None:
    from courses import services as course_services

    try:
        with transaction.atomic():
            course_services.mark_item_done(user, quiz, passed=True, now=now)
    except course_services.CourseError:
        # Editors may try a quiz without being enrolled in its course: nothing to record.
        logger.info("Quiz %s passed by %s outside an enrolment", quiz.pk, user.pk)


# Marking by trainers ----------------------------------------------------------------------


@transaction.atomic
def mark_response(
    response: Response,
    marker: Any,
    *,
    mark: Decimal,
    comment: str = "",
    reason: str = "",
    now: datetime | None = None,
) -> Response:
    """Give or change a question's mark by hand (an essay, or an override of an automatic mark).

    Every change is logged with who and why; changing a mark that was already given needs a
    reason. The attempt's total and the learner's quiz grade follow.
    """
    now = now or timezone.now()
    response = Response.objects.select_for_update().select_related("attempt").get(pk=response.pk)
    attempt = _lock_attempt(response.attempt_id)
    if not attempt.is_finished:
        raise InvalidMark(_("The attempt is still in progress."))
    if response.snapshot.get("type") == grading.DESCRIPTION:
        raise InvalidMark(_("A description carries no mark."))
    mark = Decimal(mark)
    if mark < 0 or mark > response.max_mark:
        raise InvalidMark(_("The mark must be between 0 and %(max)s.") % {"max": response.max_mark})
    mark = grading.round_mark(mark)
    overriding = response.mark is not None
    if overriding and not reason.strip():
        raise InvalidMark(_("Say why you are changing a mark that was already given."))
    MarkChange.objects.create(
        response=response,
        changed_by=marker,
        old_mark=response.mark,
        new_mark=mark,
        reason=reason.strip(),
    )
    response.mark = mark
    response.needs_marking = False
    response.comment = comment.strip()
    response.marked_by = marker
    response.marked_at = now
    if response.max_mark > 0:
        fraction = mark / response.max_mark
        response.state = (
            grading.CORRECT
            if fraction >= 1
            else grading.WRONG
            if fraction <= 0
            else grading.PARTIAL
        )
    response.save(
        update_fields=["mark", "needs_marking", "comment", "marked_by", "marked_at", "state"]
    )
    responses = list(attempt.responses.all())
    _total(attempt, responses)
    attempt.save(update_fields=["score", "percent", "needs_marking"])
    update_quiz_grade(attempt.user, attempt.quiz, now=now)
    return response


# Review -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewOptions:
    mark: bool
    correctness: bool
    correct_answers: bool
    feedback: bool

    @property
    def anything(self) -> bool:
        return self.mark or self.correctness or self.correct_answers or self.feedback


def review_options(
    quiz: QuizPage, attempt: Attempt, *, now: datetime | None = None
) -> ReviewOptions:
    """What the learner may see of a finished attempt, by the quiz's review settings."""
    now = now or timezone.now()

    def allowed(when: str) -> bool:
        if not attempt.is_finished or when == ReviewWhen.NEVER:
            return False
        if when == ReviewWhen.AFTER_CLOSE:
            return quiz.is_closed(now)
        return True

    return ReviewOptions(
        mark=allowed(quiz.review_mark),
        correctness=allowed(quiz.review_correctness),
        correct_answers=allowed(quiz.review_correct_answers),
        feedback=allowed(quiz.review_feedback),
    )


# Exchange with the import/export formats ----------------------------------------------------


def _decimal(value: Any, default: str = "0") -> Decimal:
    return grading.to_decimal(value, Decimal(default))


def category_for_path(base: QuestionCategory | None, path: str | None) -> QuestionCategory | None:
    """The category at ``path`` ("A/B", "//" a literal slash) below ``base`` (or from the top
    when ``base`` is None), created where missing."""
    from quizzes.formats.records import split_category_path

    category = base
    for name in split_category_path(path or ""):
        name = name.strip()
        if not name:
            continue
        siblings = category.get_children() if category else QuestionCategory.get_root_nodes()
        found = siblings.filter(name=name).first()
        if found is None:
            found = place_category(QuestionCategory(name=name), category)
        category = found
    return category


def question_from_record(
    record: Any, category: QuestionCategory | None, user: Any, *, publish: bool = False
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
    records: Iterable[Any],
    category: QuestionCategory | None,
    user: Any,
    *,
    publish: bool = False,
) -> list[Question]:
    """Save parsed question records (``quizzes.formats.records.Question``) into the bank.

    Each record's own category path is created below ``category``. Questions are saved as drafts
    awaiting review unless ``publish`` is set (administrators importing a reviewed bank).
    Embedded files are not stored here: the import step turns them into images first.
    """
    saved = []
    for record in records:
        target = category_for_path(category, getattr(record, "category", None)) or category
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


def question_to_record(question: Question) -> Any:
    """The record an exporter writes for a question (its saved version)."""
    from quizzes.formats import records

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
        type=records.QuestionType(question.qtype),
        name=question.name,
        text=question.text,
        text_format=fmt(question.text_format),
        general_feedback=question.general_feedback,
        general_feedback_format=fmt(question.general_feedback_format),
        default_mark=float(question.default_mark),
        penalty=float(question.penalty),
        category=records.join_category_path(path),
        # In the order they were given (the database returns tags in no particular order).
        tags=[item.tag.name for item in sorted(question.tagged_items.all(), key=lambda i: i.pk)],
        idnumber=question.idnumber or None,
        answers=[
            records.Answer(
                text=a.text,
                fraction=float(a.fraction),
                feedback=a.feedback,
                tolerance=None if a.tolerance is None else float(a.tolerance),
                text_format=fmt(a.text_format),
                feedback_format=fmt(a.feedback_format),
            )
            for a in question.answers.all()
        ],
        pairs=[
            records.Pair(prompt=p.prompt, answer=p.answer, prompt_format=fmt(p.prompt_format))
            for p in question.pairs.all()
        ],
        shuffle_answers=question.shuffle_answers,
        answer_numbering=question.answer_numbering,
        show_standard_instruction=question.show_standard_instruction,
        case_sensitive=question.case_sensitive,
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
