"""Each officer's status on their assignments, brought up to date from their enrolments and
quiz attempts, and the next round of recurring assignments once a round is completed."""

from __future__ import annotations

import datetime
import logging
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone

from certificates.services import queue_certificate
from courses import services as course_services
from courses.models import CoursePage, Enrolment, EnrolmentCycle
from people.learner_stamps import renew_learners
from tracker.models import Assignment, AssignmentLog, AssignmentTarget, next_round_opens_days
from tracker.services.base import (
    CHUNK,
    _chunks,
    _local_date,
    _log,
    _today,
    repeat_months,
)
from tracker.status import next_due_on, target_status

if TYPE_CHECKING:
    from people.models import User

logger = logging.getLogger(__name__)


# Statuses ------------------------------------------------------------------------------------


def _passed_attempts(targets: Sequence[AssignmentTarget]) -> dict[tuple[int, int], list[Any]]:
    """(user, course) -> [(started_at, submitted_at, passed)] of finished quiz attempts, for
    targets whose cycle needs evidence newer than the enrolment's one completion."""
    from quizzes.course_marks import quizzes_by_course
    from quizzes.models import Attempt

    wanted = [t for t in targets if t.counts_from is not None]
    if not wanted:
        return {}
    quizzes = quizzes_by_course(t.course_id for t in wanted)
    course_of = {quiz.pk: course_id for course_id, items in quizzes.items() for quiz in items}
    if not course_of:
        return {}
    pass_marks = {quiz.pk: quiz.pass_mark_percent for items in quizzes.values() for quiz in items}
    found: dict[tuple[int, int], list[Any]] = defaultdict(list)
    attempts = Attempt.objects.filter(
        user_id__in={t.user_id for t in wanted},
        quiz_id__in=course_of,
        state=Attempt.State.FINISHED,
    ).values_list("user_id", "quiz_id", "started_at", "submitted_at", "percent")
    for user_id, quiz_id, started, submitted, percent in attempts:
        passed = percent is not None and percent >= pass_marks[quiz_id]
        found[(user_id, course_of[quiz_id])].append((started, submitted, passed))
    return found


def _evidence(
    target: AssignmentTarget,
    enrolment: Enrolment | None,
    attempts: list[Any],
    past: Sequence[tuple[datetime.datetime | None, datetime.datetime]] = (),
) -> tuple[datetime.datetime | None, datetime.datetime | None]:
    """(started, completed) moments that count for this target's cycle, from the enrolment,
    its earlier rounds (``past``: (started, completed) of each) and the quiz attempts."""
    if enrolment is None:
        return None, None
    completions = [done for _start, done in past]
    if enrolment.completed_at is not None:
        completions.append(enrolment.completed_at)
    since = target.counts_from
    if since is None:
        starts = [start for start, _done in past if start is not None]
        if enrolment.started_at is not None:
            starts.append(enrolment.started_at)
        return (min(starts) if starts else None), (min(completions) if completions else None)
    started = [
        moment
        for moment in (enrolment.started_at, enrolment.last_activity_at)
        if moment is not None and moment >= since
    ]
    started += [s for s, _sub, _ok in attempts if s >= since]
    completed = [done for done in completions if done >= since]
    # A refresher: passing the course's quiz again, once the current round was completed.
    current = enrolment.completed_at
    if current is not None:
        completed += [
            sub for _s, sub, ok in attempts if ok and sub is not None and sub >= max(since, current)
        ]
    return (min(started) if started else None), (min(completed) if completed else None)


def _round_is_due(
    target: AssignmentTarget, enrolment: Enrolment | None, today: datetime.date
) -> bool:
    """Whether the course must be opened for another round for this target: it needs a
    completion newer than the one the enrolment holds, and its due date is near (within
    TRACKER_NEXT_ROUND_OPENS_DAYS) or past. Until then the course shows as completed."""
    return (
        enrolment is not None
        and target.counts_from is not None
        and target.completed_at is None
        and target.superseded_at is None
        and enrolment.completed_at is not None
        and enrolment.completed_at < target.counts_from
        and today >= target.due_on - datetime.timedelta(days=next_round_opens_days())
    )


def _open_due_rounds(
    targets: Sequence[AssignmentTarget],
    enrolments: dict[tuple[int, int], Enrolment],
    *,
    today: datetime.date,
    now: datetime.datetime,
) -> None:
    """Open another round of the course (courses.services.start_new_cycle) for officers due
    again, so that a course of lessons alone can be done, and completed, once more."""
    due = [t for t in targets if _round_is_due(t, enrolments.get((t.user_id, t.course_id)), today)]
    if not due:
        return
    in_force = set(
        Assignment.objects.open()
        .filter(pk__in={t.assignment_id for t in due})
        .values_list("pk", flat=True)
    )
    for target in due:
        key = (target.user_id, target.course_id)
        if target.assignment_id in in_force and enrolments[key].completed_at is not None:
            enrolments[key] = course_services.start_new_cycle(
                enrolments[key], completed_before=target.counts_from, now=now
            )


def _past_rounds(
    enrolment_ids: Sequence[int],
) -> dict[int, list[tuple[datetime.datetime | None, datetime.datetime]]]:
    found: dict[int, list[Any]] = defaultdict(list)
    for enrolment_id, started, completed in EnrolmentCycle.objects.filter(
        enrolment_id__in=enrolment_ids
    ).values_list("enrolment_id", "started_at", "completed_at"):
        found[enrolment_id].append((started, completed))
    return found


