"""What officers said of the courses they completed, summarised for the feedback reports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Avg, Count, Q, QuerySet

from courses.models import CoursePage
from people import permissions as people_permissions
from reports import permissions
from tracker.models import CourseFeedback

if TYPE_CHECKING:
    from people.models import User


def feedback_queryset(user: User) -> QuerySet[CourseFeedback]:
    """Feedback this person may read: all for trainers and administrators, their units' for
    managers."""
    queryset = CourseFeedback.objects.all()
    if permissions.feedback_shows_names(user):
        return queryset
    roots = people_permissions.scope_roots(user)
    if not roots:
        return queryset.none()
    return queryset.filter(people_permissions.subtree_filter(roots, "user__officer__unit__"))


def feedback_by_course(user: User) -> list[dict[str, Any]]:
    """One row per course: answers, skips and the average of each rating."""
    rows = (
        feedback_queryset(user)
        .values("course_id", "course__title")
        .annotate(
            answers=Count("pk", filter=Q(skipped=False)),
            skips=Count("pk", filter=Q(skipped=True)),
            usefulness=Avg("usefulness", filter=Q(skipped=False)),
            clarity=Avg("clarity", filter=Q(skipped=False)),
            time_well_spent=Avg("time_well_spent", filter=Q(skipped=False)),
            comments=Count("pk", filter=Q(skipped=False) & ~Q(comment="")),
        )
        .order_by("course__title")
    )
    return list(rows)


def feedback_for_course(user: User, course: CoursePage) -> tuple[dict[str, Any], QuerySet]:
    queryset = feedback_queryset(user).filter(course=course)
    summary = queryset.aggregate(
        answers=Count("pk", filter=Q(skipped=False)),
        skips=Count("pk", filter=Q(skipped=True)),
        usefulness=Avg("usefulness", filter=Q(skipped=False)),
        clarity=Avg("clarity", filter=Q(skipped=False)),
        time_well_spent=Avg("time_well_spent", filter=Q(skipped=False)),
    )
    comments = (
        queryset.filter(skipped=False)
        .exclude(comment="")
        .select_related("user")
        .order_by("-created_at")
    )
    return summary, comments
