"""Figures the reports read: cost per learner of a course, and per-enrolment time and marks."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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
        verbose_name = _("course cost")
        verbose_name_plural = _("course costs")

    def __str__(self) -> str:
        return f"{self.course}: {self.cost_per_learner}"


class EnrolmentFigures(models.Model):
    """Per enrolment: time on lessons and on quiz attempts, and the best mark, ready to sum.

    Refreshed by progress.figures.refresh_enrolment_figures (on completion and nightly), so a
    national dashboard adds up one narrow table instead of every attempt.
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
        verbose_name = _("enrolment figures")
        verbose_name_plural = _("enrolment figures")
        indexes = [models.Index(fields=["course", "user"], name="progress_figures_course_user")]

    def __str__(self) -> str:
        return f"{self.enrolment_id}: {self.total_seconds}s, {self.best_mark}"
