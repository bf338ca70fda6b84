"""An attempt's address is routed once for every attempt at the quiz (the attempt's number is
the quiz's own part of the address), and pages whose slugs are numbers are never mixed up."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from quizzes.models import Attempt
from tests.factories.courses import CoursePageFactory
from tests.factories.quizzes import enrol, make_quiz, start_in_browser

pytestmark = pytest.mark.django_db


def _start(client, quiz):
    return start_in_browser(client, quiz).attempt_url


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


def _submit(client, quiz, attempt_id):
    return client.post(quiz.url + quiz.reverse_subpage("submit", args=(attempt_id,)))


def test_submitting_anothers_attempt_is_not_found_and_leaves_it_open(
    quiz, course, officer, other_officer
):
    enrol(officer, course)
    enrol(other_officer, course)
    first, second = Client(), Client()
    first.force_login(officer)
    second.force_login(other_officer)
    _start(first, quiz)
    _start(second, quiz)
    theirs = Attempt.objects.get(user=officer, quiz=quiz)
    assert _submit(second, quiz, theirs.pk).status_code == 404
    theirs.refresh_from_db()
    assert theirs.state == Attempt.State.IN_PROGRESS and theirs.submitted_at is None
    mine = Attempt.objects.get(user=other_officer, quiz=quiz)
    assert mine.state == Attempt.State.IN_PROGRESS


def test_submitting_twice_grades_once_and_both_lead_to_the_review(client, quiz, course, officer):
    enrol(officer, course)
    client.force_login(officer)
    _start(client, quiz)
    attempt = Attempt.objects.get(user=officer, quiz=quiz)
    review = quiz.url + quiz.reverse_subpage("review", args=(attempt.pk,))
    first = _submit(client, quiz, attempt.pk)
    assert first.status_code == 302 and first["Location"] == review
    attempt.refresh_from_db()
    submitted_at = attempt.submitted_at
    assert attempt.state == Attempt.State.FINISHED and submitted_at is not None
    second = _submit(client, quiz, attempt.pk)
    assert second.status_code == 302 and second["Location"] == review
    attempt.refresh_from_db()
    assert attempt.submitted_at == submitted_at
    assert client.get(review).status_code == 200


def test_an_attempt_at_another_quiz_is_not_found_at_this_quizs_address(
    client, quiz, course, officer, questions
):
    other_quiz = make_quiz(course, questions, title="Bài kiểm tra khác")
    enrol(officer, course)
    client.force_login(officer)
    _start(client, quiz)
    attempt = Attempt.objects.get(user=officer, quiz=quiz)
    assert _submit(client, other_quiz, attempt.pk).status_code == 404
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.IN_PROGRESS


def test_a_visitor_or_an_officer_not_enrolled_cannot_see_or_submit_an_attempt(
    client, quiz, course, officer, other_officer
):
    enrol(officer, course)
    learner = Client()
    learner.force_login(officer)
    _start(learner, quiz)
    attempt = Attempt.objects.get(user=officer, quiz=quiz)
    page = quiz.url + quiz.reverse_subpage("attempt", args=(attempt.pk,))
    visitor_page, visitor_submit = client.get(page), _submit(client, quiz, attempt.pk)
    for refused in (visitor_page, visitor_submit):
        assert refused.status_code == 302 and "/accounts/login/" in refused["Location"]
    client.force_login(other_officer)  # signed in, not enrolled in the course
    for outsider in (client.get(page), _submit(client, quiz, attempt.pk)):
        # Sent to the course's page to enrol, never to the attempt or its review.
        assert outsider.status_code == 302 and outsider["Location"] == course.url
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.IN_PROGRESS and attempt.submitted_at is None
