"""The access review: administrators see every staff role, scope and delegation with last
sign-in and two-factor state, filter by unit, export it, and record that they reviewed it."""

import io

import openpyxl
import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from people.models import AccessReview
from tests.factories.people import ManagerScopeFactory, ReadDelegationFactory
from tests.people.test_two_factor import _activate_totp

pytestmark = pytest.mark.django_db

URL = reverse("people:access_review")


def test_every_staff_access_is_listed_with_sign_in_and_two_factor(
    client, administrator, trainer, manager, officer, other_officer
):
    ReadDelegationFactory(manager=manager, delegate=officer)
    _activate_totp(client, trainer)
    client.force_login(administrator)
    client.cookies["kns_language"] = "en"
    page = client.get(URL)
    assert page.status_code == 200
    rows = {row.user: row for row in page.context["rows"]}
    assert set(rows) == {administrator, trainer, manager, officer}
    assert rows[trainer].has_mfa and not rows[manager].has_mfa
    assert rows[manager].scopes
    assert rows[officer].delegations
    assert other_officer.email not in page.content.decode()


def test_the_list_filters_by_unit(client, administrator, manager, other_manager, org):
    client.force_login(administrator)
    page = client.get(URL, {"unit": org.province_b.pk})
    users = {row.user for row in page.context["rows"]}
    assert other_manager in users and manager not in users


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_list_exports_and_the_export_is_logged(client, administrator, manager, kind):
    client.force_login(administrator)
    response = client.get(URL, {"export": kind})
    assert response.status_code == 200
    if kind == "csv":
        assert manager.email in response.content.decode("utf-8-sig")
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        assert manager.email in [cell.value for cell in sheet["B"]]
    assert ModelLogEntry.objects.filter(
        action="people.access_review_export", user=administrator
    ).exists()


def test_the_reviewed_mark_records_who_and_when(client, administrator, manager):
    client.force_login(administrator)
    response = client.post(URL, {"note": "Bỏ quyền của người đã chuyển công tác"})
    assert response.status_code == 302
    review = AccessReview.objects.get()
    assert review.reviewed_by == administrator
    assert review.accounts == 2
    entry = ModelLogEntry.objects.get(action="people.access_reviewed")
    assert entry.user == administrator
    assert "Bỏ quyền" in client.get(URL).content.decode()


@pytest.mark.parametrize("persona", ["manager", "trainer", "officer"])
def test_only_administrators_open_it(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"note": "x"}).status_code == 403
    assert not AccessReview.objects.exists()


def test_scope_grants_are_logged_with_the_unit(administrator, org):
    from tests.factories.people import UserFactory

    person = UserFactory()
    ManagerScopeFactory(user=person, unit=org.district_a1, granted_by=administrator)
    entry = ModelLogEntry.objects.get(action="people.scope_granted")
    assert entry.user == administrator
    assert entry.data["unit_id"] == org.district_a1.pk
