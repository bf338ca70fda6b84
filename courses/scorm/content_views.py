"""The views of the package-content address: the stage, its launch data and commits, files.

They answer only on the content host (``SCORM_CONTENT_ORIGIN``) and only to a valid signed
link; every answer carries the content sandbox (see ``courses.scorm.delivery``).
"""

from __future__ import annotations

import json
import mimetypes
import posixpath
from typing import Any, TypeVar

from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from courses import permissions
from courses.models import Enrolment, ScormLessonPage
from courses.scorm import delivery, tracking
from courses.scorm.archive import clean_member_name, private_storage

_Response = TypeVar("_Response", bound=HttpResponseBase)

# What package files are served as; anything else is a download, never a page or a script.
CONTENT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".xml": "application/xml",
    ".xsd": "application/xml",
    ".txt": "text/plain",
    ".vtt": "text/vtt",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
    ".bmp": "image/bmp",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".wav": "audio/wav",
    ".ogg": "audio/ogg",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".pdf": "application/pdf",
}


def content_headers(response: _Response, parent_origin: str) -> _Response:
    """The sandbox every content response carries, whatever frames or opens it."""
    response.headers["Content-Security-Policy"] = (
        "sandbox allow-scripts allow-same-origin allow-forms allow-popups allow-modals; "
        "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; "
        f"frame-ancestors 'self' {parent_origin}; form-action 'self'; base-uri 'self'; "
        "object-src 'none'"
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cross-Origin-Resource-Policy"] = "same-origin"
    response.xframe_options_exempt = True  # type: ignore[attr-defined]
    return response


def _refuse(status: int = 404) -> HttpResponse:
    response = HttpResponse(status=status, content_type="text/plain")
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def _granted(
    request: HttpRequest, token: str
) -> tuple[delivery.Grant, Any, ScormLessonPage] | None:
    """The grant, learner and lesson of a link, if the learner may still open the lesson."""
    if not delivery.is_content_request(request):
        return None
    grant = delivery.unsign(token)
    if grant is None:
        return None
    user = delivery.grant_holder(grant)
    lesson = (
        ScormLessonPage.objects.live().select_related("package").filter(pk=grant.lesson_id).first()
    )
    if user is None or lesson is None or lesson.package_id != grant.package_id:
        return None
    enrolment = Enrolment.objects.filter(
        user=user, course__path=lesson.path[: -lesson.steplen]
    ).first()
    if not lesson.course.live or not permissions.can_open_item(user, lesson, enrolment):
        return None
    return grant, user, lesson


@require_GET
def stage(request: HttpRequest, token: str) -> HttpResponse:
    """The page that holds the run-time and frames the package's launch file."""
    granted = _granted(request, token)
    if granted is None:
        return _refuse()
    grant, _user, lesson = granted
    sco = lesson.package.sco(grant.sco)
    if sco is None:
        return _refuse()
    response = render(
        request,
        "courses/scorm_stage.html",
        {
            "lesson": lesson,
            "version": lesson.package.version,
            "sco": sco,
            "launch_url": f"{delivery.PREFIX}{token}/p/{sco['href']}",
            "launch_data_url": f"{delivery.PREFIX}{token}/launch",
            "commit_url": f"{delivery.PREFIX}{token}/commit",
            "parent_origin": grant.parent_origin,
            "storage_key": "-".join(
                [
                    "kns-scorm",
                    *map(str, (grant.user_id, grant.lesson_id, grant.package_id)),
                    grant.sco,
                ]
            ),
        },
    )
    add_never_cache_headers(response)
    return content_headers(response, grant.parent_origin)


@require_GET
def launch(request: HttpRequest, token: str) -> HttpResponse:
    granted = _granted(request, token)
    if granted is None:
        return _refuse()
    grant, user, lesson = granted
    try:
        data = tracking.launch_data(user, lesson, grant.sco)
    except tracking.ScormError:
        return _refuse()
    response = JsonResponse(
        {"version": data.version, "sequence": data.sequence, "values": data.values}
    )
    add_never_cache_headers(response)
    return content_headers(response, grant.parent_origin)


@csrf_exempt  # no cookie is read here: the signed link is the only authority
@require_POST
def commit(request: HttpRequest, token: str) -> HttpResponse:
    """A commit from the stage: {sequence, save_key, finished, values: {element: value}}."""
    granted = _granted(request, token)
    if granted is None:
        return _refuse(403)
    grant, user, lesson = granted
    try:
        payload = json.loads(request.body.decode("utf-8") or "{}")
        sequence = int(payload.get("sequence"))
        values = payload.get("values")
        finished = bool(payload.get("finished"))
        save_key = str(payload.get("save_key") or "")[:64]
    except (ValueError, TypeError, AttributeError, UnicodeDecodeError, RecursionError):
        return content_headers(
            JsonResponse(
                {"ok": False, "error": "bad_request", "message": _("The data could not be read.")},
                status=400,
            ),
            grant.parent_origin,
        )
    try:
        result = tracking.save_commit(
            user,
            lesson,
            grant.sco,
            sequence=sequence,
            values=values,
            finished=finished,
            save_key=save_key,
        )
    except tracking.StaleRuntimeData as error:
        response = JsonResponse(
            {"ok": False, "error": error.code, "message": str(error), "sequence": error.sequence},
            status=409,
        )
    except tracking.InvalidRuntimeData as error:
        response = JsonResponse(
            {"ok": False, "error": "invalid", "message": str(error)}, status=400
        )
    except tracking.ScormError as error:
        response = JsonResponse(
            {"ok": False, "error": error.code, "message": str(error)}, status=403
        )
    else:
        response = JsonResponse(
            {
                "ok": True,
                "sequence": result.sequence,
                "item_done": result.item_done,
                "lesson_done": result.lesson_done,
                "completion": result.completion,
                "success": result.success,
            }
        )
    add_never_cache_headers(response)
    return content_headers(response, grant.parent_origin)


@require_GET
def package_file(request: HttpRequest, token: str, path: str) -> HttpResponseBase:
    """A file of the package, from private storage."""
    granted = _granted(request, token)
    if granted is None:
        return _refuse()
    grant, _user, lesson = granted
    try:
        name = clean_member_name(path)
    except ValueError:
        return _refuse()
    storage = private_storage()
    try:
        handle = storage.open(f"{lesson.package.storage_prefix}{name}", "rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    extension = posixpath.splitext(name)[1].lower()
    content_type = CONTENT_TYPES.get(extension)
    response = FileResponse(
        handle,
        content_type=content_type or mimetypes.types_map.get(".bin", "application/octet-stream"),
        as_attachment=content_type is None,
        filename=posixpath.basename(name) if content_type is None else "",
    )
    response.headers["Cache-Control"] = "private, max-age=3600"
    return content_headers(response, grant.parent_origin)
