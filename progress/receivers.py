"""How the tracker hears about other apps' events without them knowing it exists.

- courses sends ``course_completed`` (after its transaction commits) for each completion.
- people has no signal of its own; an officer record saved one by one (created, moved,
  reactivated in the admin or by create_officer/update_officer) reaches us through post_save.
  Staff imports write in bulk without signals: the daily run (progress.reminders.run_daily)
  sweeps their newcomers into open assignments.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction


def course_completed(sender: Any, enrolment: Any, **kwargs: Any) -> None:
    from progress.services import on_course_completed

    on_course_completed(enrolment)


def officer_saved(sender: Any, instance: Any, created: bool = False, **kwargs: Any) -> None:
    if kwargs.get("raw") or not instance.active:
        return
    from progress.tasks import assign_open_assignments

    officer_id = instance.pk
    transaction.on_commit(lambda: assign_open_assignments.enqueue(officer_id))
