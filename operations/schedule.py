"""Every periodic job of the site, declared once. The scheduler (`manage.py run_scheduler`)
hands each one to the task worker at its time; nothing else runs them on a clock.

Times are cron expressions in the site's time zone (Asia/Ho_Chi_Minh). A job marked
``optional`` names a task that a later release adds: until that task exists the scheduler says
so once at start-up and skips it, and the job runs from the first start after it appears.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    name: str
    task: str  # dotted path of a django-tasks task taking no arguments
    cron: str  # minute hour day-of-month month day-of-week
    description: str
    optional: bool = False


JOBS: tuple[Job, ...] = (
    Job(
        "close_overdue_attempts",
        "quizzes.tasks.close_overdue_attempts",
        "* * * * *",
        "Close and grade quiz attempts whose time is up, with nobody connected.",
    ),
    Job(
        "prepare_quiz_attempts",
        "quizzes.tasks.prepare_quiz_attempts",
        "* * * * *",
        "Prepare the attempts of quizzes about to open, so that starting one is instant.",
    ),
    Job(
        "publish_scheduled",
        "operations.tasks.publish_scheduled",
        "*/5 * * * *",
        "Publish and unpublish pages at the times their editors set (Wagtail).",
    ),
    Job(
        "refresh_report_snapshots",
        "reports.tasks.refresh_snapshots_task",
        "*/15 * * * *",
        "Take the dashboard snapshots of large units.",
    ),
    Job(
        "retry_lti_scores",
        "lti.tasks.retry_lti_scores",
        "*/5 * * * *",
        "Send the course results that LTI platforms could not take before.",
    ),
    Job(
        "send_reminders",
        "tracker.tasks.send_reminders_task",
        "0 6 * * *",
        "Assignment statuses, reminders, escalations and weekly digests.",
    ),
    Job(
        "prune_task_results",
        "operations.tasks.prune_task_results",
        "30 3 * * *",
        "Forget finished background tasks after TASKS_KEEP_DAYS days.",
    ),
    Job(
        "deactivate_inactive_accounts",
        "people.tasks.deactivate_inactive_accounts",
        "0 1 * * *",
        "Deactivate accounts unused for longer than the policy allows.",
    ),
    Job(
        "apply_retention",
        "people.tasks.apply_retention",
        "0 2 * * *",
        "Delete audit entries older than their retention period.",
    ),
)


def job_named(name: str) -> Job:
    for job in JOBS:
        if job.name == name:
            return job
    raise KeyError(name)
