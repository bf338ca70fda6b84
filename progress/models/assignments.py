"""Assignments: a course given to units or named officers with a due date, per-officer targets
with their status, and the log of every change."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class TargetStatus(models.TextChoices):
    """One officer's standing on one assignment (see progress.status.target_status)."""

    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", pgettext_lazy("assignment status", "In progress")
    COMPLETED_ON_TIME = "completed_on_time", _("Completed on time")
    COMPLETED_LATE = "completed_late", _("Completed late")
    OVERDUE = "overdue", _("Overdue")


class AssignmentQuerySet(models.QuerySet["Assignment"]):
    def open(self) -> AssignmentQuerySet:
        """Assignments still in force (not withdrawn)."""
        return self.filter(withdrawn_at__isnull=True)


class Assignment(models.Model):
    """A course given by a manager or administrator to a unit (alone or with everything under
    it) or to named officers, due on a date; it may recur every N months per officer."""

    class Scope(models.TextChoices):
        UNIT = "unit", _("The unit alone")
        SUBTREE = "subtree", _("The unit and every unit under it")
        OFFICERS = "officers", _("Named officers")

    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    scope = models.CharField(_("assigned to"), max_length=10, choices=Scope.choices)
    unit = models.ForeignKey(
        "people.OrgUnit",
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="assignments",
        null=True,
        blank=True,
    )
    officers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("named officers"),
        related_name="named_assignments",
        blank=True,
    )
    due_on = models.DateField(_("due date"))
    note = models.TextField(_("note"), blank=True, max_length=2000)
    recurrence_months = models.PositiveSmallIntegerField(
        _("repeat every (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_(
            "Leave empty for a one-off assignment. Otherwise each officer is due again this many "
            "months after their last completion."
        ),
    )
    certificate_valid_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_("Certificates issued for this assignment expire after this many months."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawn by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    withdraw_reason = models.CharField(_("reason for withdrawal"), max_length=500, blank=True)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["due_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(scope="officers") | Q(unit__isnull=False),
                name="progress_assignment_unit_scope_has_unit",
            ),
        ]
        indexes = [
            models.Index(fields=["withdrawn_at", "due_on"], name="progress_assign_open_due"),
        ]

    def __str__(self) -> str:
        return f"{self.course} · {self.due_on:%d/%m/%Y}"

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def recurs(self) -> bool:
        return bool(self.recurrence_months)


class AssignmentTargetQuerySet(models.QuerySet["AssignmentTarget"]):
    def open(self) -> AssignmentTargetQuerySet:
        """Targets of assignments in force."""
        return self.filter(assignment__withdrawn_at__isnull=True)

    def current(self) -> AssignmentTargetQuerySet:
        """Only each officer's latest cycle of each assignment (what they are due now)."""
        return self.filter(superseded_at__isnull=True)

    def with_live_status(self, today: datetime.date | None = None) -> AssignmentTargetQuerySet:
        """Annotate ``live_status``: the stored status with "overdue" (and, for a first cycle,
        "in progress" from the enrolment) worked out in the database, so reports never wait
        for the nightly refresh."""
        today = today or timezone.localdate()
        return self.annotate(
            live_status=Case(
                When(completed_at__isnull=False, then=F("status")),
                When(due_on__lt=today, then=Value(TargetStatus.OVERDUE.value)),
                When(
                    Q(started_at__isnull=False)
                    | Q(counts_from__isnull=True, enrolment__started_at__isnull=False),
                    then=Value(TargetStatus.IN_PROGRESS.value),
                ),
                default=Value(TargetStatus.NOT_STARTED.value),
                output_field=models.CharField(),
            )
        )


class AssignmentTarget(models.Model):
    """One officer under one assignment (one row per cycle of a recurring assignment).

    Kept when the officer moves or leaves, so their results stay. ``status`` is written by
    progress.services from the enrolment and the due date; ``with_live_status()`` recomputes
    overdue in SQL for reports.
    """

    class Origin(models.TextChoices):
        ASSIGNED = "assigned", _("When assigned")
        NEWCOMER = "newcomer", _("Joined an assigned unit")
        EDIT = "edit", _("Added by an edit")
        RECURRENCE = "recurrence", _("Due again")

    assignment = models.ForeignKey(
        Assignment, verbose_name=_("assignment"), on_delete=models.CASCADE, related_name="targets"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("officer"),
        on_delete=models.CASCADE,
        related_name="assignment_targets",
    )
    unit = models.ForeignKey(
        "people.OrgUnit",
        verbose_name=_("unit when assigned"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    cycle = models.PositiveSmallIntegerField(_("cycle"), default=1)
    due_on = models.DateField(_("due date"))
    # Completions before this moment do not count (the previous cycle's, or an old one).
    counts_from = models.DateTimeField(_("completions count from"), null=True, blank=True)
    enrolment = models.ForeignKey(
        "courses.Enrolment",
        verbose_name=_("enrolment"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=TargetStatus.choices, default=TargetStatus.NOT_STARTED
    )
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    origin = models.CharField(
        _("added"), max_length=12, choices=Origin.choices, default=Origin.ASSIGNED
    )
    added_at = models.DateTimeField(_("added at"), default=timezone.now)
    # Set when the next cycle of a recurring assignment starts.
    superseded_at = models.DateTimeField(_("superseded at"), null=True, blank=True)
    status_checked_at = models.DateTimeField(_("status checked at"), null=True, blank=True)

    objects = AssignmentTargetQuerySet.as_manager()

    class Meta:
        verbose_name = _("assigned officer")
        verbose_name_plural = _("assigned officers")
        ordering = ["due_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "user", "cycle"], name="progress_target_one_per_cycle"
            ),
        ]
        indexes = [
            models.Index(fields=["user", "status"], name="progress_target_user_status"),
            models.Index(fields=["assignment", "status"], name="progress_target_assign_status"),
            models.Index(fields=["status", "due_on"], name="progress_target_status_due"),
            models.Index(fields=["course", "user"], name="progress_target_course_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.assignment_id} · {self.get_status_display()}"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class AssignmentLog(models.Model):
    """Every change to an assignment: who, what, when, and the values before and after."""

    class Action(models.TextChoices):
        CREATED = "created", _("Created")
        EDITED = "edited", _("Edited")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        OFFICERS_ADDED = "officers_added", _("Officers added")
        RECURRED = "recurred", _("Due again")

    assignment = models.ForeignKey(
        Assignment, verbose_name=_("assignment"), on_delete=models.CASCADE, related_name="log"
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    before = models.JSONField(_("before"), default=dict, blank=True)
    after = models.JSONField(_("after"), default=dict, blank=True)

    class Meta:
        verbose_name = _("assignment change")
        verbose_name_plural = _("assignment changes")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.assignment_id} · {self.action} · {self.at:%Y-%m-%d %H:%M}"
