"""Every report factory builds a valid object."""

import pytest

from tests.factories.reports import ExportJobFactory, ExportLogFactory, ReportSnapshotFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "factory_class",
    [ExportLogFactory, ExportJobFactory, ReportSnapshotFactory],
    ids=lambda f: f.__name__,
)
def test_factory_builds_a_valid_object(factory_class):
    instance = factory_class()
    instance.full_clean()
    assert instance.pk is not None
    assert str(instance)
