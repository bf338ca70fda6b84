"""The deadline spike: attempts whose time ran out are closed by the worker in batches, each
graded once and counted at its deadline, and a save that comes too late is refused."""

import threading
from datetime import timedelta
from decimal import Decimal

import pytest
import time_machine
from django.db import connection, connections
from django.db.models.signals import post_save
from django.utils import timezone

from quizzes.models import Attempt, QuizGrade, Response
from quizzes.services.attempt_engine import close_overdue_attempts, save_answers, start_attempt
from quizzes.services.refusals import DeadlinePassed
from quizzes.tasks import close_overdue_attempts as close_task
from tests.factories import UserFactory
from tests.factories.quizzes import QuestionFactory, enrol, make_course, make_quiz
from tests.quizzes.test_attempt_engine import right_answers

NOW = timezone.datetime(2026, 3, 2, 8, 0, tzinfo=timezone.get_fixed_timezone(7 * 60))
DEADLINE = NOW + timedelta(minutes=5)
AFTER_GRACE = DEADLINE + timedelta(minutes=2)


@pytest.fixture
def closings():
    """Attempts saved as finished, one entry per closing."""
    seen = []

    def record(sender, instance, update_fields=None, **kwargs):
        if instance.is_finished and "state" in set(update_fields or ()):
            seen.append(instance.pk)

    post_save.connect(record, sender=Attempt, dispatch_uid="test-closings")
    yield seen
    post_save.disconnect(sender=Attempt, dispatch_uid="test-closings")


def _exam(learners):
    course = make_course()
    quiz = make_quiz(course, [QuestionFactory() for _ in range(2)], time_limit_minutes=5)
    attempts = []
    with time_machine.travel(NOW, tick=False):
        for user in learners:
            enrol(user, course)
            attempt = start_attempt(user, quiz)
            save_answers(attempt, user, sequence=0, answers=right_answers(attempt))
            attempts.append(attempt)
    return quiz, attempts


@pytest.mark.django_db
def test_expired_attempts_are_closed_once_graded_once_at_their_deadline(closings):
    learners = [UserFactory() for _ in range(5)]
    quiz, attempts = _exam(learners)
    with time_machine.travel(DEADLINE + timedelta(seconds=5), tick=False):
        assert close_overdue_attempts() == 0  # still within the grace of the last save
    with time_machine.travel(AFTER_GRACE, tick=False):
        assert close_overdue_attempts(batch_size=2) == 5
        assert close_overdue_attempts(batch_size=2) == 0
        assert close_task.enqueue().return_value == 0
    assert sorted(closings) == sorted(a.pk for a in attempts)
    for attempt in Attempt.objects.filter(pk__in=[a.pk for a in attempts]):
        assert attempt.state == Attempt.State.FINISHED and attempt.closed_by_deadline
        assert attempt.submitted_at == DEADLINE
        assert attempt.score == Decimal("2.00")
    assert not Response.objects.filter(attempt__in=attempts, mark__isnull=True).exists()
    grades = QuizGrade.objects.filter(quiz=quiz)
    assert sorted(g.attempts for g in grades) == [1] * 5


@pytest.mark.django_db
def test_a_late_save_after_the_batch_is_refused_and_changes_nothing(closings):
    learner = UserFactory()
    _quiz, (attempt,) = _exam([learner])
    with time_machine.travel(AFTER_GRACE, tick=False):
        close_overdue_attempts()
        with pytest.raises(DeadlinePassed):
            save_answers(attempt, learner, sequence=1, answers={0: None})
    assert Response.objects.get(attempt=attempt, position=0).answer is not None
    assert closings == [attempt.pk]


@pytest.mark.django_db
def test_a_learner_coming_back_late_finds_the_attempt_closed_at_its_deadline(closings):
    learner = UserFactory()
    _quiz, (attempt,) = _exam([learner])
    with time_machine.travel(AFTER_GRACE + timedelta(hours=1), tick=False):
        with pytest.raises(DeadlinePassed):
            save_answers(attempt, learner, sequence=1, answers={0: None})
        assert close_overdue_attempts() == 0
    attempt.refresh_from_db()
    assert attempt.submitted_at == DEADLINE and closings == [attempt.pk]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite serialises writers; run on PostgreSQL"
)
def test_a_save_racing_the_batch_is_refused_and_the_attempt_graded_once(closings):
    learners = [UserFactory() for _ in range(20)]
    _quiz, attempts = _exam(learners)
    results: list = [None] * (len(attempts) + 1)
    barrier = threading.Barrier(len(attempts) + 1)

    def late_save(index):
        attempt, user = attempts[index], learners[index]
        return save_answers(attempt, user, sequence=1, answers={0: None})

    def run(index, target):
        try:
            barrier.wait(timeout=10)
            results[index] = target()
        except Exception as error:
            results[index] = error
        finally:
            connections.close_all()

    with time_machine.travel(AFTER_GRACE, tick=False):
        threads = [
            threading.Thread(target=run, args=(i, lambda i=i: late_save(i)))
            for i in range(len(attempts))
        ]
        threads.append(
            threading.Thread(target=run, args=(len(attempts), lambda: close_overdue_attempts()))
        )
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert all(isinstance(r, DeadlinePassed) for r in results[:-1]), results
    assert sorted(closings) == sorted(a.pk for a in attempts)
    for attempt in Attempt.objects.filter(pk__in=[a.pk for a in attempts]):
        assert attempt.state == Attempt.State.FINISHED and attempt.submitted_at == DEADLINE
        assert attempt.score == Decimal("2.00")
