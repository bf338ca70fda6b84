"""Operations on people and the organisation. Views, admin hooks, commands and tests call these.

Each runs in one transaction and raises a PeopleError subclass with a message for the person
when it refuses. Emails go out through background tasks queued once the transaction commits.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.db.models import Model, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from people.imports import FileKindError, ParsedFile, RowError, StaffRow, parse_staff_file
from people.models import (
    ManagerScope,
    Officer,
    OfficerMove,
    OrgUnit,
    PendingStaffImport,
    ReadDelegation,
    User,
    normalise_code,
)
from people.names import split_full_name
from people.roles import MANAGER, OFFICER
from people.signals import announce_officers_placed

T = TypeVar("T")
M = TypeVar("M", bound=Model)

# Lookups by lists of values go in chunks that every database accepts as parameters.
CHUNK = 500
# Invitations are queued in batches, so that a large import queues few tasks.
INVITATION_BATCH = 100


class PeopleError(Exception):
    """A refused operation; str(error) is a message for the person who asked."""


class UnitInUse(PeopleError):
    pass


class InvalidUnitMove(PeopleError):
    pass


class OfficerRefused(PeopleError):
    pass


class DelegationRefused(PeopleError):
    pass


class StaffImportError(PeopleError):
    """The file has errors: nothing was saved. The plan lists every error with its row."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(
            _("The file has %(count)d error(s); nothing was saved.") % {"count": len(plan.errors)}
        )
        self.plan = plan


class StaffImportFailed(PeopleError):
    """The database refused a change half-way: everything was rolled back."""


def _chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# Units --------------------------------------------------------------------------------------


def create_unit(
    *,
    name: str,
    code: str,
    kind: str,
    parent: OrgUnit | None = None,
    active: bool = True,
) -> OrgUnit:
    """Add a unit at the top of the tree or as the last child of parent."""
    unit = OrgUnit(name=name.strip(), code=normalise_code(code), kind=kind, active=active)
    with transaction.atomic():
        if parent is None:
            return OrgUnit.add_root(instance=unit)
        parent = OrgUnit.objects.get(pk=parent.pk)  # a fresh path and numchild
        return parent.add_child(instance=unit)


def move_unit(unit: OrgUnit, new_parent: OrgUnit | None) -> OrgUnit:
    """Move a unit, with everything under it, below new_parent (None: to the top level)."""
    with transaction.atomic():
        unit = OrgUnit.objects.select_for_update().get(pk=unit.pk)
        current_parent = unit.get_parent()
        if (current_parent and new_parent and current_parent.pk == new_parent.pk) or (
            current_parent is None and new_parent is None
        ):
            return unit
        if new_parent is None:
            first_root = OrgUnit.get_first_root_node()
            unit.move(first_root, "last-sibling")
        else:
            new_parent = OrgUnit.objects.get(pk=new_parent.pk)
            if new_parent.path.startswith(unit.path):
                raise InvalidUnitMove(
                    _("A unit cannot be moved under itself or under one of its own units.")
                )
            unit.move(new_parent, "last-child")
        return OrgUnit.objects.get(pk=unit.pk)


def set_unit_active(unit: OrgUnit, active: bool) -> int:
    """Deactivate a unit with everything under it, or reactivate the unit alone.

    Officers stay where they are and keep their results; inactive units take no new officers.
    """
    with transaction.atomic():
        if active:
            return OrgUnit.objects.filter(pk=unit.pk, active=False).update(active=True)
        unit = OrgUnit.objects.get(pk=unit.pk)  # the path as it is now, after any move
        return OrgUnit.objects.filter(unit_subtree(unit), active=True).update(active=False)


def unit_subtree(unit: OrgUnit) -> Q:
    return Q(path__startswith=unit.path)


def unit_delete_blockers(unit: OrgUnit) -> list[str]:
    """Why this unit (with everything under it) cannot be deleted; empty when it can."""
    subtree = OrgUnit.objects.filter(unit_subtree(unit))
    reasons = []
    officers = Officer.objects.filter(unit__in=subtree).count()
    if officers:
        reasons.append(
            _("%(count)d officer(s) work in this unit or under it.") % {"count": officers}
        )
    history = (
        OfficerMove.objects.filter(Q(to_unit__in=subtree) | Q(from_unit__in=subtree))
        .values("officer")
        .distinct()
        .count()
    )
    if history and not officers:
        reasons.append(
            _("%(count)d officer(s) worked in this unit or under it before.") % {"count": history}
        )
    scopes = ManagerScope.objects.filter(unit__in=subtree).count()
    if scopes:
        reasons.append(
            _("%(count)d manager scope(s) point to this unit or under it.") % {"count": scopes}
        )
    return reasons


