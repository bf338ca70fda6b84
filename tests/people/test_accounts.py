import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories.people import TEST_PASSWORD

pytestmark = pytest.mark.django_db


def test_sign_in_with_email_and_password(client, officer):
    response = client.post(
        reverse("account_login"), {"login": "OFFICER.A@example.org", "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/").context["user"] == officer


def test_wrong_password_is_refused_with_a_message_in_vietnamese(client, officer):
    response = client.post(reverse("account_login"), {"login": officer.email, "password": "sai"})
    assert response.status_code == 200
    assert not response.context["user"].is_authenticated
    assert "mật khẩu" in response.content.decode().lower()


def test_inactive_officer_cannot_sign_in(client, officer):
    officer.is_active = False
    officer.save()
    client.post(reverse("account_login"), {"login": officer.email, "password": TEST_PASSWORD})
    assert not client.get("/").context["user"].is_authenticated


def test_public_sign_up_is_off_by_default(client):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "new@example.org",
            "password1": "Rất-khó-đoán-2026",
            "password2": "Rất-khó-đoán-2026",
        },
    )
    from people.models import User

    assert not User.objects.filter(email="new@example.org").exists()
    assert response.status_code == 200


def test_public_sign_up_can_be_switched_on(client, settings):
    settings.SIGNUP_OPEN = True
    client.post(
        reverse("account_signup"),
        {
            "email": "new@example.org",
            "password1": "Rất-khó-đoán-2026",
            "password2": "Rất-khó-đoán-2026",
        },
    )
    from people.models import User

    assert User.objects.filter(email="new@example.org").exists()


def test_password_reset_sends_an_email_with_a_working_link(client, officer):
    client.post(reverse("account_reset_password"), {"email": officer.email})
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [officer.email]
    link = re.search(
        r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", mail.outbox[0].body
    ).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link
    response = client.post(
        form_url, {"password1": "Mật-khẩu-mới-2026!", "password2": "Mật-khẩu-mới-2026!"}
    )
    assert response.status_code == 302
    officer.refresh_from_db()
    assert officer.check_password("Mật-khẩu-mới-2026!")


def test_sign_out(client, officer):
    client.force_login(officer)
    client.post(reverse("account_logout"))
    assert not client.get("/").context["user"].is_authenticated


def test_profile_shows_name_email_and_roles(client, manager):
    client.force_login(manager)
    html = client.get(reverse("profile")).content.decode()
    assert "Phạm Văn Quang" in html
    assert manager.email in html
    assert "Quản lý" in html


def test_profile_requires_sign_in(client):
    response = client.get(reverse("profile"))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_profile_changes_the_language(client, officer):
    client.force_login(officer)
    response = client.post(reverse("profile"), {"language": "en"})
    assert response.status_code == 302
    officer.refresh_from_db()
    assert officer.language == "en"
    assert '<html lang="en">' in client.get(reverse("profile")).content.decode()


def test_change_password(client, officer):
    client.force_login(officer)
    response = client.post(
        reverse("account_change_password"),
        {
            "oldpassword": TEST_PASSWORD,
            "password1": "Đổi-mật-khẩu-2026",
            "password2": "Đổi-mật-khẩu-2026",
        },
    )
    assert response.status_code == 302
    officer.refresh_from_db()
    assert officer.check_password("Đổi-mật-khẩu-2026")
