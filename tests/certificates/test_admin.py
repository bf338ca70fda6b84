"""The tracker in the Wagtail admin: administrators find and revoke certificates, set course
costs; trainers reach course feedback from the admin menu; nobody else gets in."""

from decimal import Decimal

import pytest
from django.urls import reverse

from reports.models import CourseCost
from tests.factories.certificates import CertificateFactory

pytestmark = pytest.mark.django_db

INDEXES = ["certificate_admin:index", "course-costs:index"]


@pytest.fixture
def admin_client(client, administrator):
    client.force_login(administrator)
    return client


@pytest.mark.parametrize("name", INDEXES)
def test_administrators_reach_the_tracker_screens(admin_client, name):
    CertificateFactory()
    assert admin_client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize("persona", ["trainer", "manager", "officer"])
@pytest.mark.parametrize("name", INDEXES)
def test_nobody_else_reaches_them(client, request, persona, name):
    client.force_login(request.getfixturevalue(persona))
    response = client.get(reverse(name))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/login/" in response["Location"] or response["Location"] == "/admin/"


def test_certificates_are_found_by_code_or_name(admin_client, officer):
    wanted = CertificateFactory(user=officer, full_name="Nguyễn Thị Lan")
    other = CertificateFactory(full_name="Trần Văn Hùng")
    page = admin_client.get(reverse("certificate_admin:index"), {"q": wanted.code.lower()})
    assert wanted.code in page.content.decode() and other.code not in page.content.decode()
    page = admin_client.get(reverse("certificate_admin:index"), {"q": "Hùng"})
    assert other.code in page.content.decode() and wanted.code not in page.content.decode()


def test_an_administrator_revokes_a_certificate_with_a_reason(admin_client, administrator, client):
    certificate = CertificateFactory()
    url = reverse("certificate_admin:revoke", args=[certificate.pk])
    assert admin_client.get(url).status_code == 200
    refused = admin_client.post(url, {"reason": ""})
    assert refused.status_code == 200
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
    response = admin_client.post(
        url, {"reason": "Cấp nhầm khóa học", "category": "issued_in_error"}
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert (certificate.revoked_by, certificate.revoke_reason, certificate.revoke_category) == (
        administrator,
        "Cấp nhầm khóa học",
        "issued_in_error",
    )
    admin_client.logout()
    verify = admin_client.get(reverse("certificates:verify", args=[certificate.code]))
    # The public check shows the category, not the administrator's words.
    assert "Cấp nhầm khóa học" not in verify.content.decode()
    assert "Cấp nhầm" in verify.content.decode()


@pytest.mark.parametrize("persona", ["trainer", "manager"])
def test_others_cannot_revoke(client, request, persona):
    certificate = CertificateFactory()
    client.force_login(request.getfixturevalue(persona))
    response = client.post(
        reverse("certificate_admin:revoke", args=[certificate.pk]), {"reason": "x"}
    )
    assert response.status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


def test_an_administrator_sets_the_cost_per_learner_of_a_course(
    admin_client, administrator, course
):
    response = admin_client.post(
        reverse("course-costs:add"),
        {"course": course.pk, "cost_per_learner": "350000", "note": "Thuê hội trường"},
    )
    assert response.status_code == 302
    cost = CourseCost.objects.get()
    assert (cost.course_id, cost.cost_per_learner, cost.updated_by) == (
        course.pk,
        Decimal("350000"),
        administrator,
    )


def test_trainers_find_course_feedback_in_the_admin_menu(client, trainer):
    client.force_login(trainer)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("reports:feedback_overview") in page