def delete_unit(unit: OrgUnit) -> None:
    """Delete an empty unit and its empty subunits; refused when anyone worked there."""
    from django.db.models import ProtectedError, RestrictedError

    with transaction.atomic():
        unit = OrgUnit.objects.select_for_update().get(pk=unit.pk)
        reasons = unit_delete_blockers(unit)
        if reasons:
            raise UnitInUse(
                " ".join([_("This unit cannot be deleted, only deactivated."), *reasons])
            )
        try:
            with transaction.atomic():
                unit.delete()
        except (ProtectedError, RestrictedError) as exc:
            # Records kept by other parts of the product (assignments, reports) point here.
            raise UnitInUse(
                _(
                    "This unit cannot be deleted, only deactivated: other records refer to it "
                    "(%(count)d)."
                )
                % {"count": len(exc.args[1]) if len(exc.args) > 1 else 1}
            ) from exc


# Officers -----------------------------------------------------------------------------------


def _groups_by_name(names: Iterable[str]) -> list[Group]:
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
            officer=officer, to_unit=unit, moved_by=_actor(actor), source=OfficerMove.Source.ADMIN
        )
        if roles:
            user.groups.add(*_groups_by_name(roles))
        if invite and (created_user or not user.has_usable_password()):
            _queue_invitations([user.pk])
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
                moved_by=_actor(actor),
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
        User.objects.filter(pk=officer.user_id).update(is_active=active)
        if active:
            announce_officers_placed([officer.pk])
    officer.refresh_from_db()
    officer.user.refresh_from_db()
    return officer


def _actor(actor: User | None) -> User | None:
    return actor if actor is not None and actor.pk else None


# Manager scopes and delegations -------------------------------------------------------------


def grant_manager_scope(user: User, unit: OrgUnit, *, actor: User | None = None) -> ManagerScope:
    """Let a manager follow a unit and everything under it; gives the Manager role if missing."""
    with transaction.atomic():
        scope, _created = ManagerScope.objects.get_or_create(
            user=user, unit=unit, defaults={"granted_by": _actor(actor)}
        )
        user.groups.add(*_groups_by_name([MANAGER]))
    return scope


def revoke_manager_scope(scope: ManagerScope) -> None:
    with transaction.atomic():
        ManagerScope.objects.filter(pk=scope.pk).delete()


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
            created_by=_actor(actor) or manager,
        )
        # Also in the admin's history of the delegation, next to the fields that record it.
        log(instance=delegation, action="wagtail.create", user=delegation.created_by)
    return delegation


def revoke_delegation(delegation: ReadDelegation, *, actor: User) -> ReadDelegation:
    """End a delegation now; the row stays, with who revoked it and when."""
    with transaction.atomic():
        delegation = ReadDelegation.objects.select_for_update().get(pk=delegation.pk)
        if delegation.revoked_at is None:
            delegation.revoked_at = timezone.now()
            delegation.revoked_by = _actor(actor)
            delegation.save(update_fields=["revoked_at", "revoked_by"])
            log(instance=delegation, action="people.revoke_delegation", user=_actor(actor))
    return delegation


# Staff import -------------------------------------------------------------------------------


@dataclass
class PlannedRow:
    """What the import will do with one row of the file."""

    row: int
    employee_code: str
    full_name: str
    email: str
    unit_code: str
    action: str  # "create", "update", "move" or "unchanged"
    # For applying the plan:
    source: StaffRow = field(repr=False)
    unit: OrgUnit = field(repr=False)
    changes: list[str] = field(default_factory=list)
    officer: Officer | None = field(default=None, repr=False)
    user: User | None = field(default=None, repr=False)
    roles_to_add: tuple[str, ...] = ()


@dataclass
class PlannedDeactivation:
    officer_id: int
    user_id: int
    employee_code: str
    full_name: str
    email: str
    unit_name: str


