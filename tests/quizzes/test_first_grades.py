"""A learner's first finished attempt writes their quiz grade in one statement when they have
none; when they have one already (their attempts were removed, say), it is read and updated as
always. Either way the grade is what the attempts say and everything that follows a grade
(their learner pages, the course) follows."""

from datetime import timedelta

import pytest
from django.db.models.signals import post_save
from django.utils import timezone

from courses.models import ItemProgress
from quizzes.models import QuizGrade
from tests.factories.quizzes import QuestionFactory, enrol, make_course, make_quiz
from tests.learning import pass_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(officer):
    course = make_course("Kỹ năng dữ liệu")
    enrol(officer, course)
    return make_quiz(course, [QuestionFactory(), QuestionFactory()])


def test_a_first_pass_writes_the_grade_and_marks_the_quiz_done(officer, quiz):
    saved = []

    def grade_saved(sender, instance, created, **kwargs):
        saved.append((instance.pk, created))

    post_save.connect(grade_saved, sender=QuizGrade, dispatch_uid="test-first-grade")
    try:
        attempt = pass_quiz(officer, quiz)
    finally:
        post_save.disconnect(dispatch_uid="test-first-grade", sender=QuizGrade)
    grade = QuizGrade.objects.get(user=officer, quiz=quiz)
    assert (grade.percent, grade.passed, grade.attempts) == (100, True, 1)
    assert grade.passed_at == attempt.submitted_at
    assert grade.updated_at is not None
    assert ItemProgress.objects.get(user=officer, item=quiz).done_at is not None
    # Its receivers hear of it as of any grade created (the learner's pages are renewed).
    assert saved == [(grade.pk, True)]


def test_a_first_fail_writes_a_grade_not_passed(officer, quiz):
    pass_quiz(officer, quiz, right=False)
    grade = QuizGrade.objects.get(user=officer, quiz=quiz)
    assert (grade.percent, grade.passed, grade.passed_at, grade.attempts) == (0, False, None, 1)
    assert not ItemProgress.objects.filter(user=officer, item=quiz, done_at__isnull=False).exists()


def test_a_grade_already_there_is_updated_not_duplicated(officer, quiz):
    earlier = timezone.now() - timedelta(days=30)
    QuizGrade.objects.create(
        user=officer, quiz=quiz, percent=90, passed=True, passed_at=earlier, attempts=3
    )
    pass_quiz(officer, quiz, right=False)
    [grade] = QuizGrade.objects.filter(user=officer, quiz=quiz)
    assert (grade.percent, grade.passed, grade.attempts) == (0, False, 1)
    assert grade.passed_at == earlier  # when they first passed is kept, as before

    pass_quiz(officer, quiz)  # the second attempt reads the grade as always
    grade.refresh_from_db()
    assert (grade.percent, grade.passed, grade.attempts) == (100, True, 2)
