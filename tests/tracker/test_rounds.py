"""Recurring assignments and certificates that expire, for a course of lessons alone: when the
officer is due again the course is opened for another round (a month before the due date), they
do it again, the new completion counts and gets its own certificate, and the earlier one stays
on record."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse

from certificates.models import Certificate
from courses import services as course_services
from courses.models import Enrolment, EnrolmentCycle
from people.models import Officer
from tests.learning import complete, pass_quiz, quiz_of
from tracker import services
from tracker.models import Assignment, AssignmentTarget, TargetStatus

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def moment(year, month, day, hour=9):
    return datetime.datetime(year, month, day, hour, 0, tzinfo=HCM)


def target_of(officer, assignment, cycle=1):
    return AssignmentTarget.objects.get(assignment=assignment, user=officer, cycle=cycle)


def enrolment_of(officer, course):
    return Enrolment.objects.get(user=officer, course=course)


def assign(manager, officer, course, **settings):
    with time_machine.travel(moment(2026, 12, 1), tick=False):
        return services.create_assignment(
            manager,
            course=course,
            scope=Assignment.Scope.OFFICERS,
            officers=[Officer.objects.get(user=officer)],
            due_on=datetime.date(2026, 12, 15),
            **settings,
        )


def nightly(when):
    with time_machine.travel(when, tick=False):
        services.refresh_all_targets()


@pytest.fixture
def completed_once(manager, officer, course, signing_settings, django_capture_on_commit_callbacks):
    """A yearly assignment of the lessons-only course, completed on 10/12/2026."""
    assignment = assign(manager, officer, course, recurrence_months=12)
    with (
        time_machine.travel(moment(2026, 12, 10), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        complete(officer, course)
    assert target_of(officer, assignment).status == TargetStatus.COMPLETED_ON_TIME
    assert target_of(officer, assignment, cycle=2).due_on == datetime.date(2027, 12, 10)
    return assignment


def test_the_course_stays_completed_until_a_month_before_it_is_due_again(
    completed_once, officer, course
):
    nightly(moment(2027, 11, 9))
    enrolment = enrolment_of(officer, course)
    assert (enrolment.status, enrolment.completed_at) == (
        Enrolment.Status.COMPLETED,
        moment(2026, 12, 10),
    )
    nightly(moment(2027, 11, 10))  # 30 days before 10/12/2027
    enrolment = enrolment_of(officer, course)
    assert (enrolment.status, enrolment.completed_at, enrolment.cycle) == (
        Enrolment.Status.ENROLLED,
        None,
        2,
    )
    assert enrolment.progress_percent == 0
    assert target_of(officer, completed_once, cycle=2).status == TargetStatus.NOT_STARTED


def test_a_lessons_only_course_is_completed_again_with_a_new_certificate(
    completed_once, officer, course, django_capture_on_commit_callbacks
):
    first_certificate = Certificate.objects.get(user=officer)
    nightly(moment(2027, 11, 10))
    with (
        time_machine.travel(moment(2027, 11, 20), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        complete(officer, course)

    second = target_of(officer, completed_once, cycle=2)
    assert (second.status, second.completed_at) == (
        TargetStatus.COMPLETED_ON_TIME,
        moment(2027, 11, 20),
    )
    assert target_of(officer, completed_once, cycle=3).due_on == datetime.date(2028, 11, 20)
    # The earlier cycle and its certificate are untouched.
    first = target_of(officer, completed_once)
    assert (first.status, first.completed_at) == (
        TargetStatus.COMPLETED_ON_TIME,
        moment(2026, 12, 10),
    )
    certificates = list(Certificate.objects.filter(user=officer).order_by("completed_at"))
    assert [c.completed_at for c in certificates] == [moment(2026, 12, 10), moment(2027, 11, 20)]
    assert certificates[0] == first_certificate
    assert certificates[0].code != certificates[1].code
    assert {c.state(today=datetime.date(2027, 11, 21)) for c in certificates} == {"valid"}
    assert EnrolmentCycle.objects.get(user=officer).completed_at == moment(2026, 12, 10)


def test_my_learning_keeps_the_earlier_completion_with_its_mark_and_certificate(
    client, manager, officer, quiz_course, signing_settings, django_capture_on_commit_callbacks
):
    assignment = assign(manager, officer, quiz_course, recurrence_months=12)
    with (
        time_machine.travel(moment(2026, 12, 10), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        complete(officer, quiz_course)
        pass_quiz(officer, quiz_of(quiz_course))
    first_certificate = Certificate.objects.get(user=officer)
    assert first_certificate.mark == 10

    with time_machine.travel(moment(2027, 11, 15), tick=False):
        client.force_login(officer)
        page = BeautifulSoup(client.get(reverse("tracker:my")).content, "html.parser")
    # The visit itself opened the new round: the course is due again, and the earlier
    # completion is still listed with its date, mark and certificate.
    assert enrolment_of(officer, quiz_course).cycle == 2
    [earlier] = page.select(f'[data-completed="{quiz_course.slug}"]')
    assert earlier["data-round"] == "earlier"
    assert "10/12/2026" in earlier.get_text()
    assert "10" in earlier.find_all("td")[1].get_text()
    assert earlier.select_one(f'[data-certificate="{first_certificate.code}"]')
    assert page.select_one(f'[data-assigned="{quiz_course.slug}"]')

    with time_machine.travel(moment(2027, 11, 20), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            complete(officer, quiz_course)
            pass_quiz(officer, quiz_of(quiz_course), right=False)
            pass_quiz(officer, quiz_of(quiz_course))
        client.force_login(officer)  # days later: a new session
        page = BeautifulSoup(client.get(reverse("tracker:my")).content, "html.parser")
    rows = page.select(f'[data-completed="{quiz_course.slug}"]')
    assert [row.get("data-round") for row in rows] == [None, "earlier"]
    assert "20/11/2027" in rows[0].get_text()
    second_certificate = Certificate.objects.exclude(pk=first_certificate.pk).get(user=officer)
    assert rows[0].select_one(f'[data-certificate="{second_certificate.code}"]')
    assert second_certificate.mark == 10
    assert target_of(officer, assignment, cycle=2).status == TargetStatus.COMPLETED_ON_TIME


def test_an_expiring_certificate_makes_the_officer_do_the_course_again(
    manager, officer, course, signing_settings, django_capture_on_commit_callbacks
):
    assignment = assign(manager, officer, course, certificate_valid_months=24)
    with (
        time_machine.travel(moment(2026, 12, 1), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        complete(officer, course)
    old = Certificate.objects.get(user=officer)
    assert old.valid_until == datetime.date(2028, 12, 1)

    nightly(moment(2028, 11, 1))
    assert enrolment_of(officer, course).completed_at is None
    with (
        time_machine.travel(moment(2028, 11, 25), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        complete(officer, course)
    new = Certificate.objects.exclude(pk=old.pk).get(user=officer)
    assert new.valid_until == datetime.date(2030, 11, 25)
    assert old.state(today=datetime.date(2028, 12, 2)) == "expired"
    assert new.state(today=datetime.date(2028, 12, 2)) == "valid"
    assert target_of(officer, assignment, cycle=2).status == TargetStatus.COMPLETED_ON_TIME


def test_another_assignment_of_the_course_keeps_its_completion(
    org, manager, officer, course, completed_once, django_capture_on_commit_callbacks
):
    with time_machine.travel(moment(2026, 12, 5), tick=False):
        one_off = services.create_assignment(
            manager,
            course=course,
            scope=Assignment.Scope.UNIT,
            unit=org.district_a1,
            due_on=datetime.date(2027, 1, 31),
        )
    nightly(moment(2026, 12, 20))
    assert target_of(officer, one_off).completed_at == moment(2026, 12, 10)
    nightly(moment(2027, 11, 10))  # the yearly one opens a new round
    with time_machine.travel(moment(2027, 11, 11), tick=False):
        services.refresh_targets(list(AssignmentTarget.objects.filter(assignment=one_off)))
        course_services.open_item(officer, course.get_children().first())
    target = target_of(officer, one_off)
    assert (target.status, target.completed_at) == (
        TargetStatus.COMPLETED_ON_TIME,
        moment(2026, 12, 10),
    )


def test_a_withdrawn_assignment_opens_no_new_round(completed_once, manager, officer, course):
    with time_machine.travel(moment(2027, 1, 5), tick=False):
        services.withdraw_assignment(manager, completed_once, reason="Đã đủ")
    with time_machine.travel(moment(2027, 12, 1), tick=False):
        services.refresh_targets(list(AssignmentTarget.objects.filter(user=officer)))
    assert enrolment_of(officer, course).completed_at == moment(2026, 12, 10)


def test_an_old_completion_is_opened_again_when_a_yearly_assignment_starts(
    org, manager, officer, course, django_capture_on_commit_callbacks
):
    course_services.enrol(officer, course)
    with (
        time_machine.travel(moment(2025, 1, 10), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        complete(officer, course)
    assignment = assign(manager, officer, course, recurrence_months=12)
    assert enrolment_of(officer, course).completed_at is None  # due within days: opened at once
    with (
        time_machine.travel(moment(2026, 12, 12), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        complete(officer, course)
    target = target_of(officer, assignment)
    assert (target.status, target.completed_at) == (
        TargetStatus.COMPLETED_ON_TIME,
        moment(2026, 12, 12),
    )


def test_how_early_the_course_opens_again_is_a_setting(completed_once, officer, course, settings):
    settings.TRACKER_NEXT_ROUND_OPENS_DAYS = 7
    nightly(moment(2027, 11, 10))
    assert enrolment_of(officer, course).cycle == 1
    nightly(moment(2027, 12, 3))
    assert enrolment_of(officer, course).cycle == 2


# A completed round counts until the next one opens ---------------------------------------


def current_status(officer, assignment):
    return (
        AssignmentTarget.objects.filter(user=officer, assignment=assignment)
        .current()
        .with_live_status()
        .get()
        .live_status
    )


def my_assigned(client, officer, course):
    """The course's status among /my/'s assigned work (completed work is not listed there)."""
    client.force_login(officer)
    page = client.get(reverse("tracker:my")).context["page"]
    return [a.live_status for a in page.assigned if a.target.course_id == course.pk]


def dashboard_completed(client, manager):
    client.force_login(manager)
    total = client.get(reverse("reports:manage")).context["dashboard"].total
    return total.assigned, total.completed


def test_a_completed_round_counts_until_the_next_one_opens(
    client, completed_once, manager, officer, course
):
    with time_machine.travel(moment(2026, 12, 20), tick=False):
        assert current_status(officer, completed_once) == TargetStatus.COMPLETED_ON_TIME
        assert my_assigned(client, officer, course) == []  # done: not listed as work to do
        assert dashboard_completed(client, manager) == (1, 1)
    nightly(moment(2027, 11, 10))  # the next round opens 30 days before 10/12/2027
    with time_machine.travel(moment(2027, 11, 10), tick=False):
        assert current_status(officer, completed_once) == TargetStatus.NOT_STARTED
        assert my_assigned(client, officer, course) == [TargetStatus.NOT_STARTED]
        assert dashboard_completed(client, manager) == (1, 0)


def test_the_assignment_page_counts_them_as_completed(client, completed_once, manager):
    with time_machine.travel(moment(2026, 12, 20), tick=False):
        client.force_login(manager)
        page = client.get(reverse("tracker:assignment", args=[completed_once.pk]))
        assert page.status_code == 200
        counts = page.context["counts"]
        assert counts[TargetStatus.COMPLETED_ON_TIME] == 1
        assert counts[TargetStatus.NOT_STARTED] == 0
