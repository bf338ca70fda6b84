"""The tracker's records: assignments given to units or officers with per-officer targets and
their log, reminders sent, personal calendar feeds, and satisfaction feedback."""

from __future__ import annotations

import datetime
import secrets
from typing import TYPE_CHECKING, TypedDict

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, OuterRef, Q, Subquery, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise, WithAnnotations

    from people.models import OrgUnit


class TargetStatus(models.TextChoices):
    """One officer's standing on one assignment (see tracker.status.target_status)."""

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
        db_table = "progress_assignment"
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

    def scope_unit(self) -> OrgUnit:
        """The unit a unit or subtree assignment covers (a check constraint keeps one there)."""
        if self.unit is None:
            raise ValueError(f"Assignment {self.pk} names officers, not a unit.")
        return self.unit


def next_round_opens_days() -> int:
    """How many days before its due date a recurring assignment's next round opens."""
    return int(getattr(settings, "TRACKER_NEXT_ROUND_OPENS_DAYS", 30))


def waiting_round(today: datetime.date) -> Q:
    """Later cycles of a recurring assignment whose round has not opened yet: until it does,
    the officer stands as they did at the end of the round before (completed)."""
    opens_after = today + datetime.timedelta(days=next_round_opens_days())
    return Q(cycle__gt=1, completed_at__isnull=True, due_on__gt=opens_after)


class LiveStatus(TypedDict):
    """What ``AssignmentTargetQuerySet.with_live_status`` adds to each row."""

    live_status: str


class AssignmentTargetQuerySet(models.QuerySet["AssignmentTarget"]):
    def open(self) -> AssignmentTargetQuerySet:
        """Targets of assignments in force."""
        return self.filter(assignment__withdrawn_at__isnull=True)

    def current(self) -> AssignmentTargetQuerySet:
        """Only each officer's latest cycle of each assignment (what they are due now)."""
        return self.filter(superseded_at__isnull=True)

    def with_live_status(
        self, today: datetime.date | None = None
    ) -> models.QuerySet[WithAnnotations[AssignmentTarget, LiveStatus]]:
        """Annotate ``live_status``: the stored status with "overdue" (and, for a first cycle,
        "in progress" from the enrolment) worked out in the database, so reports never wait
        for the nightly refresh."""
        today = today or timezone.localdate()
        previous = AssignmentTarget.objects.filter(
            assignment=OuterRef("assignment"),
            user=OuterRef("user"),
            cycle=OuterRef("cycle") - 1,
            completed_at__isnull=False,
        ).values("status")[:1]
        # The plugin types annotate() with an unnamed TypedDict that never equals LiveStatus.
        return self.annotate(  # type: ignore[return-value]
            live_status=Case(
                When(completed_at__isnull=False, then=F("status")),
                # A next round not open yet: the completion of the round before still counts.
                When(waiting_round(today), then=Subquery(previous)),
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
        db_table = "progress_assignmenttarget"
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
        db_table = "progress_assignmentlog"
        verbose_name = _("assignment change")
        verbose_name_plural = _("assignment changes")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.assignment_id} · {self.action} · {self.at:%d/%m/%Y %H:%M}"


def new_feed_token() -> str:
    """32 random bytes, URL-safe: the address is the only credential a calendar app holds."""
    return secrets.token_urlsafe(32)


class CalendarFeedToken(models.Model):
    """A personal feed address. Revoking keeps the row; replacing revokes and makes a new one."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="calendar_tokens",
    )
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)

    class Meta:
        db_table = "progress_calendarfeedtoken"
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(revoked_at__isnull=True),
                name="progress_one_active_feed_per_user",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.created_at:%d/%m/%Y}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


RATING_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]
# The fixed questions, in the order they are asked.
RATING_FIELDS = ("usefulness", "clarity", "time_well_spent")


def _rating(label: StrOrPromise) -> models.PositiveSmallIntegerField[int | None, int | None]:
    return models.PositiveSmallIntegerField(
        label, null=True, blank=True, validators=RATING_VALIDATORS
    )


class CourseFeedback(models.Model):
    """One officer's answer (or their choice to skip) for one course; never asked twice."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("officer"),
        on_delete=models.CASCADE,
        related_name="course_feedback",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    usefulness = _rating(_("useful for my work"))
    clarity = _rating(_("clear"))
    time_well_spent = _rating(_("worth the time"))
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    skipped = models.BooleanField(_("skipped"), default=False)
    created_at = models.DateTimeField(_("answered at"), default=timezone.now)

    class Meta:
        db_table = "progress_coursefeedback"
        verbose_name = _("course feedback")
        verbose_name_plural = _("course feedback")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="progress_feedback_once"),
            models.CheckConstraint(
                condition=Q(skipped=True)
                | Q(
                    usefulness__gte=1,
                    usefulness__lte=5,
                    clarity__gte=1,
                    clarity__lte=5,
                    time_well_spent__gte=1,
                    time_well_spent__lte=5,
                ),
                name="progress_feedback_ratings_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.course}"


class ReminderLog(models.Model):
    """One reminder to one recipient: about one assigned officer's item and its due date, or a
    weekly digest.

    Rows are written before the email goes out; the unique constraints make a second run (or a
    concurrent one) find the row already there and send nothing. Keyed by the due date, so an
    extended assignment is reminded of again for its new date.
    """

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", _("Due within a week")
        DUE_TOMORROW = "due_tomorrow", _("Due tomorrow")
        OVERDUE = "overdue", _("Overdue")
        ESCALATED_UNIT = "escalated_unit", _("Overdue: told the unit's managers")
        ESCALATED_PARENT = "escalated_parent", _("Overdue: told the managers above")
        DIGEST = "digest", _("Weekly digest")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    target = models.ForeignKey(
        "tracker.AssignmentTarget",
        verbose_name=_("assigned officer"),
        on_delete=models.CASCADE,
        related_name="reminders",
        null=True,
        blank=True,
    )
    # Reminders about an assigned officer: the due date they were about. A new due date (an
    # extension) is reminded of again, each kind once more.
    due_on = models.DateField(_("about the due date"), null=True, blank=True)
    # Digests: the Monday of the week they cover.
    period = models.DateField(_("week of"), null=True, blank=True)
    run = models.UUIDField(_("run"), db_index=True)
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        db_table = "progress_reminderlog"
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        ordering = ["-sent_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["target", "kind", "recipient", "due_on"],
                condition=Q(target__isnull=False),
                name="progress_reminder_once_per_due_date",
            ),
            models.UniqueConstraint(
                fields=["recipient", "kind", "period"],
                condition=Q(target__isnull=True),
                name="progress_digest_once_per_week",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient_id}"
