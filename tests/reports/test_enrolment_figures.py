"""Figures for reports: time spent (lessons plus quiz attempts) and the best mark per enrolment."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from courses import services as course_services
from courses.models import Enrolment
from quizzes.course_marks import attempt_seconds, compute_figures, course_mark, mark_out_of_ten
from reports.enrolment_figures import refresh_enrolment_figures
from reports.models import EnrolmentFigures
from tests.learning import pass_quiz, quiz_of

T0 = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)


def test_an_attempt_counts_from_start_to_submission_capped_by_its_limit():
    assert attempt_seconds(T0, T0 + datetime.timedelta(minutes=14)) == 14 * 60
    assert attempt_seconds(T0, T0 + datetime.timedelta(hours=9)) == 3 * 60 * 60
    assert attempt_seconds(T0, T0 + datetime.timedelta(hours=1), time_limit_minutes=30) == 1800
    assert attempt_seconds(T0, None) == 0
    assert attempt_seconds(T0, T0 - datetime.timedelta(seconds=5)) == 0


def test_the_course_mark_is_the_mean_of_each_quizs_best():
    assert course_mark([Decimal("80"), Decimal("90")]) == Decimal("85.00")
    assert course_mark([Decimal("80"), None]) == Decimal("40.00")
    assert course_mark([None, None]) is None
    assert course_mark([]) is None
    assert mark_out_of_ten(Decimal("83.33")) == Decimal("8.33")
    assert mark_out_of_ten(None) is None


@pytest.mark.django_db
def test_figures_add_lesson_time_and_quiz_attempts_and_keep_the_best_mark(officer, quiz_course):
    import time_machine

    enrolment = course_services.enrol(officer, quiz_course)
    Enrolment.objects.filter(pk=enrolment.pk).update(seconds_spent=600)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        attempt = pass_quiz(officer, quiz_of(quiz_course), right=False)
    attempt.__class__.objects.filter(pk=attempt.pk).update(
        submitted_at=start + datetime.timedelta(minutes=5)
    )
    with time_machine.travel(start + datetime.timedelta(hours=1), tick=False):
        best = pass_quiz(officer, quiz_of(quiz_course))
    best.__class__.objects.filter(pk=best.pk).update(
        submitted_at=best.started_at + datetime.timedelta(minutes=7)
    )
    enrolment.refresh_from_db()
    figures = compute_figures([enrolment])[enrolment.pk]
    assert (figures.lesson_seconds, figures.quiz_seconds, figures.total_seconds) == (
        600,
        12 * 60,
        600 + 12 * 60,
    )
    assert (figures.best_mark, figures.attempts) == (Decimal("100.00"), 2)

    assert refresh_enrolment_figures([enrolment.pk]) == 1
    row = EnrolmentFigures.objects.get(enrolment=enrolment)
    assert (row.total_seconds, row.best_mark, row.course_id, row.user_id) == (
        1320,
        Decimal("100.00"),
        quiz_course.pk,
        officer.pk,
    )
    # Refreshing again updates the same row.
    Enrolment.objects.filter(pk=enrolment.pk).update(seconds_spent=900)
    assert refresh_enrolment_figures() == 1
    assert EnrolmentFigures.objects.get(enrolment=enrolment).total_seconds == 1620


@pytest.mark.django_db
def test_a_course_without_quizzes_has_no_mark(officer, course):
    enrolment = course_services.enrol(officer, course)
    figures = compute_figures([enrolment])[enrolment.pk]
    assert (figures.quiz_seconds, figures.best_mark, figures.attempts) == (0, None, 0)


@pytest.mark.django_db
def test_figures_take_a_fixed_number_of_queries(django_assert_max_num_queries, org, quiz_course):
    from tests.factories.people import OfficerFactory

    enrolments = []
    for _ in range(6):
        user = OfficerFactory(unit=org.district_a1).user
        enrolments.append(course_services.enrol(user, quiz_course))
        pass_quiz(user, quiz_of(quiz_course))
    with django_assert_max_num_queries(3):
        compute_figures(enrolments)
