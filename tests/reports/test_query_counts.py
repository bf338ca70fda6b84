"""Every report page runs a fixed number of queries: doubling the officers, enrolments,
assignments and feedback under the units changes nothing."""

from __future__ import annotations

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

pytestmark = pytest.mark.django_db

_numbers = itertools.count(1)


def add_officers(scenario, per_unit):
    """``per_unit`` more officers in each district, each with two courses (one of them opened
    for another round), targets, figures and feedback, so every query of the dashboards has
    more rows to add up."""
    from tests.factories.people import OfficerFactory, UserFactory
    from tests.reports.conftest import _enrol, _feedback, _target, at, reopen

    org = scenario.org
    for unit in (org.district_a1, org.district_a2, org.district_b1):
        for _ in range(per_unit):
            n = next(_numbers)
            user = UserFactory(email=f"them.{n}@example.org", roles=["Officer"])
            OfficerFactory(user=user, employee_code=f"THEM-{n:04d}", unit=unit)
            e = _enrol(user, scenario.course_x, completed=at(5, 3 + n % 20), seconds=900, best="75")
            _target(scenario.assignment_x, user, unit, enrolment=e, status="completed_on_time",
                    completed=e.completed_at)  # fmt: skip
            e = _enrol(user, scenario.course_y, completed=at(3, 3 + n % 20), seconds=100)
            reopen(e, at(5, 31), started=at(6, 1), seconds=150)
            _feedback(user, scenario.course_x, (4, 5, 4), when=at(6, 1))


def query_count(client, url, params=None):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params or {})
        assert response.status_code == 200
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    return len(context.captured_queries)


PAGES = [
    ("manager", lambda s: reverse("reports:manage"), {}),
    (
        "manager",
        lambda s: reverse("reports:manage"),
        lambda s: {"start": "2026-05", "topic": s.topic_x.pk},
    ),
    ("administrator", lambda s: reverse("reports:manage"), {}),
    ("manager", lambda s: reverse("reports:manage_unit", args=[s.org.district_a1.pk]), {}),
    (
        "manager",
        lambda s: reverse("reports:manage_unit_officers", args=[s.org.district_a1.pk]),
        {},
    ),
    (
        "manager",
        lambda s: reverse("reports:manage_unit_officers", args=[s.org.province_a.pk]),
        {"subtree": "1"},
    ),
    (
        "manager",
        lambda s: reverse("reports:manage_officer", args=[s.people["officer"].officer.pk]),
        {},
    ),
    ("manager", lambda s: reverse("reports:manage_courses"), {}),
    ("trainer", lambda s: reverse("reports:manage_course", args=[s.course_x.pk]), {}),
    ("manager", lambda s: reverse("reports:manage_course", args=[s.course_x.pk]), {}),
    ("manager", lambda s: reverse("reports:manage"), {"export": "xlsx"}),
    ("manager", lambda s: reverse("reports:manage"), {"export": "pdf"}),
    (
        "manager",
        lambda s: reverse("reports:manage_unit", args=[s.org.province_a.pk]),
        {"export": "csv", "table": "officers"},
    ),
]


PAGE_IDS = [
    "dashboard",
    "dashboard-filtered",
    "dashboard-administrator",
    "unit",
    "unit-officers",
    "unit-officers-subtree",
    "officer",
    "courses",
    "course-trainer",
    "course-manager",
    "export-xlsx",
    "export-pdf",
    "export-csv-officers",
]


@pytest.mark.parametrize(("persona", "build", "params"), PAGES, ids=PAGE_IDS)
def test_queries_do_not_grow_with_the_data(
    client, scenario, request, persona, build, params, django_assert_max_num_queries, settings
):
    settings.REPORTS_EXPORT_INLINE_ROWS = 10_000
    client.force_login(request.getfixturevalue(persona))
    url = build(scenario)
    params = params(scenario) if callable(params) else params
    params = {k: str(v) for k, v in params.items()}
    add_officers(scenario, 3)
    small = query_count(client, url, params)
    add_officers(scenario, 3)  # twice the officers added
    with django_assert_max_num_queries(small):
        query_count(client, url, params)
    assert small <= 30, f"{url} ran {small} queries"


def test_the_officers_page_does_not_grow_with_earlier_rounds(
    client, reopened, manager, django_assert_max_num_queries
):
    """Earlier rounds of more courses, and more rounds of each, cost no more queries."""
    from tests.factories.courses import CoursePageFactory
    from tests.reports.conftest import _enrol, at, reopen

    renewed = reopened.people["renewed"]
    url = reverse("reports:manage_officer", args=[renewed.officer.pk])
    client.force_login(manager)

    def more_rounds(count):
        for _ in range(count):
            n = next(_numbers)
            course = CoursePageFactory(title=f"Khóa học lặp lại {n}", slug=f"khoa-lap-lai-{n}")
            e = _enrol(renewed, course, completed=at(1, 10), seconds=600)
            e, _figures = reopen(e, at(2, 1), completed=at(3, 1), seconds=900)
            reopen(e, at(4, 1), started=at(4, 2), seconds=1000)

    more_rounds(2)
    small = query_count(client, url)
    more_rounds(4)
    with django_assert_max_num_queries(small):
        query_count(client, url)
    assert small <= 30, f"{url} ran {small} queries"


MANAGE_MAX = 15


@pytest.mark.parametrize("persona", ["manager", "administrator"])
def test_the_dashboard_stays_within_its_budget_of_fifteen_queries(
    client, scenario, request, persona
):
    client.force_login(request.getfixturevalue(persona))
    add_officers(scenario, 2)
    client.get(reverse("reports:manage"))  # what is kept between requests
    counts = [query_count(client, reverse("reports:manage"))]
    add_officers(scenario, 4)
    client.get(reverse("reports:manage"))
    counts.append(query_count(client, reverse("reports:manage")))
    assert max(counts) <= MANAGE_MAX, counts
