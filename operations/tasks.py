"""Periodic work that belongs to no product app: Wagtail's scheduled publishing and the
clean-up of old task results. Idempotent and argument-free, like every scheduled task."""

from __future__ import annotations

import io
from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from django_tasks import task


@task()
def publish_scheduled() -> str:
    """Publish pages whose go-live time has come and unpublish those that expired."""
    out = io.StringIO()
    call_command("publish_scheduled", stdout=out)
    return out.getvalue()[-1000:]


@task()
def prune_task_results() -> int:
    """Delete finished task results older than TASKS_KEEP_DAYS (queued and running stay)."""
    from django_tasks_db.models import DBTaskResult

    cutoff = timezone.now() - timedelta(days=settings.TASKS_KEEP_DAYS)
    deleted, _ = DBTaskResult.objects.finished().filter(finished_at__lt=cutoff).delete()
    return deleted
