"""The manager dashboards and reports: a unit's dashboard with drill-down, the officers of a
unit, one officer's record, course reports for trainers, and exports of every one of them.

Each view checks access with reports.permissions, reads its filters from the query
string (so links can be shared), and either renders the page or, with ``?export=xlsx|csv|pdf``,
hands the same view to reports.services to export. Reports are personal: never cached, and
they vary with who is signed in. Also the course feedback summaries.
"""

from __future__ import annotations

import tempfile
import uuid
from typing import TYPE_CHECKING, Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_cookie

from courses.models import CoursePage
from home.downloads import file_download
from people.http import AuthenticatedHttpRequest
from people.models import Officer, OrgUnit, User
from reports import feedback as feedback_queries
from reports import permissions
from reports.course_report import build_course_report
from reports.dashboard import (
    build_dashboard,
    build_officer_record,
    build_officer_table,
)
from reports.filters import ReportFilterForm, ReportFilters, filters_from
from reports.models import ExportFormat, ExportJob, ExportLog
from reports.presentation import dashboard_blocks
from reports.services import (
    CONTENT_TYPES,
    ExportSpec,
    ReportAccessDenied,
    UnknownExport,
    build_content,
    log_export,
    start_export_job,
    wants_background,
    write_content,
)
from reports.snapshots import is_stale
from tracker import permissions as tracker_permissions

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

EXPORT_FORMATS = {ExportFormat.XLSX.value, ExportFormat.CSV.value, ExportFormat.PDF.value}


def _filters(
    request: HttpRequest, course: CoursePage | None = None
) -> tuple[ReportFilterForm, ReportFilters]:
    return filters_from(
        request.GET,
        assignments=tracker_permissions.assignments_visible_to(request.user),
        course=course,
    )


def _export_requested(request: HttpRequest) -> str | None:
    value = request.GET.get("export")
    if value is None:
        return None
    if value not in EXPORT_FORMATS:
        raise Http404
    return value


def _export(request: AuthenticatedHttpRequest, spec: ExportSpec) -> HttpResponseBase:
    """Make the export now when it is small, else queue it and show where it will appear."""
    spec.language = translation.get_language() or ""
    try:
        content = build_content(request.user, spec)
    except ReportAccessDenied as error:
        raise PermissionDenied from error
    except UnknownExport as error:
        raise Http404 from error
    if wants_background(content, spec):
        job = start_export_job(request.user, spec, content)
        return redirect("reports:export_job", token=job.token)
    handle = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it
    rows = write_content(content, spec, handle)
    handle.seek(0)
    log_export(request.user, spec, content, rows=rows)
    return file_download(handle, content.filename, CONTENT_TYPES[spec.format])


def _spec(
    request: HttpRequest, view: str, fmt: str, filters: ReportFilters, **kwargs: Any
) -> ExportSpec:
    return ExportSpec(
        view=view,
        format=fmt,
        table=request.GET.get("table", ""),
        params=filters.params(),
        excel=request.GET.get("csv") == "excel",
        **kwargs,
    )


def _unit_or_403(user: User | AnonymousUser, pk: int) -> OrgUnit:
    unit = get_object_or_404(OrgUnit, pk=pk)
    if not permissions.can_view_unit(user, unit):
        raise PermissionDenied
    return unit


# The dashboard -------------------------------------------------------------------------------


@never_cache
@vary_on_cookie
@login_required
@require_GET
def dashboard(request: AuthenticatedHttpRequest, pk: int | None = None) -> HttpResponseBase:
    """A row per child unit and per course for the person's scope (``pk`` None: its top)."""
    if pk is None:
        if not permissions.can_view_reports(request.user):
            raise PermissionDenied
        unit = None
    else:
        unit = _unit_or_403(request.user, pk)
    form, filters = _filters(request)
    export = _export_requested(request)
    if export:
        if unit is None:
            roots = permissions.report_roots(request.user)
            unit_id = roots[0].pk if len(roots) == 1 else None
        else:
            unit_id = unit.pk
        return _export(request, _spec(request, "unit", export, filters, unit_id=unit_id))
    data = build_dashboard(request.user, unit, filters)
    if data.snapshot is not None and is_stale(data.snapshot):
        data = build_dashboard(request.user, unit, filters, use_snapshot=False)
    context = {
        "dashboard": data,
        "form": form,
        "filters": filters,
        "blocks": dashboard_blocks(data),
        "here": request.path,
    }
    return render(request, "reports/dashboard.html", context)


