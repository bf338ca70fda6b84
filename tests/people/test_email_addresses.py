"""Adding an email address: the password first, then the code sent to that address, before it
signs in or becomes primary. Sign-in addresses are case-insensitive."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tests.factories.people import TEST_PASSWORD

pytestmark = pytest.mark.django_db

NEW = "lan.moi@example.org"


def _sign_in(client, email, password=TEST_PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def _add_address(client, officer):
    assert _sign_in(client, officer.email).status_code == 302
    client.post(reverse("account_reauthenticate"), {"password": TEST_PASSWORD})
    response = client.post(reverse("account_email"), {"email": NEW, "action_add": ""})
    assert response["Location"] == reverse("account_email_verification_sent")
    return response


def _code(message) -> str:
    return re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", message.body, re.M).group(1)


def test_adding_an_address_asks_for_the_password_again(client, officer):
    client.force_login(officer)
    response = client.post(reverse("account_email"), {"email": NEW, "action_add": ""})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert not EmailAddress.objects.filter(email=NEW).exists()
    client.post(reverse("account_reauthenticate"), {"password": TEST_PASSWORD})
    response = client.post(reverse("account_email"), {"email": NEW, "action_add": ""})
    assert response["Location"] == reverse("account_email_verification_sent")
    assert mail.outbox[-1].to == [NEW]


def test_an_added_address_cannot_sign_in_until_confirmed(client, officer):
    _add_address(client, officer)
    # Not an address of the account until the code sent to it comes back.
    assert not EmailAddress.objects.filter(email=NEW).exists()
    client.post(reverse("account_logout"))
    response = _sign_in(client, NEW)
    assert response.status_code == 200
    assert not client.get("/").context["user"].is_authenticated


def test_an_unconfirmed_address_cannot_be_made_primary(client, officer):
    _add_address(client, officer)
    client.post(reverse("account_email"), {"email": NEW, "action_primary": ""})
    officer.refresh_from_db()
    assert officer.email == "officer.a@example.org"
    assert not EmailAddress.objects.filter(email=NEW, primary=True).exists()


def test_the_code_confirms_the_address_and_it_then_signs_in(client, officer):
    _add_address(client, officer)
    code = _code(mail.outbox[-1])
    response = client.post(reverse("account_email_verification_sent"), {"code": code})
    assert response.status_code == 302
    assert EmailAddress.objects.get(email=NEW).verified
    client.post(reverse("account_logout"))
    assert _sign_in(client, NEW).status_code == 302
    assert client.get("/").context["user"] == officer
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"people.email_added", "people.email_confirmed", "people.sign_in"} <= actions


def test_sign_in_addresses_are_case_insensitive(client, officer):
    assert _sign_in(client, "Officer.A@EXAMPLE.org").status_code == 302
    assert client.get("/").context["user"] == officer
