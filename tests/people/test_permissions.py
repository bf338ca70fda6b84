"""Who sees which units and officers, tested from outside with the personas."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from people import permissions
from people.models import Officer, OrgUnit
from people.services.officers import set_officer_active
from people.services.refusals import DelegationRefused
from people.services.scopes import delegate_read_access, revoke_delegation
from people.services.units import create_unit
from tests.factories.people import (
    ManagerScopeFactory,
    OfficerFactory,
    ReadDelegationFactory,
    TrainerTopicFactory,
)

pytestmark = pytest.mark.django_db


def _codes(queryset):
    return sorted(queryset.values_list("code", flat=True))


def _officer_codes(user):
    return sorted(permissions.officers_visible_to(user).values_list("employee_code", flat=True))


@pytest.fixture
def cast(officer, other_officer, manager, other_manager, administrator, trainer, outsider):
    return {
        "officer": officer,
        "other_officer": other_officer,
        "manager": manager,
        "other_manager": other_manager,
        "administrator": administrator,
        "trainer": trainer,
        "outsider": outsider,
    }


def test_a_manager_sees_their_province_and_everything_under_it(org, cast):
    assert _codes(permissions.units_visible_to(cast["manager"])) == ["TA", "TA-H1", "TA-H2"]
    assert _officer_codes(cast["manager"]) == ["CB-A1-001", "QL-A-001"]
    assert _codes(permissions.units_visible_to(cast["other_manager"])) == ["TB", "TB-H1"]
    assert _officer_codes(cast["other_manager"]) == ["CB-B1-001", "QL-B-001"]


def test_an_administrator_sees_everything(org, cast):
    assert permissions.units_visible_to(cast["administrator"]).count() == OrgUnit.objects.count()
    assert _officer_codes(cast["administrator"]) == sorted(
        Officer.objects.values_list("employee_code", flat=True)
    )


@pytest.mark.parametrize("persona", ["officer", "other_officer", "trainer", "outsider"])
def test_people_without_a_scope_see_no_unit_and_no_directory(persona, cast):
    user = cast[persona]
    assert not permissions.units_visible_to(user).exists()
    assert not permissions.officers_visible_to(user).exists()
    assert not permissions.can_view_directory(user)


def test_anonymous_visitors_see_nothing(org, officer):
    from django.contrib.auth.models import AnonymousUser

    anonymous = AnonymousUser()
    assert not permissions.units_visible_to(anonymous).exists()
    assert not permissions.can_view_officer(anonymous, officer.officer)
    assert not permissions.can_view_directory(anonymous)


def test_officers_see_their_own_record_only(cast):
    own = cast["officer"].officer
    other = cast["other_officer"].officer
    assert permissions.can_view_officer(cast["officer"], own)
    assert not permissions.can_view_officer(cast["officer"], other)


def test_a_manager_cannot_view_an_officer_of_another_province(cast):
    assert permissions.can_view_officer(cast["manager"], cast["officer"].officer)
    assert not permissions.can_view_officer(cast["manager"], cast["other_officer"].officer)
    assert not permissions.can_view_officer(cast["other_manager"], cast["officer"].officer)


def test_several_scopes_add_up_and_nested_ones_count_once(org, manager):
    ManagerScopeFactory(user=manager, unit=org.district_a1)  # already inside province A
    ManagerScopeFactory(user=manager, unit=org.department)
    assert [u.code for u in permissions.managed_units(manager)] == ["TA", "TW-VP"]
    assert _codes(permissions.units_visible_to(manager)) == ["TA", "TA-H1", "TA-H2", "TW-VP"]


def test_a_manager_who_loses_the_role_loses_the_scope(manager):
    manager.groups.clear()
    manager = type(manager).objects.get(pk=manager.pk)
    assert not permissions.units_visible_to(manager).exists()


def test_a_deactivated_manager_sees_nothing(manager):
    manager.is_active = False
    manager.save()
    assert not permissions.units_visible_to(manager).exists()


# Delegations --------------------------------------------------------------------------------


def test_a_delegate_reads_the_managers_scope_during_the_period_only(org, manager, officer):
    today = timezone.localdate()
    ReadDelegationFactory(
        manager=manager,
        delegate=officer,
        starts_on=today + datetime.timedelta(days=1),
        ends_on=today + datetime.timedelta(days=7),
    )
    assert not permissions.can_view_directory(officer)  # not yet
    with time_machine.travel(timezone.now() + datetime.timedelta(days=2)):
        fresh = type(officer).objects.get(pk=officer.pk)
        assert _codes(permissions.units_visible_to(fresh)) == ["TA", "TA-H1", "TA-H2"]
        assert permissions.can_view_directory(fresh)
    with time_machine.travel(timezone.now() + datetime.timedelta(days=9)):
        fresh = type(officer).objects.get(pk=officer.pk)
        assert not permissions.units_visible_to(fresh).exists()  # ended


def test_a_revoked_delegation_gives_nothing(manager, officer):
    delegation = ReadDelegationFactory(manager=manager, delegate=officer)
    assert permissions.can_view_directory(type(officer).objects.get(pk=officer.pk))
    revoke_delegation(delegation, actor=manager)
    assert not permissions.can_view_directory(type(officer).objects.get(pk=officer.pk))


def test_a_delegate_cannot_delegate_further_or_revoke(manager, officer):
    delegation = ReadDelegationFactory(manager=manager, delegate=officer)
    assert not permissions.can_delegate(officer)
    assert not permissions.can_revoke_delegation(officer, delegation)
    assert permissions.can_revoke_delegation(manager, delegation)


def test_a_manager_may_delegate_only_to_an_active_officer_of_their_units(
    org, manager, officer, other_officer
):
    assert permissions.can_delegate_to(manager, officer)
    assert not permissions.can_delegate_to(manager, other_officer)
    assert not permissions.can_delegate_to(manager, manager)
    set_officer_active(officer.officer, False)
    assert not permissions.can_delegate_to(manager, type(officer).objects.get(pk=officer.pk))


def test_delegating_is_logged_and_refused_outside_the_scope(manager, officer, other_officer):
    today = timezone.localdate()
    delegation = delegate_read_access(
        manager,
        officer,
        starts_on=today,
        ends_on=today + datetime.timedelta(days=10),
        reason="Báo cáo quý",
    )
    assert delegation.created_by == manager and delegation.created_at is not None
    from wagtail.models import ModelLogEntry

    entry = ModelLogEntry.objects.get(object_id=str(delegation.pk), action="wagtail.create")
    assert entry.user_id == manager.pk
    with pytest.raises(DelegationRefused):
        delegate_read_access(
            manager, other_officer, starts_on=today, ends_on=today + datetime.timedelta(days=1)
        )
    with pytest.raises(DelegationRefused):
        delegate_read_access(
            manager, officer, starts_on=today, ends_on=today - datetime.timedelta(days=1)
        )
    with pytest.raises(DelegationRefused):
        delegate_read_access(
            officer, manager, starts_on=today, ends_on=today + datetime.timedelta(days=1)
        )


def test_revoking_records_who_and_when(manager, officer):
    delegation = ReadDelegationFactory(manager=manager, delegate=officer)
    with time_machine.travel(datetime.datetime(2026, 3, 1, 9, tzinfo=datetime.UTC)):
        revoke_delegation(delegation, actor=manager)
    delegation.refresh_from_db()
    assert delegation.revoked_by == manager
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.filter(
        object_id=str(delegation.pk), action="people.revoke_delegation", user=manager
    ).exists()
    assert delegation.revoked_at == datetime.datetime(2026, 3, 1, 9, tzinfo=datetime.UTC)
    assert delegation.status() == "revoked"


# Trainers and topics ------------------------------------------------------------------------


def test_a_trainer_without_limits_may_write_for_every_topic(trainer):
    assert permissions.trainer_topics(trainer) is None
    assert permissions.can_edit_topic(trainer, "an-toan-thong-tin")


def test_a_trainer_limited_to_topics_may_write_for_those_only(trainer):
    TrainerTopicFactory(trainer=trainer, topic="van-phong-so")
    assert permissions.trainer_topics(trainer) == {"van-phong-so"}
    assert permissions.can_edit_topic(trainer, "van-phong-so")
    assert not permissions.can_edit_topic(trainer, "an-toan-thong-tin")


def test_topics_are_for_trainers_and_administrators(officer, administrator):
    assert not permissions.can_edit_topic(officer, "van-phong-so")
    assert permissions.can_edit_topic(administrator, "van-phong-so")


def test_staff_import_and_unit_management_are_for_administrators(cast):
    allowed = {name for name, user in cast.items() if permissions.can_import_staff(user)}
    assert allowed == {"administrator"}
    assert {n for n, u in cast.items() if permissions.can_manage_units(u)} == {"administrator"}


def test_an_officer_in_a_new_subunit_is_in_scope_at_once(org, manager):
    unit = create_unit(
        name="Chi bộ mới", code="TA-H2-CB", kind="grassroots", parent=org.district_a2
    )
    newcomer = OfficerFactory(unit=unit)
    assert permissions.can_view_officer(manager, newcomer)
