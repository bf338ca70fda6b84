"""Serving package content: a separate address, signed links, and strict headers.

Why a separate address (``SCORM_CONTENT_ORIGIN``, e.g. ``https://noidung.daotao.example.vn``):
SCORM content finds the run-time by walking up ``window.parent`` and calling ``API.LMSGetValue``
synchronously, so the run-time must live in a frame of the *same origin* as the content. A frame
sandboxed without ``allow-same-origin`` (or a ``sandbox`` CSP) gets a new opaque origin for each
document, so the content's own launch page could not reach the run-time one frame up, and the
widely used packages (Rustici's "golf" examples among them) stop at "Unable to find an API
adapter". Running package scripts on the site's own origin instead would hand them the
learner's session and the admin to every vendor. So the run-time (scorm-again) and the package
run together on an origin of their own, which holds no session and no cookie of the site:

- the lesson page (site origin) frames the *stage* page on the content origin, with
  ``sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-modals"``:
  ``allow-same-origin`` there means the content origin, never the site's; top navigation stays
  blocked;
- every response on the content origin carries the same sandbox as a CSP, ``nosniff``,
  ``Referrer-Policy: no-referrer``, ``frame-ancestors`` the site and itself, and may load
  nothing from elsewhere (closed networks, and no way to send data out);
- URLs carry a signed token naming one learner, one lesson and one package, valid for
  ``SCORM_CONTENT_LINK_HOURS``; each request checks the learner may still open the lesson;
- the stage saves the run-time data through ``<token>/commit`` on its own origin (the token is
  the only authority there, and only over that learner's record of that package, which the
  package controls anyway), with the quiz autosave's sequence discipline, and tells the lesson
  page by ``postMessage`` (to the site's origin only) whether its data is saved and whether the
  lesson is done.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.http import HttpRequest

SALT = "courses.scorm.content"
PREFIX = "/scorm-content/"


def content_origin() -> str:
    """The package-content origin (scheme://host[:port]), or "" when none is configured."""
    value = (getattr(settings, "SCORM_CONTENT_ORIGIN", "") or "").strip().rstrip("/")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    return f"{parts.scheme}://{parts.netloc}"


def content_host() -> str:
    return urlsplit(content_origin()).netloc.lower()


def is_content_request(request: HttpRequest) -> bool:
    host = content_host()
    return bool(host) and request.get_host().lower() == host


def request_origin(request: HttpRequest) -> str:
    return f"{request.scheme}://{request.get_host()}"


def link_hours() -> int:
    return int(getattr(settings, "SCORM_CONTENT_LINK_HOURS", 12))


@dataclass(frozen=True)
class Grant:
    """What a content link allows: one learner, one lesson, one package, one item."""

    user_id: int
    lesson_id: int
    package_id: int
    sco: str
    parent_origin: str


def sign(grant: Grant) -> str:
    payload = {
        "u": grant.user_id,
        "l": grant.lesson_id,
        "k": grant.package_id,
        "s": grant.sco,
        "o": grant.parent_origin,
    }
    return signing.dumps(payload, salt=SALT, compress=True)


def unsign(token: str) -> Grant | None:
    try:
        data: Any = signing.loads(token, salt=SALT, max_age=link_hours() * 3600)
        return Grant(
            user_id=int(data["u"]),
            lesson_id=int(data["l"]),
            package_id=int(data["k"]),
            sco=str(data["s"]),
            parent_origin=str(data["o"]),
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def stage_url(grant: Grant) -> str:
    return f"{content_origin()}{PREFIX}{sign(grant)}/"


def grant_holder(grant: Grant) -> Any:
    """The learner a grant names, if still active."""
    return get_user_model().objects.filter(pk=grant.user_id, is_active=True).first()


class ContentHostMiddleware:
    """On the package-content host, answer only package-content and static addresses.

    The content origin must never serve the site's pages (a sign-in there would give package
    scripts a session); on the site's own host the content views answer nothing.
    """

    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> Any:
        if is_content_request(request):
            static = getattr(settings, "STATIC_URL", "/static/") or "/static/"
            if not request.path.startswith((PREFIX, static)):
                from django.http import HttpResponseNotFound

                return HttpResponseNotFound(content_type="text/plain")
        return self.get_response(request)
