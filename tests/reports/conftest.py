"""A seeded tree whose figures are worked out by hand in test_seeded_figures.py.

Today is 15 June 2026 (Asia/Ho_Chi_Minh). Two courses: X (topic An toàn thông tin) assigned to
the whole tree, due 1 June; Y (topic Kỹ năng dữ liệu) assigned to province A, due 30 June.

    officer        (A1)  X done 20 May on time, 80%, 1 h; Y done 10 June, 70%, 20 min; rated X 4.0
    a1_second      (A1)  X started, overdue; Y not started; skipped the feedback
    inactive       (A1)  inactive: X and Y done, rated 5 — left out of every figure
    a2_one         (A2)  X done 5 June, late, 60%, 30 min; Y in progress; rated X 2.0
    manager        (TA)  X not started, overdue; Y not started
    moved          (B1, was A2)  X done 25 May on time, 90%, 2 h; rated X 4.0
    other_officer  (B1)  X not started, overdue; Y done 10 April by choice, 50%, 10 min
    other_manager  (TB)  X done 30 May on time, no figures row: 40 min from the enrolment

The ``reopened`` fixture adds an officer whose courses were opened for another round:

    renewed        (A2)  X round 1 done 20 July 2025 (30 min on lessons, certificate), opened
                         again 2 May 2026, round 2 done 28 May on time (lessons 50 min in all,
                         10 min of quiz attempts: 1 h, 80%); Y round 1 done 10 March (20 min),
                         opened again 31 May, round 2 in progress (25 min of lessons in all)
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine

from people.models import Officer

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime.datetime(2026, 6, 15, 10, 0, tzinfo=ZONE)


def at(month: int, day: int, hour: int = 10) -> datetime.datetime:
    return datetime.datetime(2026, month, day, hour, 0, tzinfo=ZONE)


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield NOW


@dataclass
class Scenario:
    org: object
    course_x: object
    course_y: object
    topic_x: object
    topic_y: object
    assignment_x: object
    assignment_y: object
    people: dict


def _enrol(user, course, *, completed=None, started=None, seconds=0, best=None, figures=True):
    from courses.models import Enrolment
    from tests.factories.courses import EnrolmentFactory
    from tests.factories.reports import EnrolmentFiguresFactory

    status = Enrolment.Status.ENROLLED
    if completed:
        status = Enrolment.Status.COMPLETED
    elif started:
        status = Enrolment.Status.IN_PROGRESS
    enrolment = EnrolmentFactory(
        user=user,
        course=course,
        status=status,
        enrolled_at=at(4, 1),
        started_at=started or (completed and completed - datetime.timedelta(days=3)),
        completed_at=completed,
        last_activity_at=completed or started,
        progress_percent=100 if completed else (40 if started else 0),
        seconds_spent=seconds,
    )
    if figures and (completed or started):
        EnrolmentFiguresFactory(
            enrolment=enrolment,
            lesson_seconds=seconds,
            quiz_seconds=0,
            total_seconds=seconds,
            best_mark=None if best is None else Decimal(best),
        )
    return enrolment


def _target(assignment, user, unit, *, enrolment=None, status="not_started", completed=None):
    from tests.factories.tracker import AssignmentTargetFactory

    return AssignmentTargetFactory(
        assignment=assignment,
        user=user,
        unit=unit,
        course=assignment.course,
        due_on=assignment.due_on,
        enrolment=enrolment,
        status=status,
        started_at=enrolment.started_at if enrolment else None,
        completed_at=completed,
    )


def _feedback(user, course, ratings, *, when, skipped=False):
    from tests.factories.tracker import CourseFeedbackFactory

    usefulness, clarity, time_well_spent = ratings if ratings else (None, None, None)
    return CourseFeedbackFactory(
        user=user,
        course=course,
        usefulness=usefulness,
        clarity=clarity,
        time_well_spent=time_well_spent,
        skipped=skipped,
        created_at=when,
    )


@pytest.fixture
def scenario(frozen, org, officer, other_officer, manager, other_manager, administrator):
    from tests.factories.courses import CoursePageFactory, TopicFactory
    from tests.factories.people import OfficerFactory, UserFactory
    from tests.factories.tracker import AssignmentFactory

    topic_x = TopicFactory(name="An toàn thông tin (thử)", slug="an-toan-thong-tin-thu")
    topic_y = TopicFactory(name="Kỹ năng dữ liệu (thử)", slug="ky-nang-du-lieu-thu")
    course_x = CoursePageFactory(
        title="An toàn thông tin cơ bản", slug="attt-co-ban", topic=topic_x
    )
    course_y = CoursePageFactory(title="Bảng tính dữ liệu", slug="bang-tinh-du-lieu", topic=topic_y)

    def person(email, first, last, code, unit, active=True):
        user = UserFactory(email=email, first_name=first, last_name=last, roles=["Officer"])
        OfficerFactory(user=user, employee_code=code, unit=unit, active=active)
        return user

    a1_second = person("binh.a1@example.org", "Bình", "Lê Thị", "CB-A1-002", org.district_a1)
    inactive = person("nghi.a1@example.org", "Nghỉ", "Đỗ Văn", "CB-A1-003", org.district_a1)
    a2_one = person("cuong.a2@example.org", "Cường", "Phạm Quốc", "CB-A2-001", org.district_a2)
    moved = person("dung.a2@example.org", "Dũng", "Hoàng Minh", "CB-A2-002", org.district_a2)

    ax = AssignmentFactory(
        course=course_x,
        unit=org.central,
        due_on=datetime.date(2026, 6, 1),
        created_by=administrator,
    )
    ay = AssignmentFactory(
        course=course_y, unit=org.province_a, due_on=datetime.date(2026, 6, 30), created_by=manager
    )

    # officer (A1)
    e = _enrol(officer, course_x, completed=at(5, 20), seconds=3600, best="80")
    _target(
        ax, officer, org.district_a1, enrolment=e, status="completed_on_time", completed=at(5, 20)
    )
    e = _enrol(officer, course_y, completed=at(6, 10), seconds=1200, best="70")
    _target(
        ay, officer, org.district_a1, enrolment=e, status="completed_on_time", completed=at(6, 10)
    )
    _feedback(officer, course_x, (5, 4, 3), when=at(5, 21))
    # a1_second (A1)
    e = _enrol(a1_second, course_x, started=at(5, 2), seconds=500)
    _target(ax, a1_second, org.district_a1, enrolment=e, status="overdue")
    _target(ay, a1_second, org.district_a1)
    _feedback(a1_second, course_x, None, when=at(6, 2), skipped=True)
    # inactive (A1): everything done, all of it left out
    e = _enrol(inactive, course_x, completed=at(5, 10), seconds=900, best="100")
    _target(
        ax, inactive, org.district_a1, enrolment=e, status="completed_on_time", completed=at(5, 10)
    )
    e = _enrol(inactive, course_y, completed=at(5, 11), seconds=900, best="100")
    _target(
        ay, inactive, org.district_a1, enrolment=e, status="completed_on_time", completed=at(5, 11)
    )
    _feedback(inactive, course_x, (5, 5, 5), when=at(5, 12))
    Officer.objects.filter(user=inactive).update(active=False)
    # a2_one (A2)
    e = _enrol(a2_one, course_x, completed=at(6, 5), seconds=1800, best="60")
    _target(ax, a2_one, org.district_a2, enrolment=e, status="completed_late", completed=at(6, 5))
    e = _enrol(a2_one, course_y, started=at(6, 8), seconds=300)
    _target(ay, a2_one, org.district_a2, enrolment=e, status="in_progress")
    _feedback(a2_one, course_x, (2, 2, 2), when=at(6, 6))
    # manager (province A's own office)
    _target(ax, manager, org.province_a, status="overdue")
    _target(ay, manager, org.province_a)
    # moved: assigned in A2, completed, then moved to B1 (results follow the officer)
    e = _enrol(moved, course_x, completed=at(5, 25), seconds=7200, best="90")
    _target(
        ax, moved, org.district_a2, enrolment=e, status="completed_on_time", completed=at(5, 25)
    )
    _feedback(moved, course_x, (4, 4, 4), when=at(5, 26))
    Officer.objects.filter(user=moved).update(unit=org.district_b1)
    # other_officer (B1)
    _target(ax, other_officer, org.district_b1, status="overdue")
    _enrol(other_officer, course_y, completed=at(4, 10), seconds=600, best="50")
    # other_manager (province B's own office), no figures row: time from the enrolment
    e = _enrol(other_manager, course_x, completed=at(5, 30), seconds=2400, figures=False)
    _target(ax, other_manager, org.province_b, enrolment=e, status="completed_on_time",
            completed=at(5, 30))  # fmt: skip

    return Scenario(
        org=org,
        course_x=course_x,
        course_y=course_y,
        topic_x=topic_x,
        topic_y=topic_y,
        assignment_x=ax,
        assignment_y=ay,
        people={
            "officer": officer,
            "a1_second": a1_second,
            "inactive": inactive,
            "a2_one": a2_one,
            "manager": manager,
            "moved": moved,
            "other_officer": other_officer,
            "other_manager": other_manager,
        },
    )


def reopen(enrolment, when, *, started=None, completed=None, seconds=None, best=None):
    """Open a completed enrolment for another round at ``when`` (as the tracker does), then
    record the new round: started, possibly completed, with the time spent over all rounds."""
    from courses.models import Enrolment
    from courses.services import start_new_cycle
    from reports.models import EnrolmentFigures

    start_new_cycle(enrolment, now=when)
    status = Enrolment.Status.COMPLETED if completed else Enrolment.Status.IN_PROGRESS
    Enrolment.objects.filter(pk=enrolment.pk).update(
        status=status,
        started_at=started,
        completed_at=completed,
        last_activity_at=completed or started,
        progress_percent=100 if completed else 40,
        seconds_spent=seconds,
    )
    enrolment.refresh_from_db()
    return enrolment, EnrolmentFigures.objects.filter(enrolment=enrolment)


@pytest.fixture
def reopened(scenario):
    from tests.factories.certificates import CertificateFactory
    from tests.factories.people import OfficerFactory, UserFactory

    org = scenario.org
    renewed = UserFactory(
        email="van.a2@example.org", first_name="Vân", last_name="Trần Thị", roles=["Officer"]
    )
    OfficerFactory(user=renewed, employee_code="CB-A2-003", unit=org.district_a2)
    last_year = datetime.datetime(2025, 7, 20, 10, 0, tzinfo=ZONE)

    x = _enrol(renewed, scenario.course_x, completed=last_year, seconds=1800, best="75")
    certificate = CertificateFactory(
        user=renewed, enrolment=x, completed_at=last_year, issued_at=last_year, mark="8.00"
    )
    x, figures = reopen(x, at(5, 2), started=at(5, 20), completed=at(5, 28), seconds=3000)
    figures.update(lesson_seconds=3000, quiz_seconds=600, total_seconds=3600, best_mark=80)
    _target(scenario.assignment_x, renewed, org.district_a2, enrolment=x,
            status="completed_on_time", completed=at(5, 28))  # fmt: skip

    y = _enrol(renewed, scenario.course_y, completed=at(3, 10), seconds=1200, best="65")
    y, figures = reopen(y, at(5, 31), started=at(6, 5), seconds=1500)
    figures.update(lesson_seconds=1500, quiz_seconds=0, total_seconds=1500, best_mark=None)
    _target(scenario.assignment_y, renewed, org.district_a2, enrolment=y, status="in_progress")

    scenario.people["renewed"] = renewed
    scenario.certificate = certificate
    return scenario
