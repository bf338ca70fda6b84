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

With ``reopened`` (renewed in A2: X round 1 done July 2025 and round 2 done 28 May; Y round 1
done 10 March, round 2 in progress; see conftest.py):
    every round completed counts once, in its month: 07/2025 +1, 03/2026 +1, 05/2026 +1, so
        courses completed 6 + 3 = 9 and the chart 1, 1, 1, 4, 2 (07/25, 03, 04, 05, 06)
    time, each round its own: X round 1 1800 s (lessons then), X round 2 3600 - 1800 = 1800 s,
        Y round 1 1200 s: 4800 s in all (not 3600 + 1800 + 1200), so 16800 + 4800 = 21600 s
        over 9 completions -> 2400 s
    marks: round 2 of X, 80 (earlier rounds have none): (350 + 80) / 6
    assignments (current cycles): X completed on time (round 2); Y in progress — its round 1
        does not count: assigned 11 + 2 = 13, completed 5 + 1 = 6, on time 4 + 1 = 5
"""

from __future__ import annotations

import datetime

import pytest

from reports.dashboard import build_dashboard, build_officer_table
from reports.filters import ReportFilters, filters_from
from reports.snapshots import take_snapshot

pytestmark = pytest.mark.django_db


def rows_by_code(dashboard):
    return {
        row.unit.code if not row.own_staff else f"{row.unit.code}*": row
        for row in dashboard.unit_rows
    }


def filters_for(user, **params):
    from tracker.permissions import assignments_visible_to

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
    from tracker.permissions import assignments_visible_to

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
    from reports.models import ReportSnapshot
    from reports.snapshots import refresh_snapshots

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
    from reports.dashboard import iter_officer_rows

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
    assert "Văn phòng Trung ương: 7 cán bộ" in out.getvalue()
    out = StringIO()
    call_command("refresh_report_snapshots", "--min-officers", "1000", stdout=out)
    assert "từ 1.000 cán bộ trở lên: không có gì để chụp" in out.getvalue()


# Courses opened for another round -----------------------------------------------------------


def test_every_round_completed_counts_once_in_its_month(reopened, administrator):
    dashboard = build_dashboard(administrator, None, ReportFilters())
    months = dict(zip(dashboard.months, dashboard.monthly, strict=True))
    assert months[datetime.date(2025, 7, 1)] == 1  # X, round 1
    assert months[datetime.date(2026, 3, 1)] == 1  # Y, round 1
    assert months[datetime.date(2026, 4, 1)] == 1
    assert months[datetime.date(2026, 5, 1)] == 4  # with X, round 2
    assert months[datetime.date(2026, 6, 1)] == 2
    assert sum(months.values()) == 9

    total = dashboard.total
    assert (total.enrolled, total.courses_completed) == (10, 9)
    assert total.seconds_sum == 21600 and total.average_seconds == 2400
    assert (total.mark_count, total.mark_sum) == (6, 430)
    assert (total.officers, total.assigned, total.completed, total.on_time, total.overdue) == (
        8,
        13,
        6,
        5,
        3,
    )


def test_an_assignment_counts_its_current_cycle_only(reopened, administrator):
    dashboard = build_dashboard(administrator, None, ReportFilters())
    courses = {row.course.pk: row.counts for row in dashboard.course_rows}
    x, y = courses[reopened.course_x.pk], courses[reopened.course_y.pk]
    assert (x.assigned, x.completed, x.on_time, x.courses_completed) == (8, 5, 4, 6)
    # Y's round 1 (March) is a completion, but the assignment wants round 2, in progress.
    assert (y.assigned, y.completed, y.overdue, y.courses_completed) == (5, 1, 0, 3)


def test_a_reopened_officers_district(reopened, manager):
    rows = rows_by_code(build_dashboard(manager, None, ReportFilters()))
    a2 = rows["TA-H2"].counts
    assert (a2.officers, a2.assigned, a2.completed, a2.on_time, a2.overdue) == (2, 4, 2, 1, 0)
    assert (a2.enrolled, a2.courses_completed) == (4, 4)
    assert a2.average_mark == 70.0  # 60 and 80
    assert a2.average_seconds == 1650  # (1800 + 4800) / 4


def test_a_period_selects_the_earlier_rounds_completed_in_it(reopened, administrator):
    before = filters_for(administrator, start="2025-07", end="2026-03")
    dashboard = build_dashboard(administrator, None, before)
    assert dashboard.monthly == [1, 0, 0, 0, 0, 0, 0, 0, 1]  # 07/2025 … 03/2026
    total = dashboard.total
    assert total.courses_completed == 2  # the two earlier rounds
    assert total.average_seconds == 1500  # 1800 and 1200 on lessons
    assert total.average_mark is None
    assert (total.enrolled, total.assigned) == (10, 0)

    may = build_dashboard(
        administrator, None, filters_for(administrator, start="2026-05", end="2026-05")
    )
    assert may.monthly == [4]
    assert may.total.courses_completed == 4  # officer, moved, other_manager and X round 2
    assert may.total.average_seconds == 3750  # (13200 + 1800) / 4
    assert_close(may.total.average_mark, 250 / 3)
    june = build_dashboard(administrator, None, filters_for(administrator, start="2026-06"))
    assert june.total.courses_completed == 2  # Y round 2 is not completed yet

    only_y = filters_for(administrator, course=str(reopened.course_y.pk), end="2026-03")
    assert build_dashboard(administrator, None, only_y).total.courses_completed == 1


def test_the_officers_table_and_its_export_count_every_round(reopened, manager):
    from reports.dashboard import iter_officer_rows

    for period in ({}, {"start": "2025-07", "end": "2026-03"}, {"start": "2026-05"}):
        filters = filters_for(manager, **period)
        page = build_officer_table(manager, reopened.org.district_a2, filters)
        streamed = {
            row.key: row.counts for row in iter_officer_rows(reopened.org.district_a2, filters)
        }
        assert streamed == {row.key: row.counts for row in page.rows}
    page = build_officer_table(manager, reopened.org.district_a2, ReportFilters())
    van = next(row.counts for row in page.rows if row.officer.employee_code == "CB-A2-003")
    assert (van.assigned, van.completed, van.on_time, van.overdue) == (2, 1, 1, 0)
    assert (van.courses_completed, van.mark_count, van.average_mark) == (3, 1, 80.0)
    # X over both rounds (3600 s) and Y's round 1 (1200 s): nothing counted twice.
    assert (van.seconds_sum, van.average_seconds) == (4800, 1600)


def test_snapshot_gives_the_same_figures_with_earlier_rounds(reopened, administrator):
    filters_list = [
        ReportFilters(),
        filters_for(administrator, start="2025-07", end="2026-03"),
        filters_for(administrator, start="2026-05", end="2026-05"),
        filters_for(administrator, start="2026-06"),
        filters_for(administrator, end="2026-04"),
        filters_for(administrator, course=str(reopened.course_y.pk)),
    ]
    live = [build_dashboard(administrator, None, f, use_snapshot=False) for f in filters_list]
    snapshot = take_snapshot(reopened.org.central)
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
    assert live[0].total.courses_completed == 9


def test_the_officer_record_lists_earlier_rounds(reopened, manager):
    from reports.dashboard import build_officer_record

    officer = reopened.people["renewed"].officer
    record = build_officer_record(manager, officer)
    rounds = [
        (r.course.pk, r.cycle.number, r.completed_at.date(), r.seconds, r.certificate, r.mark)
        for r in record.rounds
    ]
    assert rounds == [
        (reopened.course_y.pk, 1, datetime.date(2026, 3, 10), 1200, None, None),
        (reopened.course_x.pk, 1, datetime.date(2025, 7, 20), 1800, reopened.certificate, 8),
    ]
    current = {e.course_id: (e.cycle, e.round_seconds) for e in record.enrolments}
    assert current == {reopened.course_x.pk: (2, 1800), reopened.course_y.pk: (2, 300)}
    assert (record.counts.courses_completed, record.counts.average_seconds) == (3, 1600)
