"""A month as weeks of days, for the server-rendered month view of due dates (no database)."""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Day(Generic[T]):
    date: datetime.date | None
    items: Sequence[T] = field(default_factory=tuple)
    is_today: bool = False


def parse_month(text: str | None, today: datetime.date) -> datetime.date:
    """The first day of the month named "YYYY-MM", or of today's month when absent or wrong."""
    if text:
        try:
            year, month = (int(part) for part in text.split("-", 1))
            if 1900 <= year <= 2999 and 1 <= month <= 12:
                return datetime.date(year, month, 1)
        except ValueError:
            pass
    return today.replace(day=1)


def shift_month(first: datetime.date, months: int) -> datetime.date:
    index = first.year * 12 + first.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_weeks(
    first: datetime.date,
    items_by_date: Mapping[datetime.date, Sequence[T]],
    today: datetime.date,
) -> list[list[Day[T]]]:
    """Weeks from Monday to Sunday; days outside the month are empty cells."""
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month):
        weeks.append(
            [
                Day(date=day, items=tuple(items_by_date.get(day, ())), is_today=day == today)
                if day.month == first.month
                else Day(date=None)
                for day in week
            ]
        )
    return weeks
