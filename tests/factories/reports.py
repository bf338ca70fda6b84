"""Factories for the report records: export log entries, background exports, snapshots."""

from decimal import Decimal

import factory
from django.core.files.base import ContentFile

from reports.models import (
    CourseCost,
    EnrolmentFigures,
    ExportFormat,
    ExportJob,
    ExportLog,
    ReportSnapshot,
)
from tests.factories.courses import CoursePageFactory, EnrolmentFactory
from tests.factories.people import OrgUnitFactory, UserFactory


class ExportLogFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExportLog

    user = factory.SubFactory(UserFactory, roles=["Manager"])
    view = "unit"
    table = "units"
    unit = factory.SubFactory(OrgUnitFactory)
    scope_label = factory.LazyAttribute(lambda o: o.unit.name)
    filters = factory.LazyFunction(dict)
    format = ExportFormat.XLSX
    rows = 3


class ExportJobFactory(factory.django.DjangoModelFactory):
    """A finished background export with a small file."""

    class Meta:
        model = ExportJob

    user = factory.SubFactory(UserFactory, roles=["Manager"])
    log = factory.SubFactory(
        ExportLogFactory, user=factory.SelfAttribute("..user"), background=True
    )
    request = factory.LazyAttribute(
        lambda o: {"view": "unit", "format": "csv", "table": "units", "unit_id": o.log.unit_id}
    )
    title = "Báo cáo đào tạo"
    status = ExportJob.Status.DONE
    filename = "bao-cao.csv"
    rows = 1
    file = factory.LazyAttribute(
        lambda o: ContentFile("\ufeffĐơn vị\r\nVăn phòng Tỉnh ủy\r\n".encode(), name=o.filename)
    )


class ReportSnapshotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportSnapshot

    unit = factory.SubFactory(OrgUnitFactory)
    status = ReportSnapshot.Status.READY


class CourseCostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CourseCost

    course = factory.SubFactory(CoursePageFactory)
    cost_per_learner = Decimal("350000")


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
