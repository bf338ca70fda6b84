"""Learners' records: enrolments in courses and progress on each course item."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """One person taking one course: status, progress, time spent and where they left off.

    Written only by ``courses.services``. ``completed_at`` is set once per round and never taken
    back, except when a new round starts (``start_new_cycle``, for training that recurs): the
    finished round is then kept as an ``EnrolmentCycle`` and this row starts afresh.
    """

    class Status(models.TextChoices):
        ENROLLED = "enrolled", _("Enrolled")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")

    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        ASSIGNMENT = "assignment", _("Assigned")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ENROLLED
    )
    source = models.CharField(
        _("source"), max_length=20, choices=Source.choices, default=Source.SELF
    )
    progress_percent = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    seconds_spent = models.PositiveIntegerField(_("seconds spent"), default=0)
    last_item = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("last item opened"),
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
    )
    # Rounds of the same course (a refresher due again): 1 until a new round starts.
    cycle = models.PositiveSmallIntegerField(_("round"), default=1)
    cycle_started_at = models.DateTimeField(_("round started at"), null=True, blank=True)
    # Moved by every change courses.services makes (and by a new mark), for other systems'
    # "changed since" syncs.
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_one_enrolment"),
        ]
        indexes = [
            models.Index(fields=["course", "status"], name="courses_enrol_course_status"),
            models.Index(fields=["user", "last_activity_at"], name="courses_enrol_user_activity"),
            models.Index(fields=["changed_at", "id"], name="courses_enrol_changed"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.course}"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class EnrolmentCycle(models.Model):
    """A finished round of an enrolment, kept when the course is opened for another round, so
    the earlier completion stays on record."""

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="past_cycles",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    number = models.PositiveSmallIntegerField(_("round"))
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"))
    progress_percent = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    # The enrolment's time spent when the round closed (it keeps adding up across rounds).
    seconds_spent = models.PositiveIntegerField(_("seconds spent"), default=0)
    closed_at = models.DateTimeField(_("next round started at"), default=timezone.now)

    class Meta:
        verbose_name = _("earlier round")
        verbose_name_plural = _("earlier rounds")
        ordering = ["enrolment", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "number"], name="courses_one_record_per_round"
            ),
        ]
        indexes = [
            models.Index(fields=["user", "completed_at"], name="courses_cycle_user_completed"),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment_id} · {self.number}"


class ItemProgress(models.Model):
    """One person's progress on one course item (a lesson, or a quiz once quizzes exist).

    The item is any Wagtail page, so new kinds of course item need no change here.
    """

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="item_progress",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="course_item_progress",
    )
    item = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("course item"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    first_opened_at = models.DateTimeField(_("first opened"), null=True, blank=True)
    last_opened_at = models.DateTimeField(_("last opened"), null=True, blank=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    seconds_spent = models.PositiveIntegerField(_("seconds spent"), default=0)
    last_heartbeat_at = models.DateTimeField(_("last heartbeat"), null=True, blank=True)

    class Meta:
        verbose_name = _("course item progress")
        verbose_name_plural = _("course item progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "item"], name="courses_one_progress_per_item"),
        ]
        indexes = [
            models.Index(fields=["user", "last_heartbeat_at"], name="courses_item_user_beat"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.item_id}"

    @property
    def is_done(self) -> bool:
        return self.done_at is not None
