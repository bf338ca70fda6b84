"""The pure rules: an assigned officer's status, recurring due dates, reminders, escalation."""

import datetime

import pytest

from tracker import status as rules
from tracker.models import TargetStatus

D = datetime.date
DUE = D(2026, 12, 15)


@pytest.mark.parametrize(
    ("today", "started", "completed", "expected"),
    [
        (D(2026, 12, 1), None, None, TargetStatus.NOT_STARTED),
        (D(2026, 12, 15), None, None, TargetStatus.NOT_STARTED),  # the due day itself is in time
        (D(2026, 12, 1), D(2026, 12, 1), None, TargetStatus.IN_PROGRESS),
        (D(2026, 12, 16), None, None, TargetStatus.OVERDUE),
        (D(2026, 12, 16), D(2026, 12, 10), None, TargetStatus.OVERDUE),
        (D(2026, 12, 20), D(2026, 12, 10), D(2026, 12, 15), TargetStatus.COMPLETED_ON_TIME),
        (D(2026, 12, 2), D(2026, 12, 1), D(2026, 12, 1), TargetStatus.COMPLETED_ON_TIME),
        (D(2026, 12, 20), D(2026, 12, 10), D(2026, 12, 16), TargetStatus.COMPLETED_LATE),
        (D(2027, 3, 1), None, D(2026, 12, 16), TargetStatus.COMPLETED_LATE),
    ],
)
def test_target_status(today, started, completed, expected):
    assert (
        rules.target_status(due_on=DUE, today=today, started_on=started, completed_on=completed)
        == expected
    )


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2028, 1, 31), 1, D(2028, 2, 29)),
        (D(2026, 11, 22), 12, D(2027, 11, 22)),
        (D(2026, 11, 30), 3, D(2027, 2, 28)),
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
        (D(2026, 12, 15), 1, D(2027, 1, 15)),
    ],
)
def test_add_months_keeps_the_day_or_the_month_end(day, months, expected):
    assert rules.add_months(day, months) == expected


def test_next_due_date_counts_from_the_officers_completion():
    assert rules.next_due_on(D(2026, 5, 20), 12) == D(2027, 5, 20)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 12, 1), None),  # 14 days left
        (D(2026, 12, 7), None),  # 8 days left
        (D(2026, 12, 8), rules.DUE_SOON),  # 7 days left
        (D(2026, 12, 13), rules.DUE_SOON),  # 2 days left
        (D(2026, 12, 14), rules.DUE_TOMORROW),
        (D(2026, 12, 15), rules.DUE_TOMORROW),  # due today: the last call
        (D(2026, 12, 16), rules.OVERDUE),
        (D(2027, 2, 1), rules.OVERDUE),
    ],
)
def test_reminder_kind(today, expected):
    assert rules.reminder_kind(DUE, today) == expected


@pytest.mark.parametrize(
    ("days_overdue", "expected"),
    [
        (0, []),
        (1, []),
        (6, []),
        (7, [rules.ESCALATED_UNIT]),
        (13, [rules.ESCALATED_UNIT]),
        (14, [rules.ESCALATED_UNIT, rules.ESCALATED_PARENT]),
    ],
)
def test_escalation_goes_up_the_tree_with_time(days_overdue, expected):
    today = DUE + datetime.timedelta(days=days_overdue)
    assert rules.escalation_levels(DUE, today, unit_after_days=7, parent_after_days=14) == expected


def test_escalation_after_zero_days_still_waits_for_the_item_to_be_overdue():
    assert rules.escalation_levels(DUE, DUE, unit_after_days=0, parent_after_days=0) == []
    assert rules.escalation_levels(
        DUE, DUE + datetime.timedelta(days=1), unit_after_days=0, parent_after_days=0
    ) == [
        rules.ESCALATED_UNIT,
        rules.ESCALATED_PARENT,
    ]


def test_weekly_digest_goes_out_on_its_day_or_later_that_week():
    monday = D(2026, 11, 23)
    assert rules.week_start(monday + datetime.timedelta(days=4)) == monday
    assert rules.digest_due(monday, 0)
    assert not rules.digest_due(monday, 2)
    assert rules.digest_due(monday + datetime.timedelta(days=3), 2)


def test_my_learning_order_puts_overdue_first_then_by_due_date_and_drops_completed():
    today = D(2026, 12, 10)
    rows = [
        (TargetStatus.NOT_STARTED, D(2026, 12, 20)),
        (TargetStatus.OVERDUE, D(2026, 12, 5)),
        (TargetStatus.COMPLETED_ON_TIME, D(2026, 12, 1)),
        (TargetStatus.IN_PROGRESS, D(2026, 12, 12)),
        (TargetStatus.OVERDUE, D(2026, 11, 1)),
    ]
    assert rules.order_for_my_learning(rows, today) == [4, 1, 3, 0]
