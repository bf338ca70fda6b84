"""Time and marks per enrolment as pure arithmetic, with no database: what one attempt's time
counts for, a course's mark from the best mark of each quiz, and the ten-point scale.
``quizzes.course_marks`` runs the queries and fills ``Figures`` with these."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

# An attempt left open counts at most this long (or the quiz's time limit, when it has one).
ATTEMPT_MAX_SECONDS = 3 * 60 * 60
TWO_PLACES = Decimal("0.01")

# A round of a course, from and until (open ends): the attempts whose marks count for it.
Window = tuple[datetime.datetime | None, datetime.datetime | None]


@dataclass(frozen=True)
class Figures:
    lesson_seconds: int
    quiz_seconds: int
    best_mark: Decimal | None
    attempts: int

    @property
    def total_seconds(self) -> int:
        return self.lesson_seconds + self.quiz_seconds


def attempt_seconds(
    started_at: datetime.datetime,
    finished_at: datetime.datetime | None,
    *,
    time_limit_minutes: int | None = None,
) -> int:
    """Seconds one finished attempt took, capped by the quiz's time limit (or three hours)."""
    if finished_at is None or finished_at <= started_at:
        return 0
    cap = time_limit_minutes * 60 if time_limit_minutes else ATTEMPT_MAX_SECONDS
    return int(min((finished_at - started_at).total_seconds(), cap))


def course_mark(best_by_quiz: Sequence[Decimal | None]) -> Decimal | None:
    """A course's mark in percent: the mean of each quiz's best attempt (quizzes not yet
    attempted count as 0 once any is attempted); None when no quiz has a mark."""
    marks = [mark for mark in best_by_quiz if mark is not None]
    if not marks:
        return None
    total = sum(marks, Decimal(0)) / len(best_by_quiz)
    return total.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def mark_out_of_ten(percent: Decimal | None) -> Decimal | None:
    """85.5% -> 8.55: certificates print marks on the ten-point scale offices use."""
    if percent is None:
        return None
    return (Decimal(percent) / 10).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def best_within(
    marks: Sequence[tuple[datetime.datetime | None, Decimal]], window: Window
) -> Decimal | None:
    """The best of (finished at, percent) marks finished within the window (open ends)."""
    since, until = window
    return max(
        (
            percent
            for finished, percent in marks
            if finished is None
            or ((since is None or finished >= since) and (until is None or finished <= until))
        ),
        default=None,
    )
