"""Health and liveness checks, public media and lesson documents, and error pages."""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.utils import timezone
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
def livez(request: HttpRequest) -> JsonResponse:
    """For load balancers: the application answers. Touches nothing else."""
    return JsonResponse({"status": "ok"})


def _check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def _check_cache() -> str:
    cache = caches["default"]
    check = getattr(cache, "check", None)
    if check is not None:  # a cache that fails open says here whether it really works
        check()
        return "ok"
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    if cache.get(key) != "1":
        raise RuntimeError("the cache did not keep a value")
    cache.delete(key)
    return "ok"


def _check_worker() -> str:
    backend = settings.TASKS["default"]["BACKEND"]
    if backend != settings.DATABASE_TASKS_BACKEND:
        return "not used" if backend == settings.IMMEDIATE_TASKS_BACKEND else "not checked"
    from operations.worker import last_heartbeat

    seen = last_heartbeat()
    max_age = timedelta(seconds=settings.WORKER_HEARTBEAT_MAX_AGE_SECONDS)
    if seen is None or timezone.now() - seen > max_age:
        raise RuntimeError(f"no worker has reported for {max_age}")
    return "ok"


def _check_storage() -> str:
    storage = storages["private"]
    name = storage.save(f"healthz/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
    try:
        with storage.open(name, "rb") as handle:
            if handle.read() != b"ok":
                raise RuntimeError("the private storage did not keep a file")
    finally:
        storage.delete(name)
    return "ok"


CHECKS = {
    "database": _check_database,
    "cache": _check_cache,
    "worker": _check_worker,
    "storage": _check_storage,
}


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Each part the deployment uses: 200 when all answer, else 503 naming the parts down."""
    answer: dict[str, str] = {}
    for part, check in CHECKS.items():
        try:
            answer[part] = check()
        except Exception:  # any failure of a part means that part is down
            logger.exception("Health check: the %s is unavailable", part)
            answer[part] = "unavailable"
    down = [part for part, state in answer.items() if state == "unavailable"]
    status = {"status": "error", "down": down} if down else {"status": "ok"}
    return JsonResponse({**status, **answer}, status=503 if down else 200)


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


def too_many_requests(request: HttpRequest) -> HttpResponse:
    """django-allauth's answer when a limit is reached (sign-in, password reset, codes)."""
    return render(request, "429.html", status=429)
