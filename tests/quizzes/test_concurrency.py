"""One attempt in progress per learner per quiz, held by the database under concurrent requests."""

import threading

import pytest
from django.db import IntegrityError, connection, connections, transaction
from django.utils import timezone

from quizzes.models import Attempt
from quizzes.services.attempt_engine import start_attempt
from tests.factories.quizzes import QuestionFactory, enrol, make_course, make_quiz

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises writers, so two connections can never race; run on PostgreSQL",
    ),
]


def _in_thread(target, results, index, barrier):
    try:
        barrier.wait(timeout=10)
        results[index] = target()
    except Exception as error:
        results[index] = error
    finally:
        connections.close_all()


def test_two_concurrent_starts_give_one_attempt(officer):
    course = make_course()
    enrol(officer, course)
    quiz = make_quiz(course, [QuestionFactory() for _ in range(5)])
    barrier = threading.Barrier(2)
    results = [None, None]
    threads = [
        threading.Thread(
            target=_in_thread,
            args=(lambda: start_attempt(officer, quiz).pk, results, i, barrier),
        )
        for i in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert all(isinstance(r, int) for r in results), results
    assert results[0] == results[1]
    assert Attempt.objects.filter(user=officer, quiz=quiz, state="in_progress").count() == 1


def test_the_partial_unique_index_blocks_a_second_insert_from_another_connection(officer):
    course = make_course()
    quiz = make_quiz(course, [QuestionFactory()])
    first_inserted = threading.Event()
    release_first = threading.Event()
    results = [None, None]

    def first():
        with transaction.atomic():
            Attempt.objects.create(user=officer, quiz=quiz, number=1, started_at=timezone.now())
            first_inserted.set()
            release_first.wait(timeout=10)
        return "committed"

    def second():
        first_inserted.wait(timeout=10)
        # Blocks on the unique index until the first transaction commits, then fails.
        release_timer = threading.Timer(0.5, release_first.set)
        release_timer.start()
        with transaction.atomic():
            Attempt.objects.create(user=officer, quiz=quiz, number=2, started_at=timezone.now())
        return "committed"

    barrier = threading.Barrier(2)
    threads = [
        threading.Thread(target=_in_thread, args=(fn, results, i, barrier))
        for i, fn in enumerate([first, second])
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert results[0] == "committed"
    assert isinstance(results[1], IntegrityError)
    assert Attempt.objects.filter(user=officer, quiz=quiz).count() == 1
