"""Assignments: who gets them, newcomers, scope, edits, withdrawal and their log."""

import datetime

import pytest
import time_machine
from django.utils import timezone, translation

from courses.models import Enrolment
from people import services as people_services
from people.models import Officer
from tests.factories.people import OfficerFactory, ReadDelegationFactory, UserFactory
from tests.learning import complete
from tracker import services
from tracker.models import Assignment, AssignmentLog, AssignmentTarget, TargetStatus

pytestmark = pytest.mark.django_db


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def assign(actor, course, *, scope=Assignment.Scope.SUBTREE, unit=None, officers=(), **extra):
    extra.setdefault("due_on", in_days(30))
    return services.create_assignment(
        actor, course=course, scope=scope, unit=unit, officers=officers, **extra
    )


def assigned_users(assignment):
    return set(assignment.targets.values_list("user__email", flat=True))


def test_a_unit_and_its_subtree_enrols_every_active_officer_under_it(
    org, manager, officer, other_officer, course
):
    quiet = OfficerFactory(unit=org.district_a2, active=False)
    assignment = assign(manager, course, unit=org.province_a, note="Trước kỳ báo cáo quý IV.")

    assert assigned_users(assignment) == {"manager.a@example.org", "officer.a@example.org"}
    assert not assignment.targets.filter(user=quiet.user).exists()
    enrolment = Enrolment.objects.get(user=officer, course=course)
    assert enrolment.source == Enrolment.Source.ASSIGNMENT
    target = assignment.targets.get(user=officer)
    assert (target.enrolment, target.status, target.due_on) == (
        enrolment,
        TargetStatus.NOT_STARTED,
        in_days(30),
    )
    assert target.unit == org.district_a1
    log = assignment.log.get()
    assert (log.action, log.actor, log.after["due_on"]) == (
        AssignmentLog.Action.CREATED,
        manager,
        in_days(30).isoformat(),
    )


def test_a_unit_alone_leaves_out_the_units_under_it(org, manager, officer, course):
    assignment = assign(manager, course, scope=Assignment.Scope.UNIT, unit=org.province_a)
    assert assigned_users(assignment) == {"manager.a@example.org"}


def test_named_officers_get_it_and_nobody_else(manager, officer, course):
    colleague = OfficerFactory(unit=Officer.objects.get(user=officer).unit)
    assignment = assign(
        manager,
        course,
        scope=Assignment.Scope.OFFICERS,
        officers=[Officer.objects.get(user=officer)],
    )
    assert assigned_users(assignment) == {"officer.a@example.org"}
    assert not Enrolment.objects.filter(user=colleague.user).exists()


def test_an_officer_already_enrolled_keeps_their_progress(manager, officer, course):
    from courses import services as course_services

    course_services.enrol(officer, course)
    complete(officer, course)
    assignment = assign(manager, course, unit=Officer.objects.get(user=officer).unit)
    target = assignment.targets.get(user=officer)
    assert target.status == TargetStatus.COMPLETED_ON_TIME
    assert Enrolment.objects.get(user=officer, course=course).source == "assignment"


def test_managers_assign_only_within_their_units(
    org, manager, other_manager, officer, other_officer, course
):
    with pytest.raises(services.AssignmentRefused):
        assign(manager, course, unit=org.province_b)
    with pytest.raises(services.AssignmentRefused):
        assign(manager, course, unit=org.central)
    with pytest.raises(services.AssignmentRefused):
        assign(
            manager,
            course,
            scope=Assignment.Scope.OFFICERS,
            officers=[Officer.objects.get(user=other_officer)],
        )
    assert not Assignment.objects.exists()
    assert not Enrolment.objects.exists()


def test_officers_outsiders_and_delegates_cannot_assign(
    org, manager, officer, other_officer, outsider, course
):
    ReadDelegationFactory(manager=manager, delegate=officer)
    for person in (officer, outsider, other_officer):
        with pytest.raises(services.AssignmentRefused):
            assign(person, course, unit=org.district_a1)


def test_administrators_assign_anywhere(org, administrator, officer, other_officer, course):
    assignment = assign(administrator, course, unit=org.central)
    assert {"officer.a@example.org", "officer.b@example.org"} <= assigned_users(assignment)


def test_refusals_name_the_problem_in_the_persons_language(org, manager, course):
    with translation.override("vi"), pytest.raises(services.AssignmentRefused, match="đã qua"):
        assign(manager, course, unit=org.province_a, due_on=in_days(-1))
    course.live = False
    course.save()
    with (
        translation.override("en"),
        pytest.raises(services.AssignmentRefused, match="not published"),
    ):
        assign(manager, course, unit=org.province_a)


