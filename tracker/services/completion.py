"""What the tracker does when courses records a completion, and what it tells certificates."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db import transaction

from courses.models import CoursePage, Enrolment
from tracker.models import Assignment
from tracker.services.statuses import refresh_targets_for

if TYPE_CHECKING:
    from people.models import User


def handle_course_completion(enrolment_id: int, *, now: datetime.datetime | None = None) -> None:
    """Bring the completer's assignment targets of that course up to date; idempotent."""
    enrolment = Enrolment.objects.select_related("course", "user").filter(pk=enrolment_id).first()
    if enrolment is None:
        return
    with transaction.atomic():
        refresh_targets_for(enrolment.user, enrolment.course, now=now)


def certificate_valid_months(user: User, course: CoursePage) -> int | None:
    """How long a certificate of this course stays valid for this person: the shortest validity
    any open assignment of the course to them gives (None when none gives one)."""
    months = (
        Assignment.objects.open()
        .filter(course=course, targets__user=user, certificate_valid_months__isnull=False)
        .values_list("certificate_valid_months", flat=True)
    )
    return min((m for m in months if m is not None), default=None)
