import pytest

from tests.factories.quizzes import (
    QuestionCategoryFactory,
    enrol,
    make_course,
    make_quiz,
    mixed_questions,
)


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
