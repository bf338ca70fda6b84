"""Snapshots of the figures of large units, taken in the background.

Live GROUP BY queries keep a province's dashboard well under a second, but the Central Office
of a national organisation adds up every enrolment in the country (1.5 million rows). For units
with at least REPORTS_SNAPSHOT_MIN_OFFICERS officers under them, a background task runs the same
queries once, grouped by child unit, course, assignment and due date or month, and keeps the
sums; the dashboard then adds up a few thousand rows. Months and exact due dates are kept, so
every filter applies to a snapshot as it does live (period filters are whole months in both).
Completions of earlier rounds (courses opened for another round) are added to the enrolments'
row of the month they were completed in, as the live queries add them.
"""

from __future__ import annotations

import datetime
import time
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, Q
from django.utils import timezone

from people.models import Officer, OrgUnit
from reports.bulk import RowWriter, converters
from reports.figures import MARK_BUCKETS, Counts
from reports.filters import ReportFilters
from reports.models import (
    ReportSnapshot,
    SnapshotEnrolments,
    SnapshotFeedback,
    SnapshotOfficers,
    SnapshotTargets,
)
from reports.queries import (
    STEP,
    GroupedCounts,
    Groups,
    Sql,
    _day,
    _in,
    _int,
    _num,
    _officer_join,
    _table,
    officer_counts,
    rounds_source_sql,
)

DEFAULT_MIN_OFFICERS = 10_000
DEFAULT_MAX_AGE_MINUTES = 60


def min_officers() -> int:
    return int(getattr(settings, "REPORTS_SNAPSHOT_MIN_OFFICERS", DEFAULT_MIN_OFFICERS))


def max_age() -> datetime.timedelta:
    minutes = getattr(settings, "REPORTS_SNAPSHOT_MAX_AGE_MINUTES", DEFAULT_MAX_AGE_MINUTES)
    return datetime.timedelta(minutes=int(minutes))


# Which units are large -----------------------------------------------------------------------


def officers_under_units() -> dict[int, int]:
    """Active officers under every unit (the unit and everything below it), in two queries."""
    per_unit = dict(
        Officer.objects.filter(active=True)
        .values_list("unit_id")
        .annotate(n=Count("pk"))
        .values_list("unit_id", "n")
    )
    units = list(OrgUnit.objects.values_list("pk", "path"))
    by_path = {path: pk for pk, path in units}
    totals: dict[int, int] = defaultdict(int)
    for pk, path in units:
        count = per_unit.get(pk, 0)
        if not count:
            continue
        for end in range(STEP, len(path) + 1, STEP):
            ancestor = by_path.get(path[:end])
            if ancestor is not None:
                totals[ancestor] += count
    return dict(totals)


def large_units(threshold: int | None = None) -> list[OrgUnit]:
    """Units with at least ``threshold`` active officers under them, largest first."""
    threshold = min_officers() if threshold is None else threshold
    totals = officers_under_units()
    ids = [pk for pk, count in totals.items() if count >= threshold]
    return sorted(OrgUnit.objects.filter(pk__in=ids), key=lambda u: (-totals[u.pk], u.path))


# Taking a snapshot ---------------------------------------------------------------------------


def _month_sql(column: str) -> tuple[str, list[Any]]:
    # Django returns (sql, params) here; the stubs still say the SQL alone.
    truncated: tuple[str, Sequence[Any]] = connection.ops.datetime_trunc_sql(  # type: ignore[assignment]
        "month", column, (), timezone.get_current_timezone_name()
    )
    sql, params = truncated
    return sql, list(params)


