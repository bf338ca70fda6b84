"""Factories for certificates: an issued certificate with a stand-in PDF."""

from decimal import Decimal

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from certificates.data import new_verification_code
from certificates.models import Certificate
from tests.factories.courses import EnrolmentFactory
from tests.factories.people import UserFactory


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
