"""The figures of the manager dashboards, as pure calculations over sums and counts.

Queries (reports.queries) return additive sums per group (a child unit and a course,
an officer, a question and a unit); everything else — rates, averages, totals over a table, the
unit table and the course table from the same rows — is worked out here, with no database.

How each figure is counted (also explained on the dashboard):

* officers: active officer records in the unit and everything under it (their current unit);
* assigned: current cycles of assignments in force given to those officers, due in the period;
* completed: of those, completed (on time or late); completion rate = completed / assigned; a
  recurring assignment counts its current cycle only, so a course opened for another round has
  to be completed again;
* on-time rate: completed by the due date / (completed + overdue), i.e. of the work that is done
  or should have been, the share done in time;
* overdue: not completed and past the due date (worked out for today);
* courses completed: completions (in the period), one per round of a course taken again, each
  in its own month (earlier rounds are kept as courses.EnrolmentCycle), as in the months chart;
* average best mark: of the courses those officers completed (in the period), the mean best mark
  (the figures keep the current round's, so earlier rounds' completions have none);
* average time spent: of those completions, the mean time on lessons and quiz attempts, each
  round counting its own time so that nothing is counted twice (see queries.rounds_source_sql);
* average satisfaction: the mean of the 1–5 ratings the officers gave (in the period).
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

MARK_BUCKETS = 10  # 0–9.99, 10–19.99, … 90–100


@dataclass
class Counts:
    """Additive sums for one group; add() merges groups, properties give the figures."""

    officers: int = 0
    assigned: int = 0
    completed: int = 0
    on_time: int = 0
    overdue: int = 0
    enrolled: int = 0
    courses_completed: int = 0
    mark_sum: float = 0.0
    mark_count: int = 0
    seconds_sum: int = 0
    seconds_count: int = 0
    rating_sum: float = 0.0
    rating_count: int = 0
    marks: list[int] = field(default_factory=list)  # by tens of percent; empty: none
    monthly: list[int] = field(default_factory=list)

    def add(self, other: Counts) -> Counts:
        self.officers += other.officers
        self.assigned += other.assigned
        self.completed += other.completed
        self.on_time += other.on_time
        self.overdue += other.overdue
        self.enrolled += other.enrolled
        self.courses_completed += other.courses_completed
        self.mark_sum += other.mark_sum
        self.mark_count += other.mark_count
        self.seconds_sum += other.seconds_sum
        self.seconds_count += other.seconds_count
        self.rating_sum += other.rating_sum
        self.rating_count += other.rating_count
        if any(other.marks):
            mine = self.marks or [0] * MARK_BUCKETS
            self.marks = [a + b for a, b in zip(mine, other.marks, strict=True)]
        if other.monthly:
            if len(self.monthly) < len(other.monthly):
                self.monthly = self.monthly + [0] * (len(other.monthly) - len(self.monthly))
            self.monthly = [
                a + b
                for a, b in zip(
                    self.monthly,
                    other.monthly + [0] * (len(self.monthly) - len(other.monthly)),
                    strict=True,
                )
            ]
        return self

    @property
    def histogram(self) -> list[int]:
        """The marks by tens, always ten numbers."""
        return list(self.marks) if self.marks else [0] * MARK_BUCKETS

    @property
    def late(self) -> int:
        return self.completed - self.on_time

    @property
    def completion_rate(self) -> float | None:
        return ratio(self.completed, self.assigned)

    @property
    def on_time_rate(self) -> float | None:
        return ratio(self.on_time, self.completed + self.overdue)

    @property
    def average_mark(self) -> float | None:
        return None if not self.mark_count else self.mark_sum / self.mark_count

    @property
    def average_seconds(self) -> float | None:
        return None if not self.seconds_count else self.seconds_sum / self.seconds_count

    @property
    def average_rating(self) -> float | None:
        return None if not self.rating_count else self.rating_sum / self.rating_count


def ratio(part: float, whole: float) -> float | None:
    """part / whole in percent, or None when there is nothing to divide by."""
    return None if not whole else 100.0 * part / whole


def total(counts: Iterable[Counts]) -> Counts:
    result = Counts()
    for item in counts:
        result.add(item)
    return result


def mark_bucket(percent: float) -> int:
    """The histogram bucket of a mark in percent: tens, with 100 in the top bucket."""
    if percent is None or math.isnan(percent):
        raise ValueError("a mark is needed")
    return max(0, min(MARK_BUCKETS - 1, int(percent // 10)))


def bucket_labels() -> list[str]:
    return [f"{10 * i}–{10 * i + 9 if i < MARK_BUCKETS - 1 else 100}" for i in range(MARK_BUCKETS)]


def child_key(path: str, parent_path: str, steplen: int) -> str:
    """The path of the child of ``parent_path`` that ``path`` lies under (itself when equal)."""
    return path[: len(parent_path) + steplen]


# Durations and rounding ----------------------------------------------------------------------


def hours_minutes(seconds: float | None) -> str:
    """1 h 05 min style, for tables; empty when there is nothing to show."""
    if seconds is None:
        return ""
    minutes = int(round(seconds / 60))
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}"


@overload
def rounded(value: float, places: int = 1) -> float: ...
@overload
def rounded(value: None, places: int = 1) -> None: ...
@overload
def rounded(value: float | None, places: int = 1) -> float | None: ...
def rounded(value: float | None, places: int = 1) -> float | None:
    return None if value is None else round(value, places)


# Months --------------------------------------------------------------------------------------


def month_starts(last: datetime.date, count: int) -> list[datetime.date]:
    """The first days of ``count`` months ending with the month of ``last``, oldest first."""
    year, month = last.year, last.month
    months = []
    for _ in range(count):
        months.append(datetime.date(year, month, 1))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return list(reversed(months))


def months_between(
    start: datetime.date, end: datetime.date, limit: int = 24
) -> list[datetime.date]:
    """First days of the months from ``start`` to ``end`` (at most the last ``limit``)."""
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(datetime.date(year, month, 1))
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return months[-limit:]


# Item statistics from sums -------------------------------------------------------------------


@dataclass(frozen=True)
class ItemSums:
    """Sums over the responses to one question (in one group): x is the mark on the question,
    y the mark on the rest of the attempt, so facility and discrimination come from them."""

    count: int
    max_mark: float
    sum_x: float
    sum_xx: float
    sum_y: float
    sum_yy: float
    sum_xy: float
    sum_ratio: float  # sum of mark / maximum mark, response by response


def facility(sums: ItemSums) -> float | None:
    """Average mark as a percentage of the question's maximum (Moodle's facility index)."""
    if not sums.count or sums.max_mark <= 0:
        return None
    return 100.0 * sums.sum_ratio / sums.count


def discrimination(sums: ItemSums) -> float | None:
    """Pearson's r between the mark on the question and on the rest of the attempt, in percent
    (the discrimination index), or None when it is undefined."""
    n = sums.count
    if n < 2:
        return None
    sxx = sums.sum_xx - sums.sum_x * sums.sum_x / n
    syy = sums.sum_yy - sums.sum_y * sums.sum_y / n
    sxy = sums.sum_xy - sums.sum_x * sums.sum_y / n
    if sxx <= 1e-9 or syy <= 1e-9:
        return None
    return 100.0 * sxy / math.sqrt(sxx * syy)


def hardest_for(
    facilities: dict[Any, float | None], *, spread: float = 15.0
) -> list[tuple[Any, float]]:
    """Groups whose facility on a question is ``spread`` points or more below the mean of the
    groups: where a question is hard locally, not everywhere. Sorted hardest first."""
    known = {key: value for key, value in facilities.items() if value is not None}
    if len(known) < 2:
        return []
    mean = sum(known.values()) / len(known)
    return sorted(
        ((key, value) for key, value in known.items() if value <= mean - spread),
        key=lambda pair: pair[1],
    )


def scale_max(values: Sequence[float]) -> float:
    """A round top for a chart axis: the next 1, 2 or 5 × 10^n at or above the largest value."""
    top = max((v for v in values if v is not None), default=0)
    if top <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(top))
    for step in (1, 2, 5, 10):
        if step * power >= top:
            return float(step * power)
    return float(10 * power)
