"""The Content-Security-Policy a page is served with."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

NO_FRAMING = "frame-ancestors 'none'"


def page_policy(request: HttpRequest) -> str:
    """The site's policy; a preview may be framed by the admin's preview panel beside the
    editor (same origin), every other page by nobody."""
    policy: str = getattr(settings, "CONTENT_SECURITY_POLICY", "")
    if getattr(request, "is_preview", False):
        policy = policy.replace(NO_FRAMING, "frame-ancestors 'self'")
    return policy
