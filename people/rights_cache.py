"""What a person may see and must do (the navigation, whether two-factor sign-in is set up as
required), kept in the cache between requests.

Roles, permissions, scopes and delegations change rarely and only through an administrator;
any such change replaces one version stamp, which retires every cached entry at once. Entries
also expire after a few minutes, so a delegation that starts or ends on a date shows soon."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save

from people.cache_stamps import CacheStamp
from people.models import ManagerScope, ReadDelegation, User

T = TypeVar("T")

RIGHTS = CacheStamp("rights", timeout_seconds=5 * 60)


def rights_changed(**kwargs: Any) -> None:
    RIGHTS.renew()


def cached_rights(user: User, name: str, compute: Callable[[], T]) -> T:
    """``compute()`` for this person, from the cache while nothing about rights has changed.
    The key carries what the user row itself says (superuser, active, staff, joined), so a
    change of those needs no stamp and an id never answers for another account."""
    own = f"{int(user.is_superuser)}{int(user.is_active)}{int(user.is_staff)}"
    joined = int(user.date_joined.timestamp()) if user.date_joined else 0
    return RIGHTS.remember(f"{name}:{user.pk}:{joined}:{own}", compute)


def connect() -> None:
    for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(rights_changed, sender=through, dispatch_uid=f"rights-{through}")
    from allauth.mfa.models import Authenticator

    from people.models import Officer, OrgUnit

    for model in (Group, ManagerScope, ReadDelegation, Authenticator, OrgUnit, Officer):
        post_save.connect(rights_changed, sender=model, dispatch_uid=f"rights-save-{model}")
        post_delete.connect(rights_changed, sender=model, dispatch_uid=f"rights-del-{model}")
