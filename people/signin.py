"""One door in: the admin's own sign-in form leads to allauth's (rate limits, two-factor), and
signed-in people without admin access get a refusal at /admin/ instead of a sign-in loop."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def admin_login(request: HttpRequest) -> HttpResponse:
    """Wagtail's /admin/login/: never checks a password itself, sends to the site's sign-in.

    A POST is not authenticated here either (it would skip the second factor and the limits).
    """
    target = request.GET.get(REDIRECT_FIELD_NAME) or reverse("wagtailadmin_home")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("wagtailadmin_home")
    if request.user.is_authenticated:
        return HttpResponseRedirect(target)
    query = urlencode({REDIRECT_FIELD_NAME: target})
    return HttpResponseRedirect(f"{reverse('account_login')}?{query}")


class AdminAccessMiddleware:
    """A signed-in person without admin access who opens /admin/ gets a 403 page.

    Wagtail would send them to the sign-in page, which sends a signed-in person back: a loop.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and request.path.startswith(reverse("wagtailadmin_home"))
            and request.path not in {reverse("wagtailadmin_login"), reverse("wagtailadmin_logout")}
            and not user.has_perm("wagtailadmin.access_admin")
        ):
            return render(request, "people/account/admin_refused.html", status=403)
        return self.get_response(request)
