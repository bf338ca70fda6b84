"""Every tracker factory builds a valid object."""

import pytest

from tests.factories.certificates import CertificateFactory
from tests.factories.reports import CourseCostFactory, EnrolmentFiguresFactory
from tests.factories.tracker import (
    AssignmentFactory,
    AssignmentLogFactory,
    AssignmentTargetFactory,
    CalendarFeedTokenFactory,
    CourseFeedbackFactory,
    ReminderLogFactory,
)

pytestmark = pytest.mark.django_db

FACTORIES = [
    AssignmentFactory,
    AssignmentLogFactory,
    AssignmentTargetFactory,
    CalendarFeedTokenFactory,
    CertificateFactory,
    CourseCostFactory,
    CourseFeedbackFactory,
    EnrolmentFiguresFactory,
    ReminderLogFactory,
]


@pytest.mark.parametrize("factory_class", FACTORIES, ids=lambda f: f.__name__)
def test_factory_builds_a_valid_object(factory_class):
    instance = factory_class()
    instance.full_clean()
    assert instance.pk is not None
    assert str(instance)
