"""Marks: grading the answers of a finished attempt, its total, the learner's quiz grade, and the
marks trainers give by hand (an essay, or an override of an automatic mark)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db import connections, router, transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from courses.queries import round_started_at
from quizzes import grading
from quizzes.models import Attempt, GradingMethod, MarkChange, QuizGrade, QuizPage, Response
from quizzes.question_types import QuestionType
from quizzes.services.refusals import InvalidMark

if TYPE_CHECKING:
    from courses.models import Enrolment
    from people.models import User

logger = logging.getLogger(__name__)

HUNDRED = Decimal("100")


def lock_attempt(attempt_id: int) -> Attempt:
    """The attempt, locked for this transaction: saves, submissions and marks queue up on it."""
    return Attempt.objects.select_for_update().select_related("quiz").get(pk=attempt_id)


def finished_attempts(user: User, quiz: QuizPage, *only: str) -> list[Attempt]:
    """The learner's finished attempts at the quiz in order; with ``only``, just those fields."""
    attempts = Attempt.objects.filter(user=user, quiz=quiz, state=Attempt.State.FINISHED)
    if only:
        attempts = attempts.only(*only)
    return list(attempts.order_by("number"))


def in_current_round(submitted_at: datetime | None, round_start: datetime | None) -> bool:
    """Whether an attempt counts in the learner's current round of the course: every attempt
    in a first round; later, those not finished before the round started."""
    return round_start is None or submitted_at is None or submitted_at >= round_start


# Grading a finished attempt ---------------------------------------------------------------


def grade_responses(responses: Iterable[Response]) -> None:
    """Give each response the mark grading gives it (essays wait for a trainer)."""
    for response in responses:
        result = grading.grade(response.snapshot, response.answer, response.max_mark)
        response.mark = result.mark
        response.state = result.state
        response.needs_marking = result.state == grading.NEEDS_MARKING


def responses_of(attempt: Attempt) -> list[Response]:
    """The attempt's questions in order (without the default ordering's joins)."""
    return list(Response.objects.filter(attempt_id=attempt.pk).order_by("position"))


def write_marks(responses: list[Response]) -> None:
    """Store the marks ``grade_responses`` gave: one update per distinct outcome (a handful:
    right, wrong, partly right, waiting for a trainer) rather than a CASE per row."""
    groups: dict[tuple[Any, str, bool], list[int]] = {}
    for response in responses:
        outcome = (response.mark, response.state, response.needs_marking)
        groups.setdefault(outcome, []).append(response.pk)
    for (mark, state, needs_marking), pks in groups.items():
        for start in range(0, len(pks), 500):
            Response.objects.filter(pk__in=pks[start : start + 500]).update(
                mark=mark, state=state, needs_marking=needs_marking
            )


def total_attempt(attempt: Attempt, responses: list[Response]) -> None:
    """The attempt's score and percentage from its responses; none while one needs marking."""
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


def update_quiz_grade(
    user: User,
    quiz: QuizPage,
    *,
    now: datetime | None = None,
    enrolment: Enrolment | None = None,
    finished: list[Attempt] | None = None,
) -> QuizGrade:
    """Recompute a learner's quiz grade from the current round's attempts; a first pass in the
    round marks the quiz done in the course. ``enrolment``, the learner's enrolment in the
    quiz's course when the caller has it, tells when the round started without reading it;
    ``finished``, the learner's finished attempts at the quiz when the caller knows them all,
    saves reading them."""
    now = now or timezone.now()
    since = enrolment.cycle_started_at if enrolment is not None else round_started_at(user, quiz)
    # The caller's only finished attempt (a first one) most likely has no grade yet.
    first = finished is not None and len(finished) == 1
    if finished is None:
        finished = finished_attempts(user, quiz, "percent", "submitted_at")  # all it needs
    attempts = [a for a in finished if in_current_round(a.submitted_at, since)]
    percent = quiz_grade_percent(quiz.grading_method, attempts)
    passed = percent is not None and percent >= quiz.pass_mark_percent
    values = {
        "percent": percent,
        "passed": passed,
        "attempts": len(attempts),
        "passed_at": now if passed else None,
    }
    grade = QuizGrade(user=user, quiz=quiz, **values)
    created = first and len(attempts) == 1 and _insert_unless_present(grade)
    if not created:
        grade, created = QuizGrade.objects.select_for_update().get_or_create(
            user=user, quiz=quiz, defaults=values
        )
    first_pass = passed and (created or grade.passed_at is None)
    if not created:
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


def _insert_unless_present(grade: QuizGrade) -> bool:
    """Insert ``grade`` unless its learner has a grade for the quiz already, in one statement
    that needs no savepoint (a conflict is no error, so the transaction goes on). True when it
    was inserted: the grade is then saved as ``save()`` saves it and its ``post_save`` is sent;
    False when there is one already, or the database cannot say which in one statement."""
    db = router.db_for_write(QuizGrade)
    connection = connections[db]
    features = connection.features
    if not (
        features.can_return_rows_from_bulk_insert and features.supports_update_conflicts_with_target
    ):
        return False
    quote = connection.ops.quote_name
    meta = QuizGrade._meta
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    values = [f.get_db_prep_save(f.pre_save(grade, True), connection) for f in fields]
    columns = ", ".join(quote(f.column) for f in fields)
    unique = ", ".join(quote(f.column) for f in fields if f.name in ("user", "quiz"))
    places = ", ".join(["%s"] * len(fields))
    text = (
        f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES ({places}) "  # noqa: S608 - our names
        f"ON CONFLICT ({unique}) DO NOTHING RETURNING {quote(meta.pk.column)}"
    )
    with connection.cursor() as cursor:
        cursor.execute(text, values)
        row = cursor.fetchone()
    if row is None:
        return False
    grade.pk = row[0]
    grade._state.adding = False
    grade._state.db = db
    post_save.send(
        sender=QuizGrade, instance=grade, created=True, update_fields=None, raw=False, using=db
    )
    return True


def _tell_course_passed(user: User, quiz: QuizPage, now: datetime) -> None:
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
    marker: User,
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
    attempt = lock_attempt(response.attempt_id)
    if not attempt.is_finished:
        raise InvalidMark(_("The attempt is still in progress."))
    if response.snapshot.get("type") == QuestionType.DESCRIPTION:
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
    if overriding:
        log(
            instance=attempt,
            action="quizzes.mark_override",
            user=marker,
            data={
                "response": response.pk,
                "before": str(response.mark),
                "after": str(mark),
                "reason": reason.strip(),
            },
        )
    response.mark = mark
    response.needs_marking = False
    response.comment = comment.strip()
    response.marked_by = marker
    response.marked_at = now
    if response.max_mark > 0:
        response.state = grading.state_for(mark / response.max_mark)
    response.save(
        update_fields=["mark", "needs_marking", "comment", "marked_by", "marked_at", "state"]
    )
    responses = list(attempt.responses.all())
    total_attempt(attempt, responses)
    attempt.save(update_fields=["score", "percent", "needs_marking"])
    update_quiz_grade(attempt.user, attempt.quiz, now=now)
    return response
