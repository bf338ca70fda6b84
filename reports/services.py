"""Exports of the report views: what each export contains, the log of every export, and the
background jobs that make the large ones.

An export is described by an ExportSpec (which view, which object, which table, which format,
which filters, which language), so a background task can make exactly what the person asked for
later, after checking again that they may still read it.
"""

from __future__ import annotations

import datetime
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from time import monotonic
from typing import IO, TYPE_CHECKING, Any

from django.core.files import File
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from config.replica import replica_reads
from people.models import Officer, OrgUnit, User
from people.names import strip_diacritics
from reports import permissions
from reports.charts import Chart
from reports.exports import PLAIN_CSV, Table, excel_flavour, write_csv, write_xlsx
from reports.filters import ReportFilters, filters_from
from reports.models import ExportFormat, ExportJob, ExportLog

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from tracker.models import Assignment

# Above this many rows an export is made in the background and offered as a link.
DEFAULT_INLINE_ROWS = 5_000
CONTENT_TYPES: dict[str, str] = {
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.PDF: "application/pdf",
}
VIEWS = ("unit", "officers", "officer", "course")
TABLES = {
    "unit": ("units", "courses", "months", "marks", "officers", "records", "summary"),
    "officers": ("officers",),
    "officer": ("courses", "rounds", "attempts", "certificates", "assignments"),
    "course": ("units", "questions", "question_units"),
}


class ReportAccessDenied(Exception):
    """The person may not read this report (any more)."""


class UnknownExport(Exception):
    """No such table or format for this view."""


def inline_rows() -> int:
    from django.conf import settings

    return int(getattr(settings, "REPORTS_EXPORT_INLINE_ROWS", DEFAULT_INLINE_ROWS))


@dataclass
class ExportSpec:
    """Everything needed to make an export again, in plain values."""

    view: str
    format: str
    table: str = ""
    unit_id: int | None = None
    officer_id: int | None = None
    course_id: int | None = None
    subtree: bool = False
    params: dict[str, str] = field(default_factory=dict)
    language: str = ""
    # A CSV in the Excel flavour of ``language`` (semicolons and decimal commas in Vietnamese)
    # rather than the plain comma-separated UTF-8 one.
    excel: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExportSpec:
        return cls(**{key: data[key] for key in cls.__dataclass_fields__ if key in data})


@dataclass
class ExportContent:
    """What one export holds, ready to be written."""

    title: str
    scope_label: str
    unit: OrgUnit | None
    filters: ReportFilters
    tables: list[Table]
    heading: str
    filename: str
    charts: list[Chart] = field(default_factory=list)
    dashboard: Any = None
    estimated_rows: int = 0


def _assignments_for(user: User) -> QuerySet[Assignment]:
    from tracker.permissions import assignments_visible_to

    return assignments_visible_to(user)


def _heading(title: str, scope: str, filters: ReportFilters, now: datetime.datetime) -> str:
    return " · ".join(
        [
            title,
            _("Scope: %(scope)s") % {"scope": scope},
            _("Filters: %(filters)s") % {"filters": filters.as_text()},
            _("Exported at %(when)s")
            % {"when": timezone.localtime(now).strftime("%d/%m/%Y %H:%M")},
        ]
    )


def _filename(scope: str, name: str, extension: str, now: datetime.datetime) -> str:
    stem = slugify(strip_diacritics(scope))[:60] or "bao-cao"
    return f"{stem}-{name}-{timezone.localtime(now):%Y%m%d-%H%M}.{extension}"


def resolve_unit(user: User, unit_id: int | None) -> OrgUnit | None:
    if unit_id is None:
        if not permissions.can_view_reports(user):
            raise ReportAccessDenied
        return None
    unit = OrgUnit.objects.filter(pk=unit_id).first()
    if unit is None or not permissions.can_view_unit(user, unit):
        raise ReportAccessDenied
    return unit


