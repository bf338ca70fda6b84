"""Background tasks of the quizzes app (django-tasks; in-process unless a worker is set up)."""

from __future__ import annotations

from django_tasks import task

from quizzes.services import attempt_engine


@task()
def close_overdue_attempts() -> int:
    """Close and grade attempts whose time is up. Idempotent; a scheduler runs it every minute
    (``python manage.py close_overdue_attempts`` from cron does the same)."""
    return attempt_engine.close_overdue_attempts()
