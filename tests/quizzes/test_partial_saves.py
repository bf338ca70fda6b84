"""Autosave at the address the attempt page sends it to: a save names only the answers that
changed, and the questions it does not name keep what the server has."""

import json

import pytest
from django.urls import reverse

from quizzes.models import Attempt, Response
from quizzes.services.attempt_engine import start_attempt
from tests.factories.quizzes import QuestionFactory, make_quiz

pytestmark = pytest.mark.django_db


def _save(client, attempt, sequence, answers, page=None, key=""):
    return client.post(
        reverse("quizzes:save_answers", args=[attempt.pk]),
        data=json.dumps({"sequence": sequence, "answers": answers, "page": page, "save_key": key}),
        content_type="application/json",
    )


@pytest.fixture
def attempt(category, course, learner):
    questions = [QuestionFactory(category=category, qtype="short_answer") for _ in range(3)]
    return start_attempt(learner, make_quiz(course, questions, questions_per_page=3))


def _answers(attempt):
    return dict(Response.objects.filter(attempt=attempt).values_list("position", "answer"))


def test_a_partial_save_keeps_the_answers_it_does_not_name(client, learner, attempt):
    client.force_login(learner)
    assert _save(client, attempt, 0, {"0": "một", "1": "hai", "2": "ba"}).status_code == 200
    reply = _save(client, attempt, 1, {"1": "hai nữa"}, page=0)
    assert reply.status_code == 200 and reply.json()["sequence"] == 2
    assert _answers(attempt) == {0: "một", 1: "hai nữa", 2: "ba"}
    # A save that only moves the page changes no answer.
    assert _save(client, attempt, 2, {}, page=0).status_code == 200
    assert _answers(attempt) == {0: "một", 1: "hai nữa", 2: "ba"}


def test_an_unchanged_answer_sent_again_keeps_its_time(client, learner, attempt):
    client.force_login(learner)
    _save(client, attempt, 0, {"0": "một"})
    answered = Response.objects.get(attempt=attempt, position=0).answered_at
    _save(client, attempt, 1, {"0": "một", "1": "hai"})
    assert Response.objects.get(attempt=attempt, position=0).answered_at == answered


def test_a_repeated_save_is_applied_once_and_a_stale_one_changes_nothing(client, learner, attempt):
    client.force_login(learner)
    assert _save(client, attempt, 0, {"0": "một"}, key="k1").status_code == 200
    again = _save(client, attempt, 0, {"0": "một"}, key="k1")
    assert again.status_code == 200 and again.json()["sequence"] == 1
    stale = _save(client, attempt, 0, {"0": "cũ", "2": "cũ"}, key="k2")
    assert stale.status_code == 409 and stale.json()["sequence"] == 1
    assert _answers(attempt) == {0: "một", 1: None, 2: None}
    assert Attempt.objects.get(pk=attempt.pk).sequence == 1


def test_a_tampered_partial_save_is_refused_whole(client, learner, attempt):
    client.force_login(learner)
    reply = _save(client, attempt, 0, {"0": "một", "7": "không có"})
    assert reply.status_code == 400 and reply.json()["error"] == "bad_answer"
    assert _save(client, attempt, 0, {"0": "một"}, page=5).status_code == 400
    assert _answers(attempt) == {0: None, 1: None, 2: None}
    assert Attempt.objects.get(pk=attempt.pk).sequence == 0


def test_only_the_learner_saves_at_this_address(client, learner, other_officer, attempt):
    assert _save(client, attempt, 0, {"0": "một"}).status_code == 403
    client.force_login(other_officer)
    assert _save(client, attempt, 0, {"0": "một"}).status_code == 404
    assert _answers(attempt)[0] is None
