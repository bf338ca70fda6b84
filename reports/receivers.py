"""How reports hear that a course was completed: the enrolment's figures (time, best mark) are
written again by a task, so dashboards count the completion at once."""

from __future__ import annotations

from typing import Any

from courses.models import Enrolment


def course_completed(sender: Any, enrolment: Enrolment, **kwargs: Any) -> None:
    from reports.tasks import refresh_figures_task

    refresh_figures_task.enqueue(enrolment.pk)
