"""The record of reminder emails sent, so that no run sends the same reminder twice."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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
        "progress.AssignmentTarget",
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
