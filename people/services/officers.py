"""Officer records and their accounts: creating, changing and (de)activating officers, and the
invitations that let a new account set its password."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from people.models import Officer, OfficerMove, OrgUnit, normalise_code
from people.names import split_full_name
from people.roles import OFFICER
from people.services.refusals import OfficerRefused
from people.signals import announce_officers_placed

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from people.models import User
else:
    User = get_user_model()

T = TypeVar("T")

# Lookups by lists of values go in chunks that every database accepts as parameters.
CHUNK = 500
# Invitations are queued in batches, so that a large import queues few tasks.
INVITATION_BATCH = 100


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def groups_by_name(names: Iterable[str]) -> list[Group]:
    from people.roles import sync_roles

    names = list(dict.fromkeys(names))
    groups = list(Group.objects.filter(name__in=names))
    if len(groups) != len(names):
        sync_roles()
        groups = list(Group.objects.filter(name__in=names))
    return groups


def create_officer(
    *,
    email: str,
    full_name: str,
    employee_code: str,
    unit: OrgUnit,
    position: str = "",
    roles: Sequence[str] = (OFFICER,),
    actor: User | None = None,
    invite: bool = True,
) -> Officer:
    """Create an officer record, with a new account (invited to set a password) when needed."""
    email = User.objects.normalize_email(email).strip().lower()
    code = normalise_code(employee_code)
    with transaction.atomic():
        unit = OrgUnit.objects.get(pk=unit.pk)
        if Officer.objects.filter(employee_code=code).exists():
            raise OfficerRefused(_("The employee code %(code)s is already used.") % {"code": code})
        if not unit.active:
            raise OfficerRefused(_("The unit %(unit)s is inactive.") % {"unit": unit.label})
        user = User.objects.filter(email=email).first()
        created_user = user is None
        if user is None:
            user = User(email=email)
            user.set_unusable_password()
        elif Officer.objects.filter(user=user).exists():
            raise OfficerRefused(
                _("The email %(email)s already belongs to another officer.") % {"email": email}
            )
        user.first_name, user.last_name = split_full_name(full_name)
        user.is_active = True
        user.save()
        officer = Officer.objects.create(
            user=user, employee_code=code, unit=unit, position=position.strip()
        )
        OfficerMove.objects.create(
            officer=officer,
            to_unit=unit,
            moved_by=actor_or_none(actor),
            source=OfficerMove.Source.ADMIN,
        )
        if roles:
            user.groups.add(*groups_by_name(roles))
        if created_user:
            from people.services.accounts import mark_addresses_verified

            mark_addresses_verified([user.pk])
        if invite and (created_user or not user.has_usable_password()):
            queue_invitations([user.pk])
    return officer


def update_officer(
    officer: Officer,
    *,
    email: str,
    full_name: str,
    employee_code: str,
    unit: OrgUnit,
    position: str,
    active: bool,
    actor: User | None = None,
) -> Officer:
    """Change an officer's details; a change of unit is recorded in the unit history."""
    email = User.objects.normalize_email(email).strip().lower()
    code = normalise_code(employee_code)
    with transaction.atomic():
        officer = Officer.objects.select_related("user", "unit").get(pk=officer.pk)
        unit = OrgUnit.objects.get(pk=unit.pk)
        if Officer.objects.filter(employee_code=code).exclude(pk=officer.pk).exists():
            raise OfficerRefused(_("The employee code %(code)s is already used.") % {"code": code})
        if User.objects.filter(email=email).exclude(pk=officer.user_id).exists():
            raise OfficerRefused(
                _("The email %(email)s already belongs to another account.") % {"email": email}
            )
        if unit.pk != officer.unit_id and not unit.active:
            raise OfficerRefused(_("The unit %(unit)s is inactive.") % {"unit": unit.label})
        user = officer.user
        user.email = email
        user.first_name, user.last_name = split_full_name(full_name)
        user.is_active = active
        user.save()
        if unit.pk != officer.unit_id:
            OfficerMove.objects.create(
                officer=officer,
                from_unit_id=officer.unit_id,
                to_unit=unit,
                moved_by=actor_or_none(actor),
                source=OfficerMove.Source.ADMIN,
            )
        officer.employee_code = code
        officer.unit = unit
        officer.position = position.strip()
        officer.active = active
        officer.save()
    return officer


def set_officer_active(officer: Officer, active: bool) -> Officer:
    """Deactivating blocks sign-in at once and keeps every result; reactivating restores it
    (and, like a newcomer, the officer gets their unit's open assignments)."""
    with transaction.atomic():
        Officer.objects.filter(pk=officer.pk).update(active=active, updated_at=timezone.now())
        if active:
            User.objects.filter(pk=officer.user_id, is_active=False).update(
                is_active=True, reactivated_at=timezone.now()
            )
        else:
            User.objects.filter(pk=officer.user_id).update(is_active=False)
        if active:
            announce_officers_placed([officer.pk])
    officer.refresh_from_db()
    officer.user.refresh_from_db()
    return officer


def actor_or_none(actor: User | AnonymousUser | None) -> User | None:
    """The person who acted, or None for the command line and anonymous requests."""
    if actor is None or not actor.is_authenticated or actor.pk is None:
        return None
    return actor


def queue_invitations(user_ids: Sequence[int]) -> None:
    """Queue the invitation emails once the surrounding transaction has committed."""
    from people.tasks import send_invitations

    batches = [list(chunk) for chunk in chunks(list(user_ids), INVITATION_BATCH)]

    def enqueue() -> None:
        for batch in batches:
            send_invitations.enqueue(batch)

    transaction.on_commit(enqueue)
