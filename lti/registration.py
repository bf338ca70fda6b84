"""LTI Dynamic Registration (IMS LTI-DR 1.0): an administrator makes a registration link here
and pastes it into a platform; the platform opens it with its OpenID configuration address and
a registration token, the tool registers itself there (pylti1p3's DynamicRegistration) and
keeps the platform as if it had been entered by hand. Each link works once, for two days."""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import urlsplit

import requests
from django.core import signing
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from pylti1p3.dynamic_registration import DynamicRegistration
from wagtail.log_actions import log

from lti.config import SCORE_SCOPES, TOOL_NAME, tool_configuration
from lti.grades import TIMEOUT_SECONDS
from lti.models import Platform

SALT = "lti.dynamic-registration"
LINK_SECONDS = 2 * 24 * 60 * 60
TOOL_SPEC = "https://purl.imsglobal.org/spec/lti-tool-configuration"
PLATFORM_SPEC = "https://purl.imsglobal.org/spec/lti-platform-configuration"


class RegistrationRefused(Exception):
    """The registration link or the platform's configuration cannot be used."""


def make_link(request: HttpRequest) -> str:
    value = signing.dumps({"id": secrets.token_urlsafe(16)}, salt=SALT)
    return request.build_absolute_uri(reverse("lti:register", args=[value]))


def link_id(value: str) -> str:
    try:
        data = signing.loads(value, salt=SALT, max_age=LINK_SECONDS)
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature too
        raise RegistrationRefused("The registration link is not valid or has expired.") from error
    found = str(data.get("id", "")) if isinstance(data, dict) else ""
    if not found:
        raise RegistrationRefused("The registration link is not valid.")
    if Platform.objects.filter(registration_link_id=found).exists():
        raise RegistrationRefused("The registration link has been used already.")
    return found


class _Session(requests.Session):
    def request(self, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", TIMEOUT_SECONDS)
        return super().request(*args, **kwargs)


class ToolRegistration(DynamicRegistration):
    """Registers this site with the platform that opened the link."""

    client_name = TOOL_NAME

    def __init__(self, request: HttpRequest, registration_link_id: str) -> None:
        super().__init__()
        self.request = request
        self.registration_link_id = registration_link_id
        self.configuration = tool_configuration(request)

    def get_request_session(self) -> requests.Session:
        return _Session()

    def lti_registration_data(self) -> dict[str, Any]:
        return self.configuration

    def get_scopes(self) -> list[str]:
        return SCORE_SCOPES

    def get_openid_configuration_endpoint(self) -> str:
        return str(self.request.GET.get("openid_configuration", ""))

    def get_registration_token(self) -> str:
        return str(self.request.GET.get("registration_token", "")) or None  # type: ignore[return-value]

    def get_openid_configuration(self) -> dict[str, Any]:
        endpoint = self.get_openid_configuration_endpoint()
        if not endpoint.startswith(("https://", "http://")):
            raise RegistrationRefused("The platform gave no OpenID configuration address.")
        configuration = super().get_openid_configuration()
        issuer = str(configuration.get("issuer", ""))
        # LTI-DR 3.5.1: the configuration must come from the issuer's own site.
        if not issuer or urlsplit(issuer).netloc != urlsplit(endpoint).netloc:
            raise RegistrationRefused("The platform's issuer does not match its address.")
        for key in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
            if not str(configuration.get(key, "")).startswith(("https://", "http://")):
                raise RegistrationRefused(f"The platform's configuration has no {key}.")
        if PLATFORM_SPEC not in configuration:
            raise RegistrationRefused("The platform's configuration is not an LTI platform's.")
        return configuration

    @transaction.atomic
    def complete_registration(
        self, openid_configuration: dict[str, Any], openid_registration: dict[str, Any]
    ) -> Platform:
        tool = openid_registration.get(TOOL_SPEC) or {}
        client_id = str(openid_registration.get("client_id", ""))
        if not client_id:
            raise RegistrationRefused("The platform did not give a client ID.")
        platform_info = openid_configuration.get(PLATFORM_SPEC) or {}
        name = str(platform_info.get("product_family_code") or openid_configuration["issuer"])
        deployment = str(tool.get("deployment_id", ""))
        platform, created = Platform.objects.update_or_create(
            issuer=openid_configuration["issuer"],
            client_id=client_id,
            defaults={
                "name": name[:200],
                "deployment_ids": deployment,
                "auth_login_url": openid_configuration["authorization_endpoint"],
                "auth_token_url": openid_configuration["token_endpoint"],
                "auth_audience": str(
                    openid_configuration.get("authorization_server")
                    or openid_configuration["token_endpoint"]
                )[:500],
                "keyset_url": openid_configuration["jwks_uri"],
                "registered_dynamically": True,
                "registration_link_id": self.registration_link_id,
            },
        )
        # In the audit log like a registration made in the admin (by the platform, not a user).
        log(
            platform,
            "wagtail.create" if created else "wagtail.edit",
            data={"dynamic_registration": True},
        )
        return platform
