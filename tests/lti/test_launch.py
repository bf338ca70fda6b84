"""Launching the tool from a real LTI 1.3 platform: who is signed in, where they land, and
every launch that must be refused (with a clear page, never a 500)."""

from __future__ import annotations

import pytest
import requests

from lti.models import PlatformAccount
from tests.lti.conftest import browser_launch, learner, local
from tests.lti.platform import INSTITUTION_ADMIN, INSTRUCTOR, SYSTEM_ADMIN, PendingLaunch


def test_a_launch_signs_in_a_new_learner_on_the_course_page(client, registered, platform, course):
    response = browser_launch(client, platform, learner(course_id=course.pk))

    assert response.status_code == 302
    assert response["Location"] == course.url
    page = client.get(course.url)
    assert page.status_code == 200
    assert course.title in page.content.decode()
    account = PlatformAccount.objects.select_related("user").get(platform=registered)
    assert account.subject == "learner-42"
    user = account.user
    assert page.wsgi_request.user == user
    assert (user.last_name, user.first_name) == ("Trần Văn", "Học")
    assert list(user.groups.values_list("name", flat=True)) == ["Officer"]
    assert user.enrolments.get().course_id == course.pk
    assert client.get("/my/").status_code == 200  # their own learning page works too


def test_a_second_launch_of_the_same_user_reuses_the_account(
    client, registered, platform, course, other_course
):
    browser_launch(client, platform, learner(course_id=course.pk))
    client.logout()
    response = browser_launch(client, platform, learner(course_id=other_course.pk))

    assert response["Location"] == other_course.url
    account = PlatformAccount.objects.get(platform=registered, subject="learner-42")
    assert PlatformAccount.objects.count() == 1
    assert {e.course_id for e in account.user.enrolments.all()} == {course.pk, other_course.pk}


def test_another_user_of_the_platform_gets_another_account(client, registered, platform, course):
    browser_launch(client, platform, learner("learner-1", course_id=course.pk))
    client.logout()
    browser_launch(client, platform, learner("learner-2", course_id=course.pk))

    accounts = PlatformAccount.objects.filter(platform=registered)
    assert accounts.count() == 2
    assert len({a.user_id for a in accounts}) == 2


def test_a_platforms_instructor_or_administrator_gets_no_staff_rights(
    client, registered, platform, course
):
    pending = PendingLaunch(
        sub="teacher-7",
        roles=[INSTRUCTOR, INSTITUTION_ADMIN, SYSTEM_ADMIN],
        course_id=course.pk,
    )
    response = browser_launch(client, platform, pending)

    assert response.status_code == 302
    user = PlatformAccount.objects.get(subject="teacher-7").user
    assert not user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Officer"]
    admin = client.get("/admin/")
    assert admin.status_code in (302, 403)
    assert "login" in admin.get("Location", "login")  # sent to sign in, not let in


def test_an_account_given_staff_rights_here_cannot_be_opened_by_a_launch(
    client, registered, platform, course
):
    from django.contrib.auth.models import Group

    browser_launch(client, platform, learner(course_id=course.pk))
    client.logout()
    user = PlatformAccount.objects.get(subject="learner-42").user
    user.groups.add(Group.objects.get(name="Trainer"))

    response = browser_launch(client, platform, learner(course_id=course.pk))

    assert response.status_code == 403
    assert "second factor" in response.content.decode() or "xác thực" in response.content.decode()
    assert "_auth_user_id" not in client.session


def _refused(response, status=400):
    assert response.status_code == status
    assert "_auth_user_id" not in response.wsgi_request.session
    return response.content.decode()


def test_a_forged_id_token_is_refused(client, registered, platform, course):
    _refused(browser_launch(client, platform, learner(course_id=course.pk, forged=True)))
    assert not PlatformAccount.objects.exists()


def test_an_expired_id_token_is_refused(client, registered, platform, course):
    _refused(browser_launch(client, platform, learner(course_id=course.pk, expires_in=-120)))
    assert not PlatformAccount.objects.exists()


def test_an_id_token_for_another_audience_is_refused(client, registered, platform, course):
    _refused(browser_launch(client, platform, learner(course_id=course.pk, audience="other")))
    assert not PlatformAccount.objects.exists()


def test_a_replayed_launch_is_refused(client, registered, platform, course):
    posted: dict = {}
    assert (
        browser_launch(client, platform, learner(course_id=course.pk), keep=posted).status_code
        == 302
    )
    client.logout()

    again = client.post(local(posted["launch_url"]), {k: posted[k] for k in ("id_token", "state")})

    page = _refused(again)
    assert "used already" in page or "đã được dùng" in page


def test_a_launch_with_an_unknown_deployment_is_refused(client, registered, platform, course):
    registered.deployment_ids = "another-deployment"
    registered.save()
    _refused(browser_launch(client, platform, learner(course_id=course.pk)))


def test_a_launch_from_an_inactive_platform_is_refused_at_login(
    client, registered, platform, course
):
    registered.is_active = False
    registered.save()
    response = client.get(local(platform.login_url(learner(course_id=course.pk))))
    _refused(response)


def test_a_launch_without_a_token_is_refused(client, registered):
    _refused(client.post("/lti/launch/", {"state": "state-x", "id_token": "not.a.token"}))
    _refused(client.post("/lti/launch/", {}))


def test_a_login_request_from_an_unknown_issuer_is_refused(client, db):
    _refused(client.get("/lti/login/", {"iss": "https://unknown.example", "login_hint": "1"}))
    _refused(client.get("/lti/login/"))


def test_a_link_to_a_course_that_is_not_published_says_so(client, registered, platform, course):
    course.unpublish()
    response = browser_launch(client, platform, learner(course_id=course.pk))
    assert response.status_code == 404
    assert response.wsgi_request.user.is_authenticated  # the person is known, the course is not


@pytest.mark.parametrize("path", ["/lti/jwks.json", "/lti/configuration.json"])
def test_the_tool_publishes_its_keys_and_configuration(client, db, path):
    assert client.get(path).status_code == 200


def test_the_jwks_holds_the_tool_key_that_signs(client, db):
    keys = client.get("/lti/jwks.json").json()["keys"]
    assert len(keys) == 1 and keys[0]["kty"] == "RSA" and keys[0]["alg"] == "RS256"
    assert "d" not in keys[0]  # never the private half
    assert client.get("/lti/jwks.json").json()["keys"] == keys  # made once, then kept


def test_the_platform_answers_the_tool_login_with_its_own_checks(platform):
    # The platform refuses a login answer naming another user: the test platform is real.
    url = platform.auth_login_url + "?lti_message_hint=missing"
    assert requests.get(url, timeout=10).status_code == 400


def test_a_link_naming_an_impossible_course_id_says_so(client, registered, platform, course):
    response = browser_launch(client, platform, learner(course_id=10**15))
    assert response.status_code == 404


def test_a_user_id_longer_than_lti_allows_is_refused(client, registered, platform, course):
    _refused(browser_launch(client, platform, learner("x" * 300, course_id=course.pk)))
    assert not PlatformAccount.objects.exists()
