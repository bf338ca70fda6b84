"""The trainers' results pages: each quiz named with its course, and an attempt's answers shown
as the learner saw them, not as internal ids."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from quizzes.services.attempt_engine import save_answers, start_attempt, submit_attempt
from tests.factories.quizzes import QuestionFactory, enrol, make_course, make_quiz

pytestmark = pytest.mark.django_db


def test_the_results_list_names_each_quizs_course(client, trainer):
    make_quiz(make_course("An toàn thông tin"), [QuestionFactory()], title="Bài kiểm tra cuối khóa")
    make_quiz(make_course("Văn phòng số"), [QuestionFactory()], title="Bài kiểm tra cuối khóa")
    client.force_login(trainer)
    page = BeautifulSoup(client.get(reverse("quizzes_admin:quizzes")).content, "html.parser")
    courses = sorted(cell.get_text() for cell in page.select("[data-course]"))
    assert courses == ["An toàn thông tin", "Văn phòng số"]


def test_the_attempt_page_shows_chosen_answers_as_text(client, trainer, officer):
    course = make_course()
    several = QuestionFactory(
        qtype="multiple_choice",
        answers=[("Mật khẩu mạnh", "0.5"), ("Khóa màn hình", "0.5"), ("Dán mật khẩu", "-1")],
    )
    statement = QuestionFactory(qtype="true_false")
    matching = QuestionFactory(qtype="matching")
    quiz = make_quiz(course, [several, statement, matching])
    enrol(officer, course)
    attempt = start_attempt(officer, quiz)
    answers = {}
    for response in attempt.responses.order_by("position"):
        snap = response.snapshot
        if snap["type"] == "multiple_choice":
            answers[response.position] = [a["id"] for a in snap["answers"][:2]]
        elif snap["type"] == "true_false":
            answers[response.position] = "true"
        else:
            answers[response.position] = {p["id"]: p["answer"] for p in snap["pairs"]}
    save_answers(attempt, officer, sequence=0, answers=answers)
    submit_attempt(attempt, officer)
    client.force_login(trainer)
    page = client.get(reverse("quizzes_admin:attempt", args=[attempt.pk]))
    cells = [
        " ".join(cell.get_text(" ").split())
        for cell in BeautifulSoup(page.content, "html.parser").select("[data-given]")
    ]
    assert cells[0] == "Mật khẩu mạnh Khóa màn hình"
    assert cells[1] == "Đúng"
    assert "USB lạ → Không cắm" in cells[2]
    assert "['" not in page.content.decode()
