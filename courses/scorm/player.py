"""The SCORM lesson page: which item to play, the signed stage link, and the frame policy."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse

from config.csp import page_policy
from courses.completion import HEARTBEAT_INTERVAL_SECONDS
from courses.models import ScormLessonPage, ScormTrack
from courses.queries import build_outline
from courses.scorm import delivery
from courses.scorm.tracking import _cycle


def frame_policy(response: HttpResponse, request: HttpRequest) -> HttpResponse:
    """Let the lesson page frame the content address, and nothing else."""
    origin = delivery.content_origin()
    policy = page_policy(request)
    if origin and policy and "Content-Security-Policy" not in response.headers:
        response.headers["Content-Security-Policy"] = f"{policy}; frame-src {origin}"
    return response


def player_context(lesson: ScormLessonPage, request: HttpRequest) -> dict[str, Any]:
    user = request.user
    enrolment = getattr(request, "course_enrolment", None)
    course = lesson.course
    outline = build_outline(course, user, enrolment)
    previous, current, following = outline.find(lesson.pk)
    package = lesson.package
    done_items: set[str] = set()
    if user.is_authenticated and lesson.pk:
        done_items = set(
            ScormTrack.objects.filter(
                user=user,
                lesson=lesson,
                package=package,
                cycle=_cycle(user, lesson),
                completed_at__isnull=False,
            ).values_list("sco", flat=True)
        )
    items = [{**sco, "done": sco["identifier"] in done_items} for sco in package.scos]
    wanted = request.GET.get("item")
    chosen = next((i for i in items if i["identifier"] == wanted), None)
    if chosen is None:
        chosen = next(
            (i for i in items if not i["done"] and i["is_sco"]), items[0] if items else None
        )
    origin = delivery.content_origin()
    here = delivery.request_origin(request)
    playable = bool(origin and chosen and origin != here and user.is_authenticated and lesson.pk)
    stage_url = ""
    if playable and chosen is not None:
        stage_url = delivery.stage_url(
            delivery.Grant(
                user_id=int(user.pk or 0),
                lesson_id=lesson.pk,
                package_id=package.pk,
                sco=chosen["identifier"],
                parent_origin=here,
            )
        )
    base = lesson.get_url(request) or ""
    return {
        "course": course,
        "enrolment": enrolment,
        "outline": outline,
        "current": current,
        "previous_item": previous,
        "next_item": following,
        "is_done": bool(current and current.done),
        "can_track": enrolment is not None and lesson.pk is not None,
        "heartbeat_url": base + lesson.reverse_subpage("heartbeat") if base else "",
        "heartbeat_seconds": HEARTBEAT_INTERVAL_SECONDS,
        "items": items,
        "chosen": chosen,
        "stage_url": stage_url,
        "content_origin": origin,
        "not_configured": not origin,
        "same_origin": bool(origin) and origin == here,
    }