@never_cache
@vary_on_cookie
@login_required
@require_GET
def unit_officers(request: AuthenticatedHttpRequest, pk: int) -> HttpResponseBase:
    """The officers of one unit (or everyone under it) with their figures, a page at a time."""
    unit = _unit_or_403(request.user, pk)
    subtree = request.GET.get("subtree") == "1"
    form, filters = _filters(request)
    export = _export_requested(request)
    if export:
        spec = _spec(request, "officers", export, filters, unit_id=unit.pk, subtree=subtree)
        return _export(request, spec)
    table = build_officer_table(
        request.user, unit, filters, subtree=subtree, page_number=request.GET.get("page")
    )
    context = {
        "table": table,
        "form": form,
        "filters": filters,
        "subtree": subtree,
        "subtree_value": "1" if subtree else "",
        "subtree_keep": [("subtree", "1")] if subtree else [],
    }
    return render(request, "reports/unit_officers.html", context)


@never_cache
@vary_on_cookie
@login_required
@require_GET
def officer_detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponseBase:
    """Every course, attempt, time, certificate and overdue item of one officer in scope."""
    officer = get_object_or_404(Officer.objects.select_related("user", "unit"), pk=pk)
    if not permissions.can_view_officer(request.user, officer):
        raise PermissionDenied
    export = _export_requested(request)
    if export:
        table = request.GET.get("table", "")
        spec = ExportSpec(
            view="officer",
            format=export,
            table=table,
            officer_id=officer.pk,
            excel=request.GET.get("csv") == "excel",
        )
        return _export(request, spec)
    record = build_officer_record(request.user, officer)
    context = {"record": record}
    return render(request, "reports/officer_detail.html", context)


# Course reports ------------------------------------------------------------------------------


@never_cache
@vary_on_cookie
@login_required
@require_GET
def course_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The courses with their figures over the person's scope (the whole tree for trainers)."""
    if not permissions.can_view_course_reports(request.user):
        raise PermissionDenied
    form, filters = _filters(request)
    roots = permissions.course_report_roots(request.user)
    data = build_dashboard(request.user, None, filters, roots=roots)
    if data.snapshot is not None and is_stale(data.snapshot):
        data = build_dashboard(request.user, None, filters, roots=roots, use_snapshot=False)
    rows = [
        row
        for row in data.course_rows
        if row.course is not None and permissions.can_view_course_report(request.user, row.course)
    ]
    context = {"dashboard": data, "rows": rows, "form": form, "filters": filters}
    return render(request, "reports/course_list.html", context)


@never_cache
@vary_on_cookie
@login_required
@require_GET
def course_report(request: AuthenticatedHttpRequest, pk: int) -> HttpResponseBase:
    """One course: its figures per unit and its quiz questions, compared between units."""
    course = get_object_or_404(CoursePage.objects.select_related("topic"), pk=pk)
    if not permissions.can_view_course_report(request.user, course):
        raise PermissionDenied
    unit = None
    unit_param = request.GET.get("unit")
    if unit_param:
        if not unit_param.isdigit():
            raise Http404
        unit = get_object_or_404(OrgUnit, pk=int(unit_param))
        roots = permissions.course_report_roots(request.user)
        if not any(unit.path.startswith(root.path) for root in roots):
            raise PermissionDenied
    form, filters = _filters(request, course=course)
    export = _export_requested(request)
    if export:
        spec = _spec(
            request, "course", export, filters, course_id=course.pk, unit_id=unit and unit.pk
        )
        return _export(request, spec)
    report = build_course_report(request.user, course, unit, filters)
    context = {
        "report": report,
        "course": course,
        "dashboard": report.dashboard,
        "form": form,
        "filters": filters,
        "labels": report.group_labels,
        "show_names": permissions.shows_officer_names(request.user),
        "unit_keep": [("unit", report.dashboard.unit.pk)] if report.dashboard.unit else [],
    }
    return render(request, "reports/course_report.html", context)


