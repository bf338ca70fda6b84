"""The OAuth 2.0 token endpoint (RFC 6749 §4.4, client credentials): a client proves its
secret (HTTP Basic, or client_id and client_secret in the form) and gets a bearer token."""

from __future__ import annotations

import base64
import binascii
from typing import Any
from urllib.parse import unquote

from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.parsers import FormParser, JSONParser
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import services
from api.throttling import TokenRateThrottle


def _credentials(request: Request) -> tuple[str, str] | None:
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("basic "):
        try:
            decoded = base64.b64decode(header[6:].strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return None
        client_id, sep, secret = decoded.partition(":")
        return (unquote(client_id), unquote(secret)) if sep else None
    client_id = request.data.get("client_id")
    secret = request.data.get("client_secret")
    if isinstance(client_id, str) and isinstance(secret, str):
        return client_id, secret
    return None


def _error(code: str, status: int) -> Response:
    response = Response({"error": code}, status=status)
    if status == 401:
        response["WWW-Authenticate"] = 'Basic realm="api"'
    return response


class TokenView(APIView):
    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]
    throttle_classes = [TokenRateThrottle]
    parser_classes = [FormParser, JSONParser]

    @extend_schema(
        summary="Get an access token (OAuth 2.0 client credentials)",
        request=inline_serializer(
            "TokenRequest",
            {
                "grant_type": serializers.ChoiceField(choices=["client_credentials"]),
                "client_id": serializers.CharField(required=False),
                "client_secret": serializers.CharField(required=False),
            },
        ),
        responses={
            200: inline_serializer(
                "TokenResponse",
                {
                    "access_token": serializers.CharField(),
                    "token_type": serializers.CharField(),
                    "expires_in": serializers.IntegerField(),
                },
            ),
            400: OpenApiResponse(description="invalid_request or unsupported_grant_type"),
            401: OpenApiResponse(description="invalid_client"),
        },
        auth=[],
        tags=["authentication"],
    )
    def post(self, request: Request) -> Response:
        if request.data.get("grant_type") != "client_credentials":
            return _error("unsupported_grant_type", 400)
        credentials = _credentials(request)
        if credentials is None:
            return _error("invalid_request", 400)
        try:
            token, _client = services.issue_token(*credentials)
        except services.InvalidClient:
            return _error("invalid_client", 401)
        response = Response(
            {
                "access_token": token,
                "token_type": "Bearer",
                "expires_in": int(services.token_lifetime().total_seconds()),
            }
        )
        response["Cache-Control"] = "no-store"
        response["Pragma"] = "no-cache"
        return response
