"""Attempts prepared before a quiz opens: starting one is a change of state, timed from the
start; a prepared attempt is not an attempt used and shows nowhere until it starts."""

import json
from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from quizzes.models import Attempt, QuizGrade, Response
from quizzes.services.attempt_engine import check_can_start, start_attempt, submit_attempt
from quizzes.services.marking import finished_attempts
from quizzes.services.preparation import learners_to_prepare, prepare_opening_quizzes
from quizzes.tasks import prepare_quiz_attempts
from tests.factories.quizzes import enrol, timed_exam

pytestmark = pytest.mark.django_db

NOW = timezone.datetime(2026, 3, 2, 7, 50, tzinfo=timezone.get_fixed_timezone(7 * 60))
OPENS = NOW + timedelta(minutes=10)


@pytest.fixture
def exam(category, course, learner, other_officer):
    enrol(other_officer, course)
    return timed_exam(course, category, OPENS, attempts_allowed=1)


def _prepared(quiz, user):
    return Attempt.with_prepared.get(quiz=quiz, user=user, state=Attempt.State.PREPARED)


def test_the_worker_prepares_an_attempt_for_every_enrolled_officer_once(
    exam, learner, other_officer
):
    with time_machine.travel(NOW - timedelta(hours=2), tick=False):
        assert prepare_opening_quizzes() == 0  # too early
    with time_machine.travel(NOW, tick=False):
        assert prepare_quiz_attempts.enqueue().return_value == 2
        assert prepare_opening_quizzes() == 0
    for user in (learner, other_officer):
        prepared = _prepared(exam, user)
        assert prepared.number == 0 and prepared.deadline is None
        assert Response.objects.filter(attempt=prepared).count() == 4
    assert not Attempt.objects.filter(quiz=exam).exists()


def test_starting_uses_the_prepared_attempt_and_times_it_from_the_start(exam, learner):
    with time_machine.travel(NOW, tick=False):
        prepare_opening_quizzes()
    prepared = _prepared(exam, learner)
    responses = list(Response.objects.filter(attempt=prepared).values_list("pk", "snapshot"))
    started_at = OPENS + timedelta(minutes=3)
    attempt = start_attempt(learner, exam, now=started_at)
    assert attempt.pk == prepared.pk
    attempt = Attempt.objects.get(pk=attempt.pk)
    assert attempt.state == Attempt.State.IN_PROGRESS and attempt.number == 1
    assert attempt.started_at == started_at
    assert attempt.deadline == started_at + timedelta(minutes=20)
    assert list(Response.objects.filter(attempt=attempt).values_list("pk", "snapshot")) == (
        responses
    )
    assert start_attempt(learner, exam, now=started_at + timedelta(minutes=1)).pk == prepared.pk


def test_a_prepared_attempt_is_not_an_attempt_used_nor_shown(client, exam, learner):
    with time_machine.travel(NOW, tick=False):
        prepare_opening_quizzes()
    prepared = _prepared(exam, learner)
    after_opening = OPENS + timedelta(minutes=1)
    assert check_can_start(learner, exam, now=after_opening).allowed
    assert exam.attempts.count() == 0 and learner.quiz_attempts.count() == 0
    assert finished_attempts(learner, exam) == []
    assert not QuizGrade.objects.filter(quiz=exam).exists()
    client.force_login(learner)
    with time_machine.travel(after_opening, tick=False):
        page = client.get(exam.url)
        assert page.context["current_attempt"] is None and page.context["attempt_rows"] == []
        path = exam.url + exam.reverse_subpage("attempt", args=(prepared.pk,))
        assert client.get(path).status_code == 404
        save = client.post(
            reverse("quizzes:save_answers", args=[prepared.pk]),
            data=json.dumps({"sequence": 0, "answers": {}}),
            content_type="application/json",
        )
        assert save.status_code == 404
        submit = client.post(exam.url + exam.reverse_subpage("submit", args=(prepared.pk,)))
        assert submit.status_code == 404
    assert _prepared(exam, learner).pk == prepared.pk  # still prepared, not finished
    # Once started and submitted, it is the one attempt allowed.
    attempt = start_attempt(learner, exam, now=after_opening)
    submit_attempt(attempt, learner, now=after_opening + timedelta(minutes=5))
    assert not check_can_start(learner, exam, now=after_opening + timedelta(minutes=6)).allowed
    # No attempt left, so none is prepared for this officer again.
    Attempt.with_prepared.filter(state="prepared").delete()
    assert learner.pk not in learners_to_prepare(exam)
    assert learners_to_prepare(exam) != []


def test_an_officer_without_a_prepared_attempt_starts_as_usual(exam, course, learner, outsider):
    with time_machine.travel(NOW, tick=False):
        prepare_opening_quizzes()
    enrol(outsider, course)  # enrolled after the preparation
    attempt = start_attempt(outsider, exam, now=OPENS + timedelta(minutes=1))
    assert attempt.state == Attempt.State.IN_PROGRESS and attempt.number == 1
    assert Response.objects.filter(attempt=attempt).count() == 4


