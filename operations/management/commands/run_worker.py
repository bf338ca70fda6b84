"""The task worker: django-tasks-db's worker, made safe against workers that die mid-task."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_noop
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from home.commands import TranslatedCommand
from operations.worker import (
    Liveness,
    OrphanWatch,
    beat,
    forget,
    new_worker_id,
    requeue_orphaned_tasks,
)


class Command(TranslatedCommand, DbWorkerCommand):  # type: ignore[override]  # help, translated
    help_text = gettext_noop(
        "Run a background task worker (database backend). Same options as django-tasks-db's "
        "db_worker, which refuses any other backend (RQ has `manage.py rqworker`); also "
        "queues again the tasks of workers that died (see operations.worker). Run one per "
        "machine per queue group, e.g. --queue-name '*' or --queue-name exports."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        # db_worker makes its default id once, at import; each process gets its own, readable one.
        if not options.get("worker_id"):
            options["worker_id"] = new_worker_id()
        self.configure_logging(options["verbosity"])
        liveness = Liveness(options["worker_id"])
        beat(options["worker_id"])
        requeue_orphaned_tasks(options["backend_name"], starting=True)
        watch = OrphanWatch(options["backend_name"], liveness)
        watch.start()
        try:
            super().handle(*args, **options)
        finally:
            watch.stopped.set()
            liveness.close()
            forget(options["worker_id"])

    def add_arguments(self, parser: Any) -> None:
        super().add_arguments(parser)
        parser.set_defaults(worker_id=None)
