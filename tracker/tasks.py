"""Background work for the tracker. Tasks take primary keys, re-fetch, and are idempotent; they
run in-process unless a task worker is configured."""

from __future__ import annotations

from typing import Any

from django_tasks import task


@task()
def course_completed_task(enrolment_id: int) -> None:
    """A course was completed: bring the completer's assignment targets up to date."""
    from tracker.services import handle_course_completion

    handle_course_completion(enrolment_id)


@task()
def enrol_assignment_targets(assignment_id: int) -> int:
    """Enrol the officers of a large assignment after it was saved."""
    from tracker.services import enrol_pending_targets

    return enrol_pending_targets(assignment_id)


@task()
def assign_open_assignments(officer_id: int) -> int:
    """An officer joined or moved: give them the open assignments of their unit."""
    from people.models import Officer
    from tracker.services import assign_open_assignments_to

    officer = Officer.objects.filter(pk=officer_id).first()
    if officer is None:
        return 0
    return len(assign_open_assignments_to(officer))


@task()
def assign_open_assignments_to_many(officer_ids: list[int]) -> int:
    """Officers joined or moved in bulk (a staff import): give them their units' open
    assignments."""
    from tracker.services import assign_open_assignments_to_officers

    return assign_open_assignments_to_officers(officer_ids)


@task(queue_name="reminders")
def send_reminders_task() -> dict[str, Any]:
    """The daily run: newcomers, statuses, reminders, escalations and weekly digests."""
    from tracker.reminders import run_daily

    return run_daily().as_dict()
