"""Account emails greet in the site's name, not the host a request came in on, and the emails
sent to provisioned staff address them as the office's other messages do."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from people.tasks import invitation_message

pytestmark = pytest.mark.django_db


def test_the_reset_email_greets_in_the_sites_name(client, officer, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://kynangso.example.org"
    client.cookies["kns_language"] = "vi"
    client.post(
        reverse("account_reset_password"), {"email": officer.email}, HTTP_HOST="127.0.0.1:8104"
    )
    message = mail.outbox[0]
    greeting, *_rest, domain = message.body.strip().splitlines()
    assert greeting == "Kỹ Năng Số xin gửi lời chào!"
    assert domain == "kynangso.example.org"
    assert "127.0.0.1:8104" not in greeting + message.subject
    assert message.subject.startswith("[Kỹ Năng Số] ")


def test_the_invitation_addresses_the_officer_as_dong_chi(officer):
    officer.language = "vi"
    officer.save(update_fields=["language"])
    with translation.override("en"):
        message = invitation_message(officer)
    assert message.body.startswith(f"Kính gửi đồng chí {officer.get_full_name()},")
    assert "đồng chí" in message.subject
    assert " bạn " not in message.body
