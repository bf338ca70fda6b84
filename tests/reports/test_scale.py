"""seed_scale builds the national tree and a realistic spread of learning, fast, and the
dashboards read it the same way live and from a snapshot."""

from __future__ import annotations

import dataclasses
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count

from people.models import Officer, OrgUnit
from reports.dashboard import build_dashboard
from reports.filters import ReportFilters
from reports.snapshots import take_snapshot

pytestmark = pytest.mark.django_db


def test_seed_scale_builds_the_national_tree(administrator):
    from courses.models import Enrolment
    from reports.models import EnrolmentFigures
    from tracker.models import AssignmentTarget, CourseFeedback

    out = StringIO()
    call_command("seed_scale", "--officers", "200", "--courses", "6", stdout=out)
    assert "200 active officers (and 6 who left)" in out.getvalue()
    kinds = dict(
        OrgUnit.objects.filter(code__startswith="QG")
        .order_by()
        .values_list("kind")
        .annotate(n=Count("pk"))
    )
    assert kinds == {"central": 1, "department": 8, "provincial": 63, "district": 693,
                     "grassroots": 2772}  # fmt: skip
    assert OrgUnit.find_problems() == ([], [], [], [], [])  # a valid treebeard tree
    assert Officer.objects.filter(active=True).count() == 200
    enrolments = Enrolment.objects.count()
    assert 200 * 3 <= enrolments <= 200 * 6
    statuses = set(Enrolment.objects.values_list("status", flat=True))
    assert statuses == {"enrolled", "in_progress", "completed"}
    assert EnrolmentFigures.objects.exists() and CourseFeedback.objects.exists()
    assert AssignmentTarget.objects.exists()

    central = OrgUnit.objects.get(code="QG")
    live = build_dashboard(administrator, central, ReportFilters(), use_snapshot=False)
    take_snapshot(central)
    snapshot = build_dashboard(administrator, central, ReportFilters())
    assert snapshot.snapshot is not None
    for field in dataclasses.fields(live.total):
        # Sums of marks added in another order may differ in the last binary digit.
        expected = getattr(live.total, field.name)
        if isinstance(expected, float):
            expected = pytest.approx(expected)
        assert getattr(snapshot.total, field.name) == expected, field.name
    assert snapshot.total.officers == 200

    with pytest.raises(CommandError):
        call_command("seed_scale", "--officers", "10", "--courses", "2", stdout=StringIO())


def test_seed_scale_is_refused_where_demo_data_is_not_allowed(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="production"):
        call_command("seed_scale", "--officers", "10", "--courses", "2", stdout=StringIO())
    assert not OrgUnit.objects.filter(code__startswith="QG").exists()
