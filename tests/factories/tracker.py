"""Factories for the tracker: assignments and their officers, feedback, feeds, reminders.

Assignments made here are plain rows; tests of behaviour create them through
tracker.services.create_assignment, which also adds the officers and enrols them.
"""

import datetime

import factory
from django.utils import timezone

from tests.factories.courses import CoursePageFactory
from tests.factories.people import OfficerFactory, OrgUnitFactory, UserFactory
from tracker.models import (
    Assignment,
    AssignmentLog,
    AssignmentTarget,
    CalendarFeedToken,
    CourseFeedback,
    ReminderLog,
)


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


class ReminderLogFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReminderLog

    kind = ReminderLog.Kind.DUE_SOON
    target = factory.SubFactory(AssignmentTargetFactory)
    recipient = factory.SelfAttribute("target.user")
    due_on = factory.SelfAttribute("target.due_on")
    run = factory.Faker("uuid4", cast_to=None)
