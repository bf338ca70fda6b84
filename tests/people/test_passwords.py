"""Password rules: at least 12 characters, not a common password, not the person's own name or
address (Vietnamese names read without diacritics)."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.factories.people import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NAMED = "nguyenvanan2026"


@pytest.fixture
def an():
    return UserFactory(email="an.nguyen@example.org", last_name="Nguyễn Văn", first_name="An")


@pytest.mark.parametrize(
    "password",
    ["nguyenvanan2026", "NguyenVanAn!2026", "an.nguyen#2026xx", "Mật khẩu nguyễn 2026"],
)
def test_the_persons_own_name_or_address_is_refused(an, password):
    with pytest.raises(ValidationError):
        validate_password(password, an)


@pytest.mark.parametrize("password", ["short1!", "password1234", "123456789012"])
def test_short_common_and_numeric_passwords_are_refused(an, password):
    with pytest.raises(ValidationError):
        validate_password(password, an)


def test_a_good_password_passes(an):
    validate_password("Sông Hồng chảy 2026!", an)
    validate_password("cay-tre-xanh-bo-ao", an)


def test_the_change_password_page_refuses_the_name(client, an):
    client.force_login(an)
    client.post(reverse("account_reauthenticate"), {"password": TEST_PASSWORD})
    client.cookies["kns_language"] = "en"
    response = client.post(
        reverse("account_change_password"),
        {
            "oldpassword": TEST_PASSWORD,
            "password1": "nguyenvanan2026",
            "password2": "nguyenvanan2026",
        },
    )
    assert response.status_code == 200
    assert "contains your name" in response.content.decode()
