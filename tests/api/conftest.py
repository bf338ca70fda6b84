"""API clients of two provinces and a way to call the API as each: a token from the token
endpoint, sent as a Bearer token."""

from __future__ import annotations

import base64
from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from api import services


@pytest.fixture(autouse=True)
def english_and_fresh_limits():
    cache.clear()
    with translation.override("en"):
        yield
    cache.clear()


def token_request(http, form, **headers):
    """A token request as RFC 6749 sends it: a URL-encoded form."""
    return http.post(
        "/api/v1/oauth/token",
        urlencode(form),
        content_type="application/x-www-form-urlencoded",
        **headers,
    )


class Caller:
    """Calls the API as one client, in English unless told otherwise."""

    def __init__(self, client_id: str, secret: str) -> None:
        self.http = Client()
        self.client_id, self.secret = client_id, secret
        self.token = self.fetch_token()

    def fetch_token(self) -> str:
        basic = base64.b64encode(f"{self.client_id}:{self.secret}".encode()).decode()
        response = token_request(
            self.http, {"grant_type": "client_credentials"}, HTTP_AUTHORIZATION=f"Basic {basic}"
        )
        assert response.status_code == 200, response.content
        return response.json()["access_token"]

    def _headers(self, language: str) -> dict[str, str]:
        return {"HTTP_AUTHORIZATION": f"Bearer {self.token}", "HTTP_ACCEPT_LANGUAGE": language}

    def get(self, path: str, params=None, language: str = "en"):
        return self.http.get(path, params or {}, **self._headers(language))

    def post(self, path: str, data=None, language: str = "en"):
        return self.http.post(
            path, data or {}, content_type="application/json", **self._headers(language)
        )

    def patch(self, path: str, data=None, language: str = "en"):
        return self.http.patch(
            path, data or {}, content_type="application/json", **self._headers(language)
        )


def make_caller(administrator, unit, **scopes) -> Caller:
    client, secret = services.create_client(
        administrator, name=f"HR {unit.code}", unit=unit, **scopes
    )
    return Caller(client.client_id, secret)


ALL_SCOPES = {"can_read_results": True, "can_write_staff": True, "can_write_assignments": True}


@pytest.fixture
def api_a(administrator, org):
    """A client of province A with every scope."""
    return make_caller(administrator, org.province_a, **ALL_SCOPES)


@pytest.fixture
def api_b(administrator, org):
    """A client of province B with every scope."""
    return make_caller(administrator, org.province_b, **ALL_SCOPES)


@pytest.fixture
def api_reader_a(administrator, org):
    """A client of province A that may only read results."""
    return make_caller(administrator, org.province_a, can_read_results=True)
