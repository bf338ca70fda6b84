"""How certificates hear that a course was completed (courses' ``course_completed``, sent after
its transaction commits): the certificate is issued by a task, once per completion."""

from __future__ import annotations

from typing import Any

from courses.models import Enrolment


def course_completed(sender: Any, enrolment: Enrolment, **kwargs: Any) -> None:
    if not enrolment.course.issues_certificate or enrolment.completed_at is None:
        return
    from certificates.services import queue_certificate

    queue_certificate(enrolment.pk, enrolment.completed_at)
