"""The first page of a prepared attempt is rendered when it is prepared: the learner sees
exactly what a full rendering shows, in their language, until their first save."""

import json
import re
from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from quizzes.models import Attempt
from quizzes.services import first_pages
from quizzes.services.attempt_engine import start_attempt
from quizzes.services.preparation import drop_prepared, prepare_opening_quizzes
from tests.quizzes.conftest import NOW, OPENS

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def _page(client, quiz, attempt, **query):
    path = quiz.url + quiz.reverse_subpage("attempt", args=(attempt.pk,))
    opened = OPENS + timedelta(minutes=1)
    with time_machine.travel(opened, tick=False), CaptureQueriesContext(connection) as queries:
        response = client.get(path, query)
    assert response.status_code == 200
    read_answers = [q for q in queries.captured_queries if "quizzes_response" in q["sql"]]
    return TOKEN.sub("", response.content.decode()), read_answers


def _kept(attempt_id, language="vi"):
    # The cache's entries live from the preparation (NOW), so it is read at the opening.
    with time_machine.travel(OPENS, tick=False):
        return first_pages.kept(attempt_id, language)


def _started(quiz, user):
    return start_attempt(user, quiz, now=OPENS + timedelta(seconds=30))


def test_the_first_page_is_the_kept_one_and_the_same_as_rendering_it(client, prepared, learner):
    attempt = _started(prepared, learner)
    client.force_login(learner)
    kept_html, read_answers = _page(client, prepared, attempt)
    assert read_answers == []  # shown as it was prepared, without reading the answers
    cache.clear()
    rendered, read_answers = _page(client, prepared, attempt)
    assert read_answers  # the same page, rendered from the answers
    assert kept_html == rendered
    assert kept_html.count('class="question ') == 2
    assert "Trang 1 / 3" in kept_html  # three pages of two, two and one questions


def test_after_a_save_the_page_shows_the_saved_answer(client, prepared, learner):
    attempt = _started(prepared, learner)
    client.force_login(learner)
    first, _read = _page(client, prepared, attempt)
    value = re.search(r'name="q0" id="q0_1" value="([^"]+)"', first).group(1)
    with time_machine.travel(OPENS + timedelta(minutes=1), tick=False):
        saved = client.post(
            reverse("quizzes:save_answers", args=[attempt.pk]),
            data=json.dumps({"sequence": 0, "answers": {"0": value}, "page": 0}),
            content_type="application/json",
        )
    assert saved.status_code == 200
    after, read_answers = _page(client, prepared, attempt)
    assert read_answers
    assert f'name="q0" id="q0_1" value="{value}" checked' in after
    assert f'name="q0" id="q0_1" value="{value}" checked' not in first


def test_other_pages_are_rendered_from_the_answers(client, prepared, learner):
    attempt = _started(prepared, learner)
    client.force_login(learner)
    second, read_answers = _page(client, prepared, attempt, page=1)
    assert read_answers
    assert 'data-question="2"' in second and 'data-question="0"' not in second


def test_each_learner_is_prepared_in_their_own_language(
    client, prepared, exam, other_officer, django_capture_on_commit_callbacks
):
    other_officer.language = "en"
    other_officer.save(update_fields=["language"])
    drop_prepared(quiz_id=exam.pk)
    with time_machine.travel(NOW, tick=False), django_capture_on_commit_callbacks(execute=True):
        prepare_opening_quizzes()
    attempt = _started(exam, other_officer)
    assert _kept(attempt.pk) is None
    assert "<legend>Question 1</legend>" in _kept(attempt.pk, "en").items_html
    client.force_login(other_officer)
    page, read_answers = _page(client, exam, attempt)
    assert read_answers == [] and "<legend>Question 1</legend>" in page


def test_another_learners_attempt_is_not_found_even_with_a_kept_page(
    client, prepared, learner, other_officer
):
    theirs = _started(prepared, other_officer)
    assert _kept(theirs.pk) is not None
    client.force_login(learner)
    path = prepared.url + prepared.reverse_subpage("attempt", args=(theirs.pk,))
    with time_machine.travel(OPENS + timedelta(minutes=1), tick=False):
        assert client.get(path).status_code == 404


def test_dropping_prepared_attempts_forgets_their_pages(prepared, learner):
    ids = list(Attempt.with_prepared.filter(quiz=prepared).values_list("pk", flat=True))
    assert ids and all(_kept(pk) is not None for pk in ids)
    drop_prepared(quiz_id=prepared.pk)
    assert all(_kept(pk) is None for pk in ids)


def test_a_page_that_cannot_be_kept_leaves_the_attempts_prepared_and_shown(
    client, exam, learner, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(items):
        raise RuntimeError("the template could not be rendered")

    monkeypatch.setattr(first_pages, "render_items", broken)
    cache.clear()
    with time_machine.travel(NOW, tick=False), django_capture_on_commit_callbacks(execute=True):
        assert prepare_opening_quizzes() == 2
    monkeypatch.undo()
    attempt = _started(exam, learner)
    assert _kept(attempt.pk) is None
    client.force_login(learner)
    page, read_answers = _page(client, exam, attempt)
    assert read_answers and page.count('class="question ') == 2