def build_content(
    user: User, spec: ExportSpec, *, now: datetime.datetime | None = None
) -> ExportContent:
    """Check access, gather the view's figures and return the tables of the export."""
    from reports import dashboard as reports
    from reports import tables
    from reports.course_report import build_course_report
    from reports.presentation import dashboard_charts

    now = now or timezone.now()
    if spec.view not in VIEWS:
        raise UnknownExport(spec.view)
    if spec.format not in ExportFormat.values:
        raise UnknownExport(spec.format)
    if spec.table and spec.table not in TABLES[spec.view]:
        raise UnknownExport(spec.table)
    if spec.format == ExportFormat.PDF and spec.view != "unit":
        raise UnknownExport(spec.format)

    if spec.view == "officer":
        officer = (
            Officer.objects.select_related("user", "unit").filter(pk=spec.officer_id).first()
            if spec.officer_id is not None
            else None
        )
        if officer is None or not permissions.can_view_officer(user, officer):
            raise ReportAccessDenied
        record = reports.build_officer_record(user, officer, now=now)
        all_tables = tables.officer_record_tables(record)
        if not record.rounds and not spec.table:  # no sheet of earlier rounds when there are none
            all_tables = [table for table in all_tables if table.name != "rounds"]
        title = _("Officer record: %(name)s") % {"name": officer.full_name or officer.email}
        scope = f"{officer.full_name} ({officer.employee_code}), {officer.unit.name}"
        filters = ReportFilters()
        chosen = _choose(all_tables, spec)
        return ExportContent(
            title, scope, officer.unit, filters, chosen, _heading(title, scope, filters, now),
            _filename(scope, spec.table or "ho-so", spec.format, now),
        )  # fmt: skip

    course = None
    if spec.view == "course":
        from courses.models import CoursePage

        course = CoursePage.objects.select_related("topic").filter(pk=spec.course_id).first()
        if course is None or not permissions.can_view_course_report(user, course):
            raise ReportAccessDenied
        unit = None
        if spec.unit_id is not None:
            unit = OrgUnit.objects.filter(pk=spec.unit_id).first()
            roots = permissions.course_report_roots(user)
            if unit is None or not any(unit.path.startswith(r.path) for r in roots):
                raise ReportAccessDenied
    else:
        unit = resolve_unit(user, spec.unit_id)

    _form, filters = filters_from(spec.params, assignments=_assignments_for(user), course=course)

    if spec.view == "officers":
        if unit is None:
            raise ReportAccessDenied
        title = _("Officers of %(unit)s") % {"unit": unit.name}
        table = tables.officers_table(unit, filters, subtree=spec.subtree)
        estimated = reports.officers_in(unit, subtree=spec.subtree).count()
        return ExportContent(
            title, unit.name, unit, filters, [table], _heading(title, unit.name, filters, now),
            _filename(unit.name, "can-bo", spec.format, now), estimated_rows=estimated,
        )  # fmt: skip

    if spec.view == "course" and course is not None:  # checked above
        report = build_course_report(user, course, unit, filters, now=now)
        dashboard = report.dashboard
        title = _("Course report: %(course)s") % {"course": course.title}
        scope = dashboard.scope_label
        labels = {row.key: row.label for row in dashboard.unit_rows}
        all_tables = [
            tables.unit_table(dashboard),
            tables.question_table(report.quizzes),
            tables.question_unit_table(report.quizzes, labels),
        ]
        return ExportContent(
            title, scope, dashboard.unit, filters, _choose(all_tables, spec),
            _heading(title, scope, filters, now),
            _filename(f"{course.title} {scope}", spec.table or "khoa-hoc", spec.format, now),
        )  # fmt: skip

    # The unit dashboard.
    if spec.table in ("officers", "records"):
        if unit is None:
            raise ReportAccessDenied
        if spec.table == "officers":
            title = _("Officers under %(unit)s") % {"unit": unit.name}
            table = tables.officers_table(unit, filters, subtree=True)
            estimated = reports.officers_in(unit, subtree=True).count()
        else:
            title = _("Training records under %(unit)s") % {"unit": unit.name}
            table = tables.records_table(unit, filters)
            estimated = _records_estimate(unit, filters)
        return ExportContent(
            title, unit.name, unit, filters, [table], _heading(title, unit.name, filters, now),
            _filename(unit.name, spec.table, spec.format, now), estimated_rows=estimated,
        )  # fmt: skip
    dashboard = reports.build_dashboard(user, unit, filters, now=now)
    title = _("Training report")
    scope = dashboard.scope_label
    all_tables = tables.dashboard_tables(dashboard)
    chosen = all_tables if spec.format == ExportFormat.PDF else _choose(all_tables, spec)
    if spec.format == ExportFormat.PDF:
        chosen = all_tables[:2]
    return ExportContent(
        title, scope, dashboard.unit, filters, chosen, _heading(title, scope, filters, now),
        _filename(scope, spec.table or "bao-cao", spec.format, now),
        charts=dashboard_charts(dashboard, for_pdf=True), dashboard=dashboard,
    )  # fmt: skip


def _records_estimate(unit: OrgUnit, filters: ReportFilters) -> int:
    """Rows of the records export, at most: every enrolment and earlier round under the unit."""
    from courses.models import Enrolment, EnrolmentCycle

    count = 0
    for model in (Enrolment, EnrolmentCycle):
        queryset = model.objects.filter(
            user__officer__active=True, user__officer__unit__path__startswith=unit.path
        )
        if filters.course_ids is not None:
            queryset = queryset.filter(course_id__in=filters.course_ids)
        count += queryset.count()
    return count


