"""An officer's page: their own, or within a manager's scope; nobody else finds it."""

import pytest
from django.urls import reverse

from tests.factories.people import ReadDelegationFactory

pytestmark = pytest.mark.django_db


def _url(user):
    return reverse("people:officer", args=[user.officer.pk])


@pytest.mark.parametrize("viewer", ["officer", "manager", "administrator"])
def test_the_officer_their_manager_and_administrators_see_the_record(
    client, request, officer, viewer
):
    client.force_login(request.getfixturevalue(viewer))
    response = client.get(_url(officer))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nguyễn Thị Lan" in html
    assert "Văn phòng Trung ương › Văn phòng Tỉnh ủy A › Văn phòng Huyện ủy A1" in html


@pytest.mark.parametrize("viewer", ["other_officer", "other_manager", "trainer", "outsider"])
def test_anyone_else_gets_not_found(client, request, officer, viewer):
    client.force_login(request.getfixturevalue(viewer))
    assert client.get(_url(officer)).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, officer):
    response = client.get(_url(officer))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_delegate_sees_officers_of_the_managers_scope(client, manager, officer, org):
    from tests.factories.people import OfficerFactory

    colleague = OfficerFactory(unit=org.district_a2)
    ReadDelegationFactory(manager=manager, delegate=officer)
    client.force_login(officer)
    assert client.get(reverse("people:officer", args=[colleague.pk])).status_code == 200


def test_the_profile_shows_the_unit(client, officer):
    client.force_login(officer)
    html = client.get(reverse("profile")).content.decode()
    assert "Văn phòng Trung ương › Văn phòng Tỉnh ủy A › Văn phòng Huyện ủy A1" in html
    assert "CB-A1-001" in html


def test_the_profile_of_a_manager_lists_their_units_and_links(client, manager):
    client.force_login(manager)
    html = client.get(reverse("profile")).content.decode()
    assert "Văn phòng Tỉnh ủy A (TA)" in html
    assert reverse("people:directory") in html
    assert reverse("people:delegations") in html
