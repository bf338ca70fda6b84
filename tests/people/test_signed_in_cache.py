"""The signed-in person's account is kept between their requests, and every change to it
(deactivation by any path, a new password, a new name, a new secret key) shows on their very
next request."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from people import signed_in
from people.models import User
from people.services.hygiene import deactivate_inactive_accounts
from people.services.officers import set_officer_active
from tests.factories.people import OfficerFactory

pytestmark = pytest.mark.django_db

PAGE = "/my/"


@pytest.fixture(autouse=True)
def _kept_as_in_production(settings):
    settings.SIGNED_IN_KEEP_SECONDS = 60


def _browser(user):
    # Made a while ago: the writes of the test's setup bar the account for some seconds.
    cache.delete(signed_in._key(user.pk))
    client = Client()
    client.force_login(user)
    return client


def _account_reads(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(PAGE)
    reads = [q["sql"] for q in queries.captured_queries if 'FROM "people_user"' in q["sql"]]
    return response, reads


def _signed_in(client):
    response = client.get(PAGE)
    return response.status_code == 200


def _kept_after_a_request(user):
    client = _browser(user)
    _account_reads(client)  # the first request reads the account and keeps it
    return client


def test_the_account_is_read_once_and_then_kept(officer):
    client = _browser(officer)
    first, reads = _account_reads(client)
    assert first.status_code == 200 and reads
    again, reads = _account_reads(client)
    assert again.status_code == 200
    assert reads == []
    assert officer.get_full_name() in again.content.decode()


def test_the_kept_account_holds_no_password_hash(officer):
    _kept_after_a_request(officer)
    entry = cache.get(signed_in._key(officer.pk))
    assert isinstance(entry, dict)
    assert officer.password not in repr(entry)


def test_a_password_asked_for_is_read_from_the_database(officer):
    client = _kept_after_a_request(officer)
    # Changing the password needs the current one: it is checked against the real hash.
    response = client.post(
        "/accounts/password/change/",
        {"oldpassword": "not-the-password", "password1": "x", "password2": "x"},
    )
    assert response.status_code == 200  # the form again, with its errors
    assert not response.context["form"].is_valid()


@pytest.mark.parametrize(
    "deactivate",
    [
        pytest.param(lambda user: _save(user, is_active=False), id="saved"),
        pytest.param(
            lambda user: User.objects.filter(pk=user.pk).update(is_active=False), id="updated"
        ),
        pytest.param(
            lambda user: set_officer_active(user.officer, active=False), id="officer-deactivated"
        ),
        pytest.param(
            lambda user: User.objects.bulk_update([_set(user, is_active=False)], ["is_active"]),
            id="bulk-updated",
        ),
    ],
)
def test_a_deactivated_account_is_signed_out_at_once(deactivate):
    user = OfficerFactory().user
    client = _kept_after_a_request(user)
    assert _signed_in(client)
    deactivate(User.objects.get(pk=user.pk))
    assert not _signed_in(client)


def test_an_account_deactivated_by_the_daily_job_is_signed_out_at_once(settings):
    settings.ACCOUNT_INACTIVE_DAYS = 45
    user = OfficerFactory().user
    client = _kept_after_a_request(user)
    long_ago = timezone.now() - datetime.timedelta(days=50)
    # Unused for 50 days (the kept account is not told: written behind the model's back).
    User.objects.filter(pk=user.pk).update(last_login=long_ago, date_joined=long_ago)
    cache.delete(signed_in._key(user.pk))
    _account_reads(client)  # kept again, as it is now
    assert deactivate_inactive_accounts()["deactivated"] >= 1
    assert not _signed_in(client)


def test_a_new_password_signs_out_the_other_sessions_at_once(officer):
    client = _kept_after_a_request(officer)
    user = User.objects.get(pk=officer.pk)
    user.set_password("một-mật-khẩu-mới-dài-đủ")
    user.save()
    assert not _signed_in(client)


def test_a_new_name_shows_on_the_next_request(officer):
    client = _kept_after_a_request(officer)
    User.objects.filter(pk=officer.pk).update(first_name="Thị Mới")
    response, reads = _account_reads(client)
    assert reads  # read again after the change
    assert "Thị Mới" in response.content.decode()


def test_a_new_secret_key_does_not_take_an_account_kept_under_the_old_one(officer, settings):
    client = _kept_after_a_request(officer)
    settings.SECRET_KEY = "another-secret-key-" + "x" * 40
    # The session was signed with the old key: Django signs the person out.
    assert not _signed_in(client)


def test_a_request_that_read_the_account_before_a_change_cannot_keep_it(officer):
    old = User.objects.get(pk=officer.pk)  # read before the change...
    User.objects.filter(pk=officer.pk).update(is_active=False)
    signed_in._keep(old)  # ...and kept after it: refused, the entry is barred
    assert cache.get(signed_in._key(officer.pk)) == signed_in._BARRED


def test_the_kept_account_is_never_used_for_another_session_or_person(officer, other_officer):
    client = _kept_after_a_request(officer)
    # Another person's session naming this account with its own hash is refused by Django.
    other = _browser(other_officer)
    session = other.session
    session["_auth_user_id"] = str(officer.pk)
    session.save()
    response = other.get(PAGE)
    assert officer.get_full_name() not in response.content.decode()
    assert _signed_in(client)


def test_with_redis_unreachable_each_person_is_read_from_the_database(
    officer, other_officer, settings
):
    from django.core.cache import caches

    from tests.home.test_healthz import CLOSED_REDIS, fail_open_cache

    settings.CACHES = {**settings.CACHES, **fail_open_cache(CLOSED_REDIS)}
    try:
        mine, theirs = _browser(officer), _browser(other_officer)
        for _ in range(2):
            response, reads = _account_reads(mine)
            assert response.status_code == 200 and reads
            assert officer.get_full_name() in response.content.decode()
            assert other_officer.get_full_name() not in response.content.decode()
        assert other_officer.get_full_name() in theirs.get(PAGE).content.decode()
        # Nothing can be barred either: a deactivation still signs the person out at once.
        User.objects.filter(pk=officer.pk).update(is_active=False)
        assert not _signed_in(mine)
    finally:
        caches["default"].close()


def _set(user, **fields):
    for name, value in fields.items():
        setattr(user, name, value)
    return user


def _save(user, **fields):
    _set(user, **fields).save()