# Newcomers -----------------------------------------------------------------------------------


def test_a_newcomer_in_an_assigned_unit_gets_its_open_assignments(
    org, manager, officer, course, other_course, django_capture_on_commit_callbacks
):
    subtree = assign(manager, course, unit=org.province_a)
    alone = assign(manager, other_course, scope=Assignment.Scope.UNIT, unit=org.district_a2)
    with django_capture_on_commit_callbacks(execute=True):
        newcomer = people_services.create_officer(
            email="moi.den@example.org",
            full_name="Đỗ Thị Mới",
            employee_code="CB-A2-009",
            unit=org.district_a2,
            invite=False,
        )
    assert newcomer.user.email in assigned_users(subtree)
    assert newcomer.user.email in assigned_users(alone)
    target = subtree.targets.get(user=newcomer.user)
    assert target.origin == AssignmentTarget.Origin.NEWCOMER
    assert Enrolment.objects.filter(user=newcomer.user, course=course).exists()
    assert subtree.log.filter(action=AssignmentLog.Action.OFFICERS_ADDED).exists()


def test_a_newcomer_outside_the_assigned_subtree_gets_nothing(
    org, manager, course, django_capture_on_commit_callbacks
):
    assignment = assign(manager, course, scope=Assignment.Scope.UNIT, unit=org.province_a)
    with django_capture_on_commit_callbacks(execute=True):
        newcomer = people_services.create_officer(
            email="huyen@example.org",
            full_name="Lê Văn Huyện",
            employee_code="CB-A1-077",
            unit=org.district_a1,
            invite=False,
        )
    assert newcomer.user.email not in assigned_users(assignment)


def test_a_newcomer_past_the_due_date_gets_time_to_do_it(
    org, manager, course, django_capture_on_commit_callbacks, settings
):
    settings.TRACKER_NEWCOMER_DAYS = 14
    assignment = assign(manager, course, unit=org.province_a, due_on=in_days(3))
    with django_capture_on_commit_callbacks(execute=True):
        newcomer = people_services.create_officer(
            email="tre@example.org",
            full_name="Phan Văn Trễ",
            employee_code="CB-A1-078",
            unit=org.district_a1,
            invite=False,
        )
    assert assignment.targets.get(user=newcomer.user).due_on == in_days(14)


def test_an_officer_who_moves_in_gets_the_assignment_and_keeps_the_old_one(
    org,
    manager,
    other_manager,
    other_officer,
    course,
    other_course,
    django_capture_on_commit_callbacks,
):
    in_b = assign(other_manager, other_course, unit=org.province_b)
    in_a = assign(manager, course, unit=org.province_a)
    record = Officer.objects.get(user=other_officer)
    with django_capture_on_commit_callbacks(execute=True):
        people_services.update_officer(
            record,
            email=other_officer.email,
            full_name=other_officer.get_full_name(),
            employee_code=record.employee_code,
            unit=org.district_a1,
            position=record.position,
            active=True,
        )
    assert other_officer.email in assigned_users(in_a)
    assert other_officer.email in assigned_users(in_b)  # their results there stay


def test_staff_imports_are_swept_into_open_assignments(org, manager, course):
    assignment = assign(manager, course, unit=org.province_a)
    data = (
        "Mã cán bộ;Họ và tên;Email;Mã đơn vị;Chức vụ;Vai trò\n"
        "CB-A2-100;Vũ Thị Nhập;nhap@example.org;TA-H2;Chuyên viên;Cán bộ\n"
    ).encode()
    people_services.import_staff(data, "staff.csv", invite=False)
    assert "nhap@example.org" not in assigned_users(assignment)  # bulk writes send no signal
    assert services.sync_open_assignments() == 1
    assert "nhap@example.org" in assigned_users(assignment)
    assert services.sync_open_assignments() == 0


def test_an_officer_who_leaves_keeps_their_results(org, manager, officer, course):
    assignment = assign(manager, course, unit=org.province_a)
    complete(officer, course)
    services.refresh_targets_for(officer)
    people_services.set_officer_active(Officer.objects.get(user=officer), False)
    services.sync_open_assignments()
    target = assignment.targets.get(user=officer)
    assert target.status == TargetStatus.COMPLETED_ON_TIME
    assert Enrolment.objects.get(user=officer, course=course).completed_at is not None


def test_withdrawn_assignments_take_no_newcomers(
    org, manager, course, django_capture_on_commit_callbacks
):
    assignment = assign(manager, course, unit=org.province_a)
    services.withdraw_assignment(manager, assignment, reason="Trùng kế hoạch")
    with django_capture_on_commit_callbacks(execute=True):
        newcomer = people_services.create_officer(
            email="sau@example.org",
            full_name="Ngô Văn Sau",
            employee_code="CB-A1-079",
            unit=org.district_a1,
            invite=False,
        )
    assert newcomer.user.email not in assigned_users(assignment)