@dataclass
class ImportPlan:
    """The preview of an import: every change, every error, and whether it was applied."""

    errors: list[RowError] = field(default_factory=list)
    created: list[PlannedRow] = field(default_factory=list)
    updated: list[PlannedRow] = field(default_factory=list)
    moved: list[PlannedRow] = field(default_factory=list)
    unchanged: list[PlannedRow] = field(default_factory=list)
    deactivated: list[PlannedDeactivation] = field(default_factory=list)
    deactivate_missing: bool = False
    skipped_self: bool = False
    applied: bool = False
    invited: int = 0

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    @property
    def row_count(self) -> int:
        return len(self.created) + len(self.updated) + len(self.moved) + len(self.unchanged)

    @property
    def change_count(self) -> int:
        return len(self.created) + len(self.updated) + len(self.moved) + len(self.deactivated)

    @property
    def digest(self) -> str:
        """A fingerprint of the planned changes, to check that a confirmation matches a preview."""
        sha = hashlib.sha256()
        for group in (self.created, self.updated, self.moved):
            for planned in group:
                sha.update(repr((planned.action, planned.employee_code, planned.changes)).encode())
        for gone in self.deactivated:
            sha.update(repr(("deactivate", gone.employee_code)).encode())
        return sha.hexdigest()[:32]


def _fetch_in_chunks(queryset: QuerySet[M], lookup: str, values: Sequence[str]) -> list[M]:
    found: list[M] = []
    for chunk in _chunks(values):
        found.extend(queryset.filter(**{f"{lookup}__in": chunk}))
    return found


def _describe_unit(unit: OrgUnit) -> str:
    return f"{unit.name} ({unit.code})"


def plan_staff_import(
    parsed: ParsedFile, *, deactivate_missing: bool = False, actor: User | None = None
) -> ImportPlan:
    """Check the rows against the database and work out what importing them would change."""
    plan = ImportPlan(errors=list(parsed.errors), deactivate_missing=deactivate_missing)
    rows = parsed.rows
    codes = [r.employee_code for r in rows]
    emails = [r.email for r in rows]

    units = {u.code: u for u in OrgUnit.objects.all()}
    officers = {
        o.employee_code: o
        for o in _fetch_in_chunks(
            Officer.objects.select_related("user", "unit"), "employee_code", codes
        )
    }
    users = {
        u.email: u
        for u in _fetch_in_chunks(User.objects.select_related("officer"), "email", emails)
    }
    user_ids = list({o.user_id for o in officers.values()} | {u.pk for u in users.values()})
    held_roles: dict[int, set[str]] = {}
    through = User.groups.through
    for chunk in _chunks(user_ids):
        for user_id, name in through.objects.filter(user_id__in=chunk).values_list(
            "user_id", "group__name"
        ):
            held_roles.setdefault(user_id, set()).add(name)

    for row in rows:
        unit = units.get(row.unit_code)
        if unit is None:
            plan.errors.append(
                RowError(
                    row.row,
                    "unit_code",
                    _("Unknown unit code %(code)s.") % {"code": row.unit_code},
                )
            )
            continue
        officer = officers.get(row.employee_code)
        email_user = users.get(row.email)
        given, rest = split_full_name(row.full_name)
        if officer is not None:
            _plan_existing(plan, row, unit, officer, email_user, given, rest, held_roles)
        else:
            _plan_new(plan, row, unit, email_user, given, rest, held_roles)

    for number, unit_code in parsed.other_unit_codes:
        if unit_code not in units:
            plan.errors.append(
                RowError(
                    number, "unit_code", _("Unknown unit code %(code)s.") % {"code": unit_code}
                )
            )

    if deactivate_missing:
        in_file = set(codes)
        actor_id = actor.pk if actor is not None else None
        for officer_id, user_id, code, first, last, email, unit_name in (
            Officer.objects.filter(active=True)
            .order_by("user__name_sort_key", "employee_code")
            .values_list(
                "pk",
                "user_id",
                "employee_code",
                "user__first_name",
                "user__last_name",
                "user__email",
                "unit__name",
            )
        ):
            if code in in_file:
                continue
            if user_id == actor_id:
                plan.skipped_self = True
                continue
            full_name = " ".join(part for part in (last, first) if part)
            plan.deactivated.append(
                PlannedDeactivation(officer_id, user_id, code, full_name, email, unit_name)
            )
    plan.errors.sort(key=lambda e: (e.row, e.column))
    return plan


