"""The staff directory: the officers a person may see, filtered, and their export.

Everything starts from permissions.officers_visible_to, so no filter or export can reach
outside the person's scope.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet, Value
from django.db.models.functions import Concat
from django.utils.translation import gettext as _

from people import permissions
from people.imports import header_labels, write_csv, write_xlsx
from people.models import Officer, OrgUnit, User
from people.names import search_terms
from people.roles import ROLE_LABELS, ROLE_NAMES


@dataclass(frozen=True)
class DirectoryFilters:
    q: str = ""
    unit: OrgUnit | None = None
    role: str = ""
    status: str = "active"


def search_officers(queryset: QuerySet[Officer], query: str) -> QuerySet[Officer]:
    """Every word must start a word of the name or the email's local part, or start the
    employee code; diacritics are optional.

    Words are matched from their start only, so "gov" or the mail domain, shared by everyone,
    finds no one; a whole address typed into the box finds its owner.
    """
    queryset = queryset.alias(_words=Concat(Value(" "), "user__search_text"))
    for term in search_terms(query):
        match = Q(_words__contains=f" {term}") | Q(employee_code__istartswith=term)
        if "@" in term:
            match |= Q(user__email__iexact=term)
        queryset = queryset.filter(match)
    return queryset


def directory_queryset(user: User, filters: DirectoryFilters) -> QuerySet[Officer]:
    queryset = permissions.officers_visible_to(user)
    if filters.q:
        queryset = search_officers(queryset, filters.q)
    if filters.unit is not None and permissions.can_view_unit(user, filters.unit):
        queryset = queryset.filter(filters.unit.subtree_q("unit__"))
    if filters.role in ROLE_NAMES:
        queryset = queryset.filter(user__groups__name=filters.role)
    if filters.status == "active":
        queryset = queryset.filter(active=True)
    elif filters.status == "inactive":
        queryset = queryset.filter(active=False)
    return queryset.select_related("user", "unit").order_by("user__name_sort_key", "employee_code")


def roles_by_user(queryset: QuerySet[Officer]) -> dict[int, list[str]]:
    """The role names of every officer of the queryset, in one query."""
    through = get_user_model().groups.through
    held: dict[int, set[str]] = {}
    rows = through.objects.filter(user__in=queryset.values("user_id")).values_list(
        "user_id", "group__name"
    )
    for user_id, name in rows:
        held.setdefault(user_id, set()).add(name)
    return {user_id: [n for n in ROLE_NAMES if n in names] for user_id, names in held.items()}


def export_header() -> list[str]:
    """The import columns first, so an export can be edited and imported again."""
    return [*header_labels(), _("Unit name"), _("Status")]


def export_rows(queryset: QuerySet[Officer]) -> Iterator[list[object]]:
    roles = roles_by_user(queryset)
    for officer in queryset.iterator(chunk_size=2000):
        user = officer.user
        yield [
            officer.employee_code,
            user.get_full_name(),
            user.email,
            officer.unit.code,
            officer.position,
            "; ".join(str(ROLE_LABELS[name]) for name in roles.get(user.pk, [])),
            officer.unit.name,
            _("Active") if officer.active else _("Inactive"),
        ]


def export_directory(queryset: QuerySet[Officer], kind: str) -> bytes:
    """The filtered directory as CSV (UTF-8 with BOM) or XLSX."""
    if kind == "csv":
        return write_csv(export_rows(queryset), export_header())
    return write_xlsx(export_rows(queryset), export_header(), sheet_title=_("Staff"))
