import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command

from home.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

pytestmark = pytest.mark.django_db


def _snapshot():
    user_model = get_user_model()
    return sorted(
        (
            u.email,
            u.get_full_name(),
            u.password,
            tuple(sorted(u.groups.values_list("name", flat=True))),
        )
        for u in user_model.objects.all()
    )


def test_seed_demo_creates_every_demo_account_with_its_role_and_password(shared_demo):
    for account in DEMO_ACCOUNTS:
        user = authenticate(email=account.email, password=DEMO_PASSWORD)
        assert user is not None, account.email
        assert user.get_full_name() == account.full_name
        assert set(user.groups.values_list("name", flat=True)) == set(account.roles)


def test_seed_demo_twice_changes_nothing(shared_demo):
    first = _snapshot()
    call_command("seed_demo", verbosity=0)
    assert _snapshot() == first


def test_seed_demo_prints_the_demo_accounts(shared_demo, capsys):
    call_command("seed_demo")
    out = capsys.readouterr().out
    for account in DEMO_ACCOUNTS:
        assert account.email in out
    assert DEMO_PASSWORD in out
