"""The per-enrolment figures table reports add up (reports.models.EnrolmentFigures), written
on completion and nightly from quizzes.course_marks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.utils import timezone

from quizzes.course_marks import compute_figures

CHUNK = 500


def refresh_enrolment_figures(enrolment_ids: Iterable[int] | None = None) -> int:
    """Write EnrolmentFigures for the given enrolments (all when None); returns how many.

    Works in chunks with a fixed number of queries each, so a national refresh stays flat.
    """
    from courses.models import Enrolment
    from reports.models import EnrolmentFigures

    queryset = Enrolment.objects.only(
        "pk", "user_id", "course_id", "seconds_spent", "cycle_started_at"
    ).order_by("pk")
    if enrolment_ids is not None:
        ids = sorted(set(enrolment_ids))
        chunks: Iterable[list[Any]] = (
            list(queryset.filter(pk__in=ids[i : i + CHUNK])) for i in range(0, len(ids), CHUNK)
        )
    else:
        chunks = _all_in_chunks(queryset)
    written = 0
    now = timezone.now()
    for enrolments in chunks:
        figures = compute_figures(enrolments)
        rows = [
            EnrolmentFigures(
                enrolment_id=e.pk,
                user_id=e.user_id,
                course_id=e.course_id,
                lesson_seconds=figures[e.pk].lesson_seconds,
                quiz_seconds=figures[e.pk].quiz_seconds,
                total_seconds=figures[e.pk].total_seconds,
                best_mark=figures[e.pk].best_mark,
                attempts=figures[e.pk].attempts,
                refreshed_at=now,
            )
            for e in enrolments
        ]
        with transaction.atomic():
            EnrolmentFigures.objects.bulk_create(
                rows,
                batch_size=CHUNK,
                update_conflicts=True,
                unique_fields=["enrolment"],
                update_fields=[
                    "lesson_seconds",
                    "quiz_seconds",
                    "total_seconds",
                    "best_mark",
                    "attempts",
                    "refreshed_at",
                ],
            )
        written += len(rows)
    return written


def _all_in_chunks(queryset: Any) -> Iterable[list[Any]]:
    last = 0
    while True:
        chunk = list(queryset.filter(pk__gt=last)[:CHUNK])
        if not chunk:
            return
        yield chunk
        last = chunk[-1].pk
