"""Staff and units: read them within the client's units, and create or update them in bulk by
employee code and unit code through the same service as the spreadsheet import."""

from __future__ import annotations

from typing import Any, cast

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from api.pagination import paginate
from api.permissions import READ_RESULTS, WRITE_STAFF, in_scope, subtree
from api.views.base import ClientView, not_found, page_response
from people import permissions as people_permissions
from people.imports import RowError
from people.models import Officer, OrgUnit, normalise_code
from people.services.refusals import StaffImportError, StaffImportFailed
from people.services.staff_import import ImportPlan, import_staff_records
from people.services.unit_import import UnitImportError, UnitPlan, upsert_units

READ = (READ_RESULTS, WRITE_STAFF)
PAGE_PARAMETERS = [
    OpenApiParameter("cursor", str, description="The next_cursor of the previous page."),
    OpenApiParameter("limit", int, description="Rows per page, 1 to 1000 (100)."),
]


class OfficerOut(serializers.Serializer):
    employee_code = serializers.CharField()
    full_name = serializers.CharField()
    email = serializers.EmailField()
    unit_code = serializers.CharField()
    position = serializers.CharField()
    active = serializers.BooleanField()
    roles = serializers.ListField(child=serializers.CharField())
    updated_at = serializers.DateTimeField()


def officer_row(officer: Officer) -> dict[str, Any]:
    return {
        "employee_code": officer.employee_code,
        "full_name": officer.user.get_full_name(),
        "email": officer.user.email,
        "unit_code": officer.unit.code,
        "position": officer.position,
        "active": officer.active,
        "roles": sorted(group.name for group in officer.user.groups.all()),
        "updated_at": officer.updated_at,
    }


class OfficerIn(serializers.Serializer):
    employee_code = serializers.CharField(max_length=50)
    full_name = serializers.CharField(max_length=300)
    email = serializers.CharField(max_length=254)
    unit_code = serializers.CharField(max_length=50)
    position = serializers.CharField(max_length=200, required=False, allow_blank=True)
    roles = serializers.ListField(
        child=serializers.CharField(max_length=50), required=False, default=list
    )


class StaffUpsertIn(serializers.Serializer):
    officers = serializers.ListField(child=serializers.DictField(), min_length=1, max_length=5000)
    dry_run = serializers.BooleanField(default=False)


class StaffUpsertDoc(serializers.Serializer):
    officers = OfficerIn(many=True)
    dry_run = serializers.BooleanField(default=False)


class RowErrorOut(serializers.Serializer):
    row = serializers.IntegerField()
    field = serializers.CharField()
    message = serializers.CharField()


class UpsertOut(serializers.Serializer):
    applied = serializers.BooleanField()
    counts = serializers.DictField(child=serializers.IntegerField())
    rows = serializers.ListField(child=serializers.DictField())


def row_errors(errors: list[RowError]) -> list[dict[str, Any]]:
    return [{"row": e.row, "field": e.column, "message": e.message} for e in errors]


def refusal(detail: str, errors: list[RowError]) -> Response:
    return Response({"detail": detail, "errors": row_errors(errors)}, status=400)


class StaffListView(ClientView):
    scopes = {"GET": READ}

    @extend_schema(
        summary="Officers of the client's units",
        parameters=[
            OpenApiParameter("unit", str, description="Only this unit and the units under it."),
            OpenApiParameter("changed_since", str, description="Only records changed since."),
            *PAGE_PARAMETERS,
        ],
        responses=OfficerOut(many=True),
        tags=["staff"],
    )
    def get(self, request: Request) -> Response:
        roots = self.unit_param()
        officers = Officer.objects.filter(
            people_permissions.subtree_filter(roots, "unit__")
        ).select_related("user", "unit")
        since = self.datetime_param("changed_since")
        if since is not None:
            officers = officers.filter(updated_at__gte=since)
        rows, meta = paginate(request, officers.prefetch_related("user__groups"))
        return page_response([officer_row(o) for o in rows], meta, self)


class StaffDetailView(ClientView):
    scopes = {"GET": READ}

    @extend_schema(summary="One officer by employee code", responses=OfficerOut, tags=["staff"])
    def get(self, request: Request, employee_code: str) -> Response:
        officer = (
            Officer.objects.filter(subtree(self.client, "unit__"))
            .select_related("user", "unit")
            .filter(employee_code=normalise_code(employee_code))
            .first()
        )
        if officer is None:
            raise not_found()
        return Response(officer_row(officer))


def _plan_out(plan: ImportPlan) -> dict[str, Any]:
    groups = {
        "create": plan.created,
        "update": plan.updated,
        "move": plan.moved,
        "unchanged": plan.unchanged,
    }
    rows = sorted(
        (
            {
                "row": p.row,
                "employee_code": p.employee_code,
                "action": p.action,
                "changes": p.changes,
            }
            for group in groups.values()
            for p in group
        ),
        key=lambda r: cast(int, r["row"]),
    )
    return {
        "applied": plan.applied,
        "counts": {action: len(group) for action, group in groups.items()},
        "rows": rows,
    }


