"""Who must use two-factor sign-in, and the middleware that holds them to it.

``MFA_REQUIRED_ROLES`` lists role names (Trainer, Manager, Administrator) and ``Delegate``
(an officer holding a read delegation in force); an administrator may also require it for
every officer of a unit (``OrgUnit.mfa_required``, the unit and everything under it). People
it applies to who have no authenticator app reach only the two-factor setup pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from people.roles import ROLE_NAMES, role_names

if TYPE_CHECKING:
    from people.models import User

READ_DELEGATE = "Delegate"
MFA_ROLE_CHOICES = [*ROLE_NAMES, READ_DELEGATE]

# What someone who must set up two-factor sign-in may still open.
SETUP_URL_NAMES = {
    "mfa_index",
    "mfa_activate_totp",
    "mfa_reauthenticate",
    "mfa_view_recovery_codes",
    "mfa_generate_recovery_codes",
    "mfa_download_recovery_codes",
    "account_reauthenticate",
    "account_logout",
    "account_email",
    "account_confirm_email",
    "account_email_verification_sent",
    "set_language",
    "healthz",
    "wagtailadmin_logout",
}


def has_totp(user: User) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def mfa_required(user: User) -> bool:
    """Whether this person must use an authenticator app to sign in."""
    from people.models import Officer, ReadDelegation

    required = set(getattr(settings, "MFA_REQUIRED_ROLES", []))
    if required:
        held = set(role_names(user))
        if user.is_superuser:
            held.add("Administrator")
        if held & required:
            return True
        if (
            READ_DELEGATE in required
            and ReadDelegation.objects.current().filter(delegate=user).exists()
        ):
            return True
    officer = Officer.objects.filter(user=user).select_related("unit").first()
    if officer is None:
        return False
    unit = officer.unit
    return bool(unit.mfa_required) or unit.get_ancestors().filter(mfa_required=True).exists()


class MfaRequiredMiddleware:
    """Sends people who must use two-factor sign-in, and have not set it up, to its setup."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from people.rights_cache import cached_rights

        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return self.get_response(request)
        # Asked on every request, so kept with the person's rights (people.rights_cache),
        # retired when an authenticator, a role, a unit or an officer record changes.
        if cached_rights(user, "mfa-satisfied", lambda: has_totp(user) or not mfa_required(user)):
            return self.get_response(request)
        if self._allowed(request):
            return self.get_response(request)
        message = _("Your role requires two-factor sign-in: set up an authenticator app first.")
        if request.headers.get("x-requested-with") == "XMLHttpRequest" or request.path.startswith(
            "/api/"
        ):
            return JsonResponse({"detail": message}, status=403)
        messages.warning(request, message, fail_silently=True)
        return HttpResponseRedirect(reverse("mfa_activate_totp"))

    @staticmethod
    def _allowed(request: HttpRequest) -> bool:
        if request.path.startswith((settings.STATIC_URL or "/static/", "/api/")):
            return True
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
        return match.url_name in SETUP_URL_NAMES
