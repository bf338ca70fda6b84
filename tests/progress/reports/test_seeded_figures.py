"""Dashboard figures on the seeded tree (see conftest.py), against answers worked out by hand.

Central office (TW), by province:
    TA: officers 4 (officer, a1_second, a2_one, manager; inactive left out, moved gone to B1)
        targets 8: completed 3 (officer X, officer Y, a2_one X late), on time 2,
        overdue 2 (a1_second X, manager X) -> completion 37.5 %, on time 2 / (3 + 2) = 40 %
        enrolments 5, completed 3: marks 80, 70, 60 -> 70; time 3600, 1200, 1800 -> 2200 s
        feedback 4.0 and 2.0 -> 3.0 (a1_second skipped; inactive left out)
    TB: officers 3 (other_officer, moved, other_manager)
        targets 3: completed 2 on time, overdue 1 -> 66.7 % and 66.7 %
        enrolments 3 completed: marks 50, 90 -> 70 (other_manager has no figures row);
        time 600, 7200, 2400 (from the enrolment) -> 3400 s; feedback 4.0
    TW-VP: nothing.
"""

from __future__ import annotations

import datetime

import pytest

from progress.reports.dashboard import build_dashboard, build_officer_table
from progress.reports.filters import ReportFilters, filters_from
from progress.reports.snapshots import take_snapshot

pytestmark = pytest.mark.django_db


def rows_by_code(dashboard):
    return {
        row.unit.code if not row.own_staff else f"{row.unit.code}*": row
        for row in dashboard.unit_rows
    }


def filters_for(user, **params):
    from progress.permissions import assignments_visible_to

    return filters_from(params, assignments=assignments_visible_to(user))[1]


def assert_close(value, expected, places=2):
    assert value is not None and round(value, places) == round(expected, places), value


def test_central_office_by_province(scenario, administrator):
    dashboard = build_dashboard(administrator, None, ReportFilters())
    assert dashboard.unit == scenario.org.central
    rows = rows_by_code(dashboard)
    assert list(rows) == ["TA", "TB", "TW-VP"]

    ta = rows["TA"].counts
    assert (ta.officers, ta.assigned, ta.completed, ta.on_time, ta.overdue) == (4, 8, 3, 2, 2)
    assert ta.completion_rate == 37.5
    assert ta.on_time_rate == 40.0
    assert (ta.enrolled, ta.courses_completed) == (5, 3)
    assert ta.average_mark == 70.0
    assert ta.average_seconds == 2200
    assert ta.average_rating == 3.0

    tb = rows["TB"].counts
    assert (tb.officers, tb.assigned, tb.completed, tb.on_time, tb.overdue) == (3, 3, 2, 2, 1)
    assert_close(tb.completion_rate, 200 / 3)
    assert_close(tb.on_time_rate, 200 / 3)
    assert (tb.enrolled, tb.courses_completed, tb.mark_count) == (3, 3, 2)
    assert tb.average_mark == 70.0
    assert tb.average_seconds == 3400
    assert tb.average_rating == 4.0

    department = rows["TW-VP"].counts
    assert (department.officers, department.assigned, department.enrolled) == (0, 0, 0)
    assert department.completion_rate is None

    total = dashboard.total
    assert (total.officers, total.assigned, total.completed, total.on_time, total.overdue) == (
        7,
        11,
        5,
        4,
        3,
    )
    assert_close(total.completion_rate, 500 / 11)
    assert total.on_time_rate == 50.0
    assert total.average_mark == 70.0
    assert total.average_seconds == 2800
    assert_close(total.average_rating, 10 / 3)


def test_courses_for_the_whole_scope(scenario, administrator):
    dashboard = build_dashboard(administrator, None, ReportFilters())
    courses = {row.course.pk: row.counts for row in dashboard.course_rows}
    x = courses[scenario.course_x.pk]
    assert (x.officers, x.assigned, x.completed, x.on_time, x.overdue) == (5, 7, 4, 3, 3)
    assert x.courses_completed == 4
    assert_close(x.average_mark, 230 / 3)
    assert x.average_seconds == 3750
    assert_close(x.average_rating, 10 / 3)
    y = courses[scenario.course_y.pk]
    assert (y.officers, y.assigned, y.completed, y.on_time, y.overdue) == (3, 4, 1, 1, 0)
    assert y.courses_completed == 2
    assert y.average_mark == 60.0
    assert y.average_seconds == 900
    assert y.average_rating is None


