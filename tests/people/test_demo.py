"""seed_demo's organisation: the tree, thirty officers through the staff import, two scopes."""

import pytest
from django.contrib.auth import get_user_model

from home.demo import DEMO_STEPS, seed_accounts
from people import permissions
from people.demo import DEMO_UNITS, STAFF_FILE, seed_organisation
from people.imports import parse_staff_file
from people.models import ManagerScope, Officer, OrgUnit

pytestmark = pytest.mark.django_db
User = get_user_model()


def _seed():
    # The demo accounts first, then this step, as seed_demo runs them.
    seed_accounts(log=lambda _msg: None)
    seed_organisation(log=lambda _msg: None)


@pytest.fixture
def demo(db):
    _seed()


def test_the_tree_has_a_central_office_two_provinces_and_two_districts_each(demo):
    central = OrgUnit.objects.get(code="TW")
    provinces = [u for u in central.get_children() if u.kind == OrgUnit.Kind.PROVINCIAL]
    assert len(provinces) == 2
    for province in provinces:
        districts = province.get_children().filter(kind=OrgUnit.Kind.DISTRICT)
        assert districts.count() == 2
    assert central.get_children().filter(kind=OrgUnit.Kind.DEPARTMENT).count() >= 1
    assert OrgUnit.objects.count() == len(DEMO_UNITS)


def test_about_thirty_officers_come_from_the_spreadsheet_in_the_repository(demo):
    parsed = parse_staff_file(STAFF_FILE.read_bytes(), STAFF_FILE.name)
    assert parsed.errors == []
    assert 25 <= len(parsed.rows) <= 40
    assert Officer.objects.count() == len(parsed.rows)


def test_the_demo_people_sit_where_the_readme_says(demo):
    officer = User.objects.get(email="officer@example.org")
    assert officer.get_full_name() == "Nguyễn Thị Lan"
    manager = User.objects.get(email="manager@example.org")
    manager2 = User.objects.get(email="manager2@example.org")
    assert [u.code for u in permissions.managed_units(manager)] == ["LG"]
    assert [u.code for u in permissions.managed_units(manager2)] == ["HB"]
    district = officer.officer.unit
    assert district.kind == OrgUnit.Kind.DISTRICT
    assert district.get_parent().code == "LG"
    assert permissions.can_view_officer(manager, officer.officer)
    assert not permissions.can_view_officer(manager2, officer.officer)


def test_seeding_twice_keeps_one_of_everything(demo):
    counts = (OrgUnit.objects.count(), Officer.objects.count(), ManagerScope.objects.count())
    _seed()
    assert (OrgUnit.objects.count(), Officer.objects.count(), ManagerScope.objects.count()) == (
        counts
    )


def test_the_step_runs_in_seed_demo_after_the_accounts():
    assert DEMO_STEPS.index(seed_organisation) == DEMO_STEPS.index(seed_accounts) + 1


def test_every_demo_account_can_set_up_two_factor_at_once(demo, client):
    """The demo accounts and the officers of the staff file have verified addresses."""
    from allauth.account.models import EmailAddress

    from home.demo import DEMO_PASSWORD
    from tests.factories.people import TEST_PASSWORD
    from tests.people.test_two_factor import _activate_totp

    users = User.objects.all()
    assert users.count() >= 30
    assert EmailAddress.objects.filter(user__in=users, verified=True).count() == users.count()
    admin = User.objects.get(email="admin@example.org")
    assert admin.check_password(DEMO_PASSWORD)
    admin.set_password(TEST_PASSWORD)  # the helper confirms with the test password
    admin.save()
    _activate_totp(client, admin)
    assert admin.authenticator_set.filter(type="totp").exists()
