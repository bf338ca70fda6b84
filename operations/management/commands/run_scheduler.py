"""The scheduler process: hands each periodic job to the task worker at its time."""

from __future__ import annotations

import contextlib
import signal
from typing import Any

from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from home.commands import TranslatedCommand
from operations.schedule import JOBS, job_named
from operations.scheduler import (
    build_scheduler,
    fire,
    resolve,
    scheduler_name,
    slot_for,
    trigger,
)


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Run the scheduler: every periodic job (operations/schedule.py) is handed to the "
        "task worker at its time. Safe to run on two machines at once: each job runs once "
        "per slot. --list shows the jobs; --now JOB hands one job to the worker at once."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--list", action="store_true", help=_("List the jobs and exit."))
        parser.add_argument("--now", metavar="JOB", help=_("Hand this job to the worker now."))

    def handle(self, *args: Any, **options: Any) -> None:
        if options["list"]:
            return self.list_jobs()
        if options["now"]:
            try:
                job = job_named(options["now"])
            except KeyError as error:
                raise CommandError(
                    _("There is no job named “%(name)s”.") % {"name": options["now"]}
                ) from error
            fired = fire(job, slot_for(job, timezone.now()), scheduler=scheduler_name())
            self.stdout.write(
                _("%(job)s: handed to the worker as %(task)s")
                % {"job": job.name, "task": fired.task_result_id}
                if fired.enqueued
                else _("%(job)s: not handed over (already done for this minute, or no task)")
                % {"job": job.name}
            )
            return None
        scheduler, skipped = build_scheduler()
        for job in skipped:
            self.stderr.write(
                _("%(job)s: %(task)s does not exist in this release; skipped.")
                % {"job": job.name, "task": job.task}
            )
        signal.signal(signal.SIGTERM, lambda *_args: scheduler.shutdown(wait=False))
        started = len(JOBS) - len(skipped)
        self.stdout.write(
            ngettext(
                "Scheduler %(name)s started with %(count)d job.",
                "Scheduler %(name)s started with %(count)d jobs.",
                started,
            )
            % {"name": scheduler_name(), "count": started}
        )
        self.stdout.flush()
        with contextlib.suppress(KeyboardInterrupt, SystemExit):
            scheduler.start()
        return None

    def list_jobs(self) -> None:
        now = timezone.now()
        for job in JOBS:
            state = _("ready") if resolve(job) is not None else _("task missing, skipped")
            upcoming = trigger(job).get_next_fire_time(None, now)
            when = timezone.localtime(upcoming).strftime("%d/%m/%Y %H:%M") if upcoming else "-"
            self.stdout.write(
                f"{job.name:<30} {job.cron:<14} "
                + _("next %(when)s  %(task)s (%(state)s)")
                % {"when": when, "task": job.task, "state": state}
            )