def _as_date(value: Any) -> datetime.date | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def _target_rows(groups: Groups) -> list[tuple[Any, ...]]:
    sql = Sql().add(
        f"SELECT {groups.key} AS k, t.course_id, t.assignment_id, t.due_on, COUNT(*), "
        "SUM(CASE WHEN t.completed_at IS NOT NULL THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN t.completed_at IS NOT NULL AND t.status = %s THEN 1 ELSE 0 END)",
        [*groups.key_params, "completed_on_time"],
    )
    sql.add(f"FROM {_table('tracker.AssignmentTarget')} t")
    sql.add(f"INNER JOIN {_table('tracker.Assignment')} a ON a.id = t.assignment_id")
    sql.add(_officer_join("t"))
    sql.add(
        "WHERE a.withdrawn_at IS NULL AND t.superseded_at IS NULL AND o.active = %s AND "
        f"{groups.where}",
        [True, *groups.where_params],
    )
    sql.add("GROUP BY k, t.course_id, t.assignment_id, t.due_on")
    return sql.rows()


def _enrolment_rows(groups: Groups) -> list[tuple[Any, ...]]:
    from courses.models import Enrolment
    from reports.models import EnrolmentFigures

    month, month_params = _month_sql("e.completed_at")
    done = "e.completed_at IS NOT NULL"
    sql = Sql().add(
        f"SELECT {groups.key} AS k, e.course_id, {month} AS m, COUNT(*), "
        f"SUM(CASE WHEN {done} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN {done} THEN f.best_mark END), "
        f"SUM(CASE WHEN {done} AND f.best_mark IS NOT NULL THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN {done} THEN COALESCE(f.total_seconds, e.seconds_spent) END)",
        [*groups.key_params, *month_params],
    )
    for bucket in range(MARK_BUCKETS):
        if bucket < MARK_BUCKETS - 1:
            sql.add(
                f", SUM(CASE WHEN {done} AND f.best_mark >= %s AND f.best_mark < %s "
                "THEN 1 ELSE 0 END)",
                [10 * bucket, 10 * (bucket + 1)],
            )
        else:
            sql.add(f", SUM(CASE WHEN {done} AND f.best_mark >= %s THEN 1 ELSE 0 END)", [90])
    sql.add(f"FROM {_table(Enrolment)} e")
    sql.add(_officer_join("e"))
    sql.add(f"LEFT OUTER JOIN {_table(EnrolmentFigures)} f ON f.enrolment_id = e.id")
    sql.add(f"WHERE o.active = %s AND {groups.where}", [True, *groups.where_params])
    sql.add("GROUP BY k, e.course_id, m")
    return sql.rows()


def _round_rows(groups: Groups) -> list[tuple[Any, ...]]:
    """Earlier rounds' completions and the time that goes with each (queries.round_sql), per
    child unit, course and month, to add to the enrolments' rows of the same month."""
    month, month_params = _month_sql("r.at")
    sql = Sql().add(
        f"SELECT {groups.key} AS k, r.course_id, {month} AS m, SUM(r.n), SUM(r.s)",
        [*groups.key_params, *month_params],
    )
    sql.add(f"FROM {rounds_source_sql()} r")
    sql.add(_officer_join("r"))
    sql.add(f"WHERE o.active = %s AND {groups.where}", [True, *groups.where_params])
    sql.add("GROUP BY k, r.course_id, m")
    return sql.rows()


def _feedback_rows(groups: Groups) -> list[tuple[Any, ...]]:
    from tracker.models import CourseFeedback

    month, month_params = _month_sql("fb.created_at")
    sql = Sql().add(
        f"SELECT {groups.key} AS k, fb.course_id, {month} AS m, COUNT(*), "
        "SUM((fb.usefulness + fb.clarity + fb.time_well_spent) / 3.0)",
        [*groups.key_params, *month_params],
    )
    sql.add(f"FROM {_table(CourseFeedback)} fb")
    sql.add(_officer_join("fb"))
    sql.add(
        f"WHERE fb.skipped = %s AND o.active = %s AND {groups.where}",
        [False, True, *groups.where_params],
    )
    sql.add("GROUP BY k, fb.course_id, m")
    return sql.rows()


