"""The course report: a course's figures per unit, and its quiz item statistics (facility,
discrimination) compared between units, gathered in a fixed number of queries."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext

from courses.models import CoursePage
from people.models import OrgUnit

if TYPE_CHECKING:
    from people.models import User
from reports import permissions
from reports.dashboard import Dashboard, build_dashboard
from reports.figures import (
    ItemSums,
    discrimination,
    facility,
    hardest_for,
)
from reports.filters import ReportFilters
from reports.queries import (
    Groups,
    Sql,
    _dt,
    _in,
    _int,
    _num,
    _officer_join,
    _table,
)


@dataclass
class QuestionStats:
    key: tuple[int, int | None, int]  # (quiz, question id, position when the question is gone)
    name: str
    overall: ItemSums
    by_group: dict[str, ItemSums] = field(default_factory=dict)
    hardest_units: list[tuple[str, float]] = field(default_factory=list)

    @property
    def facility(self) -> float | None:
        return facility(self.overall)

    @property
    def discrimination(self) -> float | None:
        return discrimination(self.overall)

    def group_facility(self, group: str) -> float | None:
        sums = self.by_group.get(group)
        return None if sums is None else facility(sums)

    def hardest(self, labels: dict[str, str]) -> list[tuple[str, float]]:
        found = hardest_for({g: facility(s) for g, s in self.by_group.items()})
        return [(labels.get(g, g), value) for g, value in found]


@dataclass
class QuizStats:
    quiz: Any
    attempts: int
    questions: list[QuestionStats]


def item_statistics(course: CoursePage, groups: Groups, filters: ReportFilters) -> list[QuizStats]:
    """Facility and discrimination of every question of the course's quizzes, overall and per
    group (child unit), from sums computed in the database: one query for all quizzes."""
    from quizzes.course_marks import quizzes_by_course
    from quizzes.models import Attempt, Question, Response

    quizzes = sorted(quizzes_by_course([course.pk]).get(course.pk, []), key=lambda q: q.path)
    if not quizzes:
        return []
    rest = "(a.score - COALESCE(r.mark, 0))"
    mark = "COALESCE(r.mark, 0)"
    sql = Sql().add(
        f"SELECT {groups.key} AS k, a.quiz_id, r.question_id, "
        "CASE WHEN r.question_id IS NULL THEN r.position ELSE 0 END AS pos, "
        f"COUNT(*), COUNT(DISTINCT a.id), MAX(r.max_mark), SUM({mark}), SUM({mark} * {mark}), "
        f"SUM({rest}), SUM({rest} * {rest}), SUM({mark} * {rest}), SUM({mark} / r.max_mark)",
        list(groups.key_params),
    )
    sql.add(f"FROM {_table(Response)} r INNER JOIN {_table(Attempt)} a ON a.id = r.attempt_id")
    sql.add(_officer_join("a"))
    quiz_clause, quiz_params = _in("a.quiz_id", [q.pk for q in quizzes])
    sql.add(
        f"WHERE {quiz_clause} AND a.state = %s AND a.score IS NOT NULL AND r.max_mark > 0 "
        f"AND o.active = %s AND {groups.where}",
        [*quiz_params, Attempt.State.FINISHED, True, *groups.where_params],
    )
    start, end = filters.period_bounds()
    if start:
        sql.add("AND a.submitted_at >= %s", [_dt(start)])
    if end:
        sql.add("AND a.submitted_at < %s", [_dt(end)])
    sql.add("GROUP BY k, a.quiz_id, r.question_id, pos")
    rows = sql.rows()

    per_question: dict[tuple[int, int | None, int], dict[str, list[float]]] = defaultdict(dict)
    attempts: dict[int, dict[str, int]] = defaultdict(dict)
    for k, quiz_id, question_id, pos, n, n_attempts, max_mark, *sums in rows:
        key = (quiz_id, question_id, _int(pos))
        per_question[key][k] = [_int(n), _num(max_mark), *(_num(v) for v in sums)]
        attempts[quiz_id][k] = max(attempts[quiz_id].get(k, 0), _int(n_attempts))
    names = dict(
        Question.objects.filter(
            pk__in=[key[1] for key in per_question if key[1] is not None]
        ).values_list("pk", "name")
    )
    result = []
    for quiz in quizzes:
        questions = []
        for key in sorted(k for k in per_question if k[0] == quiz.pk):
            groups_sums = {g: _sums(v) for g, v in per_question[key].items()}
            overall = _sums(_add_all(per_question[key].values()))
            if key[1] is not None:
                name = names.get(key[1], gettext("Question %(number)s") % {"number": key[1]})
            else:
                name = gettext("Question at position %(number)s") % {"number": key[2] + 1}
            questions.append(QuestionStats(key, name, overall, groups_sums))
        result.append(QuizStats(quiz, sum(attempts[quiz.pk].values()), questions))
    return result


def _add_all(values: Any) -> list[float]:
    values = list(values)
    added = [0.0] * len(values[0])
    for value in values:
        for i, item in enumerate(value):
            added[i] = max(added[i], item) if i == 1 else added[i] + item
    return added


def _sums(values: list[float]) -> ItemSums:
    count, max_mark, sum_x, sum_xx, sum_y, sum_yy, sum_xy, sum_ratio = values
    return ItemSums(
        count=int(count),
        max_mark=max_mark,
        sum_x=sum_x,
        sum_xx=sum_xx,
        sum_y=sum_y,
        sum_yy=sum_yy,
        sum_xy=sum_xy,
        sum_ratio=sum_ratio,
    )


# Course reports ------------------------------------------------------------------------------


@dataclass
class CourseReport:
    course: CoursePage
    dashboard: Dashboard
    quizzes: list[QuizStats]

    @property
    def group_labels(self) -> dict[str, str]:
        return {row.key: row.label for row in self.dashboard.unit_rows}


def build_course_report(
    user: User,
    course: CoursePage,
    unit: OrgUnit | None,
    filters: ReportFilters,
    *,
    now: datetime.datetime | None = None,
) -> CourseReport:
    """One course's figures per child unit (as on the dashboard, for this course only) and its
    quiz item statistics with each question's facility per child unit."""
    roots = permissions.course_report_roots(user)
    if unit is None and len(roots) == 1:
        unit = roots[0]
    dashboard = build_dashboard(user, unit, filters, now=now, roots=roots)
    groups = Groups.children_of(unit) if unit is not None else Groups.units(roots)
    report = CourseReport(course, dashboard, item_statistics(course, groups, filters))
    labels = report.group_labels
    for quiz in report.quizzes:
        for question in quiz.questions:
            question.hardest_units = question.hardest(labels)
    return report
