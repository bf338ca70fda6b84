"""Actions on course pages: enrol, mark a lesson done, heartbeat.

They are routes of the pages themselves (``<course>/enrol/``, ``<lesson>/done/``,
``<lesson>/heartbeat/``), so Wagtail's page privacy applies to them as to the pages, and the
page has already checked sign-in (and, for lessons, enrolment) before they run.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.utils.translation import gettext as _

from courses import services
from courses.models import CoursePage, Enrolment, LessonPage, ScormLessonPage
from courses.queries import build_outline
from people.http import AuthenticatedHttpRequest


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _redirect(url: str | None, fallback: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(url or fallback)


def enrol(request: AuthenticatedHttpRequest, course: CoursePage) -> HttpResponse:
    course_url = course.get_url(request)
    if request.method != "POST":
        return _redirect(course_url, "/")
    try:
        enrolment = services.enrol(request.user, course)
    except services.SelfEnrolmentNotAllowed:
        messages.error(request, _("This course is given by assignment only."))
        return _redirect(course_url, "/")
    except services.CourseNotAvailable:
        messages.error(request, _("This course is not open at the moment."))
        return _redirect(course_url, "/")
    outline = build_outline(course, request.user, enrolment)
    messages.success(request, _("You are enrolled. Good learning!"))
    following = outline.next_item
    return _redirect(following.page.get_url(request) if following else course_url, "/")


def mark_done(request: AuthenticatedHttpRequest, lesson: LessonPage) -> HttpResponse:
    lesson_url = lesson.get_url(request)
    if request.method != "POST":
        return _redirect(lesson_url, "/")
    enrolment: Enrolment | None = getattr(request, "course_enrolment", None)
    if enrolment is None:
        if _wants_json(request):
            return JsonResponse({"error": "not_enrolled"}, status=403)
        messages.info(request, _("Only enrolled learners can mark lessons as done."))
        return _redirect(lesson_url, "/")
    was_completed = enrolment.is_completed
    try:
        services.mark_item_done(request.user, lesson)
    except services.CourseError:  # the enrolment went away since the page was served
        if _wants_json(request):
            return JsonResponse({"error": "not_enrolled"}, status=403)
        return _redirect(lesson.course.get_url(request), "/")
    enrolment.refresh_from_db()
    outline = build_outline(lesson.course, request.user, enrolment)
    _previous, _current, following = outline.find(lesson.pk)
    if _wants_json(request):
        return JsonResponse(
            {"done": True, "percent": outline.percent, "completed": enrolment.is_completed}
        )
    if enrolment.is_completed and not was_completed:
        messages.success(request, _("Well done: you have completed this course."))
    else:
        messages.success(request, _("Lesson marked as done."))
    course_url = lesson.course.get_url(request)
    target = following.page.get_url(request) if following else course_url
    return _redirect(target, "/")


def heartbeat(
    request: AuthenticatedHttpRequest, lesson: LessonPage | ScormLessonPage
) -> HttpResponse:
    if request.method != "POST":
        return JsonResponse({"error": "method_not_allowed"}, status=405)
    if getattr(request, "course_enrolment", None) is None:
        return JsonResponse({"credited": 0})
    try:
        credited = services.record_heartbeat(request.user, lesson)
    except services.CourseError:  # the enrolment went away since the page was served
        return JsonResponse({"credited": 0}, status=403)
    return JsonResponse({"credited": credited})
