"""Officers brought in by a staff import (bulk writes, no post_save) get the open assignments
of their units as soon as the import commits, not only on the next daily run."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command

from courses.models import Enrolment
from people import services as people_services
from people.models import Officer
from tests.factories.people import OfficerFactory
from tests.people.helpers import csv_bytes
from tracker import services
from tracker.models import Assignment, AssignmentLog, AssignmentTarget

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=HCM)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def province_a(org, manager, course):
    """Province A's course for everyone under it, due 31/12/2026."""
    return services.create_assignment(
        manager,
        course=course,
        scope=Assignment.Scope.SUBTREE,
        unit=org.province_a,
        due_on=datetime.date(2026, 12, 31),
    )


def row(code, name, email, unit):
    return [code, name, email, unit, "Chuyên viên", ""]


def import_file(rows, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return people_services.import_staff(csv_bytes(rows), "staff.csv", invite=False)


def targets_of(email, assignment):
    return AssignmentTarget.objects.filter(assignment=assignment, user__email=email)


def test_newcomers_of_an_import_are_assigned_and_enrolled_at_once(
    province_a, course, django_capture_on_commit_callbacks
):
    plan = import_file(
        [
            row("NV101", "Lê Thị Mai", "mai@example.org", "TA-H1"),
            row("NV102", "Phạm Văn Nam", "nam@example.org", "TB-H1"),
        ],
        django_capture_on_commit_callbacks,
    )
    assert len(plan.created) == 2
    [target] = targets_of("mai@example.org", province_a)
    assert target.origin == AssignmentTarget.Origin.NEWCOMER
    assert target.due_on == datetime.date(2026, 12, 31)
    assert target.enrolment == Enrolment.objects.get(user__email="mai@example.org", course=course)
    assert not targets_of("nam@example.org", province_a).exists()  # province B
    log = province_a.log.get(action=AssignmentLog.Action.OFFICERS_ADDED)
    assert log.after == {"officers": [target.user_id], "reason": "newcomer"}


def test_officers_moved_or_reactivated_by_an_import_get_their_new_units_assignments(
    org, province_a, other_officer, django_capture_on_commit_callbacks
):
    returning = OfficerFactory(unit=org.district_a2, employee_code="NV200", active=False)
    returning.user.is_active = False
    returning.user.save()
    import_file(
        [
            row("CB-B1-001", "Trần Văn Hùng", other_officer.email, "TA-H2"),  # moves to A2
            row("NV200", returning.user.get_full_name(), returning.user.email, "TA-H2"),
        ],
        django_capture_on_commit_callbacks,
    )
    assert targets_of(other_officer.email, province_a).count() == 1
    assert targets_of(returning.user.email, province_a).count() == 1


def test_an_import_that_changes_nothing_relevant_adds_nobody_twice(
    officer, province_a, django_capture_on_commit_callbacks
):
    assert targets_of(officer.email, province_a).count() == 1
    import_file(
        [row("CB-A1-001", "Nguyễn Thị Lan Anh", officer.email, "TA-H1")],
        django_capture_on_commit_callbacks,
    )
    assert targets_of(officer.email, province_a).count() == 1
    assert not province_a.log.filter(action=AssignmentLog.Action.OFFICERS_ADDED).exists()


def test_a_withdrawn_assignment_is_not_given_to_newcomers(
    province_a, manager, django_capture_on_commit_callbacks
):
    services.withdraw_assignment(manager, province_a, reason="Đổi kế hoạch")
    import_file(
        [row("NV101", "Lê Thị Mai", "mai@example.org", "TA-H1")],
        django_capture_on_commit_callbacks,
    )
    assert not targets_of("mai@example.org", province_a).exists()


def test_a_dry_run_or_a_refused_file_assigns_nothing(
    province_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        people_services.import_staff(
            csv_bytes([row("NV101", "Lê Thị Mai", "mai@example.org", "TA-H1")]),
            "staff.csv",
            dry_run=True,
        )
        with pytest.raises(people_services.StaffImportError):
            people_services.import_staff(
                csv_bytes(
                    [
                        row("NV101", "Lê Thị Mai", "mai@example.org", "TA-H1"),
                        row("NV102", "Phạm Văn Nam", "nam@example.org", "KHONG-CO"),
                    ]
                ),
                "staff.csv",
            )
    assert not AssignmentTarget.objects.filter(user__email="mai@example.org").exists()


def test_the_import_command_assigns_newcomers_too(
    province_a, tmp_path, django_capture_on_commit_callbacks
):
    path = tmp_path / "staff.csv"
    path.write_bytes(csv_bytes([row("NV101", "Lê Thị Mai", "mai@example.org", "TA-H1")]))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_staff", str(path), "--no-invitations", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert targets_of("mai@example.org", province_a).count() == 1


def test_reactivating_an_officer_gives_them_their_units_open_assignments(
    org, province_a, django_capture_on_commit_callbacks
):
    returning = OfficerFactory(unit=org.district_a1, active=False)
    returning.user.is_active = False
    returning.user.save()
    with django_capture_on_commit_callbacks(execute=True):
        people_services.set_officer_active(Officer.objects.get(pk=returning.pk), True)
    assert targets_of(returning.user.email, province_a).count() == 1
