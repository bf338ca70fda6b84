"""The attempt engine: starting an attempt, saving its answers, finishing it, and its deadline.

The server decides everything. An attempt's deadline is fixed when it starts; each save carries
the attempt's sequence number and is refused when it is stale; answers that arrive after the
deadline are not counted, except a save that reaches the server within ``save_grace_seconds()``
(10 seconds unless the ``QUIZ_SAVE_GRACE_SECONDS`` setting says otherwise) of it: that grace is
for the last save a learner's browser sent just before time ran out, still in flight. An attempt
past its deadline (plus the grace) is closed and graded on its saved answers, when the learner
comes back or when ``close_overdue_attempts`` runs (a background task and a management command).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.queries import round_started_at
from quizzes import grading, page_answers
from quizzes.models import (
    Attempt,
    MatchingPair,
    Question,
    QuestionAnswer,
    QuizPage,
    Response,
    SlotKind,
)
from quizzes.question_types import QuestionType
from quizzes.services.marking import (
    grade_responses,
    in_current_round,
    lock_attempt,
    total_attempt,
    update_quiz_grade,
)
from quizzes.services.refusals import (
    AnswerRejected,
    AttemptFinished,
    DeadlinePassed,
    MustWait,
    NoAttemptsLeft,
    NotYourAttempt,
    QuizNotOpen,
    QuizNotReady,
    StaleSave,
    WordLimitNotMet,
)

if TYPE_CHECKING:
    from people.models import User

MAX_TEXT_ANSWER = 20_000


def save_grace_seconds() -> int:
    return int(getattr(settings, "QUIZ_SAVE_GRACE_SECONDS", 10))


def word_limit_problems(responses: Iterable[Response]) -> dict[int, grading.WordLimitProblem]:
    """Question number (as numbered for the learner, descriptions skipped) -> its problem."""
    problems = {}
    number = 0
    for response in sorted(responses, key=lambda r: r.position):
        if response.snapshot.get("type") == QuestionType.DESCRIPTION:
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


def check_can_start(user: User, quiz: QuizPage, *, now: datetime | None = None) -> StartCheck:
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
        and snapshot["type"] in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE)
    ):
        rng.shuffle(snapshot["answers"])
    if snapshot["type"] == QuestionType.MATCHING and shuffle_answers:
        rng.shuffle(snapshot["choices"])
    return snapshot


def _deadline(quiz: QuizPage, now: datetime) -> datetime | None:
    deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    if quiz.close_at:
        deadline = min(deadline, quiz.close_at) if deadline else quiz.close_at
    return deadline


def in_progress_attempt(user: User, quiz: QuizPage) -> Attempt | None:
    return Attempt.objects.filter(user=user, quiz=quiz, state=Attempt.State.IN_PROGRESS).first()


@transaction.atomic
def start_attempt(
    user: User, quiz: QuizPage, *, now: datetime | None = None, rng: random.Random | None = None
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
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE):
        ids = {str(a.get("id")) for a in snapshot.get("answers") or []}
        if qtype == QuestionType.TRUE_FALSE:
            ids |= {"true", "false"}
        return str(value) if str(value) in ids else None
    if qtype == QuestionType.MULTIPLE_CHOICE:
        answer_ids = [str(a.get("id")) for a in snapshot.get("answers") or []]
        given = {str(v) for v in (value if isinstance(value, list) else [value])}
        chosen = [i for i in answer_ids if i in given]
        return chosen or None
    if qtype == QuestionType.MATCHING:
        if not isinstance(value, dict):
            return None
        pair_ids = {str(p.get("id")) for p in snapshot.get("pairs") or []}
        choices = set(snapshot.get("choices") or [])
        cleaned = {
            str(k): str(v) for k, v in value.items() if str(k) in pair_ids and str(v) in choices
        }
        return cleaned or None
    if qtype in (QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL, QuestionType.ESSAY):
        text = str(value)[:MAX_TEXT_ANSWER]
        return text if text.strip() else None
    return None


def save_answers(
    attempt: Attempt,
    user: User,
    *,
    sequence: int,
    answers: Mapping[Any, Any],
    page: int | None = None,
    save_key: str = "",
    now: datetime | None = None,
    from_page: bool = False,
) -> SaveResult:
    """Save some answers (position -> answer) and the page the learner is on.

    ``from_page``: the answers come from the attempt page, options named by their place in the
    attempt (quizzes.page_answers); a save naming anything the attempt does not have raises
    ``AnswerRejected`` and changes nothing.

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
        return _save_answers(attempt, user, sequence, answers, page, save_key, now, from_page)


def _save_answers(
    attempt: Attempt,
    user: User,
    sequence: int,
    answers: Mapping[Any, Any],
    page: int | None,
    save_key: str,
    now: datetime,
    from_page: bool = False,
) -> SaveResult:
    attempt = lock_attempt(attempt.pk)
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
            positions[page_answers.question_position(key)] = value
        except AnswerRejected:
            if from_page:
                raise
    if positions:
        responses = list(attempt.responses.filter(position__in=positions))
        if from_page:
            _from_page(responses, positions)
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


def _from_page(responses: list[Response], positions: dict[int, Any]) -> None:
    """Check what the page sent and map option places to answer ids, in place."""
    found = {response.position for response in responses}
    for position in sorted(set(positions) - found):
        raise page_answers.unknown_question(position)
    for response in responses:
        positions[response.position] = page_answers.answer_from_page(
            response.snapshot, positions[response.position], number=response.position + 1
        )


# Finishing and grading --------------------------------------------------------------------


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
    grade_responses(responses)
    Response.objects.bulk_update(responses, ["mark", "state", "needs_marking"])
    total_attempt(attempt, responses)
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
def submit_attempt(attempt: Attempt, user: User, *, now: datetime | None = None) -> Attempt:
    """Submit and grade an attempt. Submitting again returns the same result, graded once."""
    now = now or timezone.now()
    attempt = lock_attempt(attempt.pk)
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
    locked = lock_attempt(attempt.pk)
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
            attempt = lock_attempt(pk)
            if attempt.is_finished or not is_overdue(attempt, now=now):
                continue
            _finish(attempt, now=now, by_deadline=True)
            closed += 1
    return closed
