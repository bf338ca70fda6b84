"""How the tracker hears about other apps' events without them knowing it exists.

- courses sends ``course_completed`` (after its transaction commits) for each completion.
- an officer record saved one by one (created, moved, reactivated in the admin or by
  create_officer/update_officer) reaches us through post_save; officers written in bulk (a
  staff import) through people's ``officers_placed``, sent after the import commits. Both give
  the officers their units' open assignments at once; the daily run
  (tracker.reminders.run_daily) still sweeps for anyone missed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import transaction

if TYPE_CHECKING:
    from courses.models import CoursePage, Enrolment
    from people.models import Officer, User


def course_completed(sender: Any, enrolment: Enrolment, **kwargs: Any) -> None:
    from tracker.tasks import course_completed_task

    course_completed_task.enqueue(enrolment.pk)


def certificate_validity(sender: Any, user: User, course: CoursePage, **kwargs: Any) -> int | None:
    """certificates.signals.certificate_validity: the months an assignment gives."""
    from tracker.services import certificate_valid_months

    return certificate_valid_months(user, course)


def officer_saved(sender: Any, instance: Officer, created: bool = False, **kwargs: Any) -> None:
    if kwargs.get("raw") or not instance.active:
        return
    from tracker.tasks import assign_open_assignments

    officer_id = instance.pk
    transaction.on_commit(lambda: assign_open_assignments.enqueue(officer_id))


# A staff import of a whole province is a few tasks, not one per officer.
PLACED_BATCH = 500


def officers_placed(sender: Any, officer_ids: list[int], **kwargs: Any) -> None:
    """people.signals.officers_placed (already after the commit): enrol them in the open
    assignments of their units, in batches handed to the task backend."""
    from tracker.tasks import assign_open_assignments_to_many

    ids = list(officer_ids)
    for start in range(0, len(ids), PLACED_BATCH):
        assign_open_assignments_to_many.enqueue(ids[start : start + PLACED_BATCH])
