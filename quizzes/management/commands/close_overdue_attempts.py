from django.core.management.base import BaseCommand

from quizzes.services import attempt_engine


class Command(BaseCommand):
    help = (
        "Close and grade quiz attempts whose time is up (with the answers saved before the "
        "deadline). Idempotent: run it every minute from cron or a scheduler."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Hand the work to the task backend instead of doing it in this process.",
        )

    def handle(self, *args, **options):
        if options["enqueue"]:
            from quizzes.tasks import close_overdue_attempts

            close_overdue_attempts.enqueue()
            if options["verbosity"] > 0:
                self.stdout.write("Enqueued.")
            return
        closed = attempt_engine.close_overdue_attempts()
        if options["verbosity"] > 0:
            self.stdout.write(f"{closed} attempt(s) closed.")
