"""Run the tracker's daily work from cron: newcomers, statuses, reminders, escalations, digests."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from home.commands import TranslatedCommand


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Bring assignments up to date and email the reminders, escalations and weekly "
        "digests that are due. Safe to run more than once a day: nothing is sent twice."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--queue",
            action="store_true",
            help=_("Queue the work as a background task instead of running it here."),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["queue"]:
            from tracker.tasks import send_reminders_task

            result = send_reminders_task.enqueue()
            self.stdout.write(_("Queued as task %(id)s.") % {"id": result.id})
            return
        from tracker.reminders import run_daily

        summary = run_daily()
        self.stdout.write(
            _(
                "Newcomers added: %(newcomers)d; statuses changed: %(statuses)d; certificates "
                "issued: %(certificates)d; reminders: %(reminders)d; escalations: "
                "%(escalations)d; digests: %(digests)d; emails sent: %(emails)d; failed: "
                "%(failed)d."
            )
            % {
                "newcomers": summary.newcomers,
                "statuses": summary.statuses_changed,
                "certificates": summary.certificates,
                "reminders": summary.reminders,
                "escalations": summary.escalations,
                "digests": summary.digests,
                "emails": summary.emails,
                "failed": summary.failed,
            }
        )
        for note in summary.notes:
            self.stderr.write(note)