# Background exports --------------------------------------------------------------------------


@never_cache
@vary_on_cookie
@login_required
@require_GET
def export_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The person's recent exports, with links to those made in the background."""
    if not (
        permissions.can_view_reports(request.user)
        or permissions.can_view_course_reports(request.user)
    ):
        raise PermissionDenied
    logs = list(
        ExportLog.objects.filter(user=request.user)
        .select_related("job")
        .order_by("-at", "-pk")[:50]
    )
    context = {"logs": logs}
    return render(request, "reports/export_list.html", context)


def _job_or_404(request: HttpRequest, token: uuid.UUID) -> ExportJob:
    job = get_object_or_404(ExportJob, token=token)
    if not permissions.can_download_export(request.user, job):
        raise Http404
    return job


@never_cache
@vary_on_cookie
@login_required
@require_GET
def export_job(request: AuthenticatedHttpRequest, token: uuid.UUID) -> HttpResponse:
    """Where a background export appears as a download link when it is ready."""
    job = _job_or_404(request, token)
    return render(request, "reports/export_job.html", {"job": job})


@never_cache
@vary_on_cookie
@login_required
@require_GET
def export_job_status(request: AuthenticatedHttpRequest, token: uuid.UUID) -> JsonResponse:
    """How far a background export is, for the page's script (which reloads it when done)."""
    job = _job_or_404(request, token)
    return JsonResponse(
        {
            "status": job.status,
            "finished": job.status in (ExportJob.Status.DONE, ExportJob.Status.FAILED),
            "rows_written": job.rows_written,
            "rows_expected": job.rows_expected,
            "percent": job.percent,
            "message": render_to_string(
                "reports/includes/export_progress.txt", {"job": job}, request=request
            ).strip(),
        }
    )


@never_cache
@vary_on_cookie
@login_required
@require_GET
def export_download(request: AuthenticatedHttpRequest, token: uuid.UUID) -> HttpResponseBase:
    job = _job_or_404(request, token)
    if not job.is_ready:
        return redirect("reports:export_job", token=job.token)
    spec = ExportSpec.from_dict(job.request)
    content_type = CONTENT_TYPES.get(spec.format, "application/octet-stream")
    return file_download(
        job.file.open("rb"), job.filename or job.file.name.rsplit("/", 1)[-1], content_type
    )


# Feedback summaries --------------------------------------------------------------------------


@never_cache
@vary_on_cookie
@login_required
@require_GET
def feedback_overview(request: AuthenticatedHttpRequest) -> HttpResponse:
    if not permissions.can_view_feedback(request.user):
        raise PermissionDenied
    return render(
        request,
        "reports/feedback_overview.html",
        {"rows": feedback_queries.feedback_by_course(request.user)},
    )


@never_cache
@vary_on_cookie
@login_required
@require_GET
def feedback_course(request: AuthenticatedHttpRequest, course_id: int) -> HttpResponse:
    if not permissions.can_view_feedback(request.user):
        raise PermissionDenied
    course = get_object_or_404(CoursePage, pk=course_id)
    summary, comments = feedback_queries.feedback_for_course(request.user, course)
    page = Paginator(comments, 50).get_page(request.GET.get("page"))
    context: dict[str, Any] = {
        "course": course,
        "summary": summary,
        "page_obj": page,
        "show_names": permissions.feedback_shows_names(request.user),
    }
    return render(request, "reports/feedback_course.html", context)
