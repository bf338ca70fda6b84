"""The administrators' page of outgoing data: what leaves the site, to whom, on which legal
basis, and whether each channel is on (Settings → Outgoing data switches it)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem

from interop.models import InteropSettings, OutgoingStatement
from interop.xapi import outbox
from lti.privacy import outgoing_grades
from people import permissions


def can_view_outgoing_data(user: Any) -> bool:
    return permissions.is_administrator(user)


def outgoing_data(request: HttpRequest) -> HttpResponse:
    if not can_view_outgoing_data(request.user):
        return permission_denied(request)
    switches = InteropSettings.load(request_or_site=request)
    counts = OutgoingStatement.objects.aggregate(
        waiting=Count("pk", filter=Q(sent_at__isnull=True)),
        failing=Count("pk", filter=Q(sent_at__isnull=True) & ~Q(last_error="")),
        sent=Count("pk", filter=Q(sent_at__isnull=False)),
    )
    endpoint = outbox.endpoint()
    context = {
        "xapi_configured": bool(endpoint),
        "xapi_on": bool(endpoint) and switches.xapi_enabled,
        "xapi_recipient": urlsplit(endpoint).netloc if endpoint else "",
        "xapi_by_email": getattr(settings, "XAPI_ACTOR_IDENTIFIER", "opaque") == "email",
        "xapi_legal_basis": switches.xapi_legal_basis,
        "counts": counts,
        "scorm_origin": getattr(settings, "SCORM_CONTENT_ORIGIN", ""),
        "lti_platforms": outgoing_grades(),
        "lti_platforms_url": reverse("lti_platforms:index"),
        "settings_url": reverse("wagtailsettings:edit", args=["interop", "interopsettings"]),
    }
    return render(request, "interop/outgoing_data.html", context)


class OutgoingDataMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return can_view_outgoing_data(request.user)


def outgoing_data_menu_item() -> MenuItem:
    return OutgoingDataMenuItem(
        _("Outgoing data"), reverse("interop_outgoing_data"), icon_name="resubmit", order=900
    )
