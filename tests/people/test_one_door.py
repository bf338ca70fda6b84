"""One way in: the admin's sign-in form leads to the site's (two-factor, limits), and people
without admin access are told so at /admin/ instead of being sent round in circles."""

import pyotp
import pytest
from django.urls import reverse

from tests.factories.people import TEST_PASSWORD
from tests.people.test_two_factor import _activate_totp

pytestmark = pytest.mark.django_db


def test_the_admin_sign_in_page_leads_to_the_site_sign_in_keeping_next(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Fadmin%2Fpages%2F"


def test_the_admin_sign_in_page_refuses_a_next_on_another_site(client):
    response = client.get("/admin/login/?next=https://evil.example.com/")
    assert response["Location"] == "/accounts/login/?next=%2Fadmin%2F"


def test_a_totp_user_posting_the_right_password_to_the_admin_form_is_not_signed_in(
    client, administrator
):
    secret = _activate_totp(client, administrator)
    client.post(reverse("account_logout"))
    response = client.post(
        "/admin/login/", {"username": administrator.email, "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert client.get("/admin/").status_code == 302
    # The site's form asks for the code before anything opens.
    response = client.post(
        reverse("account_login") + "?next=/admin/",
        {"login": administrator.email, "password": TEST_PASSWORD, "next": "/admin/"},
    )
    assert response["Location"] == reverse("mfa_authenticate")
    assert client.get("/admin/").status_code == 302
    client.post(reverse("mfa_authenticate"), {"code": pyotp.TOTP(secret).now()})
    assert client.get("/admin/").status_code == 200


def test_a_signed_in_officer_opening_the_admin_gets_a_clear_refusal_not_a_loop(client, officer):
    client.force_login(officer)
    client.cookies["kns_language"] = "en"
    response = client.get("/admin/")
    assert response.status_code == 403
    assert "No access to the administration" in response.content.decode()
    assert client.get("/admin/pages/").status_code == 403


def test_the_refusal_speaks_vietnamese_by_default(client, manager):
    client.force_login(manager)
    response = client.get("/admin/")
    assert response.status_code == 403
    assert "Không có quyền vào trang quản trị" in response.content.decode()


def test_a_signed_in_trainer_opening_the_admin_sign_in_goes_to_next(client, trainer):
    client.force_login(trainer)
    assert client.get("/admin/login/?next=/admin/pages/")["Location"] == "/admin/pages/"
