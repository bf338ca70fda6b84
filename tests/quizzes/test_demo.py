"""The demo quizzes, and the bank question a demo lesson asks for instant feedback."""

import pytest
from bs4 import BeautifulSoup

from courses import services
from courses.demo import load_courses
from courses.models import LessonPage
from home.demo_content.courses import COURSES
from quizzes import demo
from quizzes.models import QuizPage, QuizSlot

pytestmark = pytest.mark.django_db


def _seed():
    load_courses(COURSES)
    demo.seed_quizzes(lambda _msg: None)


def _checks(lesson):
    return [item for item in lesson.body.raw_data if item["type"] == "question_check"]


def test_a_demo_lesson_asks_a_bank_question_once_and_the_quiz_leaves_it_out(client, officer):
    _seed()
    _seed()
    lesson = LessonPage.objects.get(slug=demo.LESSON_CHECK_LESSON)
    (check,) = _checks(lesson)
    assert not lesson.has_unpublished_changes
    raw = list(lesson.body.raw_data)
    after = raw[raw.index(check) + 1]
    assert after["type"] == "heading"
    assert after["value"].startswith(demo.LESSON_CHECK_BEFORE_HEADING)
    quiz = QuizPage.objects.child_of(lesson.course).get(slug=demo.QUIZ_SLUG)
    in_quiz = set(QuizSlot.objects.filter(page=quiz).values_list("question__name", flat=True))
    assert demo.LESSON_CHECK_QUESTION not in in_quiz
    assert len(in_quiz) == 12

    services.enrol(officer, lesson.course)
    client.force_login(officer)
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    form = soup.select_one("form[data-question-check]")
    assert form is not None
    assert form["data-check-url"].endswith(f"/{lesson.pk}/{check['id']}/")
    assert len(form.select("input[type=checkbox]")) == 5
