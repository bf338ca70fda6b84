"""Close and grade the quiz attempts whose time is up (run it every minute)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from quizzes.services import attempt_engine


class Command(BaseCommand):
    @property
    def help(self) -> str:  # type: ignore[override]  # argparse wants a str in the language of now
        return _(
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
