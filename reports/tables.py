"""The tables of every report view, as the exports write them: columns with their headers in
the reader's language, and rows taken from the same objects the pages show."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from reports.course_report import QuizStats
from reports.dashboard import (
    Dashboard,
    OfficerRecord,
    Row,
    iter_enrolment_records,
    iter_officer_rows,
)
from reports.exports import Column, Table
from reports.figures import Counts, bucket_labels
from reports.filters import ReportFilters

# Each table's title by its name, for the list of exports (the log keeps only the name).
TABLE_TITLES = {
    "units": gettext_lazy("Units"),
    "courses": gettext_lazy("Courses"),
    "months": gettext_lazy("Completions by month"),
    "marks": gettext_lazy("Mark distribution"),
    "officers": gettext_lazy("Officers"),
    "records": gettext_lazy("Records"),
    "rounds": gettext_lazy("Earlier rounds"),
    "attempts": gettext_lazy("Attempts"),
    "certificates": gettext_lazy("Certificates"),
    "assignments": gettext_lazy("Assignments"),
    "questions": gettext_lazy("Questions"),
    "question_units": gettext_lazy("Questions by unit"),
    "summary": gettext_lazy("PDF summary"),
}


def table_title(name: str) -> str:
    """The title of an export's table in the reader's language; the name if unknown."""
    return str(TABLE_TITLES.get(name, name))


def figure_columns(*, officers_label: str | None = None) -> list[Column]:
    columns = [
        Column(officers_label or _("Officers"), "int"),
        Column(_("Assigned"), "int"),
        Column(_("Completed"), "int"),
        Column(_("Completion rate (%)"), "percent"),
        Column(_("On-time rate (%)"), "percent"),
        Column(_("Overdue"), "int"),
        Column(_("Courses completed"), "int"),
        Column(_("Average best mark (%)"), "decimal"),
        Column(_("Average time spent (hours)"), "hours"),
        Column(_("Average satisfaction (1–5)"), "decimal2"),
    ]
    return columns


def figure_values(counts: Counts) -> list[Any]:
    return [
        counts.officers,
        counts.assigned,
        counts.completed,
        counts.completion_rate,
        counts.on_time_rate,
        counts.overdue,
        counts.courses_completed,
        counts.average_mark,
        counts.average_seconds,
        counts.average_rating,
    ]


def officer_figure_columns() -> list[Column]:
    """Per officer: the same figures, without the officer count and with total time."""
    return [
        Column(_("Assigned"), "int"),
        Column(_("Completed"), "int"),
        Column(_("Completion rate (%)"), "percent"),
        Column(_("On-time rate (%)"), "percent"),
        Column(_("Overdue"), "int"),
        Column(_("Courses completed"), "int"),
        Column(_("Average best mark (%)"), "decimal"),
        Column(_("Average time per course (hours)"), "hours"),
        Column(_("Satisfaction given (1–5)"), "decimal2"),
    ]


def officer_figure_values(counts: Counts) -> list[Any]:
    return figure_values(counts)[1:]


# The unit dashboard --------------------------------------------------------------------------


def unit_table(dashboard: Dashboard) -> Table:
    rows = [
        [row.label, row.unit.code if row.unit else "", *figure_values(row.counts)]
        for row in dashboard.unit_rows
    ]
    rows.append([_("Total"), "", *figure_values(dashboard.total)])
    return Table(
        "units",
        _("Units"),
        [Column(_("Unit"), "text", 40), Column(_("Code"), "code"), *figure_columns()],
        rows,
    )


def course_table(dashboard: Dashboard) -> Table:
    return Table(
        "courses",
        _("Courses"),
        [Column(_("Course"), "text", 44), *figure_columns(officers_label=_("Officers enrolled"))],
        [[row.label, *figure_values(row.counts)] for row in dashboard.course_rows],
    )


def month_table(dashboard: Dashboard) -> Table:
    return Table(
        "months",
        _("Completions by month"),
        [Column(_("Month"), "code"), Column(_("Courses completed"), "int")],
        [
            [f"{month:%m/%Y}", value]
            for month, value in zip(dashboard.months, dashboard.monthly, strict=False)
        ],
    )


def marks_table(dashboard: Dashboard) -> Table:
    labels = bucket_labels()
    return Table(
        "marks",
        _("Mark distribution"),
        [Column(_("Course"), "text", 44), *(Column(label, "int", 9) for label in labels)],
        [[row.label, *row.counts.marks] for row in dashboard.course_rows if any(row.counts.marks)],
    )


def dashboard_tables(dashboard: Dashboard) -> list[Table]:
    return [
        unit_table(dashboard),
        course_table(dashboard),
        month_table(dashboard),
        marks_table(dashboard),
    ]


# Officers ------------------------------------------------------------------------------------


def officer_columns() -> list[Column]:
    return [
        Column(_("Officer"), "text", 30),
        Column(_("Employee code"), "code"),
        Column(_("Unit"), "text", 36),
        Column(_("Position"), "text", 20),
        *officer_figure_columns(),
    ]


def officer_values(row: Row) -> list[Any]:
    officer = row.officer
    if officer is not None:
        details = (officer.employee_code, officer.unit.name, officer.position)
    else:
        details = row.details or ("", "", "")
    return [row.label, *details, *officer_figure_values(row.counts)]


def officer_table_from_rows(rows: Iterable[Row]) -> Table:
    return Table(
        "officers", _("Officers"), officer_columns(), (officer_values(row) for row in rows)
    )


def officers_table(unit: Any, filters: ReportFilters, *, subtree: bool) -> Table:
    """Every officer of the unit (or under it), streamed a chunk at a time."""
    return officer_table_from_rows(iter_officer_rows(unit, filters, subtree=subtree))


def records_table(unit: Any, filters: ReportFilters) -> Table:
    """One row per round of each enrolment of every officer under the unit, streamed."""
    from courses.models import Enrolment

    statuses = dict(Enrolment.Status.choices)

    def rows() -> Iterator[list[Any]]:
        for (
            unit_name,
            code,
            last_name,
            first_name,
            course,
            status,
            number,
            percent,
            enrolled,
            started,
            completed,
            seconds,
            mark,
            attempts,
        ) in iter_enrolment_records(unit, filters):
            yield [
                unit_name,
                code,
                f"{last_name} {first_name}".strip(),
                course,
                number,
                str(statuses.get(status, status)),
                percent,
                enrolled,
                started,
                completed,
                seconds,
                mark,
                attempts,
            ]

    return Table(
        "records",
        _("Records"),
        [
            Column(_("Unit"), "text", 36),
            Column(_("Employee code"), "code"),
            Column(_("Officer"), "text", 28),
            Column(_("Course"), "text", 40),
            Column(_("Round"), "int", 8),
            Column(_("Status"), "code"),
            Column(_("Progress (%)"), "int"),
            Column(pgettext("date of enrolment", "Enrolled"), "datetime"),
            Column(_("Started"), "datetime"),
            Column(_("Completed"), "datetime"),
            Column(_("Time spent (hours)"), "hours"),
            Column(_("Best mark (%)"), "decimal"),
            Column(_("Attempts"), "int"),
        ],
        rows(),
    )


# One officer ---------------------------------------------------------------------------------


def officer_record_tables(record: OfficerRecord) -> list[Table]:
    from courses.models import Enrolment

    statuses = dict(Enrolment.Status.choices)
    courses = Table(
        "courses",
        _("Courses"),
        [
            Column(_("Course"), "text", 40),
            Column(_("Round"), "int", 8),
            Column(_("Status"), "code"),
            Column(_("Progress (%)"), "int"),
            Column(pgettext("date of enrolment", "Enrolled"), "datetime"),
            Column(_("Started"), "datetime"),
            Column(_("Completed"), "datetime"),
            Column(_("Time spent (hours)"), "hours"),
            Column(_("Best mark (%)"), "decimal"),
            Column(_("Attempts"), "int"),
        ],
        [
            [
                e.course.title,
                e.cycle,
                str(statuses.get(e.status, e.status)),
                e.progress_percent,
                e.enrolled_at,
                e.started_at,
                e.completed_at,
                e.round_seconds,
                _figure(e, "best_mark", None),
                _figure(e, "attempts", None),
            ]
            for e in record.enrolments
        ],
    )
    rounds = Table(
        "rounds",
        _("Earlier rounds"),
        [
            Column(_("Course"), "text", 40),
            Column(_("Round"), "int", 8),
            Column(_("Started"), "datetime"),
            Column(_("Completed"), "datetime"),
            Column(_("Time spent (hours)"), "hours"),
            Column(_("Mark (out of 10)"), "decimal2"),
            Column(pgettext("column heading", "Certificate"), "code"),
        ],
        [
            [
                row.course.title,
                row.cycle.number,
                row.cycle.started_at,
                row.completed_at,
                row.seconds,
                row.mark,
                row.certificate.code if row.certificate else "",
            ]
            for row in record.rounds
        ],
    )
    attempts = Table(
        "attempts",
        _("Attempts"),
        [
            Column(_("Quiz"), "text", 40),
            Column(_("Attempt"), "int"),
            Column(_("State"), "code"),
            Column(_("Started"), "datetime"),
            Column(_("Submitted"), "datetime"),
            Column(_("Grade (%)"), "decimal"),
        ],
        [
            [a.quiz.title, a.number, a.get_state_display(), a.started_at, a.submitted_at, a.percent]
            for a in record.attempts
        ],
    )
    certificates = Table(
        "certificates",
        _("Certificates"),
        [
            Column(_("Code"), "code"),
            Column(_("Course"), "text", 40),
            Column(_("Mark"), "decimal2"),
            Column(_("Issued"), "datetime"),
            Column(_("Valid until"), "date"),
            Column(_("State"), "code"),
        ],
        [
            [c.code, c.course_title, c.mark, c.issued_at, c.valid_until, _state_label(c)]
            for c in record.certificates
        ],
    )
    assignments = Table(
        "assignments",
        _("Assignments"),
        [
            Column(_("Course"), "text", 40),
            Column(_("Due date"), "date"),
            Column(_("Status"), "text", 20),
            Column(_("Completed"), "datetime"),
        ],
        [
            [t.course.title, t.due_on, _status_label(t.live_status), t.completed_at]
            for t in record.targets
        ],
    )
    return [courses, rounds, attempts, certificates, assignments]


def _figure(enrolment: Any, name: str, default: Any) -> Any:
    from django.core.exceptions import ObjectDoesNotExist

    try:
        figures = enrolment.figures
    except ObjectDoesNotExist:  # no figures row yet
        return default
    return getattr(figures, name, default)


def _status_label(status: str) -> str:
    from tracker.models import TargetStatus

    return str(dict(TargetStatus.choices).get(status, status))


def _state_label(certificate: Any) -> str:
    from certificates.models import CertificateState

    return str(dict(CertificateState.choices).get(certificate.state(), certificate.state()))


# Course reports ------------------------------------------------------------------------------


def question_table(quizzes: Sequence[QuizStats]) -> Table:
    rows = []
    for quiz in quizzes:
        for question in quiz.questions:
            rows.append(
                [
                    quiz.quiz.title,
                    question.name,
                    question.overall.count,
                    question.facility,
                    question.discrimination,
                ]
            )
    return Table(
        "questions",
        _("Questions"),
        [
            Column(_("Quiz"), "text", 30),
            Column(_("Question"), "text", 40),
            Column(_("Responses"), "int"),
            Column(_("Facility (%)"), "decimal"),
            Column(_("Discrimination (%)"), "decimal"),
        ],
        rows,
    )


def question_unit_table(quizzes: Sequence[QuizStats], labels: dict[str, str]) -> Table:
    rows = []
    for quiz in quizzes:
        for question in quiz.questions:
            for group, sums in sorted(question.by_group.items()):
                rows.append(
                    [
                        quiz.quiz.title,
                        question.name,
                        labels.get(group, group),
                        sums.count,
                        question.group_facility(group),
                        question.facility,
                    ]
                )
    return Table(
        "question_units",
        _("Questions by unit"),
        [
            Column(_("Quiz"), "text", 30),
            Column(_("Question"), "text", 40),
            Column(_("Unit"), "text", 36),
            Column(_("Responses"), "int"),
            Column(_("Facility in the unit (%)"), "decimal"),
            Column(_("Facility overall (%)"), "decimal"),
        ],
        rows,
    )
