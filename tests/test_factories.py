import pytest
from django.contrib.auth import authenticate

from people.roles import TRAINER
from tests.factories import UserFactory
from tests.factories.people import TEST_PASSWORD

pytestmark = pytest.mark.django_db


def test_user_factory_builds_a_valid_user_who_can_sign_in():
    user = UserFactory(roles=[TRAINER])
    user.full_clean()
    assert authenticate(email=user.email, password=TEST_PASSWORD) == user
    assert list(user.groups.values_list("name", flat=True)) == [TRAINER]
