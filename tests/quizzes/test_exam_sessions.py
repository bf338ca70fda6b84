"""A session lasts through an exam: starting an attempt renews a session that would end first,
and leaves a fresh one alone (no write on the way)."""

import time

import pytest
from django.conf import settings

from quizzes import sessions
from tests.factories.quizzes import QuestionFactory, make_quiz, start_in_browser

pytestmark = pytest.mark.django_db


def _start(client, quiz):
    return start_in_browser(client, quiz)


def test_a_fresh_session_is_not_written_when_an_attempt_starts(client, course, learner):
    quiz = make_quiz(course, [QuestionFactory()], time_limit_minutes=60)
    client.force_login(learner)
    assert isinstance(client.session[sessions.SAVED_AT], int)
    response = _start(client, quiz)
    assert settings.SESSION_COOKIE_NAME not in response.cookies


def test_a_session_that_would_end_during_the_attempt_is_renewed(client, course, learner):
    quiz = make_quiz(course, [QuestionFactory()], time_limit_minutes=60)
    client.force_login(learner)
    session = client.session
    old = int(time.time()) - settings.SESSION_COOKIE_AGE + 30 * 60  # 30 minutes left
    session[sessions.SAVED_AT] = old
    session.save()
    response = _start(client, quiz)
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert int(cookie["max-age"]) == settings.SESSION_COOKIE_AGE
    assert client.session[sessions.SAVED_AT] > old
