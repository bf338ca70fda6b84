"""Importing a staff list: planning what a file would change, previewing it, applying it in one
transaction, and keeping an uploaded file between its preview and its confirmation."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from people.imports import (
    FileKindError,
    ParsedFile,
    RowError,
    StaffRow,
    parse_staff_file,
    parse_staff_records,
)
from people.models import Officer, OfficerMove, OrgUnit
from people.names import split_full_name
from people.rights_cache import rights_changed
from people.roles import OFFICER
from people.services.accounts import mark_addresses_verified
from people.services.officers import CHUNK, actor_or_none, chunks, groups_by_name, queue_invitations
from people.services.pending_imports import (  # noqa: F401  (kept importable from here)
    PENDING_IMPORT_LIFETIME,
    forget_staff_file,
    hold_staff_file,
    pending_staff_file,
)
from people.services.refusals import StaffImportError, StaffImportFailed
from people.signals import announce_officers_placed

if TYPE_CHECKING:
    from people.models import User
else:
    User = get_user_model()


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


def _fetch_in_chunks(queryset: Any, lookup: str, values: Sequence[Any]) -> list[Any]:
    found: list[Any] = []
    for chunk in chunks(values):
        found.extend(queryset.filter(**{f"{lookup}__in": chunk}))
    return found


def _describe_unit(unit: OrgUnit) -> str:
    return f"{unit.name} ({unit.code})"


def plan_staff_import(
    parsed: ParsedFile,
    *,
    deactivate_missing: bool = False,
    actor: User | None = None,
    within: Sequence[OrgUnit] | None = None,
) -> ImportPlan:
    """Check the rows against the database and work out what importing them would change.

    ``within``: when given, rows may only place officers in those units' subtrees, touch
    officers working there, and give the Officer role (another system writing one province).
    """
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
    for chunk in chunks(user_ids):
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
        if within is not None:
            refusal = _outside_scope(row, unit, officer, within)
            if refusal is not None:
                plan.errors.append(refusal)
                continue
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
        actor_id = getattr(actor, "pk", None)
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


def _in_subtrees(unit: OrgUnit, roots: Sequence[OrgUnit]) -> bool:
    return any(unit.path.startswith(root.path) for root in roots)


def _outside_scope(
    row: StaffRow, unit: OrgUnit, officer: Officer | None, within: Sequence[OrgUnit]
) -> RowError | None:
    if not _in_subtrees(unit, within):
        return RowError(
            row.row,
            "unit_code",
            _("The unit %(code)s is outside the units you may change.") % {"code": unit.code},
        )
    if officer is not None and not _in_subtrees(officer.unit, within):
        return RowError(
            row.row,
            "employee_code",
            _("The officer %(code)s works in a unit outside the units you may change.")
            % {"code": row.employee_code},
        )
    if any(role != OFFICER for role in row.roles):
        return RowError(row.row, "roles", _("Only the Officer role can be given here."))
    return None


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
    return _run_import(
        lambda: preview_staff_import(
            data, filename, deactivate_missing=deactivate_missing, actor=actor
        ),
        dry_run=dry_run,
        actor=actor,
        invite=invite,
    )


def import_staff_records(
    records: Sequence[dict[str, Any]],
    *,
    dry_run: bool = False,
    actor: User | None = None,
    within: Sequence[OrgUnit] | None = None,
    invite: bool = True,
) -> ImportPlan:
    """Import staff given as records (employee_code, full_name, email, unit_code, position,
    roles) exactly as a spreadsheet: same checks and messages (the first record is row 1),
    all or nothing, idempotent; ``within`` limits it to units' subtrees (see
    plan_staff_import). Raises StaffImportError or StaffImportFailed as import_staff does."""
    return _run_import(
        lambda: plan_staff_import(parse_staff_records(records), actor=actor, within=within),
        dry_run=dry_run,
        actor=actor,
        invite=invite,
    )


def _run_import(
    plan_import: Callable[[], ImportPlan], *, dry_run: bool, actor: User | None, invite: bool
) -> ImportPlan:
    try:
        with transaction.atomic():
            plan = plan_import()
            if plan.has_errors:
                raise StaffImportError(plan)
            if dry_run:
                return plan
            new_user_ids, placed = _apply_plan(plan, actor=actor)
            mark_addresses_verified(new_user_ids)  # the list vouches for them: 2FA at once
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
        queue_invitations(new_user_ids)
    return plan


def _apply_plan(plan: ImportPlan, *, actor: User | None) -> tuple[list[int], list[int]]:
    """Write the plan with bulk statements; returns the accounts to invite and the officers
    created, moved or made active again (bulk writes send no post_save)."""
    now = timezone.now()
    actor = actor_or_none(actor)
    groups = {g.name: g for g in groups_by_name(_all_roles(plan))}
    group_rows: list[Any] = []
    through = User.groups.through

    # Existing officers: update, move, reactivate.
    users_to_save: list[User] = []
    officers_to_save: list[Officer] = []
    moves: list[OfficerMove] = []
    placed: list[int] = []
    for planned in [*plan.updated, *plan.moved]:
        row, officer, user = planned.source, planned.officer, planned.user
        if officer is None or user is None:  # only created rows have no officer (or account) yet
            continue
        if planned.unit.pk != officer.unit_id or not officer.active or not user.is_active:
            placed.append(officer.pk)
        user.first_name, user.last_name = split_full_name(row.full_name)
        user.email = row.email
        user.reactivated_at = user.reactivated_at if user.is_active else now
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
        group_rows += [through(user_id=user.pk, group=groups[r]) for r in planned.roles_to_add]
    User.objects.bulk_update(
        users_to_save,
        ["first_name", "last_name", "email", "is_active", "reactivated_at", "name_sort_key"]
        + ["search_text"],
        batch_size=CHUNK,
    )
    Officer.objects.bulk_update(
        officers_to_save, ["unit", "position", "active", "updated_at"], batch_size=CHUNK
    )

    # New officers, with a new account or linked to an account that had no officer record.
    new_users: list[User] = []
    linked_users: list[User] = []
    accounts: list[tuple[PlannedRow, User]] = []
    for planned in plan.created:
        row = planned.source
        user = planned.user
        if user is None:
            user = User(email=row.email, date_joined=now, password=make_password(None))
            new_users.append(user)
        else:
            user.reactivated_at = user.reactivated_at if user.is_active else now
            user.is_active = True
            linked_users.append(user)
        user.first_name, user.last_name = split_full_name(row.full_name)
        user.refresh_name_keys()
        planned.user = user
        accounts.append((planned, user))
    User.objects.bulk_create(new_users, batch_size=CHUNK)
    User.objects.bulk_update(
        linked_users,
        ["first_name", "last_name", "is_active", "reactivated_at", "name_sort_key", "search_text"],
        batch_size=CHUNK,
    )
    new_officers = []
    for planned, user in accounts:
        new_officers.append(
            Officer(
                user=user,
                employee_code=planned.employee_code,
                unit=planned.unit,
                position=planned.source.position,
                active=True,
                created_at=now,
                updated_at=now,
            )
        )
        group_rows += [through(user_id=user.pk, group=groups[r]) for r in planned.roles_to_add]
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
    through.objects.bulk_create(group_rows, batch_size=CHUNK, ignore_conflicts=True)
    transaction.on_commit(rights_changed)  # roles given in bulk send no signal
    # Officers missing from the file, when asked.
    gone = [d.officer_id for d in plan.deactivated]
    for chunk in chunks(gone):
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
