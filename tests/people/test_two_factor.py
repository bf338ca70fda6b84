"""TOTP two-factor sign-in with recovery codes, available to every user."""

import pyotp
import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

from tests.factories.people import TEST_PASSWORD

pytestmark = pytest.mark.django_db


def _activate_totp(client, user):
    # Changing two-factor settings asks for the password again first.
    client.force_login(user)
    client.post(reverse("account_reauthenticate"), {"password": TEST_PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = page.context["form"].secret
    response = client.post(reverse("mfa_activate_totp"), {"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 302
    return secret


def test_an_officer_can_turn_on_totp_and_gets_recovery_codes(client, officer):
    _activate_totp(client, officer)
    types = set(Authenticator.objects.filter(user=officer).values_list("type", flat=True))
    assert types == {Authenticator.Type.TOTP, Authenticator.Type.RECOVERY_CODES}
    codes_page = client.get(reverse("mfa_view_recovery_codes"))
    assert codes_page.status_code == 200
    assert len(codes_page.context["unused_codes"]) >= 10


def test_sign_in_then_asks_for_the_code(client, officer):
    secret = _activate_totp(client, officer)
    client.post(reverse("account_logout"))
    response = client.post(
        reverse("account_login"), {"login": officer.email, "password": TEST_PASSWORD}
    )
    assert response["Location"] == reverse("mfa_authenticate")
    assert not client.get("/").context["user"].is_authenticated
    response = client.post(reverse("mfa_authenticate"), {"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 302
    assert client.get("/").context["user"] == officer


def test_a_recovery_code_also_signs_in(client, officer):
    _activate_totp(client, officer)
    code = client.get(reverse("mfa_view_recovery_codes")).context["unused_codes"][0]
    client.post(reverse("account_logout"))
    client.post(reverse("account_login"), {"login": officer.email, "password": TEST_PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": code})
    assert client.get("/").context["user"] == officer


def test_a_wrong_code_is_refused(client, officer):
    _activate_totp(client, officer)
    client.post(reverse("account_logout"))
    client.post(reverse("account_login"), {"login": officer.email, "password": TEST_PASSWORD})
    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert response.status_code == 200
    assert not client.get("/").context["user"].is_authenticated
