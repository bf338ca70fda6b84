"""Changes of state in operations: retrying a failed background task."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django_tasks_db.models import DBTaskResult
from wagtail.log_actions import log


class TaskNotRetryable(Exception):
    """Only a failed task can be retried."""


def retry_task(result_id: Any, user: Any) -> DBTaskResult:
    """Queue a failed task again, with the same arguments, for the next free worker.

    The same result row goes back to "queued" (so the list of failures only shows what is still
    wrong) and the retry is written to the audit log with the error it had.
    """
    with transaction.atomic():
        result = DBTaskResult.objects.select_for_update().filter(pk=result_id).first()
        if result is None or result.status != "FAILED":
            raise TaskNotRetryable
        error = result.exception_class_path
        result.status = "READY"
        result.started_at = None
        result.finished_at = None
        result.exception_class_path = ""
        result.traceback = ""
        result.worker_ids = []
        result.save(
            update_fields=[
                "status",
                "started_at",
                "finished_at",
                "exception_class_path",
                "traceback",
                "worker_ids",
            ]
        )
        log(
            instance=result,
            action="operations.retry_task",
            user=user,
            data={"task": result.task_path, "error": error},
        )
    return result