# Edits and withdrawal ------------------------------------------------------------------------


def test_editing_the_due_date_moves_every_officer_and_is_logged(org, manager, officer, course):
    assignment = assign(manager, course, unit=org.province_a, due_on=in_days(10))
    services.edit_assignment(manager, assignment, due_on=in_days(40), note="Gia hạn")
    assert set(assignment.targets.values_list("due_on", flat=True)) == {in_days(40)}
    entry = assignment.log.filter(action=AssignmentLog.Action.EDITED).get()
    assert entry.actor == manager
    assert entry.before["due_on"] == in_days(10).isoformat()
    assert entry.after["due_on"] == in_days(40).isoformat()
    assert entry.after["note"] == "Gia hạn"


def test_an_edit_that_changes_nothing_is_not_logged(org, manager, course):
    assignment = assign(manager, course, unit=org.province_a)
    services.edit_assignment(manager, assignment, due_on=assignment.due_on, note=assignment.note)
    assert not assignment.log.filter(action=AssignmentLog.Action.EDITED).exists()


def test_only_managers_of_the_whole_assignment_may_change_it(
    org, manager, other_manager, administrator, officer, course
):
    by_admin = assign(administrator, course, unit=org.central)
    with pytest.raises(services.AssignmentRefused):
        services.edit_assignment(manager, by_admin, due_on=in_days(60), note="")
    with pytest.raises(services.AssignmentRefused):
        services.withdraw_assignment(other_manager, assign(manager, course, unit=org.province_a))
    services.edit_assignment(administrator, by_admin, due_on=in_days(60), note="")


def test_withdrawing_keeps_the_results_and_logs_who_and_why(org, manager, officer, course):
    assignment = assign(manager, course, unit=org.province_a)
    complete(officer, course)
    services.withdraw_assignment(manager, assignment, reason="Trùng kế hoạch")
    assignment.refresh_from_db()
    assert assignment.is_withdrawn and assignment.withdrawn_by == manager
    entry = assignment.log.get(action=AssignmentLog.Action.WITHDRAWN)
    assert (entry.before["withdrawn"], entry.after["withdrawn"]) == (False, True)
    assert entry.after["withdraw_reason"] == "Trùng kế hoạch"
    assert Enrolment.objects.get(user=officer, course=course).completed_at is not None
    with pytest.raises(services.AssignmentRefused):
        services.edit_assignment(manager, assignment, due_on=in_days(50), note="")


def test_large_assignments_enrol_in_a_background_task(
    org, administrator, course, monkeypatch, django_capture_on_commit_callbacks
):
    from tracker.services import assigning as assignment_services

    monkeypatch.setattr(assignment_services, "INLINE_ENROL_LIMIT", 1)
    people = [OfficerFactory(unit=org.district_b1) for _ in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        assignment = assign(administrator, course, unit=org.province_b)
    assert assignment.targets.count() == 3
    assert not assignment.targets.filter(enrolment__isnull=True).exists()
    assert Enrolment.objects.filter(user__in=[p.user for p in people]).count() == 3


def test_with_live_status_sees_overdue_before_the_nightly_refresh(org, manager, officer, course):
    assignment = assign(manager, course, unit=org.province_a, due_on=in_days(2))
    with time_machine.travel(timezone.now() + datetime.timedelta(days=5), tick=False):
        statuses = set(
            AssignmentTarget.objects.filter(assignment=assignment)
            .with_live_status()
            .values_list("live_status", flat=True)
        )
    assert statuses == {TargetStatus.OVERDUE}


def test_a_user_without_an_officer_record_is_never_assigned(org, administrator, course):
    UserFactory(email="khong.co.ho.so@example.org")
    assignment = assign(administrator, course, unit=org.central)
    assert "khong.co.ho.so@example.org" not in assigned_users(assignment)


def test_with_live_status_sees_a_started_course_before_any_refresh(org, manager, officer, course):
    from tests.learning import start

    assignment = assign(manager, course, unit=org.province_a)
    start(officer, course)  # no event reaches the tracker for a lesson opened
    assert assignment.targets.get(user=officer).status == TargetStatus.NOT_STARTED
    live = dict(
        AssignmentTarget.objects.filter(assignment=assignment)
        .with_live_status()
        .values_list("user__email", "live_status")
    )
    assert live["officer.a@example.org"] == TargetStatus.IN_PROGRESS
    assert live["manager.a@example.org"] == TargetStatus.NOT_STARTED
