"""Attempts prepared before a quiz opens, so that a whole office starting at the opening time
costs the server a change of state each instead of a draw of questions each.

Shortly before a quiz with an opening time opens (``QUIZ_PREPARE_MINUTES``, 30 by default),
the worker draws an attempt (the questions' snapshots and this learner's order of options) for
every active learner enrolled in its course (an assignment enrols), in the *prepared* state:
not started, not an attempt used, shown nowhere. ``start_attempt`` then starts it, timed from
that moment; a learner without one starts as usual. Preparing is idempotent and safe to retry.
A prepared attempt is dropped when its quiz or one of its questions is published again (the
next run prepares it afresh) and when its quiz has closed.
"""

from __future__ import annotations

import functools
import logging
import random
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, connections, router, transaction
from django.db.models import Count, Q
from django.utils import timezone

from people.learner_stamps import renew_learners
from people.models import User
from quizzes.models import Attempt, QuizPage, Response
from quizzes.services import drawing, first_pages
from quizzes.services.refusals import QuizNotReady

logger = logging.getLogger(__name__)

BATCH = 200


def prepare_minutes() -> int:
    return int(getattr(settings, "QUIZ_PREPARE_MINUTES", 30))


def quizzes_opening_soon(now: datetime) -> list[QuizPage]:
    return list(
        QuizPage.objects.live().filter(
            open_at__gt=now, open_at__lte=now + timedelta(minutes=prepare_minutes())
        )
    )


def learners_to_prepare(quiz: QuizPage) -> list[int]:
    """Active learners of the quiz's course with no attempt prepared or in progress and, when
    attempts are limited, attempts left (a learner in a later round simply starts as usual)."""
    from courses.models import Enrolment

    course_path = quiz.path[: -quiz.steplen]
    enrolled = set(
        Enrolment.objects.filter(course__path=course_path, user__is_active=True).values_list(
            "user_id", flat=True
        )
    )
    counts = (
        Attempt.with_prepared.filter(quiz=quiz, user_id__in=enrolled)
        .values("user_id")
        .annotate(
            open=Count("pk", filter=Q(state__in=["prepared", "in_progress"])),
            used=Count("pk", filter=~Q(state="prepared")),
        )
    )
    skip = {
        row["user_id"]
        for row in counts
        if row["open"] or (quiz.attempts_allowed and row["used"] >= quiz.attempts_allowed)
    }
    return sorted(enrolled - skip)


def prepare_attempts(
    quiz: QuizPage, *, now: datetime | None = None, rng: random.Random | None = None
) -> int:
    """Prepare an attempt for each learner of ``quiz`` who has none; returns how many."""
    now = now or timezone.now()
    rng = rng or random.SystemRandom()
    users = learners_to_prepare(quiz)
    if not users:
        return 0
    try:
        material = drawing.load_material(quiz, every_candidate=True)
    except QuizNotReady:
        logger.warning("Quiz %s opens soon but cannot be drawn; attempts not prepared", quiz.pk)
        return 0
    prepared = 0
    for start in range(0, len(users), BATCH):
        chunk = users[start : start + BATCH]
        try:
            with transaction.atomic():
                prepared += _prepare_chunk(quiz, material, chunk, now, rng)
        except IntegrityError:
            # Another run prepared (or the learner started) some of these a moment ago.
            logger.info("Quiz %s: a batch was prepared elsewhere; skipped", quiz.pk)
    return prepared


def _prepare_chunk(
    quiz: QuizPage,
    material: drawing.QuizMaterial,
    users: list[int],
    now: datetime,
    rng: random.Random,
) -> int:
    from quizzes.services.attempt_engine import attempt_shape, responses_for

    draws = [drawing.draw(material, rng) for _user in users]
    attempts = Attempt.with_prepared.bulk_create(
        Attempt(
            user_id=user_id,
            quiz=quiz,
            number=0,
            state=Attempt.State.PREPARED,
            started_at=now,
            **attempt_shape(quiz, drawn),
        )
        for user_id, drawn in zip(users, draws, strict=True)
    )
    by_attempt = [
        responses_for(attempt, quiz, drawn, rng, material)
        for attempt, drawn in zip(attempts, draws, strict=True)
    ]
    Response.objects.bulk_create(
        (response for responses in by_attempt for response in responses), batch_size=1000
    )
    renew_learners(users)
    languages = dict(User.objects.filter(pk__in=users).values_list("pk", "language"))
    first = [
        (attempt.pk, attempt.page_count, languages.get(attempt.user_id, ""), responses)
        for attempt, responses in zip(attempts, by_attempt, strict=True)
    ]
    # Keeping the first pages only saves work later: a failure is logged, never raised.
    transaction.on_commit(lambda: first_pages.keep(first), robust=True)
    return len(attempts)


