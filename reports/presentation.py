"""The charts of a dashboard, each with the table of its data (shown beside it for people who
cannot see the picture), built from the same figures as the tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from reports.charts import Chart, bar_chart, column_chart, histogram
from reports.dashboard import Dashboard
from reports.figures import bucket_labels, rounded

LOW_COMPLETION = 50.0  # completion rates under this are drawn in the warning colour
MAX_HISTOGRAMS = 12


@dataclass
class ChartBlock:
    key: str
    title: str
    charts: list[Chart]
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    empty: bool = False
    stacked: bool = False  # the table under the charts rather than beside them


def _pct(value: float | None) -> str:
    """A rate as the tables beside it show it, in the reader's language: 27,8% in Vietnamese."""
    return "—" if value is None else f"{number_format(rounded(value, 1), 1)}%"


def _int(value: int) -> str:
    return number_format(value, force_grouping=True)


def completion_block(dashboard: Dashboard) -> ChartBlock:
    rows = [row for row in dashboard.unit_rows if row.counts.assigned]
    title = _("Completion by unit")
    chart = bar_chart(
        title,
        _("Share of assigned courses completed, per unit; the table beside it gives the figures."),
        [(row.label, row.counts.completion_rate) for row in rows],
        low=LOW_COMPLETION,
    )
    return ChartBlock(
        "completion",
        title,
        [chart],
        [_("Unit"), _("Assigned"), _("Completed"), _("Completion rate")],
        [
            [
                row.label,
                _int(row.counts.assigned),
                _int(row.counts.completed),
                _pct(row.counts.completion_rate),
            ]
            for row in rows
        ],  # fmt: skip
        empty=not rows,
    )


def months_block(dashboard: Dashboard) -> ChartBlock:
    title = _("Completions over time")
    columns = [
        (f"{month:%m/%y}", float(value))
        for month, value in zip(dashboard.months, dashboard.monthly, strict=False)
    ]
    chart = column_chart(
        title, _("Courses completed each month; the table beside it gives the figures."), columns
    )
    return ChartBlock(
        "months",
        title,
        [chart],
        [_("Month"), _("Courses completed")],
        [
            [f"{month:%m/%Y}", _int(value)]
            for month, value in zip(dashboard.months, dashboard.monthly, strict=False)
        ],
        empty=not any(dashboard.monthly),
    )


def marks_block(dashboard: Dashboard) -> ChartBlock:
    title = _("Mark distribution per course")
    courses = sorted(
        (row for row in dashboard.course_rows if any(row.counts.marks)),
        key=lambda row: -sum(row.counts.marks),
    )[:MAX_HISTOGRAMS]
    charts = [
        histogram(
            row.label,
            _("Best marks of completed courses, by tens of percent: %(counts)s")
            % {
                "counts": ", ".join(
                    f"{label}: {n}"
                    for label, n in zip(bucket_labels(), row.counts.marks, strict=True)
                )
            },
            row.counts.marks,
        )
        for row in courses
    ]
    return ChartBlock(
        "marks",
        title,
        charts,
        [_("Course"), *bucket_labels()],
        [[row.label, *(_int(n) for n in row.counts.marks)] for row in courses],
        empty=not courses,
        stacked=True,
    )


def dashboard_blocks(dashboard: Dashboard) -> list[ChartBlock]:
    return [completion_block(dashboard), months_block(dashboard), marks_block(dashboard)]


def dashboard_charts(dashboard: Dashboard, *, for_pdf: bool = False) -> list[Chart]:
    """Every chart of the dashboard that has something to show, in page order."""
    return [
        chart for block in dashboard_blocks(dashboard) if not block.empty for chart in block.charts
    ]