def _roles_to_add(row: StaffRow, held: set[str], new_account: bool) -> tuple[str, ...]:
    wanted = row.roles or ((OFFICER,) if new_account else ())
    return tuple(role for role in wanted if role not in held)


def _plan_existing(
    plan: ImportPlan,
    row: StaffRow,
    unit: OrgUnit,
    officer: Officer,
    email_user: User | None,
    given: str,
    rest: str,
    held_roles: dict[int, set[str]],
) -> None:
    user = officer.user
    if email_user is not None and email_user.pk != user.pk:
        plan.errors.append(
            RowError(
                row.row,
                "email",
                _("The email %(email)s already belongs to another account (%(name)s).")
                % {"email": row.email, "name": email_user.get_full_name() or email_user.email},
            )
        )
        return
    if unit.pk != officer.unit_id and not unit.active:
        plan.errors.append(_inactive_unit_error(row, unit))
        return
    changes = []
    if (given, rest) != (user.first_name, user.last_name):
        changes.append(
            _("Name: %(old)s → %(new)s") % {"old": user.get_full_name(), "new": row.full_name}
        )
    if row.email != user.email:
        changes.append(_("Email: %(old)s → %(new)s") % {"old": user.email, "new": row.email})
    if row.position != officer.position:
        changes.append(
            _("Position: %(old)s → %(new)s")
            % {"old": officer.position or "—", "new": row.position or "—"}
        )
    if not officer.active or not user.is_active:
        changes.append(_("Reactivated"))
    roles = _roles_to_add(row, held_roles.get(user.pk, set()), new_account=False)
    if roles:
        changes.append(_("Roles added: %(roles)s") % {"roles": _role_list(roles)})
    moved = unit.pk != officer.unit_id
    if moved:
        changes.insert(
            0,
            _("Unit: %(old)s → %(new)s")
            % {"old": _describe_unit(officer.unit), "new": _describe_unit(unit)},
        )
    action = "move" if moved else ("update" if changes else "unchanged")
    planned = PlannedRow(
        row=row.row,
        employee_code=row.employee_code,
        full_name=row.full_name,
        email=row.email,
        unit_code=unit.code,
        action=action,
        changes=changes,
        source=row,
        unit=unit,
        officer=officer,
        user=user,
        roles_to_add=roles,
    )
    {"move": plan.moved, "update": plan.updated, "unchanged": plan.unchanged}[action].append(
        planned
    )


def _plan_new(
    plan: ImportPlan,
    row: StaffRow,
    unit: OrgUnit,
    email_user: User | None,
    given: str,
    rest: str,
    held_roles: dict[int, set[str]],
) -> None:
    if not unit.active:
        plan.errors.append(_inactive_unit_error(row, unit))
        return
    changes = []
    if email_user is not None:
        other = getattr(email_user, "officer", None)
        if other is not None:
            plan.errors.append(
                RowError(
                    row.row,
                    "email",
                    _(
                        "The email %(email)s already belongs to the officer with employee code "
                        "%(code)s."
                    )
                    % {"email": row.email, "code": other.employee_code},
                )
            )
            return
        changes.append(_("Existing account linked"))
        if (given, rest) != (email_user.first_name, email_user.last_name):
            changes.append(
                _("Name: %(old)s → %(new)s")
                % {"old": email_user.get_full_name() or "—", "new": row.full_name}
            )
    held = held_roles.get(email_user.pk, set()) if email_user is not None else set()
    roles = _roles_to_add(row, held, new_account=email_user is None)
    if roles:
        changes.append(_("Roles: %(roles)s") % {"roles": _role_list(roles)})
    plan.created.append(
        PlannedRow(
            row=row.row,
            employee_code=row.employee_code,
            full_name=row.full_name,
            email=row.email,
            unit_code=unit.code,
            action="create",
            changes=changes,
            source=row,
            unit=unit,
            user=email_user,
            roles_to_add=roles,
        )
    )


def _inactive_unit_error(row: StaffRow, unit: OrgUnit) -> RowError:
    return RowError(
        row.row,
        "unit_code",
        _("The unit %(code)s is inactive and takes no new officers.") % {"code": unit.code},
    )


