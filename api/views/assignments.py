"""Assignments: list those that reach the client's units, create, edit and withdraw them (the
tracker's services, with the client's units as a manager's), and each officer's status."""

from __future__ import annotations

from typing import Any, cast

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response

from api.pagination import paginate
from api.permissions import READ_RESULTS, WRITE_ASSIGNMENTS, subtree
from api.views.base import MAX_ID, ClientView, not_found, page_response
from api.views.people import PAGE_PARAMETERS
from courses.models import CoursePage
from people.models import Officer, OrgUnit, normalise_code
from tracker import permissions as tracker_permissions
from tracker import services as tracker_services
from tracker.models import Assignment, AssignmentQuerySet, AssignmentTarget

READ = (READ_RESULTS, WRITE_ASSIGNMENTS)


class AssignmentOut(serializers.Serializer):
    id = serializers.IntegerField()
    course_id = serializers.IntegerField()
    course_title = serializers.CharField()
    scope = serializers.ChoiceField(choices=Assignment.Scope.values)
    unit_code = serializers.CharField(allow_null=True)
    employee_codes = serializers.ListField(child=serializers.CharField())
    due_on = serializers.DateField()
    note = serializers.CharField()
    recurrence_months = serializers.IntegerField(allow_null=True)
    certificate_valid_months = serializers.IntegerField(allow_null=True)
    created_at = serializers.DateTimeField()
    withdrawn_at = serializers.DateTimeField(allow_null=True)


def assignment_row(assignment: Assignment) -> dict[str, Any]:
    return {
        "id": assignment.pk,
        "course_id": assignment.course_id,
        "course_title": assignment.course.title,
        "scope": assignment.scope,
        "unit_code": assignment.unit.code if assignment.unit else None,
        "employee_codes": sorted(
            user.officer.employee_code
            for user in assignment.officers.all()
            if hasattr(user, "officer")
        ),
        "due_on": assignment.due_on,
        "note": assignment.note,
        "recurrence_months": assignment.recurrence_months,
        "certificate_valid_months": assignment.certificate_valid_months,
        "created_at": assignment.created_at,
        "withdrawn_at": assignment.withdrawn_at,
    }


class AssignmentIn(serializers.Serializer):
    course_id = serializers.IntegerField(min_value=1, max_value=MAX_ID)
    scope = serializers.ChoiceField(choices=Assignment.Scope.values)
    unit_code = serializers.CharField(max_length=50, required=False, allow_blank=True)
    employee_codes = serializers.ListField(
        child=serializers.CharField(max_length=50), required=False, default=list, max_length=5000
    )
    due_on = serializers.DateField()
    note = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    recurrence_months = serializers.IntegerField(
        min_value=1, max_value=120, required=False, allow_null=True, default=None
    )
    certificate_valid_months = serializers.IntegerField(
        min_value=1, max_value=120, required=False, allow_null=True, default=None
    )

    def validate_course_id(self, value: int) -> CoursePage:
        course = CoursePage.objects.live().filter(pk=value).first()
        if course is None:
            raise serializers.ValidationError(_("No published course has this id."))
        return course

    def validate(self, data: dict[str, Any]) -> dict[str, Any]:
        if data["scope"] == Assignment.Scope.OFFICERS:
            codes = [normalise_code(code) for code in data["employee_codes"]]
            if not codes:
                raise serializers.ValidationError(
                    {"employee_codes": [_("Choose at least one officer.")]}
                )
            officers = list(
                Officer.objects.filter(employee_code__in=codes).select_related("unit", "user")
            )
            missing = sorted(set(codes) - {o.employee_code for o in officers})
            if missing:
                raise serializers.ValidationError(
                    {
                        "employee_codes": [
                            _("Unknown employee codes: %(codes)s.") % {"codes": ", ".join(missing)}
                        ]
                    }
                )
            data["officers"], data["unit"] = officers, None
        else:
            code = normalise_code(data.get("unit_code") or "")
            unit = OrgUnit.objects.filter(code=code).first() if code else None
            if unit is None:
                raise serializers.ValidationError({"unit_code": [_("Choose a unit.")]})
            data["officers"], data["unit"] = [], unit
        return data


class AssignmentEditIn(serializers.Serializer):
    due_on = serializers.DateField(required=False)
    note = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    recurrence_months = serializers.IntegerField(
        min_value=1, max_value=120, required=False, allow_null=True
    )
    certificate_valid_months = serializers.IntegerField(
        min_value=1, max_value=120, required=False, allow_null=True
    )


class WithdrawIn(serializers.Serializer):
    reason = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


def _visible(view: ClientView, pk: int) -> Assignment:
    assignment = (
        tracker_permissions.assignments_visible_within(view.client.roots)
        .select_related("course", "unit")
        .prefetch_related("officers__officer")
        .filter(pk=pk)
        .first()
    )
    if assignment is None:
        raise not_found()
    return assignment


def _refused(exc: tracker_services.TrackerError) -> Response:
    return Response({"detail": str(exc)}, status=400)


