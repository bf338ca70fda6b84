"""Training results of the client's units: enrolments with progress, time spent, best marks
and completions, and certificates with their credentials, read in (changed_at, id) order so a
page-by-page pull is stable and the same call with changed_since is a nightly sync."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from api.pagination import paginate
from api.permissions import READ_RESULTS
from api.views.base import ClientView, page_response
from api.views.people import PAGE_PARAMETERS
from certificates.data import build_verify_url
from certificates.models import Certificate
from certificates.vc_keys import site_url
from courses.models import Enrolment
from people import permissions as people_permissions

FILTERS = [
    OpenApiParameter("unit", str, description="This unit and the units under it."),
    OpenApiParameter("course", int, description="One course, by id."),
    OpenApiParameter("completed_from", str, description="Completed on or after (date)."),
    OpenApiParameter("completed_to", str, description="Completed before (date)."),
    OpenApiParameter("changed_since", str, description="Changed at or after (date-time)."),
    *PAGE_PARAMETERS,
]
ORDER = ("changed_at", "pk")


class EnrolmentOut(serializers.Serializer):
    id = serializers.IntegerField()
    employee_code = serializers.CharField()
    full_name = serializers.CharField()
    unit_code = serializers.CharField()
    course_id = serializers.IntegerField()
    course_title = serializers.CharField()
    status = serializers.CharField()
    round = serializers.IntegerField()
    progress_percent = serializers.IntegerField()
    enrolled_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(allow_null=True)
    completed_at = serializers.DateTimeField(allow_null=True)
    last_activity_at = serializers.DateTimeField(allow_null=True)
    seconds_spent = serializers.IntegerField()
    best_mark_percent = serializers.FloatField(allow_null=True)
    attempts = serializers.IntegerField(allow_null=True)
    changed_at = serializers.DateTimeField()


def _figures(enrolment: Enrolment) -> Any:
    try:
        return enrolment.figures
    except ObjectDoesNotExist:
        return None


def enrolment_row(enrolment: Enrolment) -> dict[str, Any]:
    figures = _figures(enrolment)
    officer = enrolment.user.officer
    return {
        "id": enrolment.pk,
        "employee_code": officer.employee_code,
        "full_name": enrolment.user.get_full_name(),
        "unit_code": officer.unit.code,
        "course_id": enrolment.course_id,
        "course_title": enrolment.course.title,
        "status": enrolment.status,
        "round": enrolment.cycle,
        "progress_percent": enrolment.progress_percent,
        "enrolled_at": enrolment.enrolled_at,
        "started_at": enrolment.started_at,
        "completed_at": enrolment.completed_at,
        "last_activity_at": enrolment.last_activity_at,
        "seconds_spent": figures.total_seconds if figures else enrolment.seconds_spent,
        "best_mark_percent": float(figures.best_mark)
        if figures and figures.best_mark is not None
        else None,
        "attempts": figures.attempts if figures else None,
        "changed_at": enrolment.changed_at,
    }


class ResultsView(ClientView):
    scopes = {"GET": (READ_RESULTS,)}

    def filtered(self, queryset: Any, *, completed: str = "completed_at") -> Any:
        roots = self.unit_param()
        queryset = queryset.filter(
            people_permissions.subtree_filter(roots, "user__officer__unit__")
        )
        course = self.int_param("course")
        if course is not None:
            queryset = queryset.filter(course_id=course)
        start, end = self.datetime_param("completed_from"), self.datetime_param("completed_to")
        if start is not None:
            queryset = queryset.filter(**{f"{completed}__gte": start})
        if end is not None:
            queryset = queryset.filter(**{f"{completed}__lt": end})
        since = self.datetime_param("changed_since")
        if since is not None:
            queryset = queryset.filter(changed_at__gte=since)
        return queryset


class EnrolmentResultsView(ResultsView):
    @extend_schema(
        summary="Enrolments: progress, time spent, best marks and completions",
        description=(
            "Officers currently in the client's units. Rows come in (changed_at, id) order: "
            "follow next_cursor to the end, keep last_changed_at, and ask with changed_since "
            "next time to receive only what changed."
        ),
        parameters=[
            *FILTERS,
            OpenApiParameter("status", str, enum=list(Enrolment.Status.values)),
        ],
        responses=EnrolmentOut(many=True),
        tags=["results"],
    )
    def get(self, request: Request) -> Response:
        enrolments = self.filtered(
            Enrolment.objects.select_related(
                "user", "user__officer", "user__officer__unit", "course", "figures"
            )
        )
        status = request.query_params.get("status")
        if status:
            enrolments = enrolments.filter(status=status)
        rows, meta = paginate(request, enrolments, order=ORDER)
        return page_response([enrolment_row(e) for e in rows], meta, self)


class CertificateOut(serializers.Serializer):
    code = serializers.CharField()
    employee_code = serializers.CharField()
    full_name = serializers.CharField()
    unit_name = serializers.CharField()
    course_id = serializers.IntegerField(allow_null=True)
    course_title = serializers.CharField()
    mark = serializers.CharField(allow_null=True)
    mark_out_of = serializers.IntegerField()
    completed_at = serializers.DateTimeField()
    issued_at = serializers.DateTimeField()
    valid_until = serializers.DateField(allow_null=True)
    state = serializers.CharField()
    revoked_at = serializers.DateTimeField(allow_null=True)
    verify_url = serializers.URLField()
    credential = serializers.CharField(
        allow_null=True, help_text="The Open Badges 3.0 credential in force, as a VC-JWT."
    )
    changed_at = serializers.DateTimeField()


def certificate_row(certificate: Certificate) -> dict[str, Any]:
    current = [c for c in certificate.credentials.all() if c.revoked_at is None]
    officer = getattr(certificate.user, "officer", None)
    return {
        "code": certificate.code,
        "employee_code": officer.employee_code if officer else "",
        "full_name": certificate.full_name,
        "unit_name": certificate.unit_name,
        "course_id": certificate.course_id,
        "course_title": certificate.course_title,
        "mark": str(certificate.mark) if certificate.mark is not None else None,
        "mark_out_of": certificate.mark_out_of,
        "completed_at": certificate.completed_at,
        "issued_at": certificate.issued_at,
        "valid_until": certificate.valid_until,
        "state": certificate.state(),
        "revoked_at": certificate.revoked_at,
        "verify_url": build_verify_url(site_url(), certificate.code),
        "credential": current[-1].token if current and not certificate.revoked_at else None,
        "changed_at": certificate.changed_at,
    }


class CertificateResultsView(ResultsView):
    @extend_schema(
        summary="Certificates, with their verifiable credentials",
        parameters=FILTERS,
        responses=CertificateOut(many=True),
        tags=["results"],
    )
    def get(self, request: Request) -> Response:
        certificates = self.filtered(
            Certificate.objects.select_related("user", "user__officer").prefetch_related(
                "credentials"
            )
        )
        rows, meta = paginate(request, certificates, order=ORDER)
        return page_response([certificate_row(c) for c in rows], meta, self)
