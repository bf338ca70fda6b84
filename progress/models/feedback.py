"""Satisfaction: what an officer thought of a course they completed, asked once."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

RATING_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]
# The fixed questions, in the order they are asked.
RATING_FIELDS = ("usefulness", "clarity", "time_well_spent")


def _rating(label: str) -> models.PositiveSmallIntegerField:
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