class AssignmentListView(ClientView):
    scopes = {"GET": READ, "POST": (WRITE_ASSIGNMENTS,)}

    @extend_schema(
        summary="Assignments that reach the client's units",
        parameters=[
            OpenApiParameter("course", int),
            OpenApiParameter("open", bool, description="Only those not withdrawn."),
            *PAGE_PARAMETERS,
        ],
        responses=AssignmentOut(many=True),
        tags=["assignments"],
    )
    def get(self, request: Request) -> Response:
        assignments = (
            tracker_permissions.assignments_visible_within(self.client.roots)
            .select_related("course", "unit")
            .prefetch_related("officers__officer")
        )
        course = self.int_param("course")
        if course is not None:
            assignments = assignments.filter(course_id=course)
        if request.query_params.get("open") in ("1", "true"):
            # The visible assignments come from Assignment.objects, so they have open().
            assignments = cast(AssignmentQuerySet, assignments).open()
        rows, meta = paginate(request, assignments.distinct())
        return page_response([assignment_row(a) for a in rows], meta, self)

    @extend_schema(
        summary="Assign a course to a unit, its subtree or named officers",
        request=AssignmentIn,
        responses={201: AssignmentOut},
        tags=["assignments"],
    )
    def post(self, request: Request) -> Response:
        body = AssignmentIn(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        roots = self.client.roots
        if not tracker_permissions.can_assign_within(
            roots, unit=data["unit"], officers=data["officers"] or None
        ):
            raise PermissionDenied(_("You can only assign courses within your units."))
        try:
            assignment = tracker_services.create_assignment(
                None,
                course=data["course_id"],
                scope=data["scope"],
                unit=data["unit"],
                officers=data["officers"],
                due_on=data["due_on"],
                note=data["note"],
                recurrence_months=data["recurrence_months"],
                certificate_valid_months=data["certificate_valid_months"],
                within=roots,
            )
        except tracker_services.TrackerError as exc:
            return _refused(exc)
        self.audit_counts["assignment"] = assignment.pk
        return Response(assignment_row(_visible(self, assignment.pk)), status=201)


class AssignmentDetailView(ClientView):
    scopes = {"GET": READ, "PATCH": (WRITE_ASSIGNMENTS,)}

    @extend_schema(summary="One assignment", responses=AssignmentOut, tags=["assignments"])
    def get(self, request: Request, pk: int) -> Response:
        return Response(assignment_row(_visible(self, pk)))

    @extend_schema(
        summary="Change an assignment's due date, note, recurrence or validity",
        request=AssignmentEditIn,
        responses=AssignmentOut,
        tags=["assignments"],
    )
    def patch(self, request: Request, pk: int) -> Response:
        assignment = _visible(self, pk)
        if not tracker_permissions.can_change_assignment_within(self.client.roots, assignment):
            raise PermissionDenied(_("You cannot change this assignment."))
        body = AssignmentEditIn(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        changes: dict[str, Any] = {
            name: data[name]
            for name in ("recurrence_months", "certificate_valid_months")
            if name in data
        }
        try:
            tracker_services.edit_assignment(
                None,
                assignment,
                due_on=data.get("due_on", assignment.due_on),
                note=data.get("note", assignment.note),
                within=self.client.roots,
                **changes,
            )
        except tracker_services.TrackerError as exc:
            return _refused(exc)
        self.audit_counts["assignment"] = assignment.pk
        return Response(assignment_row(_visible(self, pk)))


class AssignmentWithdrawView(ClientView):
    scopes = {"POST": (WRITE_ASSIGNMENTS,)}

    @extend_schema(
        summary="Withdraw an assignment (results stay)",
        request=WithdrawIn,
        responses=AssignmentOut,
        tags=["assignments"],
    )
    def post(self, request: Request, pk: int) -> Response:
        assignment = _visible(self, pk)
        if not tracker_permissions.can_change_assignment_within(self.client.roots, assignment):
            raise PermissionDenied(_("You cannot change this assignment."))
        body = WithdrawIn(data=request.data)
        body.is_valid(raise_exception=True)
        try:
            tracker_services.withdraw_assignment(
                None, assignment, reason=body.validated_data["reason"], within=self.client.roots
            )
        except tracker_services.TrackerError as exc:
            return _refused(exc)
        self.audit_counts["assignment"] = assignment.pk
        return Response(assignment_row(_visible(self, pk)))


class TargetOut(serializers.Serializer):
    employee_code = serializers.CharField()
    full_name = serializers.CharField()
    unit_code = serializers.CharField()
    round = serializers.IntegerField()
    due_on = serializers.DateField()
    status = serializers.CharField()
    started_at = serializers.DateTimeField(allow_null=True)
    completed_at = serializers.DateTimeField(allow_null=True)


class AssignmentOfficersView(ClientView):
    scopes = {"GET": READ}

    @extend_schema(
        summary="Each officer's status on an assignment (officers of the client's units)",
        parameters=PAGE_PARAMETERS,
        responses=TargetOut(many=True),
        tags=["assignments"],
    )
    def get(self, request: Request, pk: int) -> Response:
        assignment = _visible(self, pk)
        targets = (
            AssignmentTarget.objects.current()
            .filter(assignment=assignment)
            .filter(subtree(self.client, "user__officer__unit__"))
            .select_related("user", "user__officer", "user__officer__unit")
            .with_live_status(timezone.localdate())
        )
        rows, meta = paginate(request, targets)
        return page_response(
            [
                {
                    "employee_code": t.user.officer.employee_code,
                    "full_name": t.user.get_full_name(),
                    "unit_code": t.user.officer.unit.code,
                    "round": t.cycle,
                    "due_on": t.due_on,
                    # with_live_status() adds it; the plugin cannot name the annotation here.
                    "status": t.live_status,  # type: ignore[attr-defined]
                    "started_at": t.started_at,
                    "completed_at": t.completed_at,
                }
                for t in rows
            ],
            meta,
            self,
        )