def test_province_manager_sees_districts_and_own_staff(scenario, manager):
    dashboard = build_dashboard(manager, None, ReportFilters())
    assert dashboard.unit == scenario.org.province_a
    rows = rows_by_code(dashboard)
    assert list(rows) == ["TA*", "TA-H1", "TA-H2"]

    a1 = rows["TA-H1"].counts
    assert (a1.officers, a1.assigned, a1.completed, a1.on_time, a1.overdue) == (2, 4, 2, 2, 1)
    assert a1.completion_rate == 50.0
    assert_close(a1.on_time_rate, 200 / 3)
    assert (a1.enrolled, a1.courses_completed) == (3, 2)
    assert a1.average_mark == 75.0
    assert a1.average_seconds == 2400
    assert a1.average_rating == 4.0

    a2 = rows["TA-H2"].counts  # the moved officer is no longer here
    assert (a2.officers, a2.assigned, a2.completed, a2.on_time, a2.overdue) == (1, 2, 1, 0, 0)
    assert a2.on_time_rate == 0.0
    assert (a2.average_mark, a2.average_seconds, a2.average_rating) == (60.0, 1800, 2.0)

    own = rows["TA*"].counts
    assert (own.officers, own.assigned, own.completed, own.overdue) == (1, 2, 0, 1)
    assert own.on_time_rate == 0.0
    assert own.average_mark is None


def test_moved_officer_counts_in_the_new_unit(scenario, other_manager):
    dashboard = build_dashboard(other_manager, None, ReportFilters())
    rows = rows_by_code(dashboard)
    b1 = rows["TB-H1"].counts
    assert (b1.officers, b1.assigned, b1.completed, b1.overdue) == (2, 2, 1, 1)
    assert (b1.courses_completed, b1.average_mark, b1.average_seconds) == (2, 70.0, 3900)
    assert rows["TB*"].counts.officers == 1


def test_inactive_officer_is_left_out_of_every_figure(scenario, administrator):
    from people.models import Officer

    before = build_dashboard(administrator, None, ReportFilters()).total
    Officer.objects.filter(user=scenario.people["inactive"]).update(active=True)
    after = build_dashboard(administrator, None, ReportFilters()).total
    assert after.officers == before.officers + 1
    assert after.assigned == before.assigned + 2
    assert after.courses_completed == before.courses_completed + 2
    assert after.rating_count == before.rating_count + 1


def test_period_is_whole_months(scenario, administrator):
    may = filters_for(administrator, start="2026-05", end="2026-05")
    dashboard = build_dashboard(administrator, None, may)
    total = dashboard.total
    assert total.assigned == 0  # nothing was due in May
    assert total.courses_completed == 3  # officer X, moved X, other_manager X
    assert total.average_mark == 85.0
    assert total.average_seconds == 4400
    assert (total.rating_count, total.average_rating) == (2, 4.0)
    june = build_dashboard(administrator, None, filters_for(administrator, start="2026-06"))
    assert june.total.assigned == 11
    assert june.total.courses_completed == 2


def test_course_topic_and_assignment_filters(scenario, administrator):
    by_course = build_dashboard(
        administrator, None, filters_for(administrator, course=str(scenario.course_y.pk))
    ).total
    by_topic = build_dashboard(
        administrator, None, filters_for(administrator, topic=str(scenario.topic_y.pk))
    ).total
    by_assignment = build_dashboard(
        administrator, None, filters_for(administrator, assignment=str(scenario.assignment_y.pk))
    ).total
    for total in (by_course, by_topic, by_assignment):
        assert (total.assigned, total.completed, total.courses_completed) == (4, 1, 2)
        assert total.average_mark == 60.0
        assert total.officers == 7  # officers are counted whatever the course
    only_x = filters_for(
        administrator, course=str(scenario.course_x.pk), assignment=str(scenario.assignment_y.pk)
    )
    assert build_dashboard(administrator, None, only_x).total.assigned == 0


def test_completions_per_month(scenario, administrator):
    dashboard = build_dashboard(administrator, None, ReportFilters())
    months = dict(zip(dashboard.months, dashboard.monthly, strict=True))
    assert len(months) == 12
    assert months[datetime.date(2026, 4, 1)] == 1
    assert months[datetime.date(2026, 5, 1)] == 3
    assert months[datetime.date(2026, 6, 1)] == 2
    assert sum(months.values()) == 6


