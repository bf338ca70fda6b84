"""Background tasks of the quizzes app (django-tasks; in-process unless a worker is set up)."""

from __future__ import annotations

from django_tasks import task

from quizzes.services import attempt_engine, preparation


@task()
def close_overdue_attempts() -> int:
    """Close and grade attempts whose time is up. Idempotent; a scheduler runs it every minute
    (``python manage.py close_overdue_attempts`` from cron does the same)."""
    return attempt_engine.close_overdue_attempts()


@task()
def prepare_quiz_attempts() -> int:
    """Prepare the attempts of quizzes about to open (and drop those of closed quizzes), so
    that starting one is a change of state. Idempotent; a scheduler runs it every minute."""
    return preparation.prepare_opening_quizzes()
