"""The unit tree: subtree queries, moves, deactivation and the refusal to delete history."""

import pytest
from django.utils import translation

from people import permissions
from people.models import Officer, OrgUnit
from people.services.officers import update_officer
from people.services.refusals import InvalidUnitMove, UnitInUse
from people.services.scopes import grant_manager_scope
from people.services.units import create_unit, delete_unit, move_unit, set_unit_active
from tests.factories.people import OfficerFactory, OrgUnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _codes(queryset):
    return sorted(queryset.values_list("code", flat=True))


def test_a_unit_subtree_is_the_unit_and_everything_under_it(org):
    subtree = OrgUnit.objects.filter(org.province_a.subtree_q())
    assert _codes(subtree) == ["TA", "TA-H1", "TA-H2"]


def test_codes_are_stored_in_capitals_without_spaces(org):
    unit = create_unit(
        name="Xã Tân An", code=" ta-h1 x1 ", kind="grassroots", parent=org.district_a1
    )
    assert unit.code == "TA-H1X1"
    assert unit.get_parent().pk == org.district_a1.pk


def test_subtree_queries_follow_a_move_at_once(org, officer, manager, other_manager):
    # District A1 (with the officer in it) moves from province A to province B.
    move_unit(org.district_a1, org.province_b)

    province_a = OrgUnit.objects.get(pk=org.province_a.pk)
    province_b = OrgUnit.objects.get(pk=org.province_b.pk)
    assert _codes(OrgUnit.objects.filter(province_a.subtree_q())) == ["TA", "TA-H2"]
    assert _codes(OrgUnit.objects.filter(province_b.subtree_q())) == ["TA-H1", "TB", "TB-H1"]
    in_b = Officer.objects.filter(province_b.subtree_q("unit__"))
    assert officer.officer in in_b

    # Scopes follow too: the officer left manager A's view and entered manager B's.
    assert not permissions.can_view_officer(manager, Officer.objects.get(user=officer))
    assert permissions.can_view_officer(other_manager, Officer.objects.get(user=officer))
    assert officer.officer not in permissions.officers_visible_to(manager)


def test_moving_a_unit_takes_its_whole_subtree(org):
    grassroots = OrgUnitFactory(
        name="Chi bộ 1", code="TA-H1-CB1", kind="grassroots", parent=org.district_a1
    )
    move_unit(org.district_a1, org.department)
    grassroots.refresh_from_db()
    department = OrgUnit.objects.get(pk=org.department.pk)
    assert grassroots.path.startswith(department.path)
    assert grassroots.depth == 4
    assert [u.code for u in grassroots.get_ancestors()] == ["TW", "TW-VP", "TA-H1"]


def test_a_unit_cannot_move_under_itself(org):
    with pytest.raises(InvalidUnitMove):
        move_unit(org.province_a, org.district_a1)


def test_moving_to_the_top_level(org):
    unit = move_unit(org.province_b, None)
    assert unit.depth == 1 and unit.get_parent() is None


def test_deactivating_a_unit_deactivates_everything_under_it(org):
    set_unit_active(org.province_a, False)
    assert _codes(OrgUnit.objects.filter(active=False)) == ["TA", "TA-H1", "TA-H2"]
    set_unit_active(org.province_a, True)
    assert _codes(OrgUnit.objects.filter(active=False)) == ["TA-H1", "TA-H2"]


def test_a_unit_with_officers_cannot_be_deleted(org, officer):
    with pytest.raises(UnitInUse, match="officer"):
        delete_unit(org.province_a)
    assert OrgUnit.objects.filter(code="TA-H1").exists()


def test_a_unit_where_someone_worked_before_cannot_be_deleted(org):
    person = OfficerFactory(unit=org.district_a2)
    update_officer(
        person,
        email=person.user.email,
        full_name="Lê Văn Chuyển",
        employee_code="X1",
        unit=org.district_b1,
        position="",
        active=True,
    )
    with pytest.raises(UnitInUse, match="before"):
        delete_unit(org.district_a2)


def test_a_unit_named_in_a_manager_scope_cannot_be_deleted(org, manager):
    unit = OrgUnitFactory(name="Trống", code="EMPTY", parent=org.central)
    grant_manager_scope(manager, unit)
    with pytest.raises(UnitInUse, match="manager"):
        delete_unit(unit)


def test_an_empty_unit_can_be_deleted_with_its_empty_subunits(org):
    delete_unit(org.province_b)
    assert not OrgUnit.objects.filter(code__in=["TB", "TB-H1"]).exists()
    central = OrgUnit.objects.get(code="TW")
    assert central.numchild == 2
