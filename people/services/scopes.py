"""Managers' scopes over units, and the read-only access they lend to officers for a period."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from people.models import ManagerScope, OrgUnit, ReadDelegation
from people.roles import MANAGER
from people.services.officers import actor_or_none, groups_by_name
from people.services.refusals import DelegationRefused

if TYPE_CHECKING:
    from people.models import User


def grant_manager_scope(user: User, unit: OrgUnit, *, actor: User | None = None) -> ManagerScope:
    """Let a manager follow a unit and everything under it; gives the Manager role if missing."""
    with transaction.atomic():
        scope, _created = ManagerScope.objects.get_or_create(
            user=user, unit=unit, defaults={"granted_by": actor_or_none(actor)}
        )
        user.groups.add(*groups_by_name([MANAGER]))
    return scope


def delegate_read_access(
    manager: User,
    delegate: User,
    *,
    starts_on: datetime.date,
    ends_on: datetime.date,
    reason: str = "",
    actor: User | None = None,
) -> ReadDelegation:
    """Lend a manager's read-only view of their scope to a named officer for a period."""
    from people import permissions

    if ends_on < starts_on:
        raise DelegationRefused(_("The end date must not be before the start date."))
    if ends_on < timezone.localdate():
        raise DelegationRefused(_("The period has already ended."))
    if (ends_on - starts_on).days > 366:
        raise DelegationRefused(_("A delegation lasts at most one year."))
    if not permissions.can_delegate(manager):
        raise DelegationRefused(_("Only managers can delegate access to their units."))
    if not permissions.can_delegate_to(manager, delegate):
        raise DelegationRefused(
            _("Access can only be delegated to an active officer of your own units.")
        )
    with transaction.atomic():
        delegation = ReadDelegation.objects.create(
            manager=manager,
            delegate=delegate,
            starts_on=starts_on,
            ends_on=ends_on,
            reason=reason.strip(),
            created_by=actor_or_none(actor) or manager,
        )
        # Also in the admin's history of the delegation, next to the fields that record it.
        log(instance=delegation, action="wagtail.create", user=delegation.created_by)
    return delegation


def revoke_delegation(delegation: ReadDelegation, *, actor: User | None) -> ReadDelegation:
    """End a delegation now; the row stays, with who revoked it and when."""
    with transaction.atomic():
        delegation = ReadDelegation.objects.select_for_update().get(pk=delegation.pk)
        if delegation.revoked_at is None:
            delegation.revoked_at = timezone.now()
            delegation.revoked_by = actor_or_none(actor)
            delegation.save(update_fields=["revoked_at", "revoked_by"])
            log(instance=delegation, action="people.revoke_delegation", user=actor_or_none(actor))
    return delegation
