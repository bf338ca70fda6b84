"""A course opened for another round (training that recurs): its quiz must be passed again,
earlier rounds' attempts do not count for the new round, and the attempt limit is per round."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from courses import services as course_services
from courses.models import Enrolment, ItemProgress, LessonPage
from quizzes.models import QuizGrade, QuizPage
from quizzes.services.attempt_engine import check_can_start
from tests.factories.courses import LessonPageFactory
from tests.factories.quizzes import QuestionFactory, enrol, make_course, make_quiz
from tests.learning import pass_quiz

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
FIRST = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=HCM)
NEXT_YEAR = datetime.datetime(2027, 3, 1, 9, 0, tzinfo=HCM)


@pytest.fixture
def course(db):
    course = make_course("Bảo mật thông tin hằng năm")
    LessonPageFactory(parent=course, title="Nhắc lại quy định", slug="nhac-lai")
    return course


@pytest.fixture
def quiz(course):
    return make_quiz(course, [QuestionFactory(), QuestionFactory()], attempts_allowed=1)


@pytest.fixture
def first_round(officer, course, quiz):
    """The officer did the lesson and passed the quiz (their one attempt) last year."""
    enrol(officer, course)
    with time_machine.travel(FIRST, tick=False):
        course_services.mark_item_done(officer, LessonPage.objects.child_of(course).get())
        pass_quiz(officer, quiz)
    enrolment = Enrolment.objects.get(user=officer, course=course)
    assert enrolment.completed_at is not None
    return enrolment


def quiz_done(officer, quiz):
    return ItemProgress.objects.filter(user=officer, item=quiz, done_at__isnull=False).exists()


def test_in_the_first_round_the_attempt_limit_holds(first_round, officer, quiz):
    with time_machine.travel(FIRST + datetime.timedelta(days=1), tick=False):
        check = check_can_start(officer, quiz)
    assert not check.allowed


def test_a_new_round_lets_the_quiz_be_taken_and_passed_again(first_round, officer, quiz):
    with time_machine.travel(NEXT_YEAR, tick=False):
        course_services.start_new_cycle(first_round)
        grade = QuizGrade.objects.get(user=officer, quiz=quiz)
        assert (grade.passed, grade.percent, grade.attempts, grade.passed_at) == (
            False,
            None,
            0,
            None,
        )
        assert not quiz_done(officer, quiz)
        assert check_can_start(officer, quiz).allowed

        pass_quiz(officer, quiz)
    grade.refresh_from_db()
    assert (grade.passed, grade.attempts, grade.passed_at) == (True, 1, NEXT_YEAR)
    assert quiz_done(officer, quiz)
    # One attempt per round: the second round's is used up too.
    with time_machine.travel(NEXT_YEAR + datetime.timedelta(days=1), tick=False):
        assert not check_can_start(officer, quiz).allowed


def test_last_rounds_pass_does_not_pass_the_new_round(first_round, officer, quiz):
    QuizPage.objects.filter(pk=quiz.pk).update(attempts_allowed=0)  # fail once, pass later
    quiz.refresh_from_db()
    with time_machine.travel(NEXT_YEAR, tick=False):
        course_services.start_new_cycle(first_round)
        pass_quiz(officer, quiz, right=False)
    grade = QuizGrade.objects.get(user=officer, quiz=quiz)
    # Highest grade, but of this round's attempts only: last year's 100% does not count.
    assert (grade.passed, grade.percent, grade.attempts) == (False, 0, 1)
    assert not quiz_done(officer, quiz)
    assert Enrolment.objects.get(pk=first_round.pk).completed_at is None

    with time_machine.travel(NEXT_YEAR + datetime.timedelta(hours=1), tick=False):
        pass_quiz(officer, quiz)
    grade.refresh_from_db()
    assert grade.passed
    assert quiz_done(officer, quiz)


def test_a_new_rounds_attempt_submitted_on_the_site_counts_alone(
    client, first_round, officer, quiz
):
    """Submitted through the quiz's page, the round's start comes from the enrolment the
    request read: last year's pass still does not count."""
    from quizzes.models import Attempt

    quiz.attempts_allowed = 0  # fail once, pass later
    quiz.save_revision().publish()
    with time_machine.travel(NEXT_YEAR, tick=False):
        course_services.start_new_cycle(first_round)
        client.force_login(officer)
        client.get(quiz.url)
        client.post(quiz.url + quiz.reverse_subpage("start"))
        attempt = Attempt.objects.filter(user=officer, quiz=quiz).latest("number")
        submitted = client.post(quiz.url + quiz.reverse_subpage("submit", args=[attempt.pk]))
    assert submitted.status_code == 302
    grade = QuizGrade.objects.get(user=officer, quiz=quiz)
    assert (grade.passed, grade.percent, grade.attempts) == (False, 0, 1)
    assert not quiz_done(officer, quiz)
    assert Enrolment.objects.get(pk=first_round.pk).completed_at is None