class StaffUpsertView(ClientView):
    scopes = {"POST": (WRITE_STAFF,)}

    @extend_schema(
        summary="Create or update officers by employee code (all or nothing)",
        description=(
            "The same checks and messages as the staff spreadsheet import; record 1 is row 1. "
            "Roles other than Officer cannot be given. With dry_run the preview is returned "
            "and nothing is saved. Sending the same records again changes nothing."
        ),
        request=StaffUpsertDoc,
        responses={200: UpsertOut},
        tags=["staff"],
    )
    def post(self, request: Request) -> Response:
        body = StaffUpsertIn(data=request.data)
        body.is_valid(raise_exception=True)
        records = body.validated_data["officers"]
        errors = []
        for number, record in enumerate(records, start=1):
            checked = OfficerIn(data=record)
            if not checked.is_valid():
                for name, messages in checked.errors.items():
                    errors += [RowError(number, name, str(m)) for m in messages]
        if errors:
            return refusal(str(StaffImportError(ImportPlan(errors=errors))), errors)
        try:
            plan = import_staff_records(
                records, dry_run=body.validated_data["dry_run"], within=self.client.roots
            )
        except StaffImportError as exc:
            return refusal(str(exc), exc.plan.errors)
        except StaffImportFailed as exc:
            return Response({"detail": str(exc)}, status=409)
        out = _plan_out(plan)
        self.audit_counts.update(out["counts"], dry_run=body.validated_data["dry_run"])
        return Response(out)


# Units -------------------------------------------------------------------------------------------


class UnitOut(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    kind = serializers.CharField()
    parent_code = serializers.CharField(allow_null=True)
    active = serializers.BooleanField()


def unit_rows(units: list[OrgUnit]) -> list[dict[str, Any]]:
    parents = dict(
        OrgUnit.objects.filter(
            path__in={u.path[: -u.steplen] for u in units if u.depth > 1}
        ).values_list("path", "code")
    )
    return [
        {
            "code": u.code,
            "name": u.name,
            "kind": u.kind,
            "parent_code": parents.get(u.path[: -u.steplen]),
            "active": u.active,
        }
        for u in units
    ]


class UnitIn(serializers.Serializer):
    code = serializers.CharField(max_length=50)
    name = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(choices=OrgUnit.Kind.values)
    parent_code = serializers.CharField(max_length=50, required=False, allow_blank=True)
    active = serializers.BooleanField(required=False, default=True)


class UnitUpsertIn(serializers.Serializer):
    units = serializers.ListField(child=serializers.DictField(), min_length=1, max_length=5000)
    dry_run = serializers.BooleanField(default=False)


class UnitUpsertDoc(serializers.Serializer):
    units = UnitIn(many=True)
    dry_run = serializers.BooleanField(default=False)


class UnitListView(ClientView):
    scopes = {"GET": READ}

    @extend_schema(
        summary="The client's units",
        parameters=PAGE_PARAMETERS,
        responses=UnitOut(many=True),
        tags=["units"],
    )
    def get(self, request: Request) -> Response:
        units = OrgUnit.objects.filter(subtree(self.client))
        rows, meta = paginate(request, units)
        return page_response(unit_rows(rows), meta, self)


class UnitDetailView(ClientView):
    scopes = {"GET": READ}

    @extend_schema(summary="One unit by code", responses=UnitOut, tags=["units"])
    def get(self, request: Request, code: str) -> Response:
        unit = OrgUnit.objects.filter(code=normalise_code(code)).first()
        if unit is None or not in_scope(self.client, unit):
            raise not_found()
        return Response(unit_rows([unit])[0])


def _unit_plan_out(plan: UnitPlan) -> dict[str, Any]:
    actions = ("create", "update", "move", "unchanged")
    return {
        "applied": plan.applied,
        "counts": {action: plan.count(action) for action in actions},
        "rows": [
            {"row": p.row, "code": p.code, "action": p.action, "changes": p.changes}
            for p in plan.rows
        ],
    }


class UnitUpsertView(ClientView):
    scopes = {"POST": (WRITE_STAFF,)}

    @extend_schema(
        summary="Create or update units by unit code (all or nothing)",
        description="A parent comes before its children; units stay inside the client's unit.",
        request=UnitUpsertDoc,
        responses={200: UpsertOut},
        tags=["units"],
    )
    def post(self, request: Request) -> Response:
        body = UnitUpsertIn(data=request.data)
        body.is_valid(raise_exception=True)
        # Every record is checked by the service, so one answer lists all rows' errors.
        records = body.validated_data["units"]
        try:
            plan = upsert_units(
                records, dry_run=body.validated_data["dry_run"], within=self.client.roots
            )
        except UnitImportError as exc:
            return refusal(str(exc), exc.plan.errors)
        out = _unit_plan_out(plan)
        self.audit_counts.update(out["counts"], dry_run=body.validated_data["dry_run"])
        return Response(out)
