"""What every API endpoint shares: the client's language, scopes by method, the audit entry
of each call, and reading units and dates from query parameters."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from django.conf import settings
from django.utils import translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import services
from api.models import ApiClient
from api.permissions import in_scope
from people.models import OrgUnit, normalise_code

SUPPORTED_LANGUAGES = {code for code, _name in settings.LANGUAGES}


class ClientView(APIView):
    """An endpoint called by an API client. ``scopes`` name the scopes that may call it (any
    one of them), per method; an empty tuple lets every client in."""

    scopes: ClassVar[dict[str, tuple[str, ...]]] = {}
    audit_counts: dict[str, Any]

    def scopes_for(self, method: str | None) -> tuple[str, ...]:
        return self.scopes.get(method or "GET", self.scopes.get("*", ()))

    @property
    def client(self) -> ApiClient:
        client = self.request.user
        assert isinstance(client, ApiClient)  # noqa: S101  (IsApiClient let it in)
        return client

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        # Vietnamese unless the calling system asks for English.
        wanted = request.headers.get("Accept-Language", "").split(",")[0].split("-")[0].strip()
        translation.activate(wanted if wanted in SUPPORTED_LANGUAGES else settings.LANGUAGE_CODE)
        self.audit_counts = {}
        super().initial(request, *args, **kwargs)

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        client = request.user if hasattr(request, "_user") else None
        if isinstance(client, ApiClient):
            services.record_call(
                client,
                method=request.method or "",
                endpoint=request.path,
                status=response.status_code,
                **getattr(self, "audit_counts", {}),
            )
        response["Cache-Control"] = "no-store"
        return response

    # Query parameters ------------------------------------------------------------------------

    def unit_param(self, name: str = "unit") -> list[OrgUnit]:
        """The subtree roots to read: the named unit (inside the client's scope), or the
        client's own unit."""
        code = self.request.query_params.get(name)
        if not code:
            return self.client.roots
        unit = OrgUnit.objects.filter(code=normalise_code(code)).first()
        if unit is None:
            raise ValidationError({name: [_("Unknown unit code %(code)s.") % {"code": code}]})
        if not in_scope(self.client, unit):
            raise PermissionDenied(
                _("The unit %(code)s is outside this client's units.") % {"code": unit.code}
            )
        return [unit]

    def datetime_param(self, name: str) -> datetime.datetime | None:
        text = self.request.query_params.get(name)
        if not text:
            return None
        moment = parse_datetime(text)
        if moment is None:
            day = parse_date(text)
            if day is None:
                raise ValidationError(
                    {name: [_("Give a date or time such as 2026-01-31T08:00:00+07:00.")]}
                )
            moment = datetime.datetime.combine(day, datetime.time.min)
        if moment.tzinfo is None:
            from django.utils import timezone

            moment = timezone.make_aware(moment)
        return moment

    def int_param(self, name: str) -> int | None:
        text = self.request.query_params.get(name)
        if not text:
            return None
        try:
            value = int(text)
        except ValueError as exc:
            raise ValidationError({name: [_("Give a whole number.")]}) from exc
        if not 0 <= value <= MAX_ID:
            raise ValidationError({name: [_("No record has this number.")]})
        return value


# The largest id a 64-bit primary key holds: larger numbers name nothing.
MAX_ID = 2**63 - 1


def not_found() -> NotFound:
    return NotFound(_("Not found."))


def page_response(rows: list[dict[str, Any]], meta: dict[str, Any], view: ClientView) -> Response:
    view.audit_counts["rows"] = len(rows)
    return Response({"results": rows, **meta})
