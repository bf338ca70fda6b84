"""Pure rules of the tracker: an assigned officer's status, due dates of recurring
assignments, which reminder is due, and when an overdue item escalates. No database here."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from people.dates import add_months
from tracker.models import TargetStatus

# Reminder kinds, as stored in ReminderLog.kind.
DUE_SOON = "due_soon"
DUE_TOMORROW = "due_tomorrow"
OVERDUE = "overdue"
ESCALATED_UNIT = "escalated_unit"
ESCALATED_PARENT = "escalated_parent"

# "Due within a week" is sent from this many days before the due date.
DUE_SOON_DAYS = 7


def target_status(
    *,
    due_on: datetime.date,
    today: datetime.date,
    started_on: datetime.date | None = None,
    completed_on: datetime.date | None = None,
) -> TargetStatus:
    """The status of one officer on one assignment.

    Completed on or before the due date (local day) is on time, after it late; not completed
    and past the due date is overdue, whether started or not; otherwise in progress once
    started, else not started.
    """
    if completed_on is not None:
        if completed_on <= due_on:
            return TargetStatus.COMPLETED_ON_TIME
        return TargetStatus.COMPLETED_LATE
    if today > due_on:
        return TargetStatus.OVERDUE
    if started_on is not None:
        return TargetStatus.IN_PROGRESS
    return TargetStatus.NOT_STARTED


def is_completed(status: str) -> bool:
    return status in (TargetStatus.COMPLETED_ON_TIME, TargetStatus.COMPLETED_LATE)


def next_due_on(completed_on: datetime.date, every_months: int) -> datetime.date:
    """When a recurring assignment is due again: N months after the officer's completion."""
    return add_months(completed_on, every_months)


def reminder_kind(due_on: datetime.date, today: datetime.date) -> str | None:
    """Which reminder an officer with unfinished work should have by today, if any.

    Due within a week (2–7 days left), due tomorrow (today or tomorrow), or overdue. A run on
    any day sends whichever applies; the log makes sure each kind goes out once.
    """
    days_left = (due_on - today).days
    if days_left < 0:
        return OVERDUE
    if days_left <= 1:
        return DUE_TOMORROW
    if days_left <= DUE_SOON_DAYS:
        return DUE_SOON
    return None


def escalation_levels(
    due_on: datetime.date, today: datetime.date, *, unit_after_days: int, parent_after_days: int
) -> list[str]:
    """The escalations an overdue item has reached: to the unit's managers after
    ``unit_after_days`` days overdue, and to the managers above after ``parent_after_days``."""
    days_overdue = (today - due_on).days
    levels = []
    if days_overdue >= max(1, unit_after_days):
        levels.append(ESCALATED_UNIT)
    if days_overdue >= max(1, parent_after_days):
        levels.append(ESCALATED_PARENT)
    return levels


def week_start(day: datetime.date) -> datetime.date:
    """The Monday of the week a day falls in (weekly digests are keyed by it)."""
    return day - datetime.timedelta(days=day.weekday())


def digest_due(today: datetime.date, weekday: int) -> bool:
    """A weekly digest goes out on its weekday, or on a later day of the week if a run was
    missed (the log keeps it to one a week)."""
    return today.weekday() >= weekday


def order_for_my_learning(
    rows: Sequence[tuple[str, datetime.date]], today: datetime.date
) -> list[int]:
    """Indexes of (status, due date) rows in the order /my/ shows them: overdue first (oldest
    first), then the rest by due date. Completed rows are left out."""
    indexed = [(i, status, due) for i, (status, due) in enumerate(rows) if not is_completed(status)]
    indexed.sort(
        key=lambda row: (row[1] != TargetStatus.OVERDUE and row[2] >= today, row[2], row[0])
    )
    return [i for i, _status, _due in indexed]
