from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone

from quizzes.services.preparation import prepare_opening_quizzes
from tests.factories.quizzes import (
    QuestionCategoryFactory,
    enrol,
    make_course,
    make_quiz,
    mixed_questions,
    timed_exam,
)

# A timed exam (``exam``) opening at OPENS, its attempts prepared (``prepared``) at NOW.
NOW = timezone.datetime(2026, 3, 2, 7, 50, tzinfo=timezone.get_fixed_timezone(7 * 60))
OPENS = NOW + timedelta(minutes=10)


@pytest.fixture
def category(db):
    return QuestionCategoryFactory(name="An toàn thông tin")


@pytest.fixture
def course(db):
    return make_course()


@pytest.fixture
def questions(category):
    return mixed_questions(category)


@pytest.fixture
def quiz(course, questions):
    return make_quiz(course, questions)


@pytest.fixture
def learner(officer, course):
    enrol(officer, course)
    return officer


@pytest.fixture
def exam(category, course, learner, other_officer):
    enrol(other_officer, course)
    return timed_exam(course, category, OPENS, count=5, questions_per_page=2)


@pytest.fixture
def prepared(exam, django_capture_on_commit_callbacks):
    cache.clear()
    with time_machine.travel(NOW, tick=False), django_capture_on_commit_callbacks(execute=True):
        prepare_opening_quizzes()
    yield exam
    cache.clear()
