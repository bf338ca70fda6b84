"""Officer records: one flag for active people, Vietnamese order in lists, unit history."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from people.models import Officer, OfficerMove
from people.names import name_sort_key
from people.services.officers import create_officer, set_officer_active, update_officer
from people.services.refusals import OfficerRefused
from people.services.units import set_unit_active
from tests.factories.people import TEST_PASSWORD, OfficerFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_deactivating_an_officer_blocks_sign_in_and_keeps_the_record(client, officer):
    record = officer.officer
    set_officer_active(record, False)
    response = client.post(
        reverse("account_login"), {"login": officer.email, "password": TEST_PASSWORD}
    )
    assert not client.get("/").context["user"].is_authenticated
    assert response["Location"] == reverse("account_inactive")
    record.refresh_from_db()
    assert record.active is False
    assert Officer.objects.filter(pk=record.pk).exists()

    set_officer_active(record, True)
    client.post(reverse("account_login"), {"login": officer.email, "password": TEST_PASSWORD})
    assert client.get("/").context["user"] == officer


def test_a_signed_in_officer_is_signed_out_when_deactivated(client, officer):
    client.force_login(officer)
    set_officer_active(officer.officer, False)
    assert not client.get("/").context["user"].is_authenticated


def test_deactivating_the_account_marks_the_officer_record(officer):
    officer.is_active = False
    officer.save()
    assert Officer.objects.get(user=officer).active is False


def test_saving_the_record_inactive_deactivates_the_account(officer):
    record = officer.officer
    record.active = False
    record.save()
    assert get_user_model().objects.get(pk=officer.pk).is_active is False


def test_officers_are_listed_in_vietnamese_name_order(org):
    for code, full_name in [
        ("A1", "Đỗ Văn Ưng"),
        ("A2", "Trần Thị Út"),
        ("A3", "Lê Đức"),
        ("A4", "Nguyễn Văn Dũng"),
        ("A5", "Phạm Thị An"),
    ]:
        user = UserFactory(email=f"{code.lower()}@example.org")
        user.set_full_name(full_name)
        user.save()
        OfficerFactory(user=user, employee_code=code, unit=org.district_a1)
    names = [o.user.get_full_name() for o in Officer.objects.select_related("user")]
    assert names == [
        "Phạm Thị An",
        "Nguyễn Văn Dũng",
        "Lê Đức",
        "Trần Thị Út",
        "Đỗ Văn Ưng",
    ]


def test_a_name_change_updates_the_sort_key_and_search_text(officer):
    officer.set_full_name("Đặng Thu Hà")
    officer.save()
    officer.refresh_from_db()
    assert "dang thu ha" in officer.search_text
    assert officer.name_sort_key == name_sort_key("Hà", "Đặng Thu")


def test_create_officer_opens_an_account_without_password_and_invites(
    org, administrator, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        record = create_officer(
            email="Moi@Example.org",
            full_name="Hồ Thị Mới",
            employee_code="new-1",
            unit=org.district_a2,
            position="Văn thư",
            roles=["Officer"],
            actor=administrator,
        )
    assert record.employee_code == "NEW-1"
    assert record.user.email == "moi@example.org"
    assert not record.user.has_usable_password()
    assert [m.to for m in mailoutbox] == [["moi@example.org"]]
    move = OfficerMove.objects.get(officer=record)
    assert move.from_unit is None and move.to_unit == org.district_a2
    assert move.moved_by == administrator


def test_create_officer_refuses_a_used_employee_code(org, officer):
    with pytest.raises(OfficerRefused):
        create_officer(
            email="x@example.org",
            full_name="X Y",
            employee_code="cb-a1-001",
            unit=org.district_a1,
        )


def test_create_officer_refuses_an_inactive_unit(org):
    set_unit_active(org.district_a2, False)
    with pytest.raises(OfficerRefused):
        create_officer(
            email="x@example.org", full_name="X Y", employee_code="Z9", unit=org.district_a2
        )


def test_changing_an_officers_unit_is_recorded(org, officer, administrator):
    record = officer.officer
    update_officer(
        record,
        email=officer.email,
        full_name=officer.get_full_name(),
        employee_code=record.employee_code,
        unit=org.district_a2,
        position="Trưởng phòng",
        active=True,
        actor=administrator,
    )
    move = OfficerMove.objects.filter(officer=record).latest("moved_at")
    assert (move.from_unit, move.to_unit, move.moved_by) == (
        org.district_a1,
        org.district_a2,
        administrator,
    )


def test_update_officer_refuses_an_email_of_another_account(org, officer, other_officer):
    record = officer.officer
    with pytest.raises(OfficerRefused):
        update_officer(
            record,
            email=other_officer.email,
            full_name="Nguyễn Thị Lan",
            employee_code=record.employee_code,
            unit=record.unit,
            position="",
            active=True,
        )
