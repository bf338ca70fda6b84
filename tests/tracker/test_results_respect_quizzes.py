"""Results say what they mean: /my/ and the quiz page hide the marks a quiz hides, and show
them once the quiz allows (after it closes)."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse

from courses import services as course_services
from tests.learning import complete, pass_quiz, quiz_of

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime.datetime(2026, 12, 10, 9, 0, tzinfo=HCM)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def text_of(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def finished(officer, quiz_course, django_capture_on_commit_callbacks, **review):
    quiz = quiz_of(quiz_course)
    for name, value in review.items():
        setattr(quiz, name, value)
    quiz.save_revision().publish()
    course_services.enrol(officer, quiz_course)
    with django_capture_on_commit_callbacks(execute=True):
        complete(officer, quiz_course)
        pass_quiz(officer, quiz_of(quiz_course))
    return quiz_of(quiz_course)


def test_my_learning_hides_the_marks_a_quiz_never_shows(
    client, officer, quiz_course, signing_settings, django_capture_on_commit_callbacks
):
    finished(officer, quiz_course, django_capture_on_commit_callbacks, review_mark="never")
    page = text_of(client, officer, reverse("tracker:my"))
    attempts = page.find("h2", id="attempts-heading").find_next("table")
    row = " ".join(attempts.select_one("tbody tr").get_text().split())
    assert "100%" not in row and "Đạt" not in row
    assert attempts.select_one("[data-mark-hidden]") is not None
    completed = " ".join(page.select_one("[data-section=completed]").get_text().split())
    assert "10/12/2026" in completed
    assert "Không hiển thị" in completed


def test_a_quiz_that_shows_marks_after_closing_shows_them_then(
    client, officer, quiz_course, signing_settings, django_capture_on_commit_callbacks
):
    closes = NOW + datetime.timedelta(days=2)
    quiz = finished(
        officer,
        quiz_course,
        django_capture_on_commit_callbacks,
        review_mark="after_close",
        close_at=closes,
    )
    page = text_of(client, officer, reverse("tracker:my"))
    attempts = page.find("h2", id="attempts-heading").find_next("table")
    assert "100%" not in attempts.get_text()
    quiz_page = text_of(client, officer, quiz.url)
    assert quiz_page.select_one("[data-quiz-grade]") is None
    with time_machine.travel(closes + datetime.timedelta(hours=1), tick=False):
        page = text_of(client, officer, reverse("tracker:my"))
        attempts = page.find("h2", id="attempts-heading").find_next("table")
        assert "100%" in attempts.get_text()
        assert text_of(client, officer, quiz.url).select_one("[data-quiz-grade]") is not None


def test_marks_show_when_the_quiz_shows_them(
    client, officer, quiz_course, signing_settings, django_capture_on_commit_callbacks
):
    quiz = finished(officer, quiz_course, django_capture_on_commit_callbacks)
    page = text_of(client, officer, reverse("tracker:my"))
    attempts = page.find("h2", id="attempts-heading").find_next("table")
    assert "100%" in attempts.get_text()
    assert text_of(client, officer, quiz.url).select_one("[data-quiz-grade]") is not None
