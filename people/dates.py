"""Calendar arithmetic every app may use (people is the bottom layer): months and local dates."""

from __future__ import annotations

import calendar
import datetime
from typing import overload

from django.utils import timezone


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` later, or the month's last day when it is shorter (31 Jan + 1
    month is 28 or 29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day.day, last))


@overload
def local_date(moment: datetime.datetime) -> datetime.date: ...
@overload
def local_date(moment: None) -> None: ...
@overload
def local_date(moment: datetime.datetime | None) -> datetime.date | None: ...
def local_date(moment: datetime.datetime | None) -> datetime.date | None:
    """The date of a moment in the site's time zone (Asia/Ho_Chi_Minh), or None."""
    return timezone.localdate(moment) if moment is not None else None