def test_mark_distribution(scenario, administrator):
    dashboard = build_dashboard(administrator, None, ReportFilters())
    x = next(r for r in dashboard.course_rows if r.course == scenario.course_x)
    assert x.counts.marks == [0, 0, 0, 0, 0, 0, 1, 0, 1, 1]  # 60, 80, 90


def test_invalid_filters_are_reported_and_left_out(scenario, administrator):
    from progress.permissions import assignments_visible_to

    form, filters = filters_from(
        {"start": "2026-13", "end": "tháng sáu", "course": "999999"},
        assignments=assignments_visible_to(administrator),
    )
    assert set(form.errors) == {"start", "end", "course"}
    assert not filters.active
    assert build_dashboard(administrator, None, filters).total.assigned == 11


def test_snapshot_gives_the_same_figures(scenario, administrator):
    filters_list = [
        ReportFilters(),
        filters_for(administrator, start="2026-05", end="2026-05"),
        filters_for(administrator, start="2026-06"),
        filters_for(administrator, course=str(scenario.course_x.pk)),
        filters_for(administrator, assignment=str(scenario.assignment_y.pk)),
    ]
    live = [build_dashboard(administrator, None, f, use_snapshot=False) for f in filters_list]
    snapshot = take_snapshot(scenario.org.central)
    assert snapshot.officers == 7
    for filters, expected in zip(filters_list, live, strict=True):
        dashboard = build_dashboard(administrator, None, filters)
        assert dashboard.snapshot == snapshot
        assert dashboard.total == expected.total
        assert [(r.key, r.counts) for r in dashboard.unit_rows] == [
            (r.key, r.counts) for r in expected.unit_rows
        ]
        assert [(r.key, r.counts) for r in dashboard.course_rows] == [
            (r.key, r.counts) for r in expected.course_rows
        ]
        assert dashboard.monthly == expected.monthly


def test_snapshots_are_taken_of_large_units_only(scenario, settings):
    from progress.models import ReportSnapshot
    from progress.reports.snapshots import refresh_snapshots

    taken = refresh_snapshots(threshold=4)
    assert {s.unit.code for s in taken} == {"TW", "TA"}
    assert refresh_snapshots(threshold=100) == []
    assert not ReportSnapshot.objects.exists()


def test_officer_table_per_officer(scenario, manager):
    table = build_officer_table(manager, scenario.org.district_a1, ReportFilters())
    rows = {row.officer.user.email: row.counts for row in table.rows}
    assert set(rows) == {"officer.a@example.org", "binh.a1@example.org"}
    lan = rows["officer.a@example.org"]
    assert (lan.assigned, lan.completed, lan.on_time, lan.overdue) == (2, 2, 2, 0)
    assert (lan.courses_completed, lan.average_mark, lan.average_seconds) == (2, 75.0, 2400)
    binh = rows["binh.a1@example.org"]
    assert (binh.assigned, binh.completed, binh.overdue, binh.courses_completed) == (2, 0, 1, 0)
    everyone = build_officer_table(manager, scenario.org.province_a, ReportFilters(), subtree=True)
    assert len(everyone.rows) == 4


@pytest.mark.parametrize("period", [{}, {"start": "2026-05", "end": "2026-05"}])
def test_the_streamed_export_agrees_with_the_officers_page(scenario, manager, period):
    from progress.reports.dashboard import iter_officer_rows

    filters = filters_for(manager, **period)
    unit = scenario.org.province_a
    page = build_officer_table(manager, unit, filters, subtree=True)
    streamed = {row.key: row.counts for row in iter_officer_rows(unit, filters)}
    assert streamed == {row.key: row.counts for row in page.rows}
    district = {
        row.key for row in iter_officer_rows(scenario.org.district_a1, filters, subtree=False)
    }
    assert district == {
        scenario.people["officer"].officer.pk,
        scenario.people["a1_second"].officer.pk,
    }


def test_the_refresh_command_takes_snapshots_of_large_units(scenario):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("refresh_report_snapshots", "--min-officers", "5", stdout=out)
    assert "Văn phòng Trung ương: 7 officers" in out.getvalue()
    out = StringIO()
    call_command("refresh_report_snapshots", "--min-officers", "1000", stdout=out)
    assert "nothing to take" in out.getvalue()
