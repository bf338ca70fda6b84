"""An attempt's address is routed once for every attempt at the quiz (the attempt's number is
the quiz's own part of the address), and pages whose slugs are numbers are never mixed up."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from quizzes.models import Attempt
from tests.factories.courses import CoursePageFactory
from tests.factories.quizzes import enrol

pytestmark = pytest.mark.django_db


def _start(client, quiz):
    response = client.post(quiz.url + quiz.reverse_subpage("start"))
    assert response.status_code == 302
    return response["Location"]


def test_every_attempt_at_a_quiz_shares_one_route(quiz, course, officer, other_officer):
    enrol(officer, course)
    enrol(other_officer, course)
    first, second = Client(), Client()
    first.force_login(officer)
    second.force_login(other_officer)
    assert first.get(_start(first, quiz)).status_code == 200
    address = _start(second, quiz)
    with CaptureQueriesContext(connection) as queries:
        page = second.get(address)
    assert page.status_code == 200
    assert quiz.title in page.content.decode()
    routing = [q["sql"] for q in queries.captured_queries if '"url_path"' in q["sql"]]
    assert routing == [], "the second attempt's address is routed from the first one's"
    mine = Attempt.objects.get(user=other_officer, quiz=quiz)
    assert f"/attempt/{mine.pk}/" in address


def test_another_learners_attempt_is_still_not_found(quiz, course, officer, other_officer):
    enrol(officer, course)
    enrol(other_officer, course)
    first, second = Client(), Client()
    first.force_login(officer)
    second.force_login(other_officer)
    theirs = _start(first, quiz)
    assert first.get(theirs).status_code == 200
    _start(second, quiz)
    assert second.get(theirs).status_code == 404


def test_pages_whose_slugs_are_numbers_each_show_their_own(client, officer):
    CoursePageFactory(title="Khóa học năm 2025", slug="2025")
    CoursePageFactory(title="Khóa học năm 2026", slug="2026")
    client.force_login(officer)
    for _round in range(2):
        for year in ("2025", "2026"):
            response = client.get(f"/courses/{year}/")
            assert response.status_code == 200
            body = response.content.decode()
            assert f"Khóa học năm {year}" in body
            other = "2026" if year == "2025" else "2025"
            assert f"<h1>Khóa học năm {other}" not in body
    assert client.get("/courses/2027/").status_code == 404
