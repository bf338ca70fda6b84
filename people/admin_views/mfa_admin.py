"""Resetting someone's two-factor sign-in, from the admin's user list (administrators only)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages

from people import permissions
from people.mfa import has_totp
from people.services.accounts import reset_mfa


def reset_mfa_view(request: HttpRequest, user_id: int) -> HttpResponse:
    """Confirm, then remove the person's authenticator app and recovery codes (logged)."""
    if not permissions.is_administrator(request.user):
        raise PermissionDenied
    person = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        reset_mfa(person, actor=request.user)
        messages.success(
            request,
            _("Two-factor sign-in of %(name)s was reset: they must set it up again.")
            % {"name": person},
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(
        request,
        "people/admin/mfa_reset.html",
        {"person": person, "has_totp": has_totp(person), "page_title": _("Reset two-factor")},
    )