def take_snapshot(unit: OrgUnit) -> ReportSnapshot:
    """Run the dashboard's queries for ``unit`` once, grouped finely enough for any filter,
    and keep the sums; older snapshots of the unit are dropped when the new one is ready."""
    started = time.perf_counter()
    snapshot = ReportSnapshot.objects.create(unit=unit)
    groups = Groups.children_of(unit)
    try:
        officers = officer_counts(groups)
        targets = _target_rows(groups)
        enrolments = _enrolment_rows(groups)
        rounds = _round_rows(groups)
        feedback = _feedback_rows(groups)
        keys = set(officers) | {row[0] for row in targets + enrolments + rounds + feedback}
        unit_ids = dict(OrgUnit.objects.filter(path__in=keys).values_list("path", "pk"))
        with transaction.atomic():
            _write_rows(snapshot, unit_ids, officers, targets, enrolments, rounds, feedback)
            snapshot.status = ReportSnapshot.Status.READY
            snapshot.taken_at = timezone.now()
            snapshot.seconds = time.perf_counter() - started
            snapshot.officers = sum(officers.values())
            snapshot.save(update_fields=["status", "taken_at", "seconds", "officers"])
            drop_snapshots(
                ReportSnapshot.objects.filter(unit=unit)
                .exclude(pk=snapshot.pk)
                .filter(
                    Q(status=ReportSnapshot.Status.READY) | Q(started_at__lt=snapshot.started_at)
                )
            )
    except Exception as error:
        ReportSnapshot.objects.filter(pk=snapshot.pk).update(
            status=ReportSnapshot.Status.FAILED, error=str(error)[:500]
        )
        raise
    return snapshot


ENROLMENT_SUMS = (
    "enrolled",
    "completed",
    "mark_sum",
    "mark_count",
    "seconds_sum",
    *(f"marks_{i}" for i in range(MARK_BUCKETS)),
)


def _write_rows(
    snapshot: ReportSnapshot,
    unit_ids: dict[str, int],
    officers: dict[str, int],
    targets: list[tuple[Any, ...]],
    enrolments: list[tuple[Any, ...]],
    rounds: list[tuple[Any, ...]],
    feedback: list[tuple[Any, ...]],
) -> None:
    """Insert the snapshot's rows as plain tuples (tens of thousands for a national unit);
    earlier rounds are added to the enrolments' row of their unit, course and month."""
    _dt, day, _dec = converters()
    pk = snapshot.pk
    RowWriter(SnapshotOfficers, ["snapshot", "unit", "officers"]).write(
        [(pk, unit_ids[k], n) for k, n in officers.items() if k in unit_ids]
    )
    RowWriter(
        SnapshotTargets,
        ["snapshot", "unit", "course", "assignment", "due_on", "assigned", "completed", "on_time"],
    ).write(
        [
            (
                pk,
                unit_ids[k],
                course,
                assignment,
                day(_as_date(due)),
                _int(n),
                _int(done),
                _int(in_time),
            )  # fmt: skip
            for k, course, assignment, due, n, done, in_time in targets
            if k in unit_ids
        ]
    )
    by_month: dict[tuple[int, int, datetime.date | None], list[float]] = {}
    for row in enrolments:
        if row[0] not in unit_ids:
            continue
        key = (unit_ids[row[0]], row[1], _as_date(row[2]))
        by_month[key] = [_num(v) if i == 2 else _int(v) for i, v in enumerate(row[3:])]
    completed, seconds_sum = ENROLMENT_SUMS.index("completed"), ENROLMENT_SUMS.index("seconds_sum")
    for k, course, month, n, seconds in rounds:
        if k not in unit_ids:
            continue
        key = (unit_ids[k], course, _as_date(month))
        sums = by_month.setdefault(key, [0] * len(ENROLMENT_SUMS))
        sums[completed] += _int(n)
        sums[seconds_sum] += _int(seconds)
    rows = []
    totals: dict[tuple[int, int], list[float]] = {}
    for (unit_id, course, month), sums in by_month.items():
        rows.append((pk, unit_id, course, day(month), False, *sums))
        total = totals.setdefault((unit_id, course), [0] * len(ENROLMENT_SUMS))
        for i, value in enumerate(sums):
            total[i] += value
    rows += [(pk, unit_id, course, None, True, *sums) for (unit_id, course), sums in totals.items()]
    RowWriter(
        SnapshotEnrolments, ["snapshot", "unit", "course", "month", "total", *ENROLMENT_SUMS]
    ).write(rows)
    rows = []
    feedback_totals: dict[tuple[int, int], list[float]] = {}
    for k, course, month, count, rating_sum in feedback:
        if k not in unit_ids:
            continue
        unit_id = unit_ids[k]
        rows.append(
            (pk, unit_id, course, day(_as_date(month)), False, _int(count), _num(rating_sum))
        )
        total = feedback_totals.setdefault((unit_id, course), [0, 0.0])
        total[0] += _int(count)
        total[1] += _num(rating_sum)
    rows += [
        (pk, unit_id, course, None, True, int(count), rating_sum)
        for (unit_id, course), (count, rating_sum) in feedback_totals.items()
    ]
    RowWriter(
        SnapshotFeedback,
        ["snapshot", "unit", "course", "month", "total", "rating_count", "rating_sum"],
    ).write(rows)