def _choose(all_tables: list[Table], spec: ExportSpec) -> list[Table]:
    """A CSV holds one table (the first unless one is named); a workbook holds them all."""
    if spec.table:
        return [t for t in all_tables if t.name == spec.table]
    if spec.format == ExportFormat.CSV:
        return all_tables[:1]
    return all_tables


def write_content(content: ExportContent, spec: ExportSpec, target: IO[bytes]) -> int:
    """Write the export to a binary file; returns the number of data rows."""
    if spec.format == ExportFormat.XLSX:
        return sum(write_xlsx(target, content.tables, heading=content.heading).values())
    if spec.format == ExportFormat.CSV:
        flavour = excel_flavour(spec.language) if spec.excel else PLAIN_CSV
        return write_csv(target, content.tables[0], flavour)
    from reports.pdf import unit_summary_pdf

    data = unit_summary_pdf(
        content.dashboard, content.charts, content.tables, heading=content.heading
    )
    target.write(data)
    return sum(len(table.rows) for table in content.tables if isinstance(table.rows, list))


def log_export(
    user: User,
    spec: ExportSpec,
    content: ExportContent,
    *,
    rows: int | None,
    background: bool = False,
) -> ExportLog:
    """Record who exported what, for which scope, with which filters, in which format."""
    return ExportLog.objects.create(
        user=user,
        view=spec.view,
        table=spec.table,
        unit=content.unit,
        scope_label=content.scope_label[:300],
        filters={**content.filters.as_dict(), **({"subtree": "1"} if spec.subtree else {})},
        format=spec.format,
        rows=rows,
        background=background,
    )


def wants_background(content: ExportContent, spec: ExportSpec) -> bool:
    return spec.format != ExportFormat.PDF and content.estimated_rows > inline_rows()


def start_export_job(user: User, spec: ExportSpec, content: ExportContent) -> ExportJob:
    """Log the export, queue its job and hand it to the task runner (in-process in dev)."""
    from reports.tasks import make_export

    with transaction.atomic():
        log = log_export(user, spec, content, rows=None, background=True)
        job = ExportJob.objects.create(
            user=user, log=log, request=spec.as_dict(), title=content.title[:300]
        )
    make_export.enqueue(job.pk)
    job.refresh_from_db()
    return job


# A running export tells its page how far it got at most this often.
PROGRESS_EVERY_SECONDS = 1.0


def _with_progress(job_id: int, rows: Iterable[Sequence[Any]], done: list[int]) -> Iterator[Any]:
    """Pass rows through, writing the running count to the job about once a second."""
    last = monotonic()
    for row in rows:
        done[0] += 1
        yield row
        if monotonic() - last >= PROGRESS_EVERY_SECONDS:
            ExportJob.objects.filter(pk=job_id).update(rows_written=done[0])
            last = monotonic()


def run_export_job(job_id: int) -> ExportJob | None:
    """Make a queued export: re-check access, write the file, attach it. Idempotent: run again
    after a worker died, it starts the file afresh.

    The figures are read from the replica when one is configured; the job itself always on the
    primary.
    """
    job = ExportJob.objects.select_related("user").filter(pk=job_id).first()
    if job is None or job.status == ExportJob.Status.DONE:
        return job
    ExportJob.objects.filter(pk=job.pk).update(
        status=ExportJob.Status.RUNNING, started_at=timezone.now(), rows_written=0
    )
    spec = ExportSpec.from_dict(job.request)
    try:
        with translation.override(spec.language or None), replica_reads():
            content = build_content(job.user, spec)
            ExportJob.objects.filter(pk=job.pk).update(rows_expected=content.estimated_rows or None)
            done = [0]
            if spec.format != ExportFormat.PDF:
                for table in content.tables:
                    table.rows = _with_progress(job.pk, table.rows, done)
            with tempfile.TemporaryFile() as handle:
                rows = write_content(content, spec, handle)
                handle.seek(0)
                job.file.save(content.filename, File(handle), save=False)
    except ReportAccessDenied:
        _fail(job, _("You may no longer read this report."))
        return job
    except Exception as error:
        _fail(job, str(error))
        raise
    job.status = ExportJob.Status.DONE
    job.filename = content.filename
    job.rows = rows
    job.finished_at = timezone.now()
    job.save(update_fields=["file", "status", "filename", "rows", "finished_at"])
    ExportLog.objects.filter(pk=job.log_id).update(rows=rows)
    return job


def _fail(job: ExportJob, message: str) -> None:
    ExportJob.objects.filter(pk=job.pk).update(
        status=ExportJob.Status.FAILED, error=message[:500], finished_at=timezone.now()
    )
    job.refresh_from_db()
