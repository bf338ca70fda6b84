"""Failed sign-in limits: counted in the shared cache (Redis), per account and per client
address behind the trusted proxies, the same for every app process; a locked account is told
when to try again and how to reset its password; every failure and lockout is logged."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from config.settings import base
from tests.factories.people import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent.parent
REDIS = "redis://127.0.0.1:6379/15"
# The limits every site runs with unless its environment changes them.
LIMITS = base.ACCOUNT_RATE_LIMITS


def _redis_cache(prefix: str) -> dict:
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS,
            "KEY_PREFIX": prefix,
        }
    }


@pytest.fixture
def shared_limits(settings):
    settings.CACHES = _redis_cache(f"kns-test-{uuid.uuid4().hex}")
    settings.ACCOUNT_RATE_LIMITS = LIMITS
    return settings


def _wrong(client, email, **extra):
    return client.post(
        reverse("account_login"), {"login": email, "password": "not-the-password"}, **extra
    )


def test_thirty_wrong_passwords_are_limited_and_logged(client, officer, shared_limits):
    client.cookies["kns_language"] = "en"
    responses = [_wrong(client, officer.email) for _attempt in range(30)]
    locked = [r for r in responses if "Too many failed sign-in attempts" in r.content.decode()]
    assert len(locked) == 25
    assert all(r.status_code == 200 for r in responses)
    assert ModelLogEntry.objects.filter(action="people.sign_in_failed").count() == 5
    lockouts = ModelLogEntry.objects.filter(action="people.sign_in_locked")
    assert lockouts.count() == 25
    assert lockouts.first().object_id == str(officer.pk)
    assert set(lockouts.first().data) >= {"ip", "user_agent", "login"}
    # Even the right password waits for the end of the lock.
    response = client.post(
        reverse("account_login"), {"login": officer.email, "password": TEST_PASSWORD}
    )
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert not client.get("/").context["user"].is_authenticated


def test_three_hundred_officers_behind_one_address_all_sign_in_within_a_minute(
    shared_limits,
):
    """An office signs in before an exam from its one NAT address: nobody is refused."""
    people = UserFactory.create_batch(300)
    refused = []
    for person in people:
        response = Client().post(
            reverse("account_login"),
            {"login": person.email, "password": TEST_PASSWORD},
            REMOTE_ADDR="203.0.113.50",
        )
        if response.status_code != 302 or response["Location"] == reverse("account_login"):
            refused.append((person.email, response.status_code))
    assert refused == []


def test_past_the_sign_ins_a_minute_from_one_address_the_page_says_so(officer, shared_limits):
    shared_limits.ACCOUNT_RATE_LIMITS = {**LIMITS, "login": "3/m/ip"}
    answers = [
        Client(HTTP_COOKIE="kns_language=en").post(
            reverse("account_login"), {"login": officer.email, "password": TEST_PASSWORD}
        )
        for _attempt in range(4)
    ]
    assert [a.status_code for a in answers[:3]] == [302, 302, 302]
    assert answers[3].status_code == 429
    assert "Too many attempts" in answers[3].content.decode()
    # Another address is not held back by the first one's count.
    other = Client().post(
        reverse("account_login"),
        {"login": officer.email, "password": TEST_PASSWORD},
        REMOTE_ADDR="203.0.113.51",
    )
    assert other.status_code == 302


def test_the_locked_page_says_when_to_try_again_and_links_to_a_password_reset(
    client, officer, shared_limits
):
    for _attempt in range(6):
        response = _wrong(client, officer.email)
    page = response.content.decode()
    assert "Thử lại sau" in page
    assert reverse("account_reset_password") in page


def test_behind_a_proxy_the_limit_counts_the_visitors_address_not_a_spoofed_one(
    client, shared_limits, django_user_model
):
    shared_limits.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    client.cookies["kns_language"] = "en"
    for attempt in range(20):
        page = _wrong(
            client,
            f"nobody{attempt}@example.org",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}, 203.0.113.7",
        ).content.decode()
        assert "Too many" not in page
    spoofed = _wrong(
        client, "someone@example.org", HTTP_X_FORWARDED_FOR="198.51.100.99, 203.0.113.7"
    )
    assert "Too many failed sign-in attempts" in spoofed.content.decode()
    # Another office, another address: not locked out by the first one.
    other = _wrong(client, "someone@example.org", HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert "Too many" not in other.content.decode()


PROBE = """
import json
import sys
import django
django.setup()
from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.test.utils import override_settings

prefix, attempts = sys.argv[1], int(sys.argv[2])
REDIS, LIMITS = sys.argv[3], json.loads(sys.argv[4])
cache = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                     "LOCATION": REDIS, "KEY_PREFIX": prefix}}
allowed = 0
with override_settings(CACHES=cache, ACCOUNT_RATE_LIMITS=LIMITS):
    for attempt in range(attempts):
        request = RequestFactory().post("/accounts/login/", REMOTE_ADDR=f"10.1.{attempt}.9")
        try:
            DefaultAccountAdapter(request).pre_authenticate(
                request, email="target@example.org", password="wrong"
            )
            allowed += 1
        except ValidationError:
            pass
print(allowed)
"""


def test_the_limit_holds_across_two_processes_sharing_redis():
    prefix = f"kns-test-{uuid.uuid4().hex}"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    processes = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", PROBE, prefix, "15", REDIS, json.dumps(LIMITS)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _process in range(2)
    ]
    allowed = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        allowed.append(int(out.strip().splitlines()[-1]))
    # 30 attempts on one account from two processes: 5 in all went through, not 5 each.
    assert sum(allowed) == 5
