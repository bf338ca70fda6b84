"""API clients: the token endpoint, hashed secrets and tokens, rotation and revocation, the
admin screens, rate limits, the audit log, and the OpenAPI document and its reference page."""

import base64
import datetime

import pytest
import time_machine
import yaml
from django.urls import reverse
from openapi_spec_validator import validate
from wagtail.models import ModelLogEntry

from api import services
from api.models import ApiClient, ApiToken
from tests.api.conftest import Caller, token_request

pytestmark = pytest.mark.django_db


def test_secrets_and_tokens_are_kept_only_as_hashes(api_a):
    client = ApiClient.objects.get(client_id=api_a.client_id)
    assert api_a.secret not in client.secret_hash
    assert client.secret_hash == services.digest(api_a.secret)
    stored = ApiToken.objects.get(client=client)
    assert stored.token_hash == services.digest(api_a.token)
    assert not ApiToken.objects.filter(token_hash=api_a.token).exists()


def test_the_token_endpoint_follows_oauth_client_credentials(api_a, client):
    form = {"grant_type": "client_credentials", "client_id": api_a.client_id}
    good = token_request(client, {**form, "client_secret": api_a.secret})
    assert good.status_code == 200
    body = good.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
    assert good["Cache-Control"] == "no-store"
    wrong = token_request(client, {**form, "client_secret": api_a.secret + "x"})
    assert wrong.status_code == 401 and wrong.json() == {"error": "invalid_client"}
    assert token_request(client, {"grant_type": "password"}).json() == {
        "error": "unsupported_grant_type"
    }
    assert token_request(client, {"grant_type": "client_credentials"}).json() == {
        "error": "invalid_request"
    }
    bad_basic = token_request(
        client, {"grant_type": "client_credentials"}, HTTP_AUTHORIZATION="Basic !!!"
    )
    assert bad_basic.status_code == 400


def test_calls_without_a_valid_token_are_refused(api_a, client):
    assert client.get("/api/v1/courses/").status_code == 401
    bad = client.get("/api/v1/courses/", HTTP_AUTHORIZATION="Bearer kns_at_nothing")
    assert bad.status_code == 401
    assert api_a.get("/api/v1/courses/").status_code == 200


def test_tokens_expire(api_a):
    with time_machine.travel(datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=2)):
        assert api_a.get("/api/v1/courses/").status_code == 401


def test_rotating_the_secret_ends_the_old_secret_and_tokens(api_a, administrator, client):
    record = ApiClient.objects.get(client_id=api_a.client_id)
    new_secret = services.rotate_secret(administrator, record)
    assert api_a.get("/api/v1/courses/").status_code == 401
    with pytest.raises(AssertionError):
        api_a.fetch_token()
    assert Caller(api_a.client_id, new_secret).get("/api/v1/courses/").status_code == 200


def test_a_revoked_client_can_do_nothing(api_a, administrator):
    services.revoke_client(administrator, ApiClient.objects.get(client_id=api_a.client_id))
    assert api_a.get("/api/v1/courses/").status_code == 401
    with pytest.raises(AssertionError):
        api_a.fetch_token()


def test_every_call_is_rate_limited(api_a, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"api_client": "3/min", "api_token": "30/min"},
    }
    from rest_framework.settings import api_settings
    from rest_framework.throttling import SimpleRateThrottle

    api_settings.reload()
    SimpleRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES
    try:
        codes = [api_a.get("/api/v1/courses/").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        assert api_a.get("/api/v1/staff/").status_code == 429
    finally:
        settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK}
        api_settings.reload()
        SimpleRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES


def test_the_token_endpoint_is_rate_limited_by_address(api_a, client, settings):
    from rest_framework.settings import api_settings
    from rest_framework.throttling import SimpleRateThrottle

    SimpleRateThrottle.THROTTLE_RATES = {
        **api_settings.DEFAULT_THROTTLE_RATES,
        "api_token": "3/min",
    }  # the fixture took one
    try:
        form = {"grant_type": "client_credentials", "client_id": "x", "client_secret": "y"}
        codes = [token_request(client, form).status_code for _ in range(3)]
        assert codes == [401, 401, 429]
    finally:
        SimpleRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES


def test_every_call_is_in_the_audit_log_with_client_endpoint_and_counts(api_a, officer):
    api_a.get("/api/v1/staff/")
    entry = ModelLogEntry.objects.filter(action="api.call").latest("timestamp")
    assert entry.data["client"] == api_a.client_id
    assert entry.data["endpoint"] == "/api/v1/staff/"
    assert entry.data["status"] == 200 and entry.data["rows"] >= 1
    api_a.get("/api/v1/units/XX/")
    assert ModelLogEntry.objects.filter(action="api.call").latest("timestamp").data["status"] == 404


def test_the_openapi_document_validates(client):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    document = yaml.safe_load(response.content)
    validate(document)
    paths = document["paths"]
    assert "/api/v1/staff/upsert/" in paths and "/api/v1/results/enrolments/" in paths
    assert not any(path.startswith("/admin/") for path in paths)


def test_the_reference_page_uses_only_this_sites_scripts(client):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    assert response["Content-Security-Policy"].startswith("default-src 'self'")
    page = response.content.decode()
    assert (
        "<script>" not in page and "<style>" not in page and "http" not in page.split("<body>")[1]
    )
    script = client.get("/api/v1/docs/?script=")
    assert script.status_code == 200
    assert "SwaggerUIBundle" in script.content.decode()


def test_administrators_create_a_client_and_see_its_secret_once(client, administrator, org):
    client.force_login(administrator)
    response = client.post(
        reverse("api_clients:create"),
        {"name": "Hệ thống nhân sự tỉnh A", "unit": org.province_a.pk, "can_read_results": "on"},
    )
    assert response.status_code == 200
    record = ApiClient.objects.get(name="Hệ thống nhân sự tỉnh A")
    page = response.content.decode()
    secret = page.split("data-secret>")[1].split("<")[0]
    assert services.digest(secret) == record.secret_hash
    detail = client.get(reverse("api_clients:detail", args=[record.pk])).content.decode()
    assert secret not in detail
    rotated = client.post(reverse("api_clients:rotate", args=[record.pk]))
    assert rotated.status_code == 200
    record.refresh_from_db()
    assert services.digest(secret) != record.secret_hash
    client.post(reverse("api_clients:revoke", args=[record.pk]))
    record.refresh_from_db()
    assert record.revoked_at is not None


def test_a_client_needs_a_scope(client, administrator, org):
    client.force_login(administrator)
    response = client.post(reverse("api_clients:create"), {"name": "X", "unit": org.province_a.pk})
    assert response.status_code == 200
    assert not ApiClient.objects.exists()


@pytest.mark.parametrize("persona", ["manager", "officer", "trainer"])
def test_only_administrators_manage_clients(client, request, persona, api_a):
    client.force_login(request.getfixturevalue(persona))
    record = ApiClient.objects.get(client_id=api_a.client_id)
    for url in (reverse("api_clients:index"), reverse("api_clients:create")):
        assert client.get(url).status_code in (302, 403)
    for name in ("rotate", "revoke"):
        assert client.post(reverse(f"api_clients:{name}", args=[record.pk])).status_code in (
            302,
            403,
        )
    record.refresh_from_db()
    assert record.revoked_at is None


def test_basic_auth_with_a_colon_in_nothing_is_refused(client):
    basic = base64.b64encode(b"no-colon").decode()
    response = token_request(
        client, {"grant_type": "client_credentials"}, HTTP_AUTHORIZATION=f"Basic {basic}"
    )
    assert response.status_code == 400
