"""Form tokens made for kept pages are Django's own: the same shape, the secret masked the same
way, the cookie set for a new visitor and renewed for one who has it, each character drawn
evenly, and a form sent with one is accepted."""

import re
from collections import Counter

import pytest
from django.middleware.csrf import (
    CSRF_ALLOWED_CHARS,
    CSRF_SECRET_LENGTH,
    CSRF_TOKEN_LENGTH,
    _unmask_cipher_token,
)
from django.test import Client

from home import form_tokens
from home.form_tokens import get_token, random_characters

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def test_a_new_visitor_gets_a_secret_of_their_own_and_a_masked_token(rf):
    request = rf.get("/")
    token = get_token(request)
    secret = request.META["CSRF_COOKIE"]
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"] is True
    assert len(secret) == CSRF_SECRET_LENGTH and set(secret) <= set(CSRF_ALLOWED_CHARS)
    assert len(token) == CSRF_TOKEN_LENGTH and set(token) <= set(CSRF_ALLOWED_CHARS)
    assert _unmask_cipher_token(token) == secret
    assert secret not in token


def test_a_known_secret_is_kept_and_masked_afresh_each_time(rf):
    request = rf.get("/")
    request.META["CSRF_COOKIE"] = "a" * CSRF_SECRET_LENGTH
    first, second = get_token(request), get_token(request)
    assert first != second
    assert _unmask_cipher_token(first) == _unmask_cipher_token(second) == "a" * 32
    assert request.META["CSRF_COOKIE"] == "a" * 32
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"] is True


def test_bytes_that_would_favour_some_characters_are_drawn_again(monkeypatch):
    draws = iter([bytes([0, 61, 62, 247, 248, 255, 123]), bytes(range(40))])
    monkeypatch.setattr(form_tokens.secrets, "token_bytes", lambda n: next(draws))
    chars = CSRF_ALLOWED_CHARS
    expected = [chars[0], chars[61], chars[0], chars[247 % 62], chars[123 % 62]]
    expected += [chars[n] for n in range(5)]
    assert random_characters(10) == "".join(expected)


def test_every_character_is_drawn():
    seen = Counter("".join(random_characters(CSRF_SECRET_LENGTH) for _ in range(200)))
    assert set(seen) == set(CSRF_ALLOWED_CHARS)


@pytest.mark.django_db
def test_a_form_sent_with_a_kept_pages_token_is_accepted(officer, course):
    from courses import services
    from tests.learning import lessons_of

    lessons = lessons_of(course)
    services.enrol(officer, course)
    client = Client(enforce_csrf_checks=True)
    client.force_login(officer)
    for _ in range(2):  # the second view is served from the kept page
        page = client.get(lessons[0].url)
        assert "csrftoken" in page.cookies
        token = TOKEN.search(page.content.decode()).group(1)
        done = client.post(f"{lessons[0].url}done/", {"csrfmiddlewaretoken": token})
        assert done.status_code == 302
    refused = client.post(f"{lessons[1].url}done/", {"csrfmiddlewaretoken": "x" * 64})
    assert refused.status_code == 403
