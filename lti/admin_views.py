"""Admin screen: making a one-time LTI Dynamic Registration link (people who may add
platforms only)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from lti.registration import LINK_SECONDS, make_link


@require_http_methods(["GET", "POST"])
def registration_link(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("lti.add_platform"):
        raise PermissionDenied
    link = make_link(request) if request.method == "POST" else None
    return render(
        request,
        "lti/admin/registration_link.html",
        {"link": link, "hours": LINK_SECONDS // 3600},
    )