def start_prepared(
    attempt: Attempt, *, number: int, now: datetime, deadline: datetime | None
) -> Attempt | None:
    """The prepared attempt, started now as attempt ``number``: a change of state, timed from
    this moment, in one statement that changes it only while it is still prepared. None when
    another request started (or a publication withdrew) it a moment ago."""
    changed = Attempt.with_prepared.filter(pk=attempt.pk, state=Attempt.State.PREPARED).update(
        state=Attempt.State.IN_PROGRESS, number=number, started_at=now, deadline=deadline
    )
    if not changed:
        return None
    renew_learners([attempt.user_id])
    attempt.state = Attempt.State.IN_PROGRESS
    attempt.number = number
    attempt.started_at = now
    attempt.deadline = deadline
    return attempt


@functools.lru_cache(maxsize=8)
def _first_start_text(db: str) -> str | None:
    """The statement starting a learner's prepared attempt as their first, on database ``db``
    (None where the database cannot answer an update with the row it changed)."""
    connection = connections[db]
    if connection.vendor not in ("postgresql", "sqlite"):
        return None
    if not connection.features.can_return_rows_from_bulk_insert:  # SQLite before 3.35
        return None
    quote = connection.ops.quote_name
    table = quote(Attempt._meta.db_table)
    column = {f.name: quote(f.column) for f in Attempt._meta.concrete_fields}
    returned = ", ".join(quote(f.column) for f in Attempt._meta.concrete_fields)
    return (
        f"UPDATE {table} SET {column['state']} = %s, {column['number']} = 1, "  # noqa: S608
        f"{column['started_at']} = %s, {column['deadline']} = %s "
        f"WHERE {column['user']} = %s AND {column['quiz']} = %s AND {column['state']} = %s "
        f"AND NOT EXISTS (SELECT 1 FROM {table} other WHERE other.{column['user']} = %s "
        f"AND other.{column['quiz']} = %s AND other.{column['state']} <> %s) "
        f"RETURNING {returned}"
    )


def start_first_prepared(
    user_id: int, quiz: QuizPage, *, now: datetime, deadline: datetime | None
) -> Attempt | None:
    """The learner's prepared attempt, started now as their first, in one statement that reads
    nothing before: it changes the attempt only while it is still prepared and the learner has
    no other attempt at the quiz, so it is attempt 1 and no limit can refuse it (the caller has
    checked that the quiz is open). None when that does not hold (or the database cannot do it
    in one statement): the caller then reads the attempts and decides as for any start.

    At an exam's opening this is every officer's start: one round trip instead of two."""
    db = router.db_for_write(Attempt)
    text = _first_start_text(db)
    if text is None:
        return None
    prepared = Attempt.State.PREPARED
    params = [Attempt.State.IN_PROGRESS, now, deadline, user_id, quiz.pk, prepared]
    started = list(Attempt.with_prepared.raw(text, [*params, user_id, quiz.pk, prepared], using=db))
    if not started:
        return None
    renew_learners([user_id])
    return started[0]


def prepare_opening_quizzes(*, now: datetime | None = None) -> int:
    """Prepare the attempts of every quiz opening soon and drop those of closed quizzes."""
    now = now or timezone.now()
    prepared = sum(prepare_attempts(quiz, now=now) for quiz in quizzes_opening_soon(now))
    Attempt.with_prepared.filter(state=Attempt.State.PREPARED, quiz__close_at__lte=now).delete()
    return prepared


def drop_prepared(*, quiz_id: int | None = None, question_id: int | None = None) -> int:
    """Forget prepared attempts that a changed quiz or question makes stale."""
    stale = Attempt.with_prepared.filter(state=Attempt.State.PREPARED)
    if quiz_id is not None:
        stale = stale.filter(quiz_id=quiz_id)
    if question_id is not None:
        stale = stale.filter(responses__question_id=question_id)
    ids = list(stale.values_list("pk", flat=True).distinct())
    if ids:
        Attempt.with_prepared.filter(pk__in=ids).delete()
        first_pages.forget(ids)
    return len(ids)
