"""Each people factory builds a valid object."""

import pytest

from tests.factories.people import (
    ManagerScopeFactory,
    OfficerFactory,
    OrgTree,
    OrgUnitFactory,
    ReadDelegationFactory,
    TrainerTopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "factory",
    [
        OrgUnitFactory,
        OfficerFactory,
        ManagerScopeFactory,
        ReadDelegationFactory,
        TrainerTopicFactory,
    ],
    ids=lambda f: f.__name__,
)
def test_factory_builds_a_valid_object(factory):
    obj = factory()
    obj.full_clean()
    assert obj.pk


def test_org_unit_factory_adds_children_under_a_parent():
    parent = OrgUnitFactory()
    child = OrgUnitFactory(parent=parent)
    assert child.get_parent() == parent and child.depth == 2


def test_the_org_tree_is_built_once_per_test_and_reused():
    tree = OrgTree()
    again = OrgTree()
    assert tree.province_a.pk == again.province_a.pk
    assert tree.district_a1.get_parent().pk == tree.province_a.pk
