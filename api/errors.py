"""Errors in one shape: {"detail": message}, with "fields" (each field name and its messages)
for bad input, or "errors" (each record's row, field and message) for bulk writes."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    if isinstance(data, list) or (isinstance(data, dict) and "detail" not in data):
        response.data = {"detail": _("The request has errors."), "fields": data}
    return response
