"""The People menu of the Wagtail admin: units as a tree, officers, scopes, delegations."""

import pytest
from django.urls import reverse

from people.models import ManagerScope, Officer, OfficerMove, OrgUnit, ReadDelegation
from people.roles import MANAGER, OFFICER, TRAINER

pytestmark = pytest.mark.django_db

INDEXES = [
    "units:index",
    "officers:index",
    "manager-scopes:index",
    "read-delegations:index",
    "trainer-topics:index",
    "staff-import:index",
]


@pytest.fixture
def admin_client(client, administrator):
    client.force_login(administrator)
    return client


@pytest.mark.parametrize("name", INDEXES)
def test_administrators_reach_every_people_screen(admin_client, org, officer, name):
    assert admin_client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize("persona", ["trainer", "manager", "officer"])
@pytest.mark.parametrize("name", INDEXES)
def test_nobody_else_reaches_them(client, request, org, persona, name):
    client.force_login(request.getfixturevalue(persona))
    response = client.get(reverse(name))
    # Managers and officers have no admin access at all; trainers have no people permission.
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/login/" in response["Location"] or response["Location"] == "/admin/"


def test_the_unit_list_shows_the_tree_in_order(admin_client, org):
    response = admin_client.get(reverse("units:index"))
    html = response.content.decode()
    positions = [
        html.index(name)
        for name in (
            "Văn phòng Trung ương",
            "Văn phòng Tỉnh ủy A",
            "Văn phòng Huyện ủy A1",
            "Văn phòng Tỉnh ủy B",
        )
    ]
    assert positions == sorted(positions)


def test_adding_a_unit_under_a_parent(admin_client, org):
    response = admin_client.post(
        reverse("units:add"),
        {
            "parent": org.district_a1.pk,
            "name": "Chi bộ Thôn 1",
            "code": "ta-h1-t1",
            "kind": "grassroots",
            "active": "on",
        },
    )
    assert response.status_code == 302
    unit = OrgUnit.objects.get(code="TA-H1-T1")
    assert unit.get_parent() == org.district_a1


def test_adding_a_unit_with_a_used_code_is_refused(admin_client, org):
    response = admin_client.post(
        reverse("units:add"), {"parent": "", "name": "Trùng", "code": "ta", "kind": "central"}
    )
    assert response.status_code == 200
    assert OrgUnit.objects.filter(code="TA").count() == 1


def test_renaming_and_moving_a_unit_in_the_edit_form(admin_client, org, officer):
    response = admin_client.post(
        reverse("units:edit", args=[org.district_a1.pk]),
        {
            "parent": org.province_b.pk,
            "name": "Huyện ủy A1 (mới)",
            "code": "TA-H1",
            "kind": "district",
            "active": "on",
        },
    )
    assert response.status_code == 302
    unit = OrgUnit.objects.get(pk=org.district_a1.pk)
    assert unit.name == "Huyện ủy A1 (mới)"
    assert unit.get_parent().code == "TB"
    assert Officer.objects.get(user=officer).unit.path.startswith(unit.get_parent().path)


def test_a_unit_cannot_be_moved_under_its_own_subunit(admin_client, org):
    response = admin_client.post(
        reverse("units:edit", args=[org.province_a.pk]),
        {
            "parent": org.district_a1.pk,
            "name": "Văn phòng Tỉnh ủy A",
            "code": "TA",
            "kind": "provincial",
            "active": "on",
        },
    )
    assert response.status_code == 200  # the choice is not offered: the form says so
    assert OrgUnit.objects.get(pk=org.province_a.pk).depth == 2


def test_deactivating_a_unit_in_the_edit_form_deactivates_its_subtree(admin_client, org):
    admin_client.post(
        reverse("units:edit", args=[org.province_a.pk]),
        {
            "parent": org.central.pk,
            "name": "Văn phòng Tỉnh ủy A",
            "code": "TA",
            "kind": "provincial",
        },
    )
    assert set(OrgUnit.objects.filter(active=False).values_list("code", flat=True)) == {
        "TA",
        "TA-H1",
        "TA-H2",
    }


def test_deleting_a_unit_with_officers_is_refused_with_the_reason(admin_client, org, officer):
    url = reverse("units:delete", args=[org.province_a.pk])
    page = admin_client.get(url)
    assert page.context["blockers"]
    assert "Không thể xóa đơn vị này" in page.content.decode()
    admin_client.post(url)
    assert OrgUnit.objects.filter(pk=org.province_a.pk).exists()


def test_deleting_an_empty_unit(admin_client, org):
    response = admin_client.post(reverse("units:delete", args=[org.department.pk]))
    assert response.status_code == 302
    assert not OrgUnit.objects.filter(pk=org.department.pk).exists()


def test_adding_an_officer_in_the_admin_invites_them(
    admin_client, org, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("officers:add"),
            {
                "full_name": "Hồ Văn Mới",
                "email": "Moi@example.org",
                "employee_code": "m-1",
                "unit": org.district_a2.pk,
                "position": "Chuyên viên",
                "roles": [OFFICER],
            },
        )
    assert response.status_code == 302
    record = Officer.objects.get(employee_code="M-1")
    assert record.user.get_full_name() == "Hồ Văn Mới"
    assert [m.to for m in mailoutbox] == [["moi@example.org"]]


def test_editing_an_officer_moves_deactivates_and_sets_roles(admin_client, org, officer):
    record = officer.officer
    response = admin_client.post(
        reverse("officers:edit", args=[record.pk]),
        {
            "full_name": "Nguyễn Thị Lan",
            "email": officer.email,
            "employee_code": "CB-A1-001",
            "unit": org.district_a2.pk,
            "position": "Trưởng phòng",
            "roles": [OFFICER, TRAINER],
        },
    )
    assert response.status_code == 302
    record.refresh_from_db()
    officer.refresh_from_db()
    assert record.unit == org.district_a2 and not record.active and not officer.is_active
    assert set(officer.groups.values_list("name", flat=True)) == {OFFICER, TRAINER}
    assert OfficerMove.objects.filter(officer=record, to_unit=org.district_a2).exists()


def test_officers_cannot_be_deleted_only_deactivated(admin_client, officer):
    response = admin_client.post(reverse("officers:delete", args=[officer.officer.pk]))
    assert response.status_code in (302, 403)
    assert Officer.objects.filter(pk=officer.officer.pk).exists()


def test_the_officer_list_searches_without_diacritics(admin_client, officer, other_officer):
    response = admin_client.get(reverse("officers:index"), {"q": "nguyen thi"})
    html = response.content.decode()
    assert "Nguyễn Thị Lan" in html and "Trần Văn Hùng" not in html


def test_granting_a_scope_gives_the_manager_role(admin_client, org, officer):
    response = admin_client.post(
        reverse("manager-scopes:add"), {"user": officer.pk, "unit": org.district_a1.pk}
    )
    assert response.status_code == 302
    assert ManagerScope.objects.filter(user=officer, unit=org.district_a1).exists()
    assert officer.groups.filter(name=MANAGER).exists()


def test_an_administrator_revokes_a_delegation_in_the_admin(
    admin_client, manager, officer, administrator
):
    from tests.factories.people import ReadDelegationFactory

    delegation = ReadDelegationFactory(manager=manager, delegate=officer)
    response = admin_client.post(
        reverse("read-delegations:edit", args=[delegation.pk]), {"revoke": "on"}
    )
    assert response.status_code == 302
    delegation.refresh_from_db()
    assert delegation.revoked_by == administrator
    assert ReadDelegation.objects.count() == 1
