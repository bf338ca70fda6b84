"""The scheduler: fires each job of operations.schedule at its time by handing its task to the
worker. APScheduler keeps the clock; a unique (job, slot) row is the lock that lets several
schedulers run (for failover) without any job running twice."""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from django.conf import settings
from django.db import IntegrityError, close_old_connections, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks.base import Task

from operations.models import ScheduledRun
from operations.schedule import JOBS, Job

logger = logging.getLogger(__name__)

# A firing looks for its slot this far back: less than half the shortest period (one minute),
# more than any clock difference between two scheduler machines kept by NTP.
SLOT_WINDOW = timedelta(seconds=25)


@dataclass(frozen=True)
class Fired:
    job: Job
    slot: datetime
    enqueued: bool
    task_result_id: str = ""


def resolve(job: Job) -> Task | None:
    """The task a job runs, or None for an optional job whose task does not exist yet."""
    try:
        found = import_string(job.task)
    except ImportError:
        if job.optional:
            return None
        raise
    if not isinstance(found, Task):
        raise TypeError(f"{job.task} is not a task")
    return found


def trigger(job: Job) -> CronTrigger:
    return CronTrigger.from_crontab(job.cron, timezone=ZoneInfo(settings.TIME_ZONE))


def slot_for(job: Job, now: datetime) -> datetime:
    """The scheduled time of the firing under way at ``now`` (the same for every scheduler)."""
    slot = trigger(job).get_next_fire_time(None, now - SLOT_WINDOW)
    if slot is None or slot > now + SLOT_WINDOW:
        # Fired by hand (run_scheduler --now): the current minute is the slot.
        slot = now.replace(second=0, microsecond=0)
    return slot.astimezone(ZoneInfo("UTC"))


def fire(job: Job, slot: datetime, *, scheduler: str = "") -> Fired:
    """Hand the job's task to the worker once for this slot; a second call for the same slot,
    from this scheduler or another one, does nothing."""
    task = resolve(job)
    if task is None:
        return Fired(job, slot, enqueued=False)
    try:
        with transaction.atomic():
            run = ScheduledRun.objects.create(job=job.name, slot=slot, scheduler=scheduler[:100])
            # With the database backend the task row is written in this same transaction.
            result = task.enqueue()
            run.task_result_id = str(result.id)
            run.save(update_fields=["task_result_id"])
    except IntegrityError:
        logger.info("%s for %s was already handed to the worker", job.name, slot.isoformat())
        return Fired(job, slot, enqueued=False)
    logger.info("%s for %s handed to the worker as %s", job.name, slot.isoformat(), result.id)
    return Fired(job, slot, enqueued=True, task_result_id=str(result.id))


def fire_now(job: Job, scheduler: str = "") -> Fired:
    close_old_connections()
    try:
        return fire(job, slot_for(job, timezone.now()), scheduler=scheduler)
    finally:
        close_old_connections()


def scheduler_name() -> str:
    import os

    return f"{socket.gethostname()}:{os.getpid()}"


def build_scheduler() -> tuple[BlockingScheduler, list[Job]]:
    """An APScheduler with one entry per job whose task exists; returns the jobs skipped."""
    name = scheduler_name()
    scheduler = BlockingScheduler(timezone=ZoneInfo(settings.TIME_ZONE))
    skipped = []
    for job in JOBS:
        if resolve(job) is None:
            skipped.append(job)
            continue
        scheduler.add_job(
            fire_now,
            trigger(job),
            args=[job, name],
            id=job.name,
            name=job.name,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=int(SLOT_WINDOW.total_seconds()),
        )
    return scheduler, skipped
