"""The OpenAPI 3 document and the browsable reference (Swagger UI from drf-spectacular-sidecar,
its scripts and styles served from this site, under a policy that allows only this site)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.request import Request

REFERENCE_POLICY = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)


class SchemaView(SpectacularAPIView):
    throttle_classes: list[Any] = []


class ReferenceView(SpectacularSwaggerSplitView):
    """The page and its start-up script (?script) are two responses, so no script is inline."""

    throttle_classes: list[Any] = []
    url_name = "api:schema"

    def get(self, request: Request, *args: Any, **kwargs: Any) -> Any:
        response = super().get(request, *args, **kwargs)
        response["Content-Security-Policy"] = REFERENCE_POLICY
        return response
