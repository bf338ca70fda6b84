"""What the scheduler has handed to the worker: one row per job and time slot."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ScheduledRun(models.Model):
    """One firing of a periodic job. The unique (job, slot) pair is the scheduler's lock: a
    second scheduler that fires the same job for the same slot fails to insert and does nothing,
    so two schedulers never run a job twice."""

    job = models.CharField(_("job"), max_length=64)
    slot = models.DateTimeField(_("scheduled for"))
    enqueued_at = models.DateTimeField(_("handed to the worker at"), default=timezone.now)
    task_result_id = models.CharField(
        pgettext_lazy("background task", "task"), max_length=64, blank=True
    )
    scheduler = models.CharField(_("scheduler"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("scheduled run")
        verbose_name_plural = _("scheduled runs")
        ordering = ["-slot", "job"]
        constraints = [
            models.UniqueConstraint(fields=["job", "slot"], name="operations_run_once_per_slot")
        ]

    def __str__(self) -> str:
        return f"{self.job} @ {self.slot:%Y-%m-%d %H:%M}"


class WorkerHeartbeat(models.Model):
    """A running task worker says it is alive: written when it starts and every half minute,
    removed when it stops. The health check reports the worker as down when no worker has
    written for WORKER_HEARTBEAT_MAX_AGE_SECONDS."""

    worker_id = models.CharField(_("worker"), max_length=64, unique=True)
    seen_at = models.DateTimeField(_("last seen"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("worker heartbeat")
        verbose_name_plural = _("worker heartbeats")

    def __str__(self) -> str:
        return f"{self.worker_id} @ {self.seen_at:%Y-%m-%d %H:%M:%S}"
