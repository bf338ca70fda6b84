"""Item statistics for a quiz, as pure functions over plain numbers (no database).

Classical test theory, as Moodle reports it: the facility index is the average mark on a
question as a percentage of its maximum; the discrimination index is the correlation (in
percent) between the mark on the question and the mark on the rest of the attempt, so a
question that strong learners get right and weak learners get wrong scores high.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

Number = float | int | Decimal


@dataclass(frozen=True)
class ItemMark:
    """One question's mark in one attempt."""

    question_key: str
    mark: float
    max_mark: float
    chosen: tuple[str, ...] = ()  # answer ids chosen, for choice questions


@dataclass(frozen=True)
class AttemptMarks:
    total: float
    max_total: float
    items: tuple[ItemMark, ...]


@dataclass
class ItemStatistics:
    question_key: str
    attempts: int
    average_mark: float | None
    max_mark: float
    facility: float | None  # percent
    discrimination: float | None  # percent, -100..100
    answer_counts: dict[str, int] = field(default_factory=dict)


@dataclass
class QuizStatistics:
    attempts: int
    average_percent: float | None
    median_percent: float | None
    items: list[ItemStatistics]


def mean(values: Sequence[Number]) -> float | None:
    if not values:
        return None
    return float(sum(float(v) for v in values)) / len(values)


def median(values: Sequence[Number]) -> float | None:
    if not values:
        return None
    ordered = sorted(float(v) for v in values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def correlation(xs: Sequence[Number], ys: Sequence[Number]) -> float | None:
    """Pearson's r, or None when it is undefined (fewer than two pairs or no spread)."""
    if len(xs) != len(ys) or len(xs) < 2:
        return None
    fx = [float(x) for x in xs]
    fy = [float(y) for y in ys]
    mx = sum(fx) / len(fx)
    my = sum(fy) / len(fy)
    sxy = sum((x - mx) * (y - my) for x, y in zip(fx, fy, strict=True))
    sxx = sum((x - mx) ** 2 for x in fx)
    syy = sum((y - my) ** 2 for y in fy)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return sxy / math.sqrt(sxx * syy)


def _percent(value: float, out_of: float) -> float | None:
    return None if out_of <= 0 else 100.0 * value / out_of


def quiz_statistics(attempts: Iterable[AttemptMarks]) -> QuizStatistics:
    """Statistics over graded attempts; questions keyed by ``question_key``, in first-seen order."""
    attempts = list(attempts)
    percents = [p for a in attempts if (p := _percent(a.total, a.max_total)) is not None]
    per_item: dict[str, list[tuple[ItemMark, float]]] = {}
    for attempt in attempts:
        for item in attempt.items:
            per_item.setdefault(item.question_key, []).append((item, attempt.total - item.mark))
    items = []
    for key, rows in per_item.items():
        marks = [item.mark for item, _rest in rows]
        rests = [rest for _item, rest in rows]
        max_mark = max(item.max_mark for item, _rest in rows)
        facility_values = [m / i.max_mark for m, (i, _r) in zip(marks, rows, strict=True)]
        facility = None
        if max_mark > 0 and all(i.max_mark > 0 for i, _r in rows):
            facility = 100.0 * (mean(facility_values) or 0.0)
        r = correlation(marks, rests)
        counts: dict[str, int] = {}
        for item, _rest in rows:
            for answer_id in item.chosen:
                counts[answer_id] = counts.get(answer_id, 0) + 1
        items.append(
            ItemStatistics(
                question_key=key,
                attempts=len(rows),
                average_mark=mean(marks),
                max_mark=max_mark,
                facility=facility,
                discrimination=None if r is None else 100.0 * r,
                answer_counts=counts,
            )
        )
    return QuizStatistics(
        attempts=len(attempts),
        average_percent=mean(percents),
        median_percent=median(percents),
        items=items,
    )


def rounded(value: Any, places: int = 2) -> Any:
    return None if value is None else round(float(value), places)