def refresh_targets(
    targets: Sequence[AssignmentTarget],
    *,
    now: datetime.datetime | None = None,
    enrolments: list[Enrolment] | None = None,
) -> list[AssignmentTarget]:
    """Recompute the status of targets from their enrolments and due dates, save the changes,
    and start the next cycle of recurring assignments that were completed. Returns changes.

    ``enrolments``, when the caller holds them already, must include every enrolment of the
    targets' people in the targets' courses; an enrolment given another round is replaced in
    that list."""
    now = now or timezone.now()
    today = _today(now)
    targets = list(targets)
    if not targets:
        return []
    source = (
        enrolments
        if enrolments is not None
        else Enrolment.objects.filter(
            user_id__in={t.user_id for t in targets}, course_id__in={t.course_id for t in targets}
        )
    )
    by_pair = {(e.user_id, e.course_id): e for e in source}
    _open_due_rounds(targets, by_pair, today=today, now=now)
    if enrolments is not None:
        enrolments[:] = [by_pair.get((e.user_id, e.course_id), e) for e in enrolments]
    past = _past_rounds([e.pk for e in by_pair.values() if e.cycle > 1])
    attempts = _passed_attempts(targets)
    changed = []
    newly_completed = []
    for target in targets:
        enrolment = by_pair.get((target.user_id, target.course_id))
        started, completed = _evidence(
            target,
            enrolment,
            attempts.get((target.user_id, target.course_id), []),
            past.get(enrolment.pk, []) if enrolment is not None else [],
        )
        status = target_status(
            due_on=target.due_on,
            today=today,
            started_on=_local_date(started),
            completed_on=_local_date(completed),
        )
        before = (target.status, target.started_at, target.completed_at, target.enrolment_id)
        if completed is not None and target.completed_at is None:
            newly_completed.append(target)
        target.status = status
        target.started_at = started
        target.completed_at = completed
        if enrolment is not None:
            target.enrolment_id = enrolment.pk
        if before != (target.status, target.started_at, target.completed_at, target.enrolment_id):
            target.status_checked_at = now
            changed.append(target)
    AssignmentTarget.objects.bulk_update(
        changed,
        ["status", "started_at", "completed_at", "enrolment", "status_checked_at"],
        batch_size=CHUNK,
    )
    renew_learners(t.user_id for t in changed)
    _start_next_cycles([t for t in newly_completed if t.superseded_at is None], now=now)
    return changed


def _start_next_cycles(targets: Sequence[AssignmentTarget], *, now: datetime.datetime) -> None:
    """A recurring assignment is due again N months after each officer's completion."""
    if not targets:
        return
    assignments = (
        Assignment.objects.open()
        .select_related("course")
        .in_bulk({t.assignment_id for t in targets})
    )
    for target in targets:
        assignment = assignments.get(target.assignment_id)
        if assignment is None or target.completed_at is None:
            continue
        months = repeat_months(assignment)
        if not months:
            continue
        next_due = next_due_on(_local_date(target.completed_at), months)
        with transaction.atomic():
            _next, created = AssignmentTarget.objects.get_or_create(
                assignment=assignment,
                user_id=target.user_id,
                cycle=target.cycle + 1,
                defaults={
                    "unit_id": target.unit_id,
                    "course_id": target.course_id,
                    "due_on": next_due,
                    "counts_from": target.completed_at + datetime.timedelta(seconds=1),
                    "enrolment_id": target.enrolment_id,
                    "origin": AssignmentTarget.Origin.RECURRENCE,
                    "added_at": now,
                },
            )
            AssignmentTarget.objects.filter(pk=target.pk).update(superseded_at=now)
            renew_learners([target.user_id])
            target.superseded_at = now
            if created:
                _log(
                    assignment,
                    AssignmentLog.Action.RECURRED,
                    None,
                    after={
                        "officer": target.user_id,
                        "cycle": target.cycle + 1,
                        "due_on": next_due.isoformat(),
                    },
                    now=now,
                )
        if target.cycle > 1 and assignment.course.issues_certificate and target.enrolment_id:
            queue_certificate(target.enrolment_id, target.completed_at)


def refresh_targets_for(
    user: User, course: CoursePage | None = None, *, now: datetime.datetime | None = None
) -> list[AssignmentTarget]:
    """Bring one person's current targets (optionally for one course) up to date."""
    queryset = AssignmentTarget.objects.open().current().filter(user=user)
    if course is not None:
        queryset = queryset.filter(course=course)
    return refresh_targets(list(queryset), now=now)


def refresh_all_targets(*, now: datetime.datetime | None = None) -> int:
    """Nightly: recompute every current target that is not completed (overdue flips with the
    date); returns how many changed."""
    now = now or timezone.now()
    ids = list(
        AssignmentTarget.objects.open()
        .current()
        .filter(completed_at__isnull=True)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    changed = 0
    for chunk in _chunks(ids):
        with transaction.atomic():
            changed += len(
                refresh_targets(list(AssignmentTarget.objects.filter(pk__in=chunk)), now=now)
            )
    return changed
