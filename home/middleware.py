"""Language choice and security headers.

Vietnamese is shown whatever language the browser asks for: many officers use English-language
Windows. English appears only when the person picks it (stored on their profile when signed in,
and in a cookie set by the language switch).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject

from config.csp import page_policy

SUPPORTED = {code for code, _name in settings.LANGUAGES}


def chosen_language(request: HttpRequest) -> str:
    """The profile's language for a signed-in person, else the cookie, else Vietnamese."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.language in SUPPORTED:
        return user.language
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    if cookie in SUPPORTED:
        return cookie
    return settings.LANGUAGE_CODE


class UserLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        language = chosen_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        patch_vary_headers(response, ["Cookie"])
        response.headers.setdefault("Content-Language", translation.get_language())
        translation.deactivate()
        return response


class ContentSecurityPolicyMiddleware:
    """Send a Content-Security-Policy on every answer, error pages included: the strict site
    policy (our pages have no inline script or style), the admin's policy under /admin/, and
    for the admin's previews the site policy with framing by this site allowed (the preview
    panel frames them). A view that sets its own policy (downloads, SCORM) keeps it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.policy = getattr(settings, "CONTENT_SECURITY_POLICY", "")
        self.admin_policy = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", self.policy)
        self.admin = tuple(getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN_PREFIXES", []))
        self.frame_options = getattr(settings, "X_FRAME_OPTIONS", "DENY")
        self.preview_policy = self.policy.replace(
            "frame-ancestors 'none'", "frame-ancestors 'self'"
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = page_policy(request)
        if request.path.startswith(self.admin):
            if is_preview(request.path) or getattr(request, "is_preview", False):
                policy = self.preview_policy
                response["X-Frame-Options"] = "SAMEORIGIN"
            else:
                policy = self.admin_policy
        if policy:
            response.headers.setdefault("Content-Security-Policy", policy)
        # Also on answers made before the frame middleware ran (a 400 for an unknown host).
        if not getattr(response, "xframe_options_exempt", False):
            response.headers.setdefault("X-Frame-Options", self.frame_options)
        return response


def is_preview(path: str) -> bool:
    """The admin's previews of pages and snippets, and of earlier revisions."""
    parts = path.rstrip("/").split("/")
    return "preview" in parts or (len(parts) > 2 and parts[-1] == "view" and "revisions" in parts)


class CachedSiteMiddleware:
    """Finds Wagtail's site for the request in the cache instead of the database (Wagtail
    reads ``request._wagtail_site`` when it is there)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from courses.site_cache import find_site, site_root_paths

        # Looked up on first use only: most views that are not pages never ask.
        request._wagtail_site = SimpleLazyObject(lambda: find_site(request))  # type: ignore[attr-defined]
        # Every page address Wagtail writes reads the sites' root paths (once per request).
        request._wagtail_cached_site_root_paths = SimpleLazyObject(site_root_paths)  # type: ignore[attr-defined]
        return self.get_response(request)
