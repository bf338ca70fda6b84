"""What the tool tells a platform's administrator: the addresses to register and the LTI tool
configuration (the same object LTI Dynamic Registration sends)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse

TOOL_NAME = "Kỹ Năng Số"
SCORE_SCOPES = [
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
]


def tool_urls(request: HttpRequest) -> dict[str, str]:
    def url(name: str) -> str:
        return request.build_absolute_uri(reverse(name))

    return {
        "login_url": url("lti:login"),
        "launch_url": url("lti:launch"),
        "deep_linking_url": url("lti:launch"),
        "jwks_url": url("lti:jwks"),
        "configuration_url": url("lti:configuration"),
        "domain": request.get_host(),
    }


def tool_configuration(request: HttpRequest) -> dict[str, Any]:
    urls = tool_urls(request)
    return {
        "application_type": "web",
        "client_name": TOOL_NAME,
        "response_types": ["id_token"],
        "grant_types": ["implicit", "client_credentials"],
        "initiate_login_uri": urls["login_url"],
        "redirect_uris": [urls["launch_url"]],
        "jwks_uri": urls["jwks_url"],
        "token_endpoint_auth_method": "private_key_jwt",
        "scope": " ".join(SCORE_SCOPES),
        "https://purl.imsglobal.org/spec/lti-tool-configuration": {
            "domain": urls["domain"],
            "target_link_uri": urls["launch_url"],
            "claims": ["iss", "sub", "name", "given_name", "family_name"],
            "messages": [
                {
                    "type": "LtiDeepLinkingRequest",
                    "target_link_uri": urls["deep_linking_url"],
                    "label": TOOL_NAME,
                }
            ],
            "description": "Kỹ Năng Số: digital-skills courses for officers.",
        },
    }