def _role_list(roles: Iterable[str]) -> str:
    from people.roles import ROLE_LABELS

    return ", ".join(str(ROLE_LABELS[role]) for role in roles)


def preview_staff_import(
    data: bytes, filename: str, *, deactivate_missing: bool = False, actor: User | None = None
) -> ImportPlan:
    """Read a staff file and plan its import without saving anything."""
    try:
        parsed = parse_staff_file(data, filename)
    except FileKindError as exc:
        return ImportPlan(errors=[RowError(0, "", str(exc))], deactivate_missing=deactivate_missing)
    return plan_staff_import(parsed, deactivate_missing=deactivate_missing, actor=actor)


def import_staff(
    data: bytes,
    filename: str,
    *,
    dry_run: bool = False,
    deactivate_missing: bool = False,
    actor: User | None = None,
    invite: bool = True,
) -> ImportPlan:
    """Import a staff spreadsheet: create or update officers by employee code, in one transaction.

    Raises StaffImportError (nothing saved) while the file has errors, and StaffImportFailed
    when the database refuses a change half-way (everything rolled back). New accounts get no
    usable password and, after the commit, an invitation to set one.
    """
    try:
        with transaction.atomic():
            plan = preview_staff_import(
                data, filename, deactivate_missing=deactivate_missing, actor=actor
            )
            if plan.has_errors:
                raise StaffImportError(plan)
            if dry_run:
                return plan
            new_user_ids, placed = _apply_plan(plan, actor=actor)
            announce_officers_placed(placed)
    except DatabaseError as exc:
        raise StaffImportFailed(
            _(
                "The database refused a change, so the whole import was cancelled and nothing "
                "was saved. Details: %(error)s"
            )
            % {"error": exc}
        ) from exc
    plan.applied = True
    if invite and new_user_ids:
        plan.invited = len(new_user_ids)
        _queue_invitations(new_user_ids)
    return plan


def _apply_plan(plan: ImportPlan, *, actor: User | None) -> tuple[list[int], list[int]]:
    """Write the plan with bulk statements; returns the accounts to invite and the officers
    created, moved or made active again (bulk writes send no post_save)."""
    now = timezone.now()
    actor = _actor(actor)
    groups = {g.name: g for g in _groups_by_name(_all_roles(plan))}
    memberships: list[tuple[int, str]] = []  # (user id, role name) to add

    # Existing officers: update, move, reactivate.
    users_to_save: list[User] = []
    officers_to_save: list[Officer] = []
    moves: list[OfficerMove] = []
    placed: list[int] = []
    for planned in [*plan.updated, *plan.moved]:
        row, officer = planned.source, planned.officer
        if officer is None:  # only created rows have no officer yet
            continue
        user = officer.user
        if planned.unit.pk != officer.unit_id or not officer.active or not user.is_active:
            placed.append(officer.pk)
        user.first_name, user.last_name = split_full_name(row.full_name)
        user.email = row.email
        user.is_active = True
        user.refresh_name_keys()
        users_to_save.append(user)
        if planned.unit.pk != officer.unit_id:
            moves.append(
                OfficerMove(
                    officer=officer,
                    from_unit_id=officer.unit_id,
                    to_unit=planned.unit,
                    moved_at=now,
                    moved_by=actor,
                    source=OfficerMove.Source.IMPORT,
                )
            )
        officer.unit = planned.unit
        officer.position = row.position
        officer.active = True
        officer.updated_at = now
        officers_to_save.append(officer)
        memberships += [(user.pk, role) for role in planned.roles_to_add]
    User.objects.bulk_update(
        users_to_save,
        ["first_name", "last_name", "email", "is_active", "name_sort_key", "search_text"],
        batch_size=CHUNK,
    )
    Officer.objects.bulk_update(
        officers_to_save, ["unit", "position", "active", "updated_at"], batch_size=CHUNK
    )

    # New officers, with a new account or linked to an account that had no officer record.
    new_users: list[User] = []
    linked_users: list[User] = []
    created: list[tuple[PlannedRow, User]] = []
    for planned in plan.created:
        row = planned.source
        new_user = planned.user
        if new_user is None:
            new_user = User(email=row.email, date_joined=now, password=make_password(None))
            new_users.append(new_user)
        else:
            new_user.is_active = True
            linked_users.append(new_user)
        new_user.first_name, new_user.last_name = split_full_name(row.full_name)
        new_user.refresh_name_keys()
        planned.user = new_user
        created.append((planned, new_user))
    User.objects.bulk_create(new_users, batch_size=CHUNK)
    User.objects.bulk_update(
        linked_users,
        ["first_name", "last_name", "is_active", "name_sort_key", "search_text"],
        batch_size=CHUNK,
    )
    new_officers = []
    for planned, new_user in created:
        new_officers.append(
            Officer(
                user=new_user,
                employee_code=planned.employee_code,
                unit=planned.unit,
                position=planned.source.position,
                active=True,
                created_at=now,
                updated_at=now,
            )
        )
        memberships += [(new_user.pk, role) for role in planned.roles_to_add]
    Officer.objects.bulk_create(new_officers, batch_size=CHUNK)
    if any(o.pk is None for o in new_officers):  # a database that cannot return new keys
        by_code = dict(
            Officer.objects.filter(
                employee_code__in=[o.employee_code for o in new_officers]
            ).values_list("employee_code", "pk")
        )
        for officer in new_officers:
            officer.pk = by_code[officer.employee_code]
    moves += [
        OfficerMove(
            officer=officer,
            to_unit=officer.unit,
            moved_at=now,
            moved_by=actor,
            source=OfficerMove.Source.IMPORT,
        )
        for officer in new_officers
    ]
    OfficerMove.objects.bulk_create(moves, batch_size=CHUNK)
    through = User.groups.through
    through.objects.bulk_create(
        [through(user_id=user_id, group=groups[role]) for user_id, role in memberships],
        batch_size=CHUNK,
        ignore_conflicts=True,
    )

    # Officers missing from the file, when asked.
    gone = [d.officer_id for d in plan.deactivated]
    for chunk in _chunks(gone):
        Officer.objects.filter(pk__in=chunk).update(active=False, updated_at=now)
        User.objects.filter(officer__pk__in=chunk).update(is_active=False)

    invite = [u.pk for u in new_users] + [u.pk for u in linked_users if not u.has_usable_password()]
    return invite, placed + [officer.pk for officer in new_officers]


