"""Two-factor sign-in required of staff: they reach only its setup until they have it; officers
may turn it on; a unit may require it; administrators reset it, and the reset is logged."""

import pyotp
import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse
from wagtail.models import ModelLogEntry

from people.services.officers import create_officer
from tests.factories.people import TEST_PASSWORD, ReadDelegationFactory, UserFactory
from tests.people.test_two_factor import _activate_totp

pytestmark = pytest.mark.django_db

STAFF = ["Trainer", "Manager", "Administrator", "Delegate"]
PAGES = ["/", "/my/", "/courses/", "/manage/", "/people/", "/admin/", "/accounts/profile/"]


@pytest.fixture
def staff_need_mfa(settings):
    settings.MFA_REQUIRED_ROLES = STAFF


@pytest.mark.parametrize("page", PAGES)
def test_a_trainer_without_mfa_is_sent_to_its_setup_from_every_page(
    client, trainer, staff_need_mfa, page
):
    client.force_login(trainer)
    response = client.get(page)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_the_setup_pages_open_and_once_set_up_everything_does(client, trainer, staff_need_mfa):
    _activate_totp(client, trainer)
    assert Authenticator.objects.filter(user=trainer, type="totp").exists()
    assert client.get("/admin/").status_code == 200
    assert client.get("/").status_code == 200


@pytest.mark.parametrize("persona", ["manager", "administrator"])
def test_managers_and_administrators_need_it_too(client, request, staff_need_mfa, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get("/")["Location"] == reverse("mfa_activate_totp")


def test_the_api_answers_json_not_a_redirect(client, trainer, staff_need_mfa):
    client.force_login(trainer)
    response = client.get("/admin/", headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 403


def test_an_officer_is_not_forced_but_may_turn_it_on(client, officer, staff_need_mfa):
    client.force_login(officer)
    assert client.get("/").status_code == 200
    _activate_totp(client, officer)
    assert Authenticator.objects.filter(user=officer, type="totp").exists()


def test_a_read_delegate_needs_it(client, officer, manager, staff_need_mfa):
    ReadDelegationFactory(manager=manager, delegate=officer)
    client.force_login(officer)
    assert client.get("/")["Location"] == reverse("mfa_activate_totp")


def test_nothing_is_forced_when_the_setting_is_empty(client, trainer):
    client.force_login(trainer)
    assert client.get("/admin/").status_code == 200


def test_an_administrator_may_require_it_for_a_unit_and_everything_under_it(
    client, officer, other_officer, org
):
    org.province_a.mfa_required = True
    org.province_a.save()
    client.force_login(officer)
    assert client.get("/my/")["Location"] == reverse("mfa_activate_totp")
    client.force_login(other_officer)
    assert client.get("/my/").status_code == 200


def test_the_unit_setting_is_in_the_unit_form(client, administrator, org):
    client.force_login(administrator)
    page = client.get(reverse("units:edit", args=[org.province_a.pk]))
    assert 'name="mfa_required"' in page.content.decode()


def test_a_provisioned_officer_can_turn_on_totp_at_once(client, org, administrator):
    officer = create_officer(
        full_name="Nguyễn Văn Bình",
        email="Binh.NV@Example.org",
        employee_code="CB-NEW-1",
        unit=org.district_a1,
        actor=administrator,
        invite=False,
    ).user
    officer.set_password(TEST_PASSWORD)
    officer.save()
    _activate_totp(client, officer)
    assert Authenticator.objects.filter(user=officer, type="totp").exists()


def test_an_administrator_resets_a_users_mfa_and_it_is_logged(
    client, trainer, administrator, staff_need_mfa
):
    secret = _activate_totp(client, trainer)
    assert secret
    admin_client = client.__class__()
    _activate_totp(admin_client, administrator)
    url = reverse("people_mfa_reset", args=[trainer.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url)
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=trainer).exists()
    entry = ModelLogEntry.objects.get(action="people.mfa_reset")
    assert entry.user == administrator
    assert entry.object_id == str(trainer.pk)
    # The trainer must set it up again.
    assert client.get("/")["Location"] == reverse("mfa_activate_totp")


def test_only_administrators_reset_mfa(client, trainer, officer):
    _activate_totp(client, officer)
    client.force_login(trainer)
    response = client.post(reverse("people_mfa_reset", args=[officer.pk]))
    assert response.status_code == 302  # the admin's refusal: back to its home with a message
    assert response["Location"] == "/admin/"
    assert Authenticator.objects.filter(user=officer).exists()
    assert not ModelLogEntry.objects.filter(action="people.mfa_reset").exists()


def test_the_user_list_offers_the_reset_to_administrators(client, administrator, officer):
    client.force_login(administrator)
    page = client.get(reverse("wagtailusers_users:index"))
    assert reverse("people_mfa_reset", args=[officer.pk]) in page.content.decode()


def test_a_sign_in_with_password_then_code_reaches_the_pages(client, trainer, staff_need_mfa):
    secret = _activate_totp(client, trainer)
    client.post(reverse("account_logout"))
    client.post(reverse("account_login"), {"login": trainer.email, "password": TEST_PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": pyotp.TOTP(secret).now()})
    assert client.get("/admin/").status_code == 200


def test_factory_accounts_have_a_verified_address():
    from allauth.account.models import EmailAddress

    user = UserFactory()
    assert EmailAddress.objects.get(user=user).verified
