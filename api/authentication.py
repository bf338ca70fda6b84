"""Bearer tokens from the token endpoint, as a DRF authentication class."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from rest_framework import authentication, exceptions
from rest_framework.request import Request

from api.services import client_for_token


class ClientTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request: Request) -> tuple[Any, str] | None:
        header = authentication.get_authorization_header(request).decode("latin-1").split()
        if not header or header[0].lower() != "bearer":
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(_("Send one token after “Bearer”."))
        client = client_for_token(header[1])
        if client is None:
            raise exceptions.AuthenticationFailed(_("The token is unknown, expired or revoked."))
        return client, header[1]

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'
