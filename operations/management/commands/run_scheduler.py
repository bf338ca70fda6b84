"""The scheduler process: hands each periodic job to the task worker at its time."""

from __future__ import annotations

import contextlib
import signal
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from operations.schedule import JOBS, job_named
from operations.scheduler import (
    build_scheduler,
    fire,
    resolve,
    scheduler_name,
    slot_for,
    trigger,
)


class Command(BaseCommand):
    help = (
        "Run the scheduler: every periodic job (operations/schedule.py) is handed to the task "
        "worker at its time. Safe to run on two machines at once: each job runs once per slot. "
        "--list shows the jobs; --now JOB hands one job to the worker at once."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--list", action="store_true", help="List the jobs and exit.")
        parser.add_argument("--now", metavar="JOB", help="Hand this job to the worker now.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["list"]:
            return self.list_jobs()
        if options["now"]:
            try:
                job = job_named(options["now"])
            except KeyError as error:
                raise CommandError(f"No job named {options['now']!r}.") from error
            fired = fire(job, slot_for(job, timezone.now()), scheduler=scheduler_name())
            self.stdout.write(
                f"{job.name}: handed to the worker as {fired.task_result_id}"
                if fired.enqueued
                else f"{job.name}: not handed over (already done for this minute, or no task)"
            )
            return None
        scheduler, skipped = build_scheduler()
        for job in skipped:
            self.stderr.write(f"{job.name}: {job.task} does not exist in this release; skipped.")
        signal.signal(signal.SIGTERM, lambda *_: scheduler.shutdown(wait=False))
        self.stdout.write(
            f"Scheduler {scheduler_name()} started with {len(JOBS) - len(skipped)} jobs."
        )
        self.stdout.flush()
        with contextlib.suppress(KeyboardInterrupt, SystemExit):
            scheduler.start()
        return None

    def list_jobs(self) -> None:
        now = timezone.now()
        for job in JOBS:
            state = "ready" if resolve(job) is not None else "task missing, skipped"
            upcoming = trigger(job).get_next_fire_time(None, now)
            when = timezone.localtime(upcoming).strftime("%d/%m/%Y %H:%M") if upcoming else "-"
            self.stdout.write(f"{job.name:<30} {job.cron:<14} next {when}  {job.task} ({state})")
