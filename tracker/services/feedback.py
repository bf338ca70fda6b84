"""Satisfaction feedback on completed courses, and personal calendar feed addresses."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, Enrolment
from people.learner_stamps import renew_learners
from tracker.models import CalendarFeedToken, CourseFeedback
from tracker.services.base import FeedbackRefused

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from people.models import User

# Completed now, or in an earlier round of a course that is due again.
_COMPLETED_ONCE = Q(completed_at__isnull=False) | Q(cycle__gt=1)


def courses_awaiting_feedback(user: User | AnonymousUser) -> list[CoursePage]:
    """Completed courses this person has neither rated nor skipped, most recent first."""
    if not user.is_authenticated:
        return []
    answered = CourseFeedback.objects.filter(user=user).values("course_id")
    enrolments = (
        Enrolment.objects.filter(_COMPLETED_ONCE, user=user)
        .exclude(course_id__in=answered)
        .select_related("course")
        .order_by("-completed_at")
    )
    return [e.course for e in enrolments]


def has_answered_feedback(user: User, course: CoursePage) -> bool:
    return CourseFeedback.objects.filter(user=user, course=course).exists()


def _completed(user: User, course: CoursePage) -> bool:
    return Enrolment.objects.filter(_COMPLETED_ONCE, user=user, course=course).exists()


def submit_feedback(
    user: User,
    course: CoursePage,
    *,
    usefulness: int,
    clarity: int,
    time_well_spent: int,
    comment: str = "",
    now: datetime.datetime | None = None,
) -> CourseFeedback:
    """Record an officer's ratings (1–5) and comment on a course they completed, once."""
    ratings = (usefulness, clarity, time_well_spent)
    if any(not isinstance(r, int) or not 1 <= r <= 5 for r in ratings):
        raise FeedbackRefused(_("Each rating must be from 1 to 5."))
    return _save_feedback(
        user,
        course,
        {
            "usefulness": usefulness,
            "clarity": clarity,
            "time_well_spent": time_well_spent,
            "comment": comment.strip()[:2000],
        },
        now=now,
    )


def skip_feedback(
    user: User, course: CoursePage, *, now: datetime.datetime | None = None
) -> CourseFeedback:
    """Record that the officer chose not to answer, so they are not asked again."""
    return _save_feedback(user, course, {"skipped": True}, now=now)


def _save_feedback(
    user: User, course: CoursePage, fields: dict[str, Any], *, now: datetime.datetime | None
) -> CourseFeedback:
    if not _completed(user, course):
        raise FeedbackRefused(_("You can give feedback on a course once you have completed it."))
    try:
        with transaction.atomic():
            return CourseFeedback.objects.create(
                user=user, course=course, created_at=now or timezone.now(), **fields
            )
    except IntegrityError as exc:
        raise FeedbackRefused(_("You have already answered for this course.")) from exc


# Calendar feeds ------------------------------------------------------------------------------


def active_feed_token(user: User) -> CalendarFeedToken | None:
    return CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True).first()


def create_feed_token(user: User, *, now: datetime.datetime | None = None) -> CalendarFeedToken:
    """A new personal feed address; an existing one stops working (replace)."""
    now = now or timezone.now()
    with transaction.atomic():
        CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=now)
        renew_learners([user.pk])
        return CalendarFeedToken.objects.create(user=user, created_at=now)


def revoke_feed_token(user: User, *, now: datetime.datetime | None = None) -> int:
    """Stop the personal feed address from working; returns how many were revoked."""
    with transaction.atomic():
        revoked = CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True).update(
            revoked_at=now or timezone.now()
        )
        renew_learners([user.pk])
        return revoked


def feed_user(token: str, *, now: datetime.datetime | None = None) -> User | None:
    """The active person a feed token belongs to, or None; records when it was last used."""
    if not token or len(token) > 64:
        return None
    feed = (
        CalendarFeedToken.objects.select_related("user")
        .filter(token=token, revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if feed is None:
        return None
    now = now or timezone.now()
    if feed.last_used_at is None or now - feed.last_used_at > datetime.timedelta(hours=1):
        CalendarFeedToken.objects.filter(pk=feed.pk).update(last_used_at=now)
    return feed.user
