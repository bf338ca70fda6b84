"""Who may do what with assignments. Views, templates and tests ask here.

Managers assign within the units they were given (their own scopes, not delegated read
access); administrators anywhere. Managers read what lies in their scope (own or delegated).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet

from people import permissions as people_permissions
from people.models import Officer, OrgUnit
from tracker.models import Assignment

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from people.models import User

is_administrator = people_permissions.is_administrator


def _in(path: str, roots: list[OrgUnit]) -> bool:
    return any(path.startswith(root.path) for root in roots)


# Assignments ---------------------------------------------------------------------------------


def can_assign(user: User | AnonymousUser) -> bool:
    """Managers (within their units) and administrators (anywhere) give assignments."""
    return is_administrator(user) or bool(people_permissions.managed_units(user))


def can_assign_to_unit(user: User | AnonymousUser, unit: OrgUnit) -> bool:
    if is_administrator(user):
        return True
    return _in(unit.path, people_permissions.managed_units(user))


def assignable_units(user: User | AnonymousUser) -> QuerySet[OrgUnit]:
    """The units this person may assign to: all for administrators, else their managed trees."""
    if is_administrator(user):
        return OrgUnit.objects.filter(active=True)
    roots = people_permissions.managed_units(user)
    if not roots:
        return OrgUnit.objects.none()
    return OrgUnit.objects.filter(people_permissions.subtree_filter(roots), active=True)


def assignable_officers(user: User | AnonymousUser) -> QuerySet[Officer]:
    """Active officers this person may assign a course to by name."""
    if is_administrator(user):
        return Officer.objects.filter(active=True)
    roots = people_permissions.managed_units(user)
    if not roots:
        return Officer.objects.none()
    return Officer.objects.filter(people_permissions.subtree_filter(roots, "unit__"), active=True)


def can_assign_to_officers(user: User | AnonymousUser, officers: list[Officer]) -> bool:
    if is_administrator(user):
        return True
    return can_assign_within(people_permissions.managed_units(user), officers=officers)


def can_assign_within(
    roots: list[OrgUnit], *, unit: OrgUnit | None = None, officers: list[Officer] | None = None
) -> bool:
    """Whether a unit, or every named officer, lies inside these subtrees."""
    if not roots:
        return False
    if unit is not None:
        return _in(unit.path, roots)
    return all(_in(officer.unit.path, roots) for officer in officers or [])


def _ancestor_paths(unit: OrgUnit) -> list[str]:
    return [unit.path[:end] for end in range(unit.steplen, len(unit.path) + 1, unit.steplen)]


def assignments_visible_to(user: User | AnonymousUser) -> QuerySet[Assignment]:
    """Assignments given within this person's scope (own or delegated), and those given to a
    wider part of the tree that covers it, so a manager sees everything asked of their staff."""
    if is_administrator(user):
        return Assignment.objects.all()
    return assignments_visible_within(people_permissions.scope_roots(user))


def assignments_visible_within(roots: list[OrgUnit]) -> QuerySet[Assignment]:
    """What a manager of these subtrees sees (also what an API client of them reads)."""
    if not roots:
        return Assignment.objects.none()
    query = Q()
    for root in roots:
        query |= Q(unit__path__startswith=root.path) & ~Q(scope=Assignment.Scope.OFFICERS)
        query |= Q(scope=Assignment.Scope.SUBTREE, unit__path__in=_ancestor_paths(root))
    named = Assignment.objects.filter(
        scope=Assignment.Scope.OFFICERS,
        officers__officer__in=Officer.objects.filter(
            people_permissions.subtree_filter(roots, "unit__")
        ),
    ).values("pk")
    return Assignment.objects.filter(query | Q(pk__in=named))


def can_view_assignment(user: User | AnonymousUser, assignment: Assignment) -> bool:
    return assignments_visible_to(user).filter(pk=assignment.pk).exists()


def can_change_assignment(user: User | AnonymousUser, assignment: Assignment) -> bool:
    """Edit or withdraw: administrators, or a manager whose own units cover all of it."""
    if is_administrator(user):
        return True
    return can_change_assignment_within(people_permissions.managed_units(user), assignment)


def can_change_assignment_within(roots: list[OrgUnit], assignment: Assignment) -> bool:
    """Whether these subtrees cover all of an assignment, as a manager's own units must."""
    if not roots:
        return False
    if assignment.scope == Assignment.Scope.OFFICERS:
        officers = list(
            Officer.objects.filter(user__in=assignment.officers.all()).select_related("unit")
        )
        return bool(officers) and all(_in(o.unit.path, roots) for o in officers)
    return assignment.unit is not None and _in(assignment.unit.path, roots)
