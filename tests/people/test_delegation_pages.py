"""The delegations page: a manager lends read access, revokes it; others are refused."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from people.models import ReadDelegation
from tests.factories.people import ReadDelegationFactory

pytestmark = pytest.mark.django_db
URL = reverse("people:delegations")


def _form(delegate, days=14):
    today = timezone.localdate()
    return {
        "delegate": delegate,
        "starts_on": today.isoformat(),
        "ends_on": (today + datetime.timedelta(days=days)).isoformat(),
        "reason": "Báo cáo quý",
    }


def test_a_manager_delegates_to_an_officer_of_their_units_by_code(client, manager, officer):
    client.force_login(manager)
    response = client.post(URL, _form("cb-a1-001"))
    assert response.status_code == 302
    delegation = ReadDelegation.objects.get()
    assert (delegation.manager, delegation.delegate, delegation.created_by) == (
        manager,
        officer,
        manager,
    )
    # The delegate now reaches the directory, read-only, with the manager's scope.
    client.force_login(officer)
    response = client.get(reverse("people:directory"))
    assert response.status_code == 200
    assert "Phạm Văn Quang" in response.content.decode()


def test_a_manager_cannot_delegate_to_an_officer_of_another_province(
    client, manager, other_officer
):
    client.force_login(manager)
    response = client.post(URL, _form(other_officer.email))
    assert response.status_code == 200
    assert "delegate" in response.context["form"].errors
    assert not ReadDelegation.objects.exists()


def test_the_period_is_checked(client, manager, officer):
    client.force_login(manager)
    response = client.post(URL, _form(officer.email, days=-3))
    assert "ends_on" in response.context["form"].errors
    response = client.post(URL, _form(officer.email, days=500))
    assert response.context["form"].non_field_errors()


def test_the_manager_revokes_and_the_record_stays(client, manager, officer):
    delegation = ReadDelegationFactory(manager=manager, delegate=officer)
    client.force_login(manager)
    response = client.post(reverse("people:delegation_revoke", args=[delegation.pk]))
    assert response.status_code == 302
    delegation.refresh_from_db()
    assert delegation.revoked_by == manager and delegation.revoked_at is not None
    client.force_login(officer)
    assert client.get(reverse("people:directory")).status_code == 403


@pytest.mark.parametrize("persona", ["officer", "other_manager", "outsider", "other_officer"])
def test_nobody_else_can_revoke(client, request, manager, officer, persona):
    delegation = ReadDelegationFactory(manager=manager, delegate=officer)
    client.force_login(request.getfixturevalue(persona))
    response = client.post(reverse("people:delegation_revoke", args=[delegation.pk]))
    assert response.status_code == 404
    delegation.refresh_from_db()
    assert delegation.revoked_at is None


def test_revoking_needs_a_post(client, manager, officer):
    delegation = ReadDelegationFactory(manager=manager, delegate=officer)
    client.force_login(manager)
    assert client.get(reverse("people:delegation_revoke", args=[delegation.pk])).status_code == 405


@pytest.mark.parametrize("persona", ["officer", "trainer", "outsider"])
def test_the_page_is_refused_to_people_without_delegations(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(URL).status_code == 403


def test_a_delegate_sees_what_was_lent_but_cannot_delegate(client, manager, officer):
    ReadDelegationFactory(manager=manager, delegate=officer)
    client.force_login(officer)
    response = client.get(URL)
    assert response.status_code == 200
    assert response.context["form"] is None
    assert "Phạm Văn Quang" in response.content.decode()
    assert client.post(URL, _form(officer.email)).status_code == 403