def drop_snapshots(snapshots: Any) -> None:
    """Delete snapshots with their rows in one statement per table (the ORM's cascade would
    load every row first)."""
    ids = list(snapshots.values_list("pk", flat=True))
    if not ids:
        return
    for model in (SnapshotOfficers, SnapshotTargets, SnapshotEnrolments, SnapshotFeedback):
        rows = model.objects.filter(snapshot_id__in=ids)
        rows._raw_delete(rows.db)
    snapshots = ReportSnapshot.objects.filter(pk__in=ids)
    snapshots._raw_delete(snapshots.db)


def refresh_snapshots(threshold: int | None = None) -> list[ReportSnapshot]:
    """Take a snapshot of every large unit; drop snapshots of units no longer large."""
    units = large_units(threshold)
    taken = [take_snapshot(unit) for unit in units]
    drop_snapshots(ReportSnapshot.objects.exclude(unit__in=units))
    return taken


# Reading a snapshot --------------------------------------------------------------------------


def current_snapshot(unit: OrgUnit) -> ReportSnapshot | None:
    """The latest ready snapshot of a unit, if it has one."""
    return (
        ReportSnapshot.objects.filter(unit=unit, status=ReportSnapshot.Status.READY)
        .order_by("-taken_at")
        .first()
    )


def is_stale(snapshot: ReportSnapshot, now: datetime.datetime | None = None) -> bool:
    return snapshot.taken_at is None or (now or timezone.now()) - snapshot.taken_at > max_age()


