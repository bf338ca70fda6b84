"""The course catalogue, read-only, for every client: published courses and their quizzes."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from api.pagination import paginate
from api.views.base import ClientView, not_found, page_response
from api.views.people import PAGE_PARAMETERS
from certificates.vc_keys import site_url
from courses.models import CoursePage
from quizzes.models import QuizPage


class QuizOut(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    course_id = serializers.IntegerField(allow_null=True)
    pass_mark_percent = serializers.FloatField()
    time_limit_minutes = serializers.IntegerField(allow_null=True)
    attempts_allowed = serializers.IntegerField(allow_null=True)


class CourseOut(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
    url = serializers.URLField()
    summary = serializers.CharField()
    topic = serializers.CharField(allow_null=True)
    level = serializers.CharField()
    estimated_minutes = serializers.IntegerField()
    issues_certificate = serializers.BooleanField()
    enrolment_mode = serializers.CharField()
    quiz_ids = serializers.ListField(child=serializers.IntegerField())


def _courses() -> Any:
    return CoursePage.objects.live().select_related("topic").order_by("pk")


def _quiz_ids(courses: list[CoursePage]) -> dict[str, list[int]]:
    """Quiz ids by their course's path: the quizzes are the courses' child pages."""
    if not courses:
        return {}
    under = Q()
    for course in courses:
        under |= Q(path__startswith=course.path, depth=course.depth + 1)
    by_path: dict[str, list[int]] = {}
    for pk, path in QuizPage.objects.live().filter(under).values_list("pk", "path"):
        by_path.setdefault(path[: -QuizPage.steplen], []).append(pk)
    return by_path


def course_rows(courses: list[CoursePage]) -> list[dict[str, Any]]:
    quizzes = _quiz_ids(courses)
    return [
        {
            "id": c.pk,
            "title": c.title,
            "slug": c.slug,
            "url": site_url() + (c.url or ""),
            "summary": c.summary,
            "topic": c.topic.name if c.topic else None,
            "level": c.level,
            "estimated_minutes": c.estimated_minutes,
            "issues_certificate": c.issues_certificate,
            "enrolment_mode": c.enrolment_mode,
            "quiz_ids": sorted(quizzes.get(c.path, [])),
        }
        for c in courses
    ]


def quiz_row(quiz: QuizPage, courses: dict[str, int]) -> dict[str, Any]:
    return {
        "id": quiz.pk,
        "title": quiz.title,
        "course_id": courses.get(quiz.path[: -QuizPage.steplen]),
        "pass_mark_percent": float(quiz.pass_mark_percent),
        "time_limit_minutes": quiz.time_limit_minutes,
        "attempts_allowed": quiz.attempts_allowed,
    }


class CourseListView(ClientView):
    @extend_schema(
        summary="Published courses",
        parameters=PAGE_PARAMETERS,
        responses=CourseOut(many=True),
        tags=["catalogue"],
    )
    def get(self, request: Request) -> Response:
        rows, meta = paginate(request, _courses())
        return page_response(course_rows(rows), meta, self)


class CourseDetailView(ClientView):
    @extend_schema(summary="One published course", responses=CourseOut, tags=["catalogue"])
    def get(self, request: Request, pk: int) -> Response:
        course = _courses().filter(pk=pk).first()
        if course is None:
            raise not_found()
        return Response(course_rows([course])[0])


class QuizListView(ClientView):
    @extend_schema(
        summary="Published quizzes",
        parameters=PAGE_PARAMETERS,
        responses=QuizOut(many=True),
        tags=["catalogue"],
    )
    def get(self, request: Request) -> Response:
        rows, meta = paginate(request, QuizPage.objects.live())
        courses = dict(
            CoursePage.objects.filter(
                path__in={q.path[: -QuizPage.steplen] for q in rows}
            ).values_list("path", "pk")
        )
        return page_response([quiz_row(q, courses) for q in rows], meta, self)