def test_publishing_a_question_again_drops_the_attempts_prepared_with_it(exam, learner):
    with time_machine.travel(NOW, tick=False):
        prepare_opening_quizzes()
    question = _prepared(exam, learner).responses.first().question
    question.name = "Câu hỏi đã sửa"
    question.save_revision().publish()
    assert not Attempt.with_prepared.filter(quiz=exam, state="prepared").exists()
    with time_machine.travel(NOW + timedelta(minutes=1), tick=False):
        assert prepare_opening_quizzes() == 2
    snapshot = _prepared(exam, learner).responses.get(question=question).snapshot
    assert snapshot["name"] == "Câu hỏi đã sửa"


def test_prepared_attempts_of_a_closed_quiz_are_dropped(exam, learner):
    with time_machine.travel(NOW, tick=False):
        prepare_opening_quizzes()
    exam.close_at = OPENS + timedelta(hours=1)
    exam.save()
    with time_machine.travel(OPENS + timedelta(hours=2), tick=False):
        prepare_opening_quizzes()
    assert not Attempt.with_prepared.filter(quiz=exam).exists()


def test_a_first_prepared_start_is_one_statement(exam, learner, django_assert_num_queries):
    with time_machine.travel(NOW, tick=False):
        prepare_opening_quizzes()
    prepared = _prepared(exam, learner)
    started_at = OPENS + timedelta(seconds=5)
    with django_assert_num_queries(1):
        attempt = start_attempt(learner, exam, now=started_at)
    assert attempt.pk == prepared.pk and attempt.number == 1
    assert attempt.state == Attempt.State.IN_PROGRESS
    assert attempt.deadline == started_at + timedelta(minutes=20)
    assert Attempt.objects.get(pk=prepared.pk).started_at == started_at


def _finished_attempt(exam, learner, finished_at):
    """A finished attempt of ``learner``, then one prepared for them (as for a new round)."""
    with time_machine.travel(NOW, tick=False):
        prepare_opening_quizzes()
    first = start_attempt(learner, exam, now=finished_at - timedelta(minutes=5))
    submit_attempt(first, learner, now=finished_at)
    Attempt.with_prepared.filter(state="prepared").delete()
    with time_machine.travel(NOW, tick=False):
        prepare_opening_quizzes()  # the others' are prepared again; the learner's if allowed


def test_a_prepared_attempt_after_a_finished_one_starts_as_the_next(exam, learner):
    exam.attempts_allowed = 2
    exam.save()
    _finished_attempt(exam, learner, OPENS + timedelta(minutes=10))
    prepared = _prepared(exam, learner)
    attempt = start_attempt(learner, exam, now=OPENS + timedelta(minutes=30))
    assert attempt.pk == prepared.pk and attempt.number == 2


@pytest.mark.parametrize(
    ("fields", "now", "refusal"),
    [
        ({"attempts_allowed": 1}, OPENS + timedelta(minutes=30), "NoAttemptsLeft"),
        (
            {"attempts_allowed": 0, "wait_between_attempts_minutes": 60},
            OPENS + timedelta(minutes=30),
            "MustWait",
        ),
        ({"attempts_allowed": 0}, OPENS - timedelta(minutes=1), "QuizNotOpen"),
    ],
    ids=["no-attempt-left", "must-wait", "not-open-yet"],
)
def test_a_prepared_attempt_is_not_started_where_a_start_is_refused(
    exam, learner, fields, now, refusal
):
    from quizzes.services import refusals

    for name, value in fields.items():
        setattr(exam, name, value)
    exam.save()
    if refusal == "QuizNotOpen":
        with time_machine.travel(NOW, tick=False):
            prepare_opening_quizzes()
    else:
        _finished_attempt(exam, learner, OPENS + timedelta(minutes=10))
        # Prepared anyway (a new round was opened, then the trainer changed the limits).
        Attempt.with_prepared.get_or_create(
            quiz=exam,
            user=learner,
            state=Attempt.State.PREPARED,
            defaults={"number": 0, "started_at": NOW},
        )
    prepared = _prepared(exam, learner)
    with pytest.raises(getattr(refusals, refusal)):
        start_attempt(learner, exam, now=now)
    assert _prepared(exam, learner).pk == prepared.pk  # still prepared, not started
    assert Attempt.objects.filter(quiz=exam, user=learner, state="in_progress").count() == 0


def test_only_the_learner_whose_attempt_was_prepared_starts_it(
    client, exam, course, learner, other_officer, outsider
):
    """Through the site: a learner whose enrolment was removed since the preparation and a
    signed-in person never enrolled are refused and start nothing; another learner starts
    their own prepared attempt, never the first one's."""
    from courses.models import Enrolment

    with time_machine.travel(NOW, tick=False):
        prepare_opening_quizzes()
    mine, theirs = _prepared(exam, learner), _prepared(exam, other_officer)
    Enrolment.objects.filter(user=learner, course=course).delete()
    start = exam.url + exam.reverse_subpage("start")
    with time_machine.travel(OPENS + timedelta(minutes=1), tick=False):
        for person in (learner, outsider):
            client.force_login(person)
            refused = client.post(start)
            assert refused.status_code == 302 and refused["Location"] == course.url
        client.force_login(other_officer)
        assert client.post(start).status_code == 200
    assert _prepared(exam, learner).pk == mine.pk  # still prepared
    assert not Attempt.objects.filter(quiz=exam, user__in=[learner, outsider]).exists()
    started = Attempt.objects.get(quiz=exam, user=other_officer)
    assert started.pk == theirs.pk and started.number == 1
