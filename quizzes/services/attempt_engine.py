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
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.queries import round_started_at
from quizzes import grading, page_answers
from quizzes.models import Attempt, Question, QuizPage, Response
from quizzes.question_types import QuestionType
from quizzes.services import drawing
from quizzes.services.marking import (
    grade_responses,
    in_current_round,
    lock_attempt,
    responses_of,
    total_attempt,
    update_quiz_grade,
    write_marks,
)
from quizzes.services.refusals import (
    AnswerRejected,
    AttemptFinished,
    DeadlinePassed,
    MustWait,
    NoAttemptsLeft,
    NotYourAttempt,
    PageNotInAttempt,
    QuizNotOpen,
    StaleSave,
    WordLimitNotMet,
)

if TYPE_CHECKING:
    from courses.models import Enrolment
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


def check_can_start(
    user: User,
    quiz: QuizPage,
    *,
    now: datetime | None = None,
    attempts: list[tuple[str, datetime | None]] | None = None,
) -> StartCheck:
    """Whether a new attempt may start now, and if not, why (in the learner's language).

    The attempt limit applies per round of the course; the wait between attempts to all.
    ``attempts``: (state, submitted) of the learner's attempts, when the caller has read them;
    prepared attempts are not attempts used."""
    now = now or timezone.now()
    if quiz.open_at and now < quiz.open_at:
        return StartCheck(False, _("This quiz is not open yet."))
    if quiz.is_closed(now):
        return StartCheck(False, _("This quiz is closed."))
    if attempts is None:
        attempts = list(
            Attempt.objects.filter(user=user, quiz=quiz)
            .order_by()
            .values_list("state", "submitted_at")
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


def _deadline(quiz: QuizPage, now: datetime) -> datetime | None:
    deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    if quiz.close_at:
        deadline = min(deadline, quiz.close_at) if deadline else quiz.close_at
    return deadline


def in_progress_attempt(user: User, quiz: QuizPage) -> Attempt | None:
    in_progress = Attempt.objects.filter(user=user, quiz=quiz, state=Attempt.State.IN_PROGRESS)
    return in_progress.order_by("pk").first()


def start_attempt(
    user: User, quiz: QuizPage, *, now: datetime | None = None, rng: random.Random | None = None
) -> Attempt:
    """Start an attempt, or return the one already in progress (one at a time, per the database).

    Fixes the deadline. An attempt prepared before the quiz opened (``quizzes.services.
    preparation``) only changes state here; otherwise a snapshot of every question is stored in
    the order shown.
    """
    try:
        return _start_attempt(user, quiz, now or timezone.now(), rng or random.SystemRandom())
    except IntegrityError:
        # Another request started one at the same moment; the database let only one through.
        current = in_progress_attempt(user, quiz)
        if current is None:
            raise
        return current


def _start_attempt(user: User, quiz: QuizPage, now: datetime, rng: random.Random) -> Attempt:
    # No transaction around the whole: every write below either checks what it changes in its
    # own statement (a prepared attempt still prepared) or has a transaction of its own, and
    # the database keeps one attempt in progress. At an exam's opening, BEGIN and COMMIT would
    # be a third of a prepared start's round trips.
    from quizzes.services import preparation  # it draws with this module's helpers

    deadline = _deadline(quiz, now)
    # Attempts are prepared for quizzes with an opening time: there a learner's first, prepared,
    # is started in one statement.
    if quiz.open_at is not None and quiz.is_open(now):
        started = preparation.start_first_prepared(user.pk, quiz, now=now, deadline=deadline)
        if started is not None:
            return started
    # Every attempt of this learner at this quiz, in one query: the one in progress, the one
    # prepared, and those that count towards the limits. In no order: the attempts' own order
    # (by quiz and learner) joins the pages and the people only to sort them.
    attempts = list(Attempt.with_prepared.filter(user=user, quiz=quiz).order_by())
    current = next((a for a in attempts if a.state == Attempt.State.IN_PROGRESS), None)
    if current is not None and not close_if_overdue(current, now=now):
        return current
    prepared = next((a for a in attempts if a.state == Attempt.State.PREPARED), None)
    used = [(a.state, a.submitted_at) for a in attempts if a.state != Attempt.State.PREPARED]
    check = check_can_start(user, quiz, now=now, attempts=used)
    if not check.allowed:
        if check.wait_until:
            raise MustWait(check.message, check.wait_until)
        if quiz.is_open(now):
            raise NoAttemptsLeft(check.message)
        raise QuizNotOpen(check.message)
    number = max((a.number for a in attempts), default=0) + 1
    if prepared is not None:
        started = preparation.start_prepared(prepared, number=number, now=now, deadline=deadline)
        if started is not None:
            return started
    with transaction.atomic():
        return _create_attempt(user, quiz, number=number, now=now, rng=rng)


def _create_attempt(
    user: User, quiz: QuizPage, *, number: int, now: datetime, rng: random.Random
) -> Attempt:
    drawn = drawing.draw(drawing.load_material(quiz), rng)
    attempt = Attempt.objects.create(
        user=user,
        quiz=quiz,
        number=number,
        started_at=now,
        deadline=_deadline(quiz, now),
        **attempt_shape(quiz, drawn),
    )
    Response.objects.bulk_create(responses_for(attempt, quiz, drawn, rng))
    return attempt


def attempt_shape(quiz: QuizPage, drawn: list[tuple[Question, Decimal]]) -> dict[str, Any]:
    """The page count and maximum mark of an attempt at these questions."""
    per_page = quiz.questions_per_page
    return {
        "page_count": max(1, -(-len(drawn) // per_page)) if per_page else 1,
        "max_score": sum((mark for _q, mark in drawn), Decimal("0")),
    }


def responses_for(
    attempt: Attempt,
    quiz: QuizPage,
    drawn: list[tuple[Question, Decimal]],
    rng: random.Random,
    material: drawing.QuizMaterial | None = None,
) -> list[Response]:
    """The attempt's questions, each frozen with this attempt's order of options."""
    per_page = quiz.questions_per_page
    return [
        Response(
            attempt=attempt,
            position=index,
            page=index // per_page if per_page else 0,
            question=question,
            snapshot=drawing.build_snapshot(
                question, shuffle_answers=quiz.shuffle_answers, rng=rng, material=material
            ),
            max_mark=mark,
        )
        for index, (question, mark) in enumerate(drawn)
    ]


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
    attempt: Attempt | int,
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

    The one write path of an attempt's answers: the attempt is read once, under its lock; the
    answers sent are written (only those that differ from what is stored; a question not sent
    keeps its answer) and the sequence moves on. Nothing else is recomputed.

    ``from_page``: the answers come from the attempt page, options named by their place in the
    attempt (quizzes.page_answers); a save naming anything the attempt does not have raises
    ``AnswerRejected`` and changes nothing, as does a page the attempt does not have
    (``PageNotInAttempt``; from elsewhere such a page is ignored).

    Refused when the attempt is finished or overdue (an overdue attempt is closed and graded
    first), and when ``sequence`` is not the attempt's current one (``StaleSave``); the same
    save sent twice (same ``save_key``) is answered again without being applied twice.
    """
    now = now or timezone.now()
    attempt_id = attempt if isinstance(attempt, int) else attempt.pk
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt_id)
        if locked.user_id != user.pk or locked.state == Attempt.State.PREPARED:
            raise NotYourAttempt(_("This is not your attempt."))
        if page is not None and not 0 <= page < locked.page_count:
            if from_page:
                raise PageNotInAttempt(
                    _("This attempt has no page %(page)s.") % {"page": str(page)[:20]}
                )
            page = None
        if not locked.is_finished and not is_overdue(locked, now=now):
            return _apply_save(locked, sequence, answers, page, save_key, now, from_page)
        if not locked.is_finished:
            # Closed and graded; the refusal below is raised after this is committed.
            _finish(locked, now=now, by_deadline=True)
    if locked.closed_by_deadline:
        raise DeadlinePassed(
            _("Time is up: the attempt was closed with the answers saved before the deadline.")
        )
    raise AttemptFinished(_("This attempt is already submitted."))


def _apply_save(
    attempt: Attempt,
    sequence: int,
    answers: Mapping[Any, Any],
    page: int | None,
    save_key: str,
    now: datetime,
    from_page: bool,
) -> SaveResult:
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
        responses = list(
            Response.objects.filter(attempt_id=attempt.pk, position__in=positions)
            .order_by()
            .only("pk", "position", "snapshot", "answer")
        )
        if from_page:
            _from_page(responses, positions)
        changed = []
        for response in responses:
            cleaned = clean_answer(response.snapshot, positions[response.position])
            if cleaned != response.answer:
                response.answer = cleaned
                response.answered_at = now
                changed.append(response)
        if len(changed) == 1:
            # An autosave carries what changed, most often one answer: a plain update costs
            # far less to build than a bulk update's CASE expression.
            Response.objects.filter(pk=changed[0].pk).update(
                answer=changed[0].answer, answered_at=now
            )
        elif changed:
            Response.objects.bulk_update(changed, ["answer", "answered_at"])
    attempt.sequence += 1
    attempt.last_save_key = save_key[:64]
    fields = ["sequence", "last_save_key"]
    if page is not None:
        attempt.current_page = page
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
        responses = responses_of(attempt)
    grade_responses(responses)
    write_marks(responses)
    _close(attempt, responses, now=now, by_deadline=by_deadline)


def _close(
    attempt: Attempt, responses: list[Response], *, now: datetime, by_deadline: bool
) -> None:
    """Total and close an attempt whose responses are graded; one closed by its deadline is
    counted at the deadline, not when the closing happened to run."""
    total_attempt(attempt, responses)
    if by_deadline and attempt.deadline is not None:
        now = min(now, attempt.deadline)
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
    update_quiz_grade(
        attempt.user,
        attempt.quiz,
        now=now,
        enrolment=attempt.course_enrolment,
        # A first attempt is the learner's only one: numbers grow from 1 with each start, and
        # no other can start while it is in progress.
        finished=[attempt] if attempt.number == 1 else None,
    )


@transaction.atomic
def submit_attempt(attempt: Attempt, user: User, *, now: datetime | None = None) -> Attempt:
    """Submit and grade an attempt. Submitting again returns the same result, graded once."""
    attempt = lock_attempt(attempt.pk)
    if attempt.user_id != user.pk or attempt.state == Attempt.State.PREPARED:
        raise NotYourAttempt(_("This is not your attempt."))
    return _submit_locked(attempt, user, now=now or timezone.now())


@transaction.atomic
def submit_own_attempt(
    attempt_id: int,
    quiz: QuizPage,
    user: User,
    *,
    now: datetime | None = None,
    enrolment: Enrolment | None = None,
) -> Attempt:
    """``submit_attempt`` for the learner's own started attempt at ``quiz``, found and locked
    in one read; anyone else's, or a prepared one, raises ``Attempt.DoesNotExist``.

    ``enrolment``, the learner's enrolment in the quiz's course as the request read it, saves
    reading it again for the round and for the course's results (``Attempt.course_enrolment``).
    """
    attempt = Attempt.objects.select_for_update().get(pk=attempt_id, quiz=quiz, user_id=user.pk)
    attempt.quiz = quiz
    if enrolment is not None and (enrolment.user_id, enrolment.course_id) == (
        user.pk,
        quiz.course.pk,
    ):
        attempt.course_enrolment = enrolment
    return _submit_locked(attempt, user, now=now or timezone.now())


def _submit_locked(attempt: Attempt, user: User, *, now: datetime) -> Attempt:
    if attempt.is_finished:
        return attempt
    attempt.user = user  # checked by the caller: saves reading the learner again
    overdue = is_overdue(attempt, now=now)
    responses = responses_of(attempt)
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


def close_if_overdue(attempt: Attempt, *, now: datetime | None = None) -> bool:
    """Close and grade the attempt if its time is up; True when it is (now) finished."""
    now = now or timezone.now()
    if attempt.is_finished:
        return True
    if not is_overdue(attempt, now=now):
        return False  # decided without a transaction: the usual case costs nothing
    with transaction.atomic():
        locked = lock_attempt(attempt.pk)
        if not locked.is_finished:
            _finish(locked, now=now, by_deadline=True)
    attempt.refresh_from_db()
    return True


def close_overdue_attempts(*, now: datetime | None = None, batch_size: int = 200) -> int:
    """Close and grade every attempt whose time is up, in batches, each counted at its deadline.

    Idempotent and safe to run twice at once: a batch locks its attempts and skips those locked
    by another run or by a save in progress (which closes its attempt itself). Returns how many
    it closed.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=save_grace_seconds())
    closed = 0
    while True:
        with transaction.atomic():
            batch = list(
                Attempt.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("quiz", "user")
                .filter(state=Attempt.State.IN_PROGRESS, deadline__lt=cutoff)
                .order_by("deadline", "pk")[:batch_size]
            )
            by_attempt: dict[int, list[Response]] = {a.pk: [] for a in batch}
            responses = list(
                Response.objects.filter(attempt_id__in=by_attempt).order_by(
                    "attempt_id", "position"
                )
            )
            for response in responses:
                by_attempt[response.attempt_id].append(response)
            grade_responses(responses)
            write_marks(responses)
            for attempt in batch:
                _close(attempt, by_attempt[attempt.pk], now=now, by_deadline=True)
        closed += len(batch)
        if len(batch) < batch_size:
            return closed
