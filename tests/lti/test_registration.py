"""Registering a platform: by hand in the admin (administrators only), and by LTI Dynamic
Registration from a one-time link, against the test platform's OpenID configuration."""

from __future__ import annotations

from urllib.parse import urlencode

from bs4 import BeautifulSoup

from lti.models import Platform, PlatformAccount
from tests.lti.conftest import browser_launch, learner, local

LIST_URL = "/admin/lti_platforms/"
LINK_URL = "/admin/lti/registration-link/"


def _make_link(client) -> str:
    page = client.post(LINK_URL)
    assert page.status_code == 200
    field = BeautifulSoup(page.content, "html.parser").find(id="lti-registration-link")
    return field["value"]


def _open(client, platform, link, *, token=None):
    query = urlencode(
        {
            "openid_configuration": f"{platform.url}/.well-known/openid-configuration",
            "registration_token": token or platform.registration_token,
        }
    )
    return client.get(f"{local(link)}?{query}")


def test_an_administrator_sees_the_addresses_to_register(client, administrator):
    client.force_login(administrator)
    page = client.get(LIST_URL)
    assert page.status_code == 200
    text = page.content.decode()
    for path in ("/lti/login/", "/lti/launch/", "/lti/jwks.json", "/lti/configuration.json"):
        assert f"http://testserver{path}" in text


def test_an_administrator_registers_a_platform_by_hand(client, administrator, platform, course):
    client.force_login(administrator)
    form = {
        "name": "LMS của Bộ",
        "issuer": platform.issuer,
        "client_id": platform.client_id,
        "deployment_ids": platform.deployment_id,
        "auth_login_url": platform.auth_login_url,
        "auth_token_url": platform.token_url,
        "auth_audience": "",
        "keyset_url": platform.keyset_url,
        "is_active": "on",
        "send_grades": "on",
    }
    response = client.post(f"{LIST_URL}new/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Platform.objects.get().name == "LMS của Bộ"

    client.logout()
    platform.tool_keyset = client.get("/lti/jwks.json").json()
    assert browser_launch(client, platform, learner(course_id=course.pk))["Location"] == course.url


def test_a_bad_registration_form_names_the_field(client, administrator):
    client.force_login(administrator)
    response = client.post(f"{LIST_URL}new/", {"name": "X", "issuer": "not a url"})
    assert response.status_code == 200
    assert not Platform.objects.exists()


def test_people_who_are_not_administrators_cannot_register_platforms(
    client, trainer, officer, manager
):
    for person in (trainer, officer, manager):
        client.force_login(person)
        assert client.get(LIST_URL).status_code in (302, 403)
        assert client.get(LINK_URL).status_code in (302, 403)
        assert client.post(LINK_URL).status_code in (302, 403)


def test_dynamic_registration_registers_the_platform_from_a_one_time_link(
    client, administrator, platform, course
):
    client.force_login(administrator)
    link = _make_link(client)
    client.logout()

    page = _open(client, platform, link)

    assert page.status_code == 200, page.content.decode()
    assert "registered.js" in page.content.decode()
    assert platform.url in page["Content-Security-Policy"]  # the platform may frame it
    [tool] = platform.tool_registrations
    assert tool["initiate_login_uri"] == "http://testserver/lti/login/"
    assert tool["jwks_uri"] == "http://testserver/lti/jwks.json"
    registered = Platform.objects.get()
    assert (registered.issuer, registered.client_id) == (platform.issuer, platform.client_id)
    assert registered.deployments == ["dr-deployment-1"]
    assert registered.registered_dynamically
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.filter(
        object_id=str(registered.pk), action="wagtail.create"
    ).exists()

    # The platform launches with what it was given.
    platform.tool_keyset = client.get("/lti/jwks.json").json()
    assert browser_launch(client, platform, learner(course_id=course.pk))["Location"] == course.url
    assert PlatformAccount.objects.get().platform == registered

    # The link works once.
    again = _open(client, platform, link)
    assert again.status_code == 400
    assert Platform.objects.count() == 1


def test_a_tampered_or_unknown_registration_link_is_refused(client, db, platform):
    assert _open(client, platform, "/lti/register/not-a-link/").status_code == 400
    assert not platform.tool_registrations
    assert not Platform.objects.exists()


def test_a_registration_the_platform_refuses_says_so(client, administrator, platform):
    client.force_login(administrator)
    link = _make_link(client)
    response = _open(client, platform, link, token="wrong-token")
    assert response.status_code == 400
    assert not Platform.objects.exists()


def test_a_registration_link_without_a_platform_configuration_is_refused(client, administrator):
    client.force_login(administrator)
    link = _make_link(client)
    assert client.get(local(link)).status_code == 400
    assert client.get(local(link) + "?openid_configuration=ftp://x").status_code == 400


def test_the_outgoing_data_page_lists_each_platform_grades_go_to(client, administrator, registered):
    registered.legal_basis = "Thoả thuận liên thông số 12/2027"
    registered.save()
    client.force_login(administrator)
    page = client.get("/admin/outgoing-data/")
    assert page.status_code == 200
    text = page.content.decode()
    assert registered.name in text
    assert "Thoả thuận liên thông số 12/2027" in text
    assert "127.0.0.1:" in text  # where the grades go
