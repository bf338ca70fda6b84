"""National-scale data for the report benchmarks: a unit tree of 63 provinces, ~700 districts
and their grassroots units, officers, courses, enrolments with a realistic spread of progress,
assignments with per-officer targets, enrolment figures and feedback.

Rows are written with COPY (PostgreSQL) or executemany (SQLite) in chunks of officers, with
primary keys given up front, so 1.5 million enrolments take minutes and memory stays flat.
Used by ``manage.py seed_scale`` and by bench/reports.py. Not for production databases.
"""

from __future__ import annotations

import bisect
import datetime
import math
import random
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils import timezone

from bench.scale_tree import (
    ENROLMENTS_PER_OFFICER,
    FAMILY,
    GIVEN,
    INACTIVE_PERCENT,
    MIDDLE,
    NATIONAL_ASSIGNMENTS,
    OFFICER_CHUNK,
    PROVINCES,
    Log,
    _build_courses,
    _build_tree,
    _next_id,
    _reset_sequences,
)
from reports.bulk import RowWriter, converters


@dataclass
class ScaleResult:
    units: int = 0
    officers: int = 0
    active_officers: int = 0
    courses: int = 0
    enrolments: int = 0
    figures: int = 0
    assignments: int = 0
    targets: int = 0
    feedback: int = 0
    root_id: int | None = None
    province_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.units:,} units, {self.active_officers:,} active officers "
            f"(and {self.officers - self.active_officers:,} who left), {self.courses} courses, "
            f"{self.enrolments:,} enrolments, {self.figures:,} enrolment figures, "
            f"{self.assignments} assignments with {self.targets:,} targets, "
            f"{self.feedback:,} feedback answers"
        )


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def seed_scale(
    *, officers: int, courses: int, seed: int = 2026, log: Log = lambda _m: None
) -> ScaleResult:
    """Create the national tree and everything hanging from it; returns what was made."""
    from courses.models import Enrolment
    from people.models import Officer, OrgUnit
    from people.names import name_sort_key, search_text
    from reports.models import EnrolmentFigures
    from tracker.models import Assignment, AssignmentTarget, CourseFeedback, TargetStatus
    from tracker.status import target_status

    result = ScaleResult()
    rng = random.Random(seed)
    dt, day, dec = converters()
    now = timezone.now()
    today = timezone.localdate(now)

    with transaction.atomic():
        units = _build_tree(log)
        course_pages = _build_courses(courses, log)
    result.units = len(units)
    result.courses = len(course_pages)
    root = units[0]
    result.root_id = root.pk
    result.province_ids = [u.pk for u in units if u.kind == OrgUnit.Kind.PROVINCIAL]
    # How good each province is at finishing what it starts: the spread the charts show.
    quality = [rng.uniform(0.55, 1.0) for _ in PROVINCES]
    central_quality = 0.9

    # Assignments: three national, one per province.
    user_model = get_user_model()
    assignment_rows = []
    assignment_pk = _next_id(Assignment)
    national: list[tuple[int, int, datetime.date]] = []  # (pk, course index, due)
    for due_in, course_index in NATIONAL_ASSIGNMENTS:
        if course_index >= len(course_pages):
            continue
        due = today + datetime.timedelta(days=due_in)
        national.append((assignment_pk, course_index, due))
        assignment_rows.append(
            (
                assignment_pk,
                course_pages[course_index].pk,
                "subtree",
                root.pk,
                day(due),
                "Giao toàn quốc.",
                "",
                dt(now - datetime.timedelta(days=120)),
                dt(now),
            )
        )
        assignment_pk += 1
    provincial: dict[int, tuple[int, int, datetime.date]] = {}
    province_units = [u for u in units if u.kind == OrgUnit.Kind.PROVINCIAL]
    spare = list(range(len(NATIONAL_ASSIGNMENTS), min(len(course_pages), 10)))
    for unit in province_units:
        if not spare:
            break
        course_index = rng.choice(spare)
        due = today + datetime.timedelta(days=rng.randint(-90, 60))
        provincial[unit.province] = (assignment_pk, course_index, due)
        assignment_rows.append(
            (
                assignment_pk,
                course_pages[course_index].pk,
                "subtree",
                unit.pk,
                day(due),
                "Giao cấp tỉnh.",
                "",
                dt(now - datetime.timedelta(days=100)),
                dt(now),
            )
        )
        assignment_pk += 1
    RowWriter(
        Assignment,
        [
            "id",
            "course",
            "scope",
            "unit",
            "due_on",
            "note",
            "withdraw_reason",
            "created_at",
            "updated_at",
        ],
    ).write(assignment_rows)
    result.assignments = len(assignment_rows)

    # Course popularity beyond the assigned ones, scaled so officers average ~15 enrolments.
    free = len(course_pages) - len(national)
    wanted = max(0.0, min(ENROLMENTS_PER_OFFICER, len(course_pages)) - len(national) - 0.5)
    raw = [1.0 / math.sqrt(i + 1) for i in range(free)]
    scale = wanted / sum(raw) if raw else 0
    popularity = [0.0] * len(national) + [_clip(r * scale, 0.02, 0.95) for r in raw]
    minutes = [c.estimated_minutes for c in course_pages]
    course_ids = [c.pk for c in course_pages]

    weights = [u.weight for u in units]
    total_weight = sum(weights)
    cumulative = []
    running = 0.0
    for w in weights:
        running += w / total_weight
        cumulative.append(running)

    user_writer = RowWriter(
        user_model,
        [
            "id",
            "password",
            "is_superuser",
            "email",
            "first_name",
            "last_name",
            "language",
            "is_staff",
            "is_active",
            "date_joined",
            "name_sort_key",
            "search_text",
        ],
    )
    officer_writer = RowWriter(
        Officer,
        ["id", "user", "employee_code", "unit", "position", "active", "created_at", "updated_at"],
    )
    enrolment_writer = RowWriter(
        Enrolment,
        [
            "id",
            "user",
            "course",
            "status",
            "source",
            "progress_percent",
            "enrolled_at",
            "started_at",
            "completed_at",
            "last_activity_at",
            "seconds_spent",
            "cycle",
            "changed_at",
        ],
    )
    figures_writer = RowWriter(
        EnrolmentFigures,
        [
            "enrolment",
            "user",
            "course",
            "lesson_seconds",
            "quiz_seconds",
            "total_seconds",
            "best_mark",
            "attempts",
            "refreshed_at",
        ],
    )
    target_writer = RowWriter(
        AssignmentTarget,
        [
            "id",
            "assignment",
            "user",
            "unit",
            "course",
            "cycle",
            "due_on",
            "enrolment",
            "status",
            "started_at",
            "completed_at",
            "origin",
            "added_at",
        ],
    )
    feedback_writer = RowWriter(
        CourseFeedback,
        [
            "id",
            "user",
            "course",
            "usefulness",
            "clarity",
            "time_well_spent",
            "comment",
            "skipped",
            "created_at",
        ],
    )

    user_pk = _next_id(user_model)
    officer_pk = _next_id(Officer)
    enrolment_pk = _next_id(Enrolment)
    target_pk = _next_id(AssignmentTarget)
    feedback_pk = _next_id(CourseFeedback)
    # ``officers`` active officers, and 3 % more who have left (inactive, results kept).
    everyone = officers + officers * INACTIVE_PERCENT // 100
    leavers = set(rng.sample(range(everyone), everyone - officers))
    made = 0
    while made < everyone:
        batch = min(OFFICER_CHUNK, everyone - made)
        users, staff, enrolments, figures, targets, feedback = [], [], [], [], [], []
        for _ in range(batch):
            n = made
            made += 1
            unit = units[min(bisect.bisect_left(cumulative, rng.random()), len(units) - 1)]
            q = central_quality if unit.province < 0 else quality[unit.province]
            active = n not in leavers
            first, last = rng.choice(GIVEN), f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)}"
            email = f"qm.{n:06d}@example.org"
            joined = now - datetime.timedelta(days=rng.randint(400, 3000))
            users.append(
                (
                    user_pk,
                    "!",
                    False,
                    email,
                    first,
                    last,
                    "",
                    False,
                    active,
                    dt(joined),
                    name_sort_key(first, last),
                    search_text(last, first, email)[:500],
                )
            )
            staff.append(
                (
                    officer_pk,
                    user_pk,
                    f"QM{n:06d}",
                    unit.pk,
                    "Chuyên viên",
                    active,
                    dt(joined),
                    dt(joined),
                )
            )
            assigned: dict[int, tuple[int, datetime.date]] = {}
            for pk, course_index, due in national:
                assigned[course_index] = (pk, due)
            if unit.province in provincial:
                pk, course_index, due = provincial[unit.province]
                assigned.setdefault(course_index, (pk, due))
            for c in range(len(course_pages)):
                is_assigned = c in assigned
                chance = 0.97 if is_assigned else popularity[c]
                enrolment_id = None
                started: datetime.datetime | None = None
                completed: datetime.datetime | None = None
                if rng.random() < chance:
                    enrolment_id = enrolment_pk
                    enrolment_pk += 1
                    if is_assigned:
                        enrolled = now - datetime.timedelta(days=rng.uniform(90, 120))
                    else:
                        enrolled = now - datetime.timedelta(days=rng.uniform(1, 400))
                    roll = rng.random()
                    age_days = (now - enrolled).days
                    p_done = _clip(q * (0.15 + age_days / 400), 0.02, 0.9)
                    if roll < p_done:
                        status, percent = "completed", 100
                    elif roll < p_done + (1 - p_done) * 0.6:
                        status, percent = "in_progress", rng.randint(5, 95)
                    else:
                        status, percent = "enrolled", 0
                    if status != "enrolled":
                        started = enrolled + datetime.timedelta(days=rng.uniform(0, 14))
                        started = min(started, now - datetime.timedelta(minutes=5))
                    if status == "completed" and started is not None:  # started: not "enrolled"
                        span = rng.uniform(0.2, 1.0) * max(1.0, (now - started).days)
                        completed = started + datetime.timedelta(days=rng.uniform(0.1, 1.0) * span)
                        completed = min(completed, now - datetime.timedelta(minutes=1))
                    base = minutes[c] * 60 * rng.lognormvariate(0, 0.4)
                    seconds = int(base * percent / 100)
                    last_activity = completed or started
                    enrolments.append(
                        (
                            enrolment_id,
                            user_pk,
                            course_ids[c],
                            status,
                            "assignment" if is_assigned else "self",
                            percent,
                            dt(enrolled),
                            dt(started),
                            dt(completed),
                            dt(last_activity),
                            seconds,
                            1,  # the first round
                            dt(last_activity or enrolled),
                        )
                    )
                    if status != "enrolled":
                        mark = None
                        quiz_seconds = 0
                        attempts = 0
                        if status == "completed":
                            mark = _clip(rng.gauss(60 + 30 * q, 10), 50, 100)
                        elif rng.random() < 0.4:
                            mark = _clip(rng.gauss(40 + 30 * q, 15), 0, 100)
                        if mark is not None:
                            attempts = rng.choice((1, 1, 1, 2, 2, 3))
                            quiz_seconds = rng.randint(300, 1800) * attempts
                        best = None if mark is None else Decimal(f"{mark:.2f}")
                        figures.append(
                            (
                                enrolment_id,
                                user_pk,
                                course_ids[c],
                                seconds,
                                quiz_seconds,
                                seconds + quiz_seconds,
                                dec(best),
                                attempts,
                                dt(now),
                            )
                        )
                    if status == "completed" and rng.random() < 0.35:
                        ratings = [rng.choice((2, 3, 4, 4, 5, 5)) for _ in range(3)]
                        feedback.append(
                            (
                                feedback_pk,
                                user_pk,
                                course_ids[c],
                                *ratings,
                                "",
                                False,
                                dt(completed),
                            )
                        )
                        feedback_pk += 1
                if is_assigned:
                    assignment_id, due = assigned[c]
                    target = target_status(
                        due_on=due,
                        today=today,
                        started_on=timezone.localdate(started) if started else None,
                        completed_on=timezone.localdate(completed) if completed else None,
                    )
                    targets.append(
                        (
                            target_pk,
                            assignment_id,
                            user_pk,
                            unit.pk,
                            course_ids[c],
                            1,
                            day(due),
                            enrolment_id,
                            str(TargetStatus(target).value),
                            dt(started),
                            dt(completed),
                            "assigned",
                            dt(now - datetime.timedelta(days=100)),
                        )
                    )
                    target_pk += 1
            user_pk += 1
            officer_pk += 1
        with transaction.atomic():
            user_writer.write(users)
            officer_writer.write(staff)
            result.enrolments += enrolment_writer.write(enrolments)
            result.figures += figures_writer.write(figures)
            result.targets += target_writer.write(targets)
            result.feedback += feedback_writer.write(feedback)
        result.officers += batch
        if result.officers % (OFFICER_CHUNK * 5) == 0 or result.officers == everyone:
            log(f"  {result.officers:,} officers, {result.enrolments:,} enrolments")
    result.active_officers = officers

    _reset_sequences(
        [OrgUnit, Assignment, user_model, Officer, Enrolment, AssignmentTarget, CourseFeedback]
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return result
