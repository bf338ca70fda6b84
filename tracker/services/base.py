"""Shared pieces of the tracker's services: the refusals, small date helpers, the assignment
log, and how often an assignment recurs."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from django.utils import timezone
from wagtail.log_actions import log

from people.dates import local_date
from tracker.models import Assignment, AssignmentLog

if TYPE_CHECKING:
    from people.models import User

CHUNK = 500
T = TypeVar("T")


class TrackerError(Exception):
    """A refused operation; str(error) is a message for the person who asked."""


class AssignmentRefused(TrackerError):
    pass


class FeedbackRefused(TrackerError):
    pass


def _today(now: datetime.datetime) -> datetime.date:
    return timezone.localdate(now)


_local_date = local_date


def _chunks(items: Sequence[T], size: int = CHUNK) -> Iterable[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def repeat_months(assignment: Assignment) -> int | None:
    """How often an officer is due again: the recurrence, else the certificate's validity."""
    return assignment.recurrence_months or assignment.certificate_valid_months or None


def _snapshot(assignment: Assignment) -> dict[str, Any]:
    """An assignment's settings as logged before and after a change."""
    return {
        "course": assignment.course_id,
        "course_title": assignment.course.title,
        "scope": assignment.scope,
        "unit": assignment.unit_id,
        "unit_name": assignment.unit.name if assignment.unit is not None else "",
        "officers": sorted(assignment.officers.values_list("pk", flat=True))
        if assignment.pk
        else [],
        "due_on": assignment.due_on.isoformat(),
        "note": assignment.note,
        "recurrence_months": assignment.recurrence_months,
        "certificate_valid_months": assignment.certificate_valid_months,
        "withdrawn": assignment.withdrawn_at is not None,
        "withdraw_reason": assignment.withdraw_reason,
    }


def _log(
    assignment: Assignment,
    action: str,
    actor: User | None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    now: datetime.datetime,
) -> AssignmentLog:
    entry = AssignmentLog.objects.create(
        assignment=assignment,
        action=action,
        actor=actor if actor is not None and actor.pk else None,
        at=now,
        before=before or {},
        after=after or {},
    )
    # The same change in the audit log every administrator reads (Reports → Site history).
    log(
        instance=assignment,
        action=f"tracker.assignment_{action}",
        user=entry.actor,
        data={"before": entry.before, "after": entry.after},
    )
    return entry
