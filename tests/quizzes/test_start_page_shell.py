"""At an exam's opening every officer presses start at the same address: the answer, their
attempt's first page, is rendered once for all of them, and every part of it that is one
attempt's own (its questions, addresses, timer, page list and form token) is each officer's."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.test import Client

from home import page_shell
from quizzes.models import Attempt
from tests.quizzes.conftest import OPENS
from tests.quizzes.test_views import _form_of

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _browser(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.get("/")  # a page with a form first: the browser has its form token cookie
    return client


def _start(client, quiz, at):
    with time_machine.travel(at, tick=False):
        response = client.post(
            quiz.url + quiz.reverse_subpage("start"),
            {"csrfmiddlewaretoken": client.cookies["csrftoken"].value},
        )
    assert response.status_code == 200
    return response.content.decode()


def _attempt_view(client, url, at):
    with time_machine.travel(at, tick=False):
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_each_officer_starting_at_once_gets_their_own_attempt_in_one_kept_page(
    prepared, learner, other_officer
):
    first, second = _browser(learner), _browser(other_officer)
    kept = len(page_shell._shells)  # the home page's
    at = OPENS + timedelta(seconds=5)
    mine = _start(first, prepared, at)
    theirs = _start(second, prepared, at + timedelta(seconds=40))
    assert len(page_shell._shells) == kept + 1  # rendered once for both
    my_attempt = Attempt.objects.get(quiz=prepared, user=learner)
    their_attempt = Attempt.objects.get(quiz=prepared, user=other_officer)
    pairs = ((mine, my_attempt, their_attempt), (theirs, their_attempt, my_attempt))
    for html, own, other in pairs:
        assert f'data-attempt="{own.pk}"' in html
        assert f"/attempts/{own.pk}/save/" in html
        assert f"/attempt/{other.pk}/" not in html and f"/attempts/{other.pk}/" not in html
    # Each page is exactly what the officer's own attempt address shows (questions in their
    # own shuffled order, their timer, their page list).
    assert _form_of(mine) == _form_of(_attempt_view(first, _address(mine), at))
    later = at + timedelta(seconds=40)
    assert _form_of(theirs) == _form_of(_attempt_view(second, _address(theirs), later))
    # Each timer runs from the officer's own start.
    assert _remaining(mine) == _remaining(theirs) == 20 * 60
    assert my_attempt.deadline + timedelta(seconds=40) == their_attempt.deadline


def test_each_officers_form_token_is_their_own_and_works(prepared, learner, other_officer):
    first, second = _browser(learner), _browser(other_officer)
    at = OPENS + timedelta(seconds=5)
    mine = _start(first, prepared, at)
    theirs = _start(second, prepared, at)
    my_token, their_token = TOKEN.search(mine).group(1), TOKEN.search(theirs).group(1)
    assert "kns" not in my_token and "kns" not in their_token
    attempt = Attempt.objects.get(quiz=prepared, user=other_officer)
    form = {"sequence": "0", "page": "0", "next": "1"}
    with time_machine.travel(at, tick=False):
        # The other officer's token is refused with this officer's cookie; their own works.
        refused = second.post(_address(theirs), {**form, "csrfmiddlewaretoken": my_token})
        taken = second.post(_address(theirs), {**form, "csrfmiddlewaretoken": their_token})
    assert refused.status_code == 403
    assert taken.status_code == 302
    attempt.refresh_from_db()
    assert attempt.current_page == 1


def test_a_resumed_attempt_on_another_page_is_shown_as_it_is(prepared, learner, other_officer):
    first, second = _browser(learner), _browser(other_officer)
    at = OPENS + timedelta(seconds=5)
    mine = _start(first, prepared, at)
    token = TOKEN.search(mine).group(1)
    shown = mine
    for _page in range(2):  # on to the last of three pages
        sequence = re.search(r'data-sequence="(\d+)"', shown).group(1)
        page = re.search(r'data-page="(\d+)"', shown).group(1)
        with time_machine.travel(at, tick=False):
            moved = first.post(
                _address(mine),
                {"sequence": sequence, "page": page, "next": "1", "csrfmiddlewaretoken": token},
            )
        assert moved.status_code == 302
        shown = _attempt_view(first, moved["Location"], at)
    theirs = _start(second, prepared, at)
    again = _start(first, prepared, at)  # pressing start again resumes the last page
    assert 'data-page="2"' in again and 'data-page="0"' in theirs
    assert "Trang 3 / 3" in again and "Trang 1 / 3" in theirs
    assert 'name="finish"' in again and 'name="previous"' in again
    assert 'name="next"' in theirs and 'name="previous"' not in theirs
    assert _form_of(again) == _form_of(_attempt_view(first, _address(again), at))


def _address(html):
    return re.search(r'data-attempt-url="([^"]+)"', html).group(1)


def _remaining(html):
    return int(re.search(r'data-remaining="(\d+)"', html).group(1))
