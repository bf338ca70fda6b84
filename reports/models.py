"""The reports' records: course costs, per-enrolment figures, the log of every export, exports
made in the background, and the snapshots dashboards read."""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from config.storage import private_storage


class CourseCost(models.Model):
    """What one learner of a course costs (trainers, venue, licences), for cost reports.

    Kept here rather than on the course page, so the content app carries no finance.
    """

    course = models.OneToOneField(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="cost",
    )
    cost_per_learner = models.DecimalField(
        _("cost per learner (VND)"),
        max_digits=14,
        decimal_places=0,
        validators=[MinValueValidator(Decimal("0"))],
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        db_table = "progress_coursecost"
        verbose_name = _("course cost")
        verbose_name_plural = _("course costs")

    def __str__(self) -> str:
        return f"{self.course}: {self.cost_per_learner}"


class EnrolmentFigures(models.Model):
    """Per enrolment: time on lessons and on quiz attempts, and the best mark, ready to sum.

    Refreshed by reports.enrolment_figures.refresh_enrolment_figures (on completion and
    nightly), so a national dashboard adds up one narrow table instead of every attempt.
    """

    enrolment = models.OneToOneField(
        "courses.Enrolment",
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="figures",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="+"
    )
    lesson_seconds = models.PositiveIntegerField(_("seconds on lessons"), default=0)
    quiz_seconds = models.PositiveIntegerField(_("seconds on quiz attempts"), default=0)
    total_seconds = models.PositiveIntegerField(_("seconds in all"), default=0)
    # Percent (0–100): the mean over the course's quizzes of each quiz's best finished attempt.
    best_mark = models.DecimalField(
        _("best mark (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    attempts = models.PositiveIntegerField(_("finished attempts"), default=0)
    refreshed_at = models.DateTimeField(_("refreshed at"), default=timezone.now)

    class Meta:
        db_table = "progress_enrolmentfigures"
        verbose_name = _("enrolment figures")
        verbose_name_plural = _("enrolment figures")
        indexes = [models.Index(fields=["course", "user"], name="progress_figures_course_user")]

    def __str__(self) -> str:
        return f"{self.enrolment_id}: {self.total_seconds}s, {self.best_mark}"


class ExportFormat(models.TextChoices):
    XLSX = "xlsx", _("Excel workbook (XLSX)")
    CSV = "csv", _("CSV (UTF-8)")
    PDF = "pdf", _("PDF summary")


class ExportLog(models.Model):
    """One export: who took which table of which view, for which part of the tree, with which
    filters, in which format and when. Written for every export, direct or in the background."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    view = models.CharField(_("view"), max_length=40)
    table = models.CharField(_("table"), max_length=40, blank=True)
    unit = models.ForeignKey(
        "people.OrgUnit",
        verbose_name=_("unit"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # As shown in the file's title row, so the log still reads right after renames.
    scope_label = models.CharField(_("scope"), max_length=300, blank=True)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    format = models.CharField(_("format"), max_length=4, choices=ExportFormat.choices)
    rows = models.PositiveIntegerField(_("rows"), null=True, blank=True)
    background = models.BooleanField(_("in the background"), default=False)
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        db_table = "progress_exportlog"
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-at", "-pk"]
        indexes = [
            models.Index(fields=["user", "at"], name="progress_exportlog_user_at"),
            models.Index(fields=["at"], name="progress_exportlog_at"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} · {self.user_id} · {self.view}/{self.table}.{self.format}"


def export_upload_to(instance: ExportJob, filename: str) -> str:
    return f"exports/{instance.created_at:%Y/%m}/{instance.token}/{filename}"


class ExportJob(models.Model):
    """An export too large to make while the person waits: queued, made by a background task,
    then offered as a download link to the person who asked for it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RUNNING = "running", _("Being made")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    token = models.UUIDField(_("token"), default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.CASCADE,
        related_name="report_exports",
    )
    log = models.OneToOneField(
        ExportLog, verbose_name=_("log entry"), on_delete=models.PROTECT, related_name="job"
    )
    # What to make: the view, its object, table, filters and language, re-checked by the task.
    request = models.JSONField(_("request"), default=dict)
    title = models.CharField(_("title"), max_length=300)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    # Private: handed out only to the person who asked for it, by the download view.
    file = models.FileField(
        _("file"),
        upload_to=export_upload_to,
        max_length=255,
        blank=True,
        storage=private_storage,
    )
    filename = models.CharField(_("file name"), max_length=200, blank=True)
    rows = models.PositiveIntegerField(_("rows"), null=True, blank=True)
    # While the file is being made: rows written so far, and how many are expected in all.
    rows_written = models.PositiveIntegerField(_("rows written"), default=0)
    rows_expected = models.PositiveIntegerField(_("rows expected"), null=True, blank=True)
    error = models.CharField(_("error"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        db_table = "progress_exportjob"
        verbose_name = _("background export")
        verbose_name_plural = _("background exports")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "created_at"], name="progress_exportjob_user")]

    def __str__(self) -> str:
        return f"{self.title} · {self.get_status_display()}"

    @property
    def is_ready(self) -> bool:
        return self.status == self.Status.DONE and bool(self.file)

    @property
    def percent(self) -> int | None:
        """How far the file is made, while it is being made and its size is known."""
        if self.status == self.Status.DONE:
            return 100
        if not self.rows_expected:
            return None
        return min(99, self.rows_written * 100 // self.rows_expected)


class ReportSnapshot(models.Model):
    """The figures of a large unit (tens of thousands of officers), taken in the background.

    Its dashboard then sums a few thousand rows instead of every enrolment in the country. The
    rows keep whole months and exact due dates, so every filter still applies; the page says
    when the snapshot was taken. Smaller units are always computed live.
    """

    class Status(models.TextChoices):
        BUILDING = "building", _("Being taken")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    unit = models.ForeignKey(
        "people.OrgUnit",
        verbose_name=_("unit"),
        on_delete=models.CASCADE,
        related_name="report_snapshots",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.BUILDING
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    taken_at = models.DateTimeField(_("taken at"), null=True, blank=True)
    seconds = models.FloatField(_("seconds taken"), null=True, blank=True)
    officers = models.PositiveIntegerField(pgettext_lazy("count", "officers"), default=0)
    error = models.CharField(_("error"), max_length=500, blank=True)

    class Meta:
        db_table = "progress_reportsnapshot"
        verbose_name = _("report snapshot")
        verbose_name_plural = _("report snapshots")
        ordering = ["-started_at", "-pk"]
        indexes = [
            models.Index(fields=["unit", "status", "taken_at"], name="progress_snapshot_unit"),
        ]

    def __str__(self) -> str:
        return f"{self.unit_id} · {self.status} · {self.taken_at or self.started_at}"


def _snapshot_fk() -> models.ForeignKey:
    return models.ForeignKey(
        ReportSnapshot, verbose_name=_("snapshot"), on_delete=models.CASCADE, related_name="+"
    )


def _row_unit_fk() -> models.ForeignKey:
    # The child unit a row adds up (or the snapshot's unit itself, for its own staff).
    return models.ForeignKey(
        "people.OrgUnit",
        verbose_name=_("unit"),
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
    )


def _row_course_fk() -> models.ForeignKey:
    return models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
    )


class SnapshotOfficers(models.Model):
    """Active officers under one child unit of a snapshot."""

    snapshot = _snapshot_fk()
    unit = _row_unit_fk()
    officers = models.PositiveIntegerField(pgettext_lazy("count", "officers"), default=0)

    class Meta:
        db_table = "progress_snapshotofficers"
        verbose_name = _("snapshot officers")
        verbose_name_plural = _("snapshot officers")

    def __str__(self) -> str:
        return f"{self.snapshot_id} · {self.unit_id}: {self.officers}"


class SnapshotTargets(models.Model):
    """Assigned officers under one child unit, per assignment, course and exact due date (so
    overdue is still worked out for the day the dashboard is read)."""

    snapshot = _snapshot_fk()
    unit = _row_unit_fk()
    course = _row_course_fk()
    assignment = models.ForeignKey(
        "tracker.Assignment",
        verbose_name=_("assignment"),
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
    )
    due_on = models.DateField(_("due date"))
    assigned = models.PositiveIntegerField(_("assigned"), default=0)
    completed = models.PositiveIntegerField(_("completed"), default=0)
    on_time = models.PositiveIntegerField(_("completed on time"), default=0)

    class Meta:
        db_table = "progress_snapshottargets"
        verbose_name = _("snapshot assignments")
        verbose_name_plural = _("snapshot assignments")
        indexes = [models.Index(fields=["snapshot", "unit"], name="progress_snaptarget_unit")]

    def __str__(self) -> str:
        return f"{self.snapshot_id} · {self.unit_id} · {self.assignment_id}"


class SnapshotEnrolments(models.Model):
    """Enrolments under one child unit, per course and month of completion (empty for those
    not completed): counts, best marks, time and a histogram of marks by tens; plus a row
    adding up all months."""

    snapshot = _snapshot_fk()
    unit = _row_unit_fk()
    course = _row_course_fk()
    month = models.DateField(_("month completed"), null=True, blank=True)
    # One more row per unit and course adds up every month, so a dashboard without a period
    # reads a row per cell instead of one per month.
    total = models.BooleanField(_("all months"), default=False)
    enrolled = models.PositiveIntegerField(_("enrolled"), default=0)
    completed = models.PositiveIntegerField(_("completed"), default=0)
    mark_sum = models.FloatField(_("sum of best marks"), default=0)
    mark_count = models.PositiveIntegerField(_("best marks"), default=0)
    seconds_sum = models.BigIntegerField(_("seconds spent"), default=0)
    # How many best marks fell in 0–9, 10–19, … 90–100 (percent).
    marks_0 = models.PositiveIntegerField(default=0)
    marks_1 = models.PositiveIntegerField(default=0)
    marks_2 = models.PositiveIntegerField(default=0)
    marks_3 = models.PositiveIntegerField(default=0)
    marks_4 = models.PositiveIntegerField(default=0)
    marks_5 = models.PositiveIntegerField(default=0)
    marks_6 = models.PositiveIntegerField(default=0)
    marks_7 = models.PositiveIntegerField(default=0)
    marks_8 = models.PositiveIntegerField(default=0)
    marks_9 = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "progress_snapshotenrolments"
        verbose_name = _("snapshot enrolments")
        verbose_name_plural = _("snapshot enrolments")
        indexes = [models.Index(fields=["snapshot", "unit"], name="progress_snapenrol_unit")]

    def __str__(self) -> str:
        return f"{self.snapshot_id} · {self.unit_id} · {self.course_id} · {self.month}"


class SnapshotFeedback(models.Model):
    """Satisfaction answers under one child unit, per course and month answered, plus a row
    adding up all months."""

    snapshot = _snapshot_fk()
    unit = _row_unit_fk()
    course = _row_course_fk()
    month = models.DateField(_("month"), null=True, blank=True)
    total = models.BooleanField(_("all months"), default=False)
    rating_sum = models.FloatField(_("sum of ratings"), default=0)
    rating_count = models.PositiveIntegerField(pgettext_lazy("count", "answers"), default=0)

    class Meta:
        db_table = "progress_snapshotfeedback"
        verbose_name = _("snapshot feedback")
        verbose_name_plural = _("snapshot feedback")
        indexes = [models.Index(fields=["snapshot", "unit"], name="progress_snapfeed_unit")]

    def __str__(self) -> str:
        return f"{self.snapshot_id} · {self.unit_id} · {self.course_id} · {self.month}"
