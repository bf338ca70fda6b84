"""Time and marks per enrolment, the figures reports add up: lessons plus quiz attempts, and the
best mark. The queries that fill reports.models.EnrolmentFigures; their arithmetic is pure, in
quizzes.course_figures."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from quizzes.course_figures import Figures, Window, attempt_seconds, best_within, course_mark
from quizzes.course_figures import mark_out_of_ten as mark_out_of_ten  # callers read it here

# What callers read of a course's quizzes: kept with the site's structure (courses.site_cache),
# so the marks and the month view of /my/ and the reports ask the database nothing for them.
QUIZ_FIELDS = (
    "path",
    "title",
    "time_limit_minutes",
    "review_mark",
    "close_at",
    "pass_mark_percent",
)


# Kept as plain rows (cheap to read back for a site of thousands of quizzes); model instances
# are made only for the courses asked about, the way the ORM makes them from a query.
def _columns() -> list[str]:
    """The kept fields in the model's own order, as ``Model.from_db`` reads them."""
    from quizzes.models import QuizPage

    wanted = {"id", "page_ptr_id", *QUIZ_FIELDS}
    return [f.attname for f in QuizPage._meta.concrete_fields if f.attname in wanted]


def _all_quizzes_by_course() -> dict[int, list[tuple[Any, ...]]]:
    from courses.models import CoursePage
    from quizzes.models import QuizPage

    courses = dict(CoursePage.objects.values_list("path", "pk"))
    found: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    if not courses:
        return {}
    steplen = CoursePage.steplen
    depths = {len(path) // steplen + 1 for path in courses}
    columns = _columns()
    path = columns.index("path")
    rows = QuizPage.objects.filter(depth__in=depths).order_by("path").values_list(*columns)
    for row in rows:
        course_id = courses.get(row[path][:-steplen])
        if course_id is not None:
            found[course_id].append(tuple(row))
    return dict(found)


def quizzes_by_course(course_ids: Iterable[int]) -> dict[int, list[Any]]:
    """The quiz pages directly inside each course (live or not: past attempts still count),
    with the fields in ``QUIZ_FIELDS``; no query while the site's structure stands."""
    from courses.site_cache import remember
    from quizzes.models import QuizPage

    everything = remember("quizzes-by-course", _all_quizzes_by_course)
    columns = _columns()
    found: dict[int, list[Any]] = defaultdict(list)
    for course_id in set(course_ids):
        for row in everything.get(course_id, ()):
            found[course_id].append(QuizPage.from_db("default", columns, row))
    return found


def compute_figures(
    enrolments: Sequence[Any], *, windows: dict[int, Window] | None = None
) -> dict[int, Figures]:
    """Figures for the given enrolments, in three queries whatever their number.

    Time and attempts add up over every round of a course; the best mark is the current
    round's (attempts finished since ``cycle_started_at``), or, for an enrolment given a
    window in ``windows`` (enrolment pk -> (from, until)), from the attempts finished in it.
    """
    from quizzes.models import Attempt

    if not enrolments:
        return {}
    windows = windows or {}
    quizzes = quizzes_by_course(e.course_id for e in enrolments)
    quiz_ids = {quiz.pk: quiz for items in quizzes.values() for quiz in items}
    users = {e.user_id for e in enrolments}
    marks: dict[tuple[int, int], list[tuple[datetime.datetime | None, Decimal]]] = defaultdict(list)
    seconds: dict[tuple[int, int], int] = defaultdict(int)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    attempts = Attempt.objects.filter(
        user_id__in=users, quiz_id__in=quiz_ids, state=Attempt.State.FINISHED
    ).values_list("user_id", "quiz_id", "started_at", "submitted_at", "percent")
    for user_id, quiz_id, started, submitted, percent in attempts:
        key = (user_id, quiz_id)
        limit = quiz_ids[quiz_id].time_limit_minutes
        seconds[key] += attempt_seconds(started, submitted, time_limit_minutes=limit)
        counts[key] += 1
        if percent is not None:
            marks[key].append((submitted, percent))
    result = {}
    for enrolment in enrolments:
        window = windows.get(enrolment.pk) or (enrolment.cycle_started_at, None)
        course_quizzes = quizzes.get(enrolment.course_id, [])
        keys = [(enrolment.user_id, quiz.pk) for quiz in course_quizzes]
        result[enrolment.pk] = Figures(
            lesson_seconds=enrolment.seconds_spent,
            quiz_seconds=sum(seconds[key] for key in keys),
            best_mark=course_mark([best_within(marks.get(key, []), window) for key in keys])
            if keys
            else None,
            attempts=sum(counts[key] for key in keys),
        )
    return result


def round_marks(rounds: Sequence[tuple[int, int, Window]]) -> list[Decimal | None]:
    """The course mark (percent) of each (user id, course id, window) round, e.g. the earlier
    rounds of a recurring course, in the same three queries as compute_figures."""
    records = [
        SimpleNamespace(pk=i, user_id=user_id, course_id=course_id, seconds_spent=0)
        for i, (user_id, course_id, _window) in enumerate(rounds)
    ]
    windows = {i: window for i, (_user, _course, window) in enumerate(rounds)}
    figures = compute_figures(records, windows=windows)
    return [figures[i].best_mark for i in range(len(rounds))]
