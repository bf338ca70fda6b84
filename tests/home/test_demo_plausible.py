"""The demo tells a plausible story: nobody completes a course with a quiz without passing it,
and nobody is enrolled after they started or completed a course."""

import pytest

from courses.models import CoursePage, Enrolment
from quizzes.models import Attempt, QuizPage

pytestmark = pytest.mark.django_db


def test_the_demo_has_completions_to_check(shared_demo):
    assert Enrolment.objects.filter(completed_at__isnull=False).count() >= 10


def test_nobody_completes_a_course_with_a_quiz_without_passing_it(shared_demo):
    unpassed = []
    for course in CoursePage.objects.all():
        quizzes = list(QuizPage.objects.descendant_of(course).live())
        if not quizzes:
            continue
        for enrolment in Enrolment.objects.filter(course=course, completed_at__isnull=False):
            for quiz in quizzes:
                passed = Attempt.objects.filter(
                    quiz=quiz,
                    user=enrolment.user,
                    state=Attempt.State.FINISHED,
                    percent__gte=quiz.pass_mark_percent,
                    submitted_at__lte=enrolment.completed_at,
                )
                if not passed.exists():
                    unpassed.append((enrolment.user.email, course.slug, quiz.slug))
    assert not unpassed, "\n".join(map(str, unpassed))


def test_nobody_is_enrolled_after_starting_or_completing(shared_demo):
    wrong = [
        (e.user.email, e.course.slug, e.enrolled_at, e.started_at, e.completed_at)
        for e in Enrolment.objects.select_related("user", "course")
        if (e.completed_at and e.enrolled_at > e.completed_at)
        or (e.started_at and e.enrolled_at > e.started_at)
        or (e.started_at and e.completed_at and e.started_at > e.completed_at)
    ]
    assert not wrong, "\n".join(map(str, wrong))
