"""Exam day's hot paths cost a few queries, however many questions the quiz has: the attempt
page, an autosave (at the address the attempt page sends it to) and starting an attempt, drawn
at the moment or prepared before the quiz opened; the start answers with the attempt's page, so
its budget covers that page too. Savepoints are left out: they come from the test's own
transaction."""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes.models import Attempt
from tests.factories.quizzes import QuestionFactory, make_quiz
from tests.quizzes.test_attempt_engine import right_answers
from tests.quizzes.test_tampered_saves import as_page

pytestmark = pytest.mark.django_db

ATTEMPT_PAGE_MAX = 10
AUTOSAVE_MAX = 5
START_MAX = 10


def url(quiz, name=None, *args):
    return quiz.url + quiz.reverse_subpage(name, args=args) if name else quiz.url


def _quiz(course, category, count, slug):
    questions = [
        QuestionFactory(category=category, qtype=t)
        for t in ["single_choice", "multiple_choice", "short_answer"] * (count // 3)
    ]
    return make_quiz(course, questions, questions_per_page=3, slug=slug)


def _queries(client, method, path, **kwargs):
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(path, **kwargs)
    assert response.status_code in (200, 302), response.content[:300]
    return len(
        [
            q
            for q in queries.captured_queries
            if not q["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO"))
        ]
    )


def _measure(client, quiz):
    """Queries of: starting, the attempt page, then the second of two autosaves."""
    client.get(url(quiz))  # warm what is kept between requests
    client.get(url(quiz))
    start = _queries(client, "post", url(quiz, "start"))
    attempt = Attempt.objects.filter(quiz=quiz).latest("pk")
    page_url = url(quiz, "attempt", attempt.pk)
    client.get(page_url)
    page = _queries(client, "get", page_url)
    html = BeautifulSoup(client.get(page_url).content, "html.parser")
    save_url = html.select_one("[data-attempt]")["data-save-url"]
    answers = as_page(attempt, right_answers(attempt))
    first = {k: v for k, v in answers.items() if int(k) < 3}

    def body(sequence):
        return json.dumps({"sequence": sequence, "answers": first, "page": 0, "save_key": ""})

    client.post(save_url, data=body(0), content_type="application/json")
    # The second save changes the answers again, so it writes them.
    first = dict.fromkeys(first)
    save = _queries(client, "post", save_url, data=body(1), content_type="application/json")
    assert Attempt.objects.get(pk=attempt.pk).sequence == 2
    return start, page, save


def test_starting_the_attempt_page_and_autosave_stay_within_their_budgets(
    client, category, course, learner
):
    client.force_login(learner)
    few = _measure(client, _quiz(course, category, 3, "it-cau"))
    many = _measure(client, _quiz(course, category, 30, "nhieu-cau"))
    start, page, save = few
    assert many == few, "starting, the attempt page and a save do not grow with the questions"
    assert page <= ATTEMPT_PAGE_MAX, f"attempt page: {page} queries"
    assert save <= AUTOSAVE_MAX, f"autosave: {save} queries"
    assert start <= START_MAX, f"start: {start} queries"


def test_starting_a_prepared_attempt_is_cheaper_still(client, category, course, learner):
    from datetime import timedelta

    import time_machine
    from django.utils import timezone

    from quizzes.services.preparation import prepare_opening_quizzes

    opens = timezone.now() + timedelta(minutes=10)
    quiz = _quiz(course, category, 30, "chuan-bi")
    quiz.open_at = opens
    quiz.save_revision().publish()
    with time_machine.travel(opens - timedelta(minutes=5), tick=False):
        assert prepare_opening_quizzes() == 1
    client.force_login(learner)
    with time_machine.travel(opens + timedelta(minutes=1), tick=False):
        client.get(url(quiz))
        start = _queries(client, "post", url(quiz, "start"))
    assert Attempt.objects.get(quiz=quiz).number == 1
    # The start itself is one statement (``test_a_first_prepared_start_is_one_statement``).
    assert start <= START_MAX - 5, f"start of a prepared attempt: {start} queries"


SUBMIT_MAX = 8


def _submit_queries(client, quiz):
    """Queries of submitting an attempt at ``quiz`` with no answer given (so not passed),
    once its page and the quiz page have been seen."""
    client.get(url(quiz))
    client.post(url(quiz, "start"))
    attempt = Attempt.objects.filter(quiz=quiz).latest("pk")
    client.get(url(quiz, "attempt", attempt.pk))
    count = _queries(client, "post", url(quiz, "submit", attempt.pk))
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED
    assert attempt.percent == 0
    return count


def test_submitting_stays_within_its_budget(client, category, course, learner):
    client.force_login(learner)
    few = _submit_queries(client, _quiz(course, category, 3, "nop-it"))
    many = _submit_queries(client, _quiz(course, category, 30, "nop-nhieu"))
    assert many == few, "submitting does not grow with the questions"
    assert few <= SUBMIT_MAX, f"submit: {few} queries"
