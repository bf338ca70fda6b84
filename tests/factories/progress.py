"""Factories for the tracker: assignments and their officers, certificates, feedback, feeds.

Assignments made here are plain rows; tests of behaviour create them through
progress.services.create_assignment, which also adds the officers and enrols them.
"""

import datetime
from decimal import Decimal

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from progress.certificates import new_verification_code
from progress.models import (
    Assignment,
    AssignmentLog,
    AssignmentTarget,
    CalendarFeedToken,
    Certificate,
    CourseCost,
    CourseFeedback,
    EnrolmentFigures,
    ReminderLog,
)
from tests.factories.courses import CoursePageFactory, EnrolmentFactory
from tests.factories.people import OfficerFactory, OrgUnitFactory, UserFactory


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


class AssignmentFactory(factory.django.DjangoModelFactory):
    """A course given to a unit and everything under it, due in thirty days."""

    class Meta:
        model = Assignment

    course = factory.SubFactory(CoursePageFactory)
    scope = Assignment.Scope.SUBTREE
    unit = factory.SubFactory(OrgUnitFactory)
    due_on = factory.LazyFunction(lambda: in_days(30))
    note = "Hoàn thành trước hạn để kịp báo cáo quý."
    created_by = factory.SubFactory(UserFactory, roles=["Administrator"])


class AssignmentTargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AssignmentTarget

    assignment = factory.SubFactory(AssignmentFactory)
    user = factory.LazyAttribute(lambda o: OfficerFactory(unit=o.assignment.unit).user)
    unit = factory.SelfAttribute("assignment.unit")
    course = factory.SelfAttribute("assignment.course")
    due_on = factory.SelfAttribute("assignment.due_on")


class AssignmentLogFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AssignmentLog

    assignment = factory.SubFactory(AssignmentFactory)
    action = AssignmentLog.Action.CREATED
    actor = factory.SelfAttribute("assignment.created_by")
    after = factory.LazyAttribute(lambda o: {"due_on": o.assignment.due_on.isoformat()})


class CertificateFactory(factory.django.DjangoModelFactory):
    """A certificate row with a placeholder file (tests of the signed PDF issue real ones)."""

    class Meta:
        model = Certificate

    code = factory.LazyFunction(new_verification_code)
    user = factory.SubFactory(UserFactory)
    enrolment = factory.SubFactory(EnrolmentFactory, user=factory.SelfAttribute("..user"))
    course = factory.SelfAttribute("enrolment.course")
    full_name = factory.LazyAttribute(lambda o: o.user.get_full_name() or o.user.email)
    unit_name = "Văn phòng Huyện ủy Đức Phổ"
    course_title = factory.LazyAttribute(lambda o: o.course.title)
    mark = Decimal("8.50")
    completed_at = factory.LazyFunction(timezone.now)
    issued_at = factory.LazyFunction(timezone.now)
    pdf = factory.LazyAttribute(
        lambda o: ContentFile(b"%PDF-1.7\n%placeholder\n", name=f"{o.code}.pdf")
    )


class CourseFeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CourseFeedback

    user = factory.SubFactory(UserFactory)
    course = factory.SubFactory(CoursePageFactory)
    usefulness = 5
    clarity = 4
    time_well_spent = 4
    comment = "Bài học thiết thực, ví dụ sát với công việc văn phòng."


class CalendarFeedTokenFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CalendarFeedToken

    user = factory.SubFactory(UserFactory)


class CourseCostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CourseCost

    course = factory.SubFactory(CoursePageFactory)
    cost_per_learner = Decimal("350000")


class ReminderLogFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReminderLog

    kind = ReminderLog.Kind.DUE_SOON
    target = factory.SubFactory(AssignmentTargetFactory)
    recipient = factory.SelfAttribute("target.user")
    due_on = factory.SelfAttribute("target.due_on")
    run = factory.Faker("uuid4", cast_to=None)


class EnrolmentFiguresFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EnrolmentFigures

    enrolment = factory.SubFactory(EnrolmentFactory)
    user = factory.SelfAttribute("enrolment.user")
    course = factory.SelfAttribute("enrolment.course")
    lesson_seconds = 1200
    quiz_seconds = 600
    total_seconds = 1800
    best_mark = Decimal("85.00")
