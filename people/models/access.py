"""Who sees which part of the organisation: manager scopes, read delegations, trainer topics."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people.models.organisation import OrgUnit


class ManagerScope(models.Model):
    """A unit a manager follows, with everything under it. A manager may have several."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="manager_scopes",
        verbose_name=_("manager"),
    )
    unit = models.ForeignKey(
        OrgUnit, on_delete=models.PROTECT, related_name="manager_scopes", verbose_name=_("unit")
    )
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now, editable=False)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("granted by"),
    )

    class Meta:
        verbose_name = _("manager scope")
        verbose_name_plural = _("manager scopes")
        constraints = [
            models.UniqueConstraint(fields=["user", "unit"], name="people_scope_unique_user_unit")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.unit}"


class ReadDelegationQuerySet(models.QuerySet["ReadDelegation"]):
    def current(self, on: datetime.date | None = None) -> ReadDelegationQuerySet:
        """Delegations in force on a day (today in the site's time zone by default)."""
        day = on or timezone.localdate()
        return self.filter(revoked_at__isnull=True, starts_on__lte=day, ends_on__gte=day)


class ReadDelegation(models.Model):
    """A manager lets a named officer read their scope for a period, e.g. to prepare reports.

    Revoking keeps the row: who granted it, when, and who revoked it when, stay on record.
    """

    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="delegations_given",
        verbose_name=_("manager"),
    )
    delegate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="delegations_received",
        verbose_name=_("delegate"),
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        editable=False,
        verbose_name=_("created by"),
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("revoked by"),
    )

    objects = ReadDelegationQuerySet.as_manager()

    class Meta:
        verbose_name = _("read delegation")
        verbose_name_plural = _("read delegations")
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")), name="people_delegation_period_order"
            ),
            models.CheckConstraint(
                condition=~Q(manager=F("delegate")), name="people_delegation_not_to_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.manager} → {self.delegate} ({self.starts_on} – {self.ends_on})"

    def status(self, on: datetime.date | None = None) -> str:
        """One of "revoked", "upcoming", "current", "ended"."""
        day = on or timezone.localdate()
        if self.revoked_at is not None:
            return "revoked"
        if day < self.starts_on:
            return "upcoming"
        if day > self.ends_on:
            return "ended"
        return "current"


class TrainerTopic(models.Model):
    """A topic a trainer may write for. A trainer with none listed may write for every topic.

    Topics belong to the course catalogue; they are referred to here by slug so that this
    lower layer does not depend on it.
    """

    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="topic_limits",
        verbose_name=_("trainer"),
    )
    topic = models.SlugField(
        _("topic"),
        max_length=100,
        help_text=_("The slug of a course topic, e.g. office-software."),
    )

    class Meta:
        verbose_name = _("trainer topic")
        verbose_name_plural = _("trainer topics")
        ordering = ["trainer__name_sort_key", "topic"]
        constraints = [
            models.UniqueConstraint(fields=["trainer", "topic"], name="people_trainer_topic_unique")
        ]

    def __str__(self) -> str:
        return f"{self.trainer}: {self.topic}"


class AccessReview(models.Model):
    """An administrator's record that they reviewed who holds which staff access (TCVN 14423)."""

    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), default=timezone.now)
    unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("unit"),
        help_text=_("Empty: the whole organisation."),
    )
    accounts = models.PositiveIntegerField(_("accounts reviewed"), default=0)
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("access review")
        verbose_name_plural = _("access reviews")
        ordering = ["-reviewed_at"]

    def __str__(self) -> str:
        return f"{self.reviewed_by} · {self.reviewed_at:%Y-%m-%d}"
