"""Close and grade the quiz attempts whose time is up (run it every minute)."""

from typing import Any

from django.core.management.base import CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from home.commands import TranslatedCommand
from quizzes.services import attempt_engine


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Close and grade quiz attempts whose time is up (with the answers saved before the "
        "deadline). Idempotent: run it every minute from cron or a scheduler."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help=_("Hand the work to the task backend instead of doing it in this process."),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["enqueue"]:
            from quizzes.tasks import close_overdue_attempts

            close_overdue_attempts.enqueue()
            if options["verbosity"] > 0:
                self.stdout.write(_("Handed to the task backend."))
            return
        closed = attempt_engine.close_overdue_attempts()
        if options["verbosity"] > 0:
            self.stdout.write(
                ngettext("%(count)d attempt closed.", "%(count)d attempts closed.", closed)
                % {"count": closed}
            )
