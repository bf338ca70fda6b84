"""The demo quizzes with their essays, the bank question a demo lesson asks for instant feedback,
and the essays the demo trainer has marked or still has to mark."""

import pytest
from bs4 import BeautifulSoup

from courses import services
from courses.demo import load_courses
from courses.models import LessonPage
from home.demo_content.courses import COURSES
from quizzes import demo
from quizzes.models import Question, QuizPage, QuizSlot

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
    bank = set(
        Question.objects.filter(category__name=lesson.course.title, live=True).values_list(
            "name", flat=True
        )
    )
    assert in_quiz == bank - {demo.LESSON_CHECK_QUESTION}

    services.enrol(officer, lesson.course)
    client.force_login(officer)
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    form = soup.select_one("form[data-question-check]")
    assert form is not None
    assert form["data-check-url"].endswith(f"/{lesson.pk}/{check['id']}/")
    assert len(form.select("input[type=checkbox]")) == 5


def test_every_demo_quiz_ends_with_its_essay_and_the_trainer_has_essays_to_mark():
    from django.core.management import call_command

    from quizzes.models import Response
    from quizzes.question_types import QuestionType

    call_command("seed_demo", verbosity=0)
    for quiz in QuizPage.objects.live():
        slots = list(QuizSlot.objects.filter(page=quiz).order_by("sort_order"))
        kinds = [slot.question.qtype for slot in slots]
        assert kinds.count(QuestionType.ESSAY) == 1 and kinds[-1] == QuestionType.ESSAY, quiz
        assert len(slots) >= 13
    essays = Response.objects.filter(snapshot__type=QuestionType.ESSAY, attempt__state="finished")
    waiting = essays.filter(needs_marking=True)
    marked = essays.filter(needs_marking=False, marked_by__email="trainer@example.org")
    assert waiting.count() >= 2
    assert marked.count() >= 2
    assert all(response.comment for response in marked)
    officer = marked.get(attempt__user__email="officer@example.org")
    assert officer.attempt.percent is not None and officer.attempt.percent >= 70
