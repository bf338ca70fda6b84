"""The access review (TCVN 14423): every staff role, manager scope and read delegation, with
last sign-in and two-factor state, for administrators to check, export and mark as reviewed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from allauth.mfa.models import Authenticator
from django.db.models import Q, QuerySet
from django.utils import formats
from django.utils.translation import gettext as _

from people.imports import write_csv, write_xlsx
from people.models import ManagerScope, Officer, OrgUnit, ReadDelegation, User
from people.roles import ADMINISTRATOR, MANAGER, ROLE_LABELS, TRAINER, role_names

STAFF_ROLES = [TRAINER, MANAGER, ADMINISTRATOR]


@dataclass
class AccessRow:
    user: User
    unit: str
    roles: list[str]
    scopes: list[str]
    delegations: list[str]
    has_mfa: bool


def staff_accounts(unit: OrgUnit | None = None) -> QuerySet[User]:
    """Accounts holding a staff role, a manager scope or a read delegation in force."""
    current = ReadDelegation.objects.current()
    users = User.objects.filter(
        Q(groups__name__in=STAFF_ROLES)
        | Q(is_superuser=True)
        | Q(manager_scopes__isnull=False)
        | Q(delegations_received__in=current)
    )
    if unit is not None:
        users = users.filter(
            Q(officer__unit__path__startswith=unit.path)
            | Q(manager_scopes__unit__path__startswith=unit.path)
        )
    return users.distinct().order_by("name_sort_key", "email")


def review_rows(unit: OrgUnit | None = None) -> list[AccessRow]:
    users = list(staff_accounts(unit).prefetch_related("groups"))
    ids = [user.pk for user in users]
    units = {
        officer.user_id: officer.unit.label
        for officer in Officer.objects.filter(user_id__in=ids).select_related("unit")
    }
    scopes: dict[int, list[str]] = {}
    for scope in ManagerScope.objects.filter(user_id__in=ids).select_related("unit"):
        scopes.setdefault(scope.user_id, []).append(scope.unit.label)
    delegations: dict[int, list[str]] = {}
    for delegation in (
        ReadDelegation.objects.current().filter(delegate_id__in=ids).select_related("manager")
    ):
        delegations.setdefault(delegation.delegate_id, []).append(
            _("from %(manager)s until %(day)s")
            % {
                "manager": delegation.manager,
                "day": formats.date_format(delegation.ends_on, "SHORT_DATE_FORMAT"),
            }
        )
    with_mfa = set(
        Authenticator.objects.filter(user_id__in=ids, type=Authenticator.Type.TOTP).values_list(
            "user_id", flat=True
        )
    )
    return [
        AccessRow(
            user=user,
            unit=units.get(user.pk, ""),
            roles=[str(ROLE_LABELS[name]) for name in role_names(user)]
            + ([_("Superuser")] if user.is_superuser else []),
            scopes=scopes.get(user.pk, []),
            delegations=delegations.get(user.pk, []),
            has_mfa=user.pk in with_mfa,
        )
        for user in users
    ]


def export_header() -> list[str]:
    return [
        _("Name"),
        _("Email"),
        _("Unit"),
        _("Roles"),
        _("Manager scopes"),
        _("Read delegations"),
        _("Last sign-in"),
        _("Two-factor sign-in"),
        _("Active"),
    ]


def export_rows(rows: list[AccessRow]) -> Iterator[list[object]]:
    for row in rows:
        last = row.user.last_login
        yield [
            row.user.get_full_name(),
            row.user.email,
            row.unit,
            "; ".join(row.roles),
            "; ".join(row.scopes),
            "; ".join(row.delegations),
            formats.date_format(last, "SHORT_DATETIME_FORMAT") if last else _("never"),
            _("yes") if row.has_mfa else _("no"),
            _("yes") if row.user.is_active else _("no"),
        ]


def export_review(rows: list[AccessRow], kind: str) -> bytes:
    if kind == "csv":
        return write_csv(export_rows(rows), export_header())
    return write_xlsx(export_rows(rows), export_header(), sheet_title=_("Access review"))
