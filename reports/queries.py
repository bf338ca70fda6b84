"""The GROUP BY queries of the dashboards, over the materialised path of the unit tree.

Every officer row is joined to its unit, and rows are grouped by the unit's path cut to the
length of the child being shown (``SUBSTR(path, 1, len(parent) + steplen)``), so one query
answers for every child unit at once, however many officers lie under them; rows are also
grouped by course, so the unit table and the course table come from the same rows. Five such
queries (officers, assignment targets, enrolments, earlier rounds, feedback) make a dashboard.

Plain SQL (valid on SQLite and PostgreSQL alike) rather than the ORM so that officers are joined
on ``user_id`` directly and every sum is computed in one pass; parameters are always bound.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import Model

from people.models import Officer, OrgUnit
from reports.figures import MARK_BUCKETS, Counts
from reports.filters import ReportFilters
from tracker.models import next_round_opens_days

STEP = OrgUnit.steplen


def _table(model: type[Model] | str) -> str:
    if isinstance(model, str):
        from django.apps import apps

        model = apps.get_model(model)
    return connection.ops.quote_name(model._meta.db_table)


@dataclass(frozen=True)
class Groups:
    """Which officers count and how their rows are grouped: ``key`` is an SQL expression over
    ``u`` (the officer's current unit) and ``o`` (the officer record), ``where`` restricts them.
    """

    key: str
    key_params: tuple[Any, ...]
    where: str
    where_params: tuple[Any, ...]
    # False when rows are picked by user id alone: no need to join officers and units.
    join: bool = True

    @classmethod
    def children_of(cls, unit: OrgUnit) -> Groups:
        """One group per child of ``unit`` (keyed by the child's path), and one for the
        officers placed in ``unit`` itself (keyed by its own path)."""
        where, params = subtree_sql([unit.path])
        return cls("SUBSTR(u.path, 1, %s)", (len(unit.path) + STEP,), where, tuple(params))

    @classmethod
    def units(cls, units: Sequence[OrgUnit]) -> Groups:
        """One group per unit, each with everything under it (several roots side by side)."""
        paths = [unit.path for unit in units]
        where, params = subtree_sql(paths)
        if not paths:
            return cls("NULL", (), where, tuple(params))
        cases = " ".join("WHEN u.path >= %s AND u.path < %s THEN %s" for _ in paths)
        key_params: list[Any] = []
        for path in paths:
            key_params += [path, next_path(path) or "~", path]
        return cls(f"CASE {cases} END", tuple(key_params), where, tuple(params))

    @classmethod
    def officers(cls, user_ids: Sequence[int]) -> Groups:
        """One group per officer (keyed by user id), for the officers' tables."""
        where, params = _in("{a}.user_id", user_ids)
        return cls("{a}.user_id", (), where, tuple(params), join=False)

    def parts(self, alias: str) -> tuple[str, list[Any], str, str, list[Any]]:
        """For a table aliased ``alias``: the key, its parameters, the joins, and the
        conditions (active officers in scope) with their parameters."""
        key = self.key.replace("{a}", alias)
        where = self.where.replace("{a}", alias)
        if not self.join:
            return key, list(self.key_params), "", where, list(self.where_params)
        return (
            key,
            list(self.key_params),
            _officer_join(alias),
            f"o.active = %s AND {where}",
            [True, *self.where_params],
        )


def subtree_sql(paths: Sequence[str]) -> tuple[str, list[Any]]:
    """Units whose path lies in [path, next sibling's path) for any of ``paths``: ranges on the
    unique index of path, which both databases use whatever their collation of LIKE."""
    if not paths:
        return "1 = 0", []
    parts, params = [], []
    for path in paths:
        upper = next_path(path)
        if upper is None:
            parts.append("u.path >= %s")
            params.append(path)
        else:
            parts.append("(u.path >= %s AND u.path < %s)")
            params += [path, upper]
    return "(" + " OR ".join(parts) + ")", params


def next_path(path: str) -> str | None:
    """The path right after every path under ``path`` (its next sibling's), or None at the
    end of the alphabet: the exclusive upper bound of a subtree."""
    alphabet = OrgUnit.alphabet
    chars = list(path)
    for i in range(len(chars) - 1, -1, -1):
        position = alphabet.index(chars[i])
        if position + 1 < len(alphabet):
            chars[i] = alphabet[position + 1]
            return "".join(chars[: i + 1])
    return None


class Sql:
    """A statement built from fragments, each with its own parameters, in order."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, text: str, params: Sequence[Any] = ()) -> Sql:
        self.parts.append(text)
        self.params.extend(params)
        return self

    def extend(self, other: Sql) -> Sql:
        return self.add(other.text, other.params)

    @property
    def text(self) -> str:
        return " ".join(self.parts)

    def rows(self) -> list[tuple[Any, ...]]:
        with connection.cursor() as cursor:
            cursor.execute(self.text, self.params)
            return cursor.fetchall()

    def stream(self, size: int = 2000) -> Any:
        """Rows a batch at a time, through a server-side cursor on PostgreSQL, so memory stays
        flat however many rows there are."""
        with connection.chunked_cursor() as cursor:
            cursor.execute(self.text, self.params)
            while batch := cursor.fetchmany(size):
                yield from batch


def _dt(value: datetime.datetime) -> Any:
    return connection.ops.adapt_datetimefield_value(value)


def _day(value: datetime.date) -> Any:
    return connection.ops.adapt_datefield_value(value)


def _in(column: str, values: Sequence[int]) -> tuple[str, list[Any]]:
    if not values:
        return "1 = 0", []
    return f"{column} IN ({', '.join('%s' for _ in values)})", list(values)


def _num(value: Any) -> float:
    return 0.0 if value is None else float(value)


def _int(value: Any) -> int:
    return 0 if value is None else int(value)


def _officer_join(alias: str) -> str:
    """Join the officer record of ``alias``.user_id and its current unit."""
    return (
        f"INNER JOIN {_table(Officer)} o ON o.user_id = {alias}.user_id "
        f"INNER JOIN {_table(OrgUnit)} u ON u.id = o.unit_id"
    )


# The four queries ----------------------------------------------------------------------------


def officer_counts(groups: Groups) -> dict[str, int]:
    """Active officers per group."""
    key, key_params = groups.key, list(groups.key_params)
    where, where_params = groups.where, list(groups.where_params)
    sql = Sql().add(f"SELECT {key} AS k, COUNT(*) FROM {_table(Officer)} o", key_params)  # noqa: S608
    sql.add(f"INNER JOIN {_table(OrgUnit)} u ON u.id = o.unit_id")
    sql.add(f"WHERE o.active = %s AND {where} GROUP BY k", [True, *where_params])
    return {k: _int(n) for k, n in sql.rows()}


def target_sql(
    groups: Groups, filters: ReportFilters, today: datetime.date, *, by_course: bool = True
) -> Sql:
    """Current cycles of assignments in force, per group (and course): columns k, c, assigned,
    completed, on_time, overdue."""
    key, key_params, join, where, where_params = groups.parts("t")
    course = "t.course_id" if by_course else "NULL"
    sql = Sql().add(f"SELECT {key} AS k, {course} AS c,", key_params)
    # A later cycle whose round has not opened yet counts as the round before ended
    # (completed), as the officer's page and the assignment page show it.
    opens_after = _day(today + datetime.timedelta(days=next_round_opens_days()))
    waiting = "(t.cycle > 1 AND t.completed_at IS NULL AND t.due_on > %s AND p.id IS NOT NULL)"
    sql.add(
        "COUNT(*) AS assigned, "
        f"SUM(CASE WHEN t.completed_at IS NOT NULL OR {waiting} THEN 1 ELSE 0 END) AS completed, "
        "SUM(CASE WHEN (t.completed_at IS NOT NULL AND t.status = %s) "
        f"OR ({waiting} AND p.status = %s) THEN 1 ELSE 0 END) AS on_time, "
        "SUM(CASE WHEN t.completed_at IS NULL AND t.due_on < %s THEN 1 ELSE 0 END) AS overdue",
        [
            opens_after,
            "completed_on_time",
            opens_after,
            "completed_on_time",
            _day(today),
        ],
    )
    targets = _table("tracker.AssignmentTarget")
    sql.add(f"FROM {targets} t")
    sql.add(f"INNER JOIN {_table('tracker.Assignment')} a ON a.id = t.assignment_id")
    sql.add(
        f"LEFT OUTER JOIN {targets} p ON p.assignment_id = t.assignment_id "
        "AND p.user_id = t.user_id AND p.cycle = t.cycle - 1 AND p.completed_at IS NOT NULL"
    )
    sql.add(join)
    sql.add(f"WHERE a.withdrawn_at IS NULL AND t.superseded_at IS NULL AND {where}", where_params)
    if filters.course_ids is not None:
        clause, params = _in("t.course_id", filters.course_ids)
        sql.add(f"AND {clause}", params)
    if filters.assignment is not None:
        sql.add("AND t.assignment_id = %s", [filters.assignment.pk])
    start, end = filters.due_bounds()
    if start:
        sql.add("AND t.due_on >= %s", [_day(start)])
    if end:
        sql.add("AND t.due_on < %s", [_day(end)])
    sql.add("GROUP BY k, c" if by_course else "GROUP BY k")
    return sql


def target_counts(
    groups: Groups, filters: ReportFilters, today: datetime.date, *, by_course: bool = True
) -> dict[tuple[Any, int | None], Counts]:
    return {
        (k, course): Counts(
            assigned=_int(assigned),
            completed=_int(completed),
            on_time=_int(on_time),
            overdue=_int(overdue),
        )
        for k, course, assigned, completed, on_time, overdue in target_sql(
            groups, filters, today, by_course=by_course
        ).rows()
    }


def enrolment_sql(
    groups: Groups,
    filters: ReportFilters,
    months: Sequence[datetime.date],
    *,
    by_course: bool = True,
    histogram: bool = True,
) -> Sql:
    """Enrolments per group (and course): columns k, c, enrolled, completed (in the period),
    mark_sum, mark_count and seconds_sum of those completed, then b0…b9 (a histogram of their
    marks, unless ``histogram`` is False) and m0… (completions in each of ``months``)."""
    from courses.models import Enrolment
    from reports.models import EnrolmentFigures

    key, key_params, join, where, where_params = groups.parts("e")
    start, end = filters.period_bounds()
    done = "e.completed_at IS NOT NULL"
    done_params: list[Any] = []
    if start:
        done += " AND e.completed_at >= %s"
        done_params.append(_dt(start))
    if end:
        done += " AND e.completed_at < %s"
        done_params.append(_dt(end))
    course = "e.course_id" if by_course else "NULL"
    sql = Sql().add(f"SELECT {key} AS k, {course} AS c, COUNT(*) AS enrolled,", key_params)
    sql.add(f"SUM(CASE WHEN {done} THEN 1 ELSE 0 END) AS completed,", done_params)
    sql.add(f"SUM(CASE WHEN {done} THEN f.best_mark END) AS mark_sum,", done_params)
    sql.add(
        f"SUM(CASE WHEN {done} AND f.best_mark IS NOT NULL THEN 1 ELSE 0 END) AS mark_count,",
        done_params,
    )
    sql.add(
        f"SUM(CASE WHEN {done} THEN COALESCE(f.total_seconds, e.seconds_spent) END) AS seconds_sum",
        done_params,
    )
    buckets = MARK_BUCKETS if histogram else 0
    for bucket in range(buckets):
        low, high = 10 * bucket, 10 * (bucket + 1)
        condition = "f.best_mark >= %s" + (" AND f.best_mark < %s" if bucket < 9 else "")
        params = [low, high] if bucket < MARK_BUCKETS - 1 else [low]
        sql.add(
            f", SUM(CASE WHEN {done} AND {condition} THEN 1 ELSE 0 END) AS b{bucket}",
            done_params + params,
        )
    bounds = [*months, _month_after(months[-1])] if months else []
    for i, (month_start, month_end) in enumerate(zip(bounds, bounds[1:], strict=False)):
        sql.add(
            ", SUM(CASE WHEN e.completed_at >= %s AND e.completed_at < %s THEN 1 ELSE 0 END) "
            f"AS m{i}",
            [_dt(_local_midnight(month_start)), _dt(_local_midnight(month_end))],
        )
    sql.add(f"FROM {_table(Enrolment)} e")
    sql.add(join)
    sql.add(f"LEFT OUTER JOIN {_table(EnrolmentFigures)} f ON f.enrolment_id = e.id")
    sql.add(f"WHERE {where}", where_params)
    if filters.course_ids is not None:
        clause, params = _in("e.course_id", filters.course_ids)
        sql.add(f"AND {clause}", params)
    sql.add("GROUP BY k, c" if by_course else "GROUP BY k")
    return sql


def enrolment_counts(
    groups: Groups,
    filters: ReportFilters,
    months: Sequence[datetime.date],
    *,
    by_course: bool = True,
    histogram: bool = True,
) -> dict[tuple[Any, int | None], Counts]:
    """Enrolments per group and course (see enrolment_sql), as Counts."""
    sql = enrolment_sql(groups, filters, months, by_course=by_course, histogram=histogram)
    buckets = MARK_BUCKETS if histogram else 0
    result = {}
    for row in sql.rows():
        k, course, enrolled, completed, mark_sum, mark_count, seconds_sum = row[:7]
        result[(k, course)] = Counts(
            enrolled=_int(enrolled),
            courses_completed=_int(completed),
            mark_sum=_num(mark_sum),
            mark_count=_int(mark_count),
            seconds_sum=_int(seconds_sum),
            seconds_count=_int(completed),
            marks=[_int(v) for v in row[7 : 7 + buckets]],
            monthly=[_int(v) for v in row[7 + buckets :]],
        )
    for key, counts in round_counts(groups, filters, months, by_course=by_course).items():
        result.setdefault(key, Counts(monthly=[0] * len(months))).add(counts)
    return result


# Earlier rounds ------------------------------------------------------------------------------
#
# A course opened for another round (courses.services.start_new_cycle) keeps the finished round
# as an EnrolmentCycle and clears the enrolment's completion, so the completions of earlier
# rounds are read from there. Time spent on an enrolment adds up over its rounds (lessons in
# ``seconds_spent``, quiz attempts in the figures), so each completion is given the time of its
# own round and no second is counted twice: an earlier round, the growth of the lesson time
# while it lasted (``seconds_spent`` kept when it closed, less the round before's); the current
# round, the rest (the enrolment's whole time less what the last earlier round had kept).


def rounds_source_sql() -> str:
    """A derived table of rows (user_id, course_id, at, n, s) to add to the enrolments'
    completions: one row per earlier round (n = 1, its completion time ``at`` and its own time
    ``s``), and one per current completion that follows earlier rounds (n = 0, ``at`` the
    current completion, ``s`` less the time those rounds already counted)."""
    from courses.models import Enrolment, EnrolmentCycle

    cycles, enrolments = _table(EnrolmentCycle), _table(Enrolment)
    return (
        "(SELECT c.user_id AS user_id, c.course_id AS course_id, c.completed_at AS at, 1 AS n, "  # noqa: S608
        "c.seconds_spent - COALESCE(pc.seconds_spent, 0) AS s "
        f"FROM {cycles} c LEFT OUTER JOIN {cycles} pc "
        "ON pc.enrolment_id = c.enrolment_id AND pc.number = c.number - 1 "
        "UNION ALL "
        "SELECT e.user_id, e.course_id, e.completed_at, 0, 0 - lc.seconds_spent "
        f"FROM {cycles} lc INNER JOIN {enrolments} e "
        "ON e.id = lc.enrolment_id AND lc.number = e.cycle - 1 "
        "WHERE e.completed_at IS NOT NULL)"
    )


def round_sql(
    groups: Groups,
    filters: ReportFilters,
    months: Sequence[datetime.date],
    *,
    by_course: bool = True,
) -> Sql:
    """Earlier rounds per group (and course): columns k, c, completed (in the period),
    seconds_sum (the time to add for the period's completions, see rounds_source_sql), then
    m0… (earlier rounds completed in each of ``months``), as enrolment_sql counts them."""
    key, key_params, join, where, where_params = groups.parts("r")
    start, end = filters.period_bounds()
    within = "1 = 1"
    within_params: list[Any] = []
    if start:
        within += " AND r.at >= %s"
        within_params.append(_dt(start))
    if end:
        within += " AND r.at < %s"
        within_params.append(_dt(end))
    course = "r.course_id" if by_course else "NULL"
    sql = Sql().add(f"SELECT {key} AS k, {course} AS c,", key_params)
    sql.add(f"SUM(CASE WHEN {within} THEN r.n ELSE 0 END) AS completed,", within_params)
    sql.add(f"SUM(CASE WHEN {within} THEN r.s ELSE 0 END) AS seconds_sum", within_params)
    bounds = [*months, _month_after(months[-1])] if months else []
    for i, (month_start, month_end) in enumerate(zip(bounds, bounds[1:], strict=False)):
        sql.add(
            f", SUM(CASE WHEN r.at >= %s AND r.at < %s THEN r.n ELSE 0 END) AS m{i}",
            [_dt(_local_midnight(month_start)), _dt(_local_midnight(month_end))],
        )
    sql.add(f"FROM {rounds_source_sql()} r")
    sql.add(join)
    sql.add(f"WHERE {where}", where_params)
    if filters.course_ids is not None:
        clause, params = _in("r.course_id", filters.course_ids)
        sql.add(f"AND {clause}", params)
    sql.add("GROUP BY k, c" if by_course else "GROUP BY k")
    return sql


def round_counts(
    groups: Groups,
    filters: ReportFilters,
    months: Sequence[datetime.date],
    *,
    by_course: bool = True,
) -> dict[tuple[Any, int | None], Counts]:
    """Earlier rounds per group and course (see round_sql), as Counts to add to the
    enrolments': completions and their time, no marks (the figures keep the current round's)."""
    result = {}
    for k, course, completed, seconds_sum, *monthly in round_sql(
        groups, filters, months, by_course=by_course
    ).rows():
        result[(k, course)] = Counts(
            courses_completed=_int(completed),
            seconds_sum=_int(seconds_sum),
            seconds_count=_int(completed),
            monthly=[_int(v) for v in monthly],
        )
    return result


def feedback_sql(groups: Groups, filters: ReportFilters, *, by_course: bool = True) -> Sql:
    """Satisfaction per group (and course): columns k, c, answers, rating_sum (the mean of the
    three ratings of each answer); skipped answers do not count."""
    from tracker.models import CourseFeedback

    key, key_params, join, where, where_params = groups.parts("fb")
    course = "fb.course_id" if by_course else "NULL"
    sql = Sql().add(f"SELECT {key} AS k, {course} AS c, COUNT(*) AS answers,", key_params)
    sql.add("SUM((fb.usefulness + fb.clarity + fb.time_well_spent) / 3.0) AS rating_sum")
    sql.add(f"FROM {_table(CourseFeedback)} fb")
    sql.add(join)
    sql.add(f"WHERE fb.skipped = %s AND {where}", [False, *where_params])
    if filters.course_ids is not None:
        clause, params = _in("fb.course_id", filters.course_ids)
        sql.add(f"AND {clause}", params)
    start, end = filters.period_bounds()
    if start:
        sql.add("AND fb.created_at >= %s", [_dt(start)])
    if end:
        sql.add("AND fb.created_at < %s", [_dt(end)])
    sql.add("GROUP BY k, c" if by_course else "GROUP BY k")
    return sql


def feedback_counts(
    groups: Groups, filters: ReportFilters, *, by_course: bool = True
) -> dict[tuple[Any, int | None], Counts]:
    return {
        (k, course): Counts(rating_count=_int(count), rating_sum=_num(total))
        for k, course, count, total in feedback_sql(groups, filters, by_course=by_course).rows()
    }


def officer_figures_sql(
    unit: OrgUnit, filters: ReportFilters, today: datetime.date, *, subtree: bool
) -> Sql:
    """Every active officer of a unit (or under it) with their figures, in one statement: the
    three per-officer sums joined to the officers, for exports streamed row by row.

    Columns: officer id, employee code, position, unit name, family and given name, email,
    then assigned, completed, on_time, overdue, enrolled, courses completed, mark_sum,
    mark_count, seconds_sum, answers, rating_sum, and the earlier rounds' completions and time.
    """
    from people.models import User

    if subtree:
        where, where_params = subtree_sql([unit.path])
    else:
        where, where_params = "u.id = %s", [unit.pk]
    groups = Groups("o.user_id", (), where, tuple(where_params))
    targets = target_sql(groups, filters, today, by_course=False)
    enrolments = enrolment_sql(groups, filters, [], by_course=False, histogram=False)
    feedback = feedback_sql(groups, filters, by_course=False)
    rounds = round_sql(groups, filters, [], by_course=False)
    sql = Sql().add(
        "SELECT o.id, o.employee_code, o.position, u.name, p.last_name, p.first_name, p.email, "  # noqa: S608
        "tg.assigned, tg.completed, tg.on_time, tg.overdue, en.enrolled, "
        "en.completed, en.mark_sum, en.mark_count, en.seconds_sum, fd.answers, fd.rating_sum, "
        "rd.completed, rd.seconds_sum "
        f"FROM {_table(Officer)} o INNER JOIN {_table(OrgUnit)} u ON u.id = o.unit_id "
        f"INNER JOIN {_table(User)} p ON p.id = o.user_id"
    )
    sql.add("LEFT OUTER JOIN (").extend(targets).add(") tg ON tg.k = o.user_id")
    sql.add("LEFT OUTER JOIN (").extend(enrolments).add(") en ON en.k = o.user_id")
    sql.add("LEFT OUTER JOIN (").extend(feedback).add(") fd ON fd.k = o.user_id")
    sql.add("LEFT OUTER JOIN (").extend(rounds).add(") rd ON rd.k = o.user_id")
    sql.add(f"WHERE o.active = %s AND {where}", [True, *where_params])
    # COALESCE keeps SQLite from walking the name index for every unit to save a sort.
    sql.add("ORDER BY u.path, COALESCE(p.name_sort_key, ''), o.id")
    return sql


def officer_row_counts(row: Sequence[Any]) -> Counts:
    """The Counts of one row of officer_figures_sql."""
    (assigned, completed, on_time, overdue, enrolled, done, mark_sum, mark_count, seconds_sum,
     answers, rating_sum, done_before, seconds_before) = row[7:20]  # fmt: skip
    return Counts(
        enrolled=_int(enrolled),
        assigned=_int(assigned),
        completed=_int(completed),
        on_time=_int(on_time),
        overdue=_int(overdue),
        courses_completed=_int(done) + _int(done_before),
        mark_sum=_num(mark_sum),
        mark_count=_int(mark_count),
        seconds_sum=_int(seconds_sum) + _int(seconds_before),
        seconds_count=_int(done) + _int(done_before),
        rating_count=_int(answers),
        rating_sum=_num(rating_sum),
    )


def _month_after(day: datetime.date) -> datetime.date:
    return datetime.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _local_midnight(day: datetime.date) -> datetime.datetime:
    from django.utils import timezone

    return datetime.datetime.combine(day, datetime.time(), tzinfo=timezone.get_current_timezone())


@dataclass
class GroupedCounts:
    """The queries' answers: officers per group, the rest per (group, course), and
    completions per month over the whole scope."""

    officers: dict[str, int]
    cells: dict[tuple[str, int | None], Counts]
    monthly: list[int] = field(default_factory=list)


def live_counts(
    groups: Groups,
    filters: ReportFilters,
    *,
    today: datetime.date,
    months: Sequence[datetime.date],
) -> GroupedCounts:
    """Everything a dashboard shows, in five queries whatever the number of officers."""
    cells: dict[tuple[str, int | None], Counts] = {}
    empty_months = [0] * len(months)
    for part in (
        target_counts(groups, filters, today),
        enrolment_counts(groups, filters, months),
        feedback_counts(groups, filters),
    ):
        for key, counts in part.items():
            cell = cells.setdefault(key, Counts(monthly=list(empty_months)))
            cell.add(counts)
    monthly = [0] * len(months)
    for cell in cells.values():
        for i, value in enumerate(cell.monthly[: len(months)]):
            monthly[i] += value
        cell.monthly = []  # the series is kept for the whole scope only
    return GroupedCounts(officers=officer_counts(groups), cells=cells, monthly=monthly)
