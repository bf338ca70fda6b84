"""Every status an assigned officer can be in, reached as time passes and they learn."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from people.models import Officer
from tests.learning import complete, pass_quiz, quiz_of, start
from tracker import services
from tracker.models import Assignment, AssignmentLog, AssignmentTarget, TargetStatus

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def at(day, hour=9):
    return datetime.datetime(2026, 12, day, hour, 0, tzinfo=HCM)


def later(days):
    return at(1) + datetime.timedelta(days=days)


def target_of(officer, assignment, cycle=1):
    return AssignmentTarget.objects.get(assignment=assignment, user=officer, cycle=cycle)


@pytest.fixture
def assignment(org, manager, officer, course):
    with time_machine.travel(at(1), tick=False):
        return services.create_assignment(
            manager,
            course=course,
            scope=Assignment.Scope.OFFICERS,
            officers=[Officer.objects.get(user=officer)],
            due_on=datetime.date(2026, 12, 15),
        )


def refresh(officer, when):
    with time_machine.travel(when, tick=False):
        services.refresh_targets_for(officer)


def recurring(manager, org, course, *, months):
    """A unit assignment of the course made on day 1, due 15/12/2026, recurring every months."""
    with time_machine.travel(at(1), tick=False):
        return services.create_assignment(
            manager,
            course=course,
            scope=Assignment.Scope.UNIT,
            unit=org.district_a1,
            due_on=datetime.date(2026, 12, 15),
            recurrence_months=months,
        )


def completed_with_quiz(officer, quiz_course, capture):
    """The officer does the lesson and passes the quiz on day 10."""
    with time_machine.travel(at(10), tick=False), capture(execute=True):
        complete(officer, quiz_course)
        pass_quiz(officer, quiz_of(quiz_course))


def test_not_started_then_in_progress_then_completed_on_time(
    assignment, officer, course, django_capture_on_commit_callbacks
):
    assert target_of(officer, assignment).status == TargetStatus.NOT_STARTED
    with time_machine.travel(at(5), tick=False):
        start(officer, course)
    refresh(officer, at(5))
    target = target_of(officer, assignment)
    assert target.status == TargetStatus.IN_PROGRESS
    assert target.started_at == at(5)

    with (
        time_machine.travel(at(15, hour=23), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):  # late on the due day is still on time
        complete(officer, course)
    target = target_of(officer, assignment)
    assert target.status == TargetStatus.COMPLETED_ON_TIME
    assert target.completed_at == at(15, hour=23)


def test_in_progress_then_overdue_then_completed_late(
    assignment, officer, course, django_capture_on_commit_callbacks
):
    with time_machine.travel(at(10), tick=False):
        start(officer, course)
    with time_machine.travel(at(16, hour=0), tick=False):
        assert services.refresh_all_targets() == 1  # the nightly run flips it
    assert target_of(officer, assignment).status == TargetStatus.OVERDUE

    with time_machine.travel(at(20), tick=False), django_capture_on_commit_callbacks(execute=True):
        complete(officer, course)
    assert target_of(officer, assignment).status == TargetStatus.COMPLETED_LATE


def test_never_started_becomes_overdue(assignment, officer):
    refresh(officer, at(15, hour=23))
    assert target_of(officer, assignment).status == TargetStatus.NOT_STARTED
    refresh(officer, at(16, hour=0))
    assert target_of(officer, assignment).status == TargetStatus.OVERDUE


def test_a_new_due_date_turns_overdue_back_into_in_time(assignment, manager, officer, course):
    with time_machine.travel(at(17), tick=False):
        services.refresh_targets_for(officer)
        assert target_of(officer, assignment).status == TargetStatus.OVERDUE
        services.edit_assignment(
            manager, assignment, due_on=datetime.date(2026, 12, 31), note="Gia hạn"
        )
    assert target_of(officer, assignment).status == TargetStatus.NOT_STARTED


def test_a_later_due_date_makes_a_late_completion_on_time(
    assignment, manager, officer, course, django_capture_on_commit_callbacks
):
    with time_machine.travel(at(18), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            complete(officer, course)
        assert target_of(officer, assignment).status == TargetStatus.COMPLETED_LATE
        services.edit_assignment(manager, assignment, due_on=datetime.date(2026, 12, 20), note="")
    assert target_of(officer, assignment).status == TargetStatus.COMPLETED_ON_TIME


def test_a_recurring_assignment_is_due_again_after_each_completion(
    org, manager, officer, quiz_course, django_capture_on_commit_callbacks
):
    assignment = recurring(manager, org, quiz_course, months=12)
    completed_with_quiz(officer, quiz_course, django_capture_on_commit_callbacks)
    first = target_of(officer, assignment)
    assert first.status == TargetStatus.COMPLETED_ON_TIME
    assert first.superseded_at is not None
    second = target_of(officer, assignment, cycle=2)
    assert second.due_on == datetime.date(2027, 12, 10)
    assert second.status == TargetStatus.NOT_STARTED
    assert second.origin == AssignmentTarget.Origin.RECURRENCE
    assert assignment.log.filter(action=AssignmentLog.Action.RECURRED).count() == 1
    # Only the current cycle counts as what the officer is due now.
    assert list(AssignmentTarget.objects.current().filter(user=officer)) == [second]

    next_year = datetime.datetime(2027, 12, 11, 9, 0, tzinfo=HCM)
    refresh(officer, next_year)
    assert target_of(officer, assignment, cycle=2).status == TargetStatus.OVERDUE

    # The course was opened again for the second cycle: passing the quiz alone is not enough,
    # the officer does the course again, lesson and quiz, and completes it (late).
    with time_machine.travel(next_year + datetime.timedelta(days=1), tick=False):
        pass_quiz(officer, quiz_of(quiz_course))
        services.refresh_targets_for(officer)
        assert target_of(officer, assignment, cycle=2).status == TargetStatus.OVERDUE
        with django_capture_on_commit_callbacks(execute=True):
            complete(officer, quiz_course)
    second = target_of(officer, assignment, cycle=2)
    assert second.status == TargetStatus.COMPLETED_LATE
    assert target_of(officer, assignment, cycle=3).due_on == datetime.date(2028, 12, 12)
    first = target_of(officer, assignment)
    assert (first.status, first.completed_at) == (TargetStatus.COMPLETED_ON_TIME, at(10))


def test_passing_the_quiz_again_before_the_course_reopens_is_a_refresher(
    org, manager, officer, quiz_course, django_capture_on_commit_callbacks
):
    assignment = recurring(manager, org, quiz_course, months=12)
    completed_with_quiz(officer, quiz_course, django_capture_on_commit_callbacks)
    # Months before the next due date (the course opens again 30 days before it).
    with time_machine.travel(datetime.datetime(2027, 9, 1, 9, tzinfo=HCM), tick=False):
        pass_quiz(officer, quiz_of(quiz_course))
        services.refresh_targets_for(officer)
    second = target_of(officer, assignment, cycle=2)
    assert second.status == TargetStatus.COMPLETED_ON_TIME
    assert target_of(officer, assignment, cycle=3).due_on == datetime.date(2028, 9, 1)


def test_a_failed_refresher_does_not_complete_the_next_cycle(
    org, manager, officer, quiz_course, django_capture_on_commit_callbacks
):
    assignment = recurring(manager, org, quiz_course, months=6)
    completed_with_quiz(officer, quiz_course, django_capture_on_commit_callbacks)
    with time_machine.travel(datetime.datetime(2027, 6, 1, 9, tzinfo=HCM), tick=False):
        pass_quiz(officer, quiz_of(quiz_course), right=False)
        services.refresh_targets_for(officer)
    assert target_of(officer, assignment, cycle=2).status == TargetStatus.IN_PROGRESS


def test_a_completion_long_before_a_recurring_assignment_does_not_count(
    org, manager, officer, course, django_capture_on_commit_callbacks
):
    from courses import services as course_services

    course_services.enrol(officer, course)
    with (
        time_machine.travel(datetime.datetime(2025, 1, 10, 9, tzinfo=HCM), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        complete(officer, course)
    assignment = recurring(manager, org, course, months=12)
    target = target_of(officer, assignment)
    assert (target.status, target.completed_at) == (TargetStatus.NOT_STARTED, None)


def test_passing_the_quiz_alone_does_not_complete_a_course_never_completed(
    org, manager, officer, quiz_course
):
    assignment = recurring(manager, org, quiz_course, months=12)
    with time_machine.travel(at(5), tick=False):
        pass_quiz(officer, quiz_of(quiz_course))  # the lesson is still to do
        services.refresh_targets_for(officer)
    target = target_of(officer, assignment)
    assert (target.status, target.completed_at) == (TargetStatus.IN_PROGRESS, None)
