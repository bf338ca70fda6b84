"""Health check and error pages."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.static import serve as static_serve
from wagtail.documents.views.serve import serve as wagtail_serve_document

from config.storage import PRIVATE_PREFIXES
from home.downloads import make_inert

# Folders of files that were public before they became private; never served as media.
FORMERLY_PUBLIC = (*PRIVATE_PREFIXES, "certificates/", "exports/", "imports/")

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_GET
def serve_media(request: HttpRequest, path: str) -> HttpResponseBase:
    """Public media from MEDIA_ROOT (SERVE_MEDIA); private folders are never served."""
    if path.replace("\\", "/").lstrip("/").startswith(FORMERLY_PUBLIC):
        raise Http404
    response = static_serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def serve_document(request: HttpRequest, document_id: str, filename: str) -> HttpResponseBase:
    """A lesson document, after Wagtail's and the courses' access checks, as an inert
    attachment: an uploaded HTML or SVG file never runs in the site's origin."""
    if len(document_id) > 18:  # beyond any stored id
        raise Http404
    response = wagtail_serve_document(request, int(document_id), filename)
    if getattr(response, "streaming", False) or response.status_code == 304:
        make_inert(response, filename)
    return response


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