def _all_roles(plan: ImportPlan) -> set[str]:
    return {
        role
        for group in (plan.created, plan.updated, plan.moved)
        for planned in group
        for role in planned.roles_to_add
    }


# A preview waits this long for its confirmation.
PENDING_IMPORT_LIFETIME = datetime.timedelta(hours=24)


def hold_staff_file(
    data: bytes, filename: str, *, deactivate_missing: bool, user: User
) -> PendingStaffImport:
    """Keep a previewed file for its uploader until they confirm; forget stale ones."""
    with transaction.atomic():
        PendingStaffImport.objects.filter(
            created_at__lt=timezone.now() - PENDING_IMPORT_LIFETIME
        ).delete()
        return PendingStaffImport.objects.create(
            uploaded_by=user,
            filename=filename[:255],
            content=data,
            deactivate_missing=deactivate_missing,
        )


def pending_staff_file(token: str, user: User) -> PendingStaffImport | None:
    """The file this person previewed under this token, if it has not expired."""
    try:
        return PendingStaffImport.objects.get(
            token=token,
            uploaded_by=user,
            created_at__gte=timezone.now() - PENDING_IMPORT_LIFETIME,
        )
    except (PendingStaffImport.DoesNotExist, ValueError, ValidationError):
        return None


def forget_staff_file(pending: PendingStaffImport) -> None:
    PendingStaffImport.objects.filter(pk=pending.pk).delete()


def _queue_invitations(user_ids: Sequence[int], *, force: bool = False) -> None:
    """Queue the invitation emails once the surrounding transaction has committed."""
    from people.tasks import send_invitations

    batches = [list(chunk) for chunk in _chunks(list(user_ids), INVITATION_BATCH)]

    def enqueue() -> None:
        for batch in batches:
            send_invitations.enqueue(batch, force=force)

    transaction.on_commit(enqueue)


def invite_officers(officers: Iterable[Officer]) -> int:
    """Send the set-a-password invitation again to officers who have not set one yet."""
    user_ids = [o.user_id for o in officers if not o.user.has_usable_password() and o.active]
    if user_ids:
        _queue_invitations(user_ids, force=True)
    return len(user_ids)