def snapshot_counts(
    snapshot: ReportSnapshot,
    filters: ReportFilters,
    *,
    today: datetime.date,
    months: Sequence[datetime.date],
) -> GroupedCounts:
    """The same answer as queries.live_counts, read from a snapshot: five queries over a few
    thousand rows (plain SQL: the ORM's per-value converters would cost more than the sums)."""
    unit_join = f"INNER JOIN {_table(OrgUnit)} u ON u.id = s.unit_id"
    officers = {
        k: _int(n)
        for k, n in Sql()
        .add(f"SELECT u.path, s.officers FROM {_table(SnapshotOfficers)} s {unit_join}")  # noqa: S608
        .add("WHERE s.snapshot_id = %s", [snapshot.pk])
        .rows()
    }
    cells: dict[tuple[str, int | None], Counts] = {}

    def restrict(sql: Sql) -> Sql:
        if filters.course_ids is not None:
            clause, params = _in("s.course_id", filters.course_ids)
            sql.add(f"AND {clause}", params)
        return sql

    # Assignments: overdue is worked out for today from the exact due dates kept.
    sql = Sql().add(
        "SELECT u.path, s.course_id, SUM(s.assigned), SUM(s.completed), SUM(s.on_time), "  # noqa: S608
        "SUM(CASE WHEN s.due_on < %s THEN s.assigned - s.completed ELSE 0 END) "
        f"FROM {_table(SnapshotTargets)} s {unit_join} WHERE s.snapshot_id = %s",
        [_day(today), snapshot.pk],
    )
    restrict(sql)
    if filters.assignment is not None:
        sql.add("AND s.assignment_id = %s", [filters.assignment.pk])
    due_start, due_end = filters.due_bounds()
    if due_start:
        sql.add("AND s.due_on >= %s", [_day(due_start)])
    if due_end:
        sql.add("AND s.due_on < %s", [_day(due_end)])
    sql.add("GROUP BY u.path, s.course_id")
    for k, course, assigned, completed, on_time, overdue in sql.rows():
        cells[(k, course)] = Counts(
            assigned=_int(assigned),
            completed=_int(completed),
            on_time=_int(on_time),
            overdue=_int(overdue),
        )

    # Enrolments: without a period, the all-months rows; with one, the rows of its months
    # (completions, marks, times) and the all-months rows for the number enrolled.
    sql = Sql()
    if filters.start or filters.end:
        period = "s.total = %s"
        period_params: list[Any] = [False]
        if filters.start:
            period += " AND s.month >= %s"
            period_params.append(_day(filters.start))
        if filters.end:
            period += " AND s.month <= %s"
            period_params.append(_day(filters.end))
        sql.add(
            "SELECT u.path, s.course_id, SUM(CASE WHEN s.total = %s THEN s.enrolled ELSE 0 END)",
            [True],
        )
        for column in ENROLMENT_SUMS[1:]:
            sql.add(f", SUM(CASE WHEN {period} THEN s.{column} ELSE 0 END)", period_params)
        sql.add(
            f"FROM {_table(SnapshotEnrolments)} s {unit_join} WHERE s.snapshot_id = %s",
            [snapshot.pk],
        )
    else:
        sql.add(
            "SELECT u.path, s.course_id, "  # noqa: S608
            + ", ".join(f"SUM(s.{column})" for column in ENROLMENT_SUMS)
            + f" FROM {_table(SnapshotEnrolments)} s {unit_join} "
            "WHERE s.snapshot_id = %s AND s.total = %s",
            [snapshot.pk, True],
        )
    restrict(sql).add("GROUP BY u.path, s.course_id")
    for row in sql.rows():
        completed = _int(row[3])
        counts = Counts(
            enrolled=_int(row[2]),
            courses_completed=completed,
            mark_sum=_num(row[4]),
            mark_count=_int(row[5]),
            seconds_sum=_int(row[6]),
            seconds_count=completed,
            marks=[_int(v) for v in row[7 : 7 + MARK_BUCKETS]],
        )
        key = (row[0], row[1])
        if key in cells:
            cells[key].add(counts)
        else:
            cells[key] = counts

    # Completions per month, for the whole scope (the chart), from the months' rows.
    monthly = [0] * len(months)
    if months:
        position = {month: i for i, month in enumerate(months)}
        sql = Sql().add(
            f"SELECT s.month, SUM(s.completed) FROM {_table(SnapshotEnrolments)} s "  # noqa: S608
            "WHERE s.snapshot_id = %s AND s.total = %s AND s.month >= %s AND s.month <= %s",
            [snapshot.pk, False, _day(months[0]), _day(months[-1])],
        )
        restrict(sql).add("GROUP BY s.month")
        for month, completed in sql.rows():
            day = _as_date(month)
            index = position.get(day) if day is not None else None
            if index is not None:
                monthly[index] += _int(completed)

    sql = Sql().add(
        "SELECT u.path, s.course_id, SUM(s.rating_count), SUM(s.rating_sum) "  # noqa: S608
        f"FROM {_table(SnapshotFeedback)} s {unit_join} WHERE s.snapshot_id = %s",
        [snapshot.pk],
    )
    restrict(sql)
    if filters.start or filters.end:
        sql.add("AND s.total = %s", [False])
        if filters.start:
            sql.add("AND s.month >= %s", [_day(filters.start)])
        if filters.end:
            sql.add("AND s.month <= %s", [_day(filters.end)])
    else:
        sql.add("AND s.total = %s", [True])
    sql.add("GROUP BY u.path, s.course_id")
    for k, course, count, total in sql.rows():
        counts = cells.setdefault((k, course), Counts())
        counts.rating_count += _int(count)
        counts.rating_sum += _num(total)
    return GroupedCounts(officers=officers, cells=cells, monthly=monthly)
