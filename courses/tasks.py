"""Background work for courses; runs in-process unless a task worker is configured."""

from __future__ import annotations

from django_tasks import task


@task()
def recompute_course_enrolments(course_id: int) -> int:
    """Recompute every enrolment of a course; idempotent."""
    from courses.models import CoursePage
    from courses.services import recompute_course

    course = CoursePage.objects.filter(pk=course_id).first()
    if course is None:
        return 0
    return recompute_course(course)
