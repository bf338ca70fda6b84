"""Who may do what with people and the site's main areas. Views, templates and other apps ask here.

A manager sees the units they are given (ManagerScope) and everything under them. A manager can
lend that view, read-only, to a named person for a period (ReadDelegation). Administrators see
everything. Rules that need the database cache their answer on the user object for the request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeGuard, TypeVar

from django.contrib.auth.models import AnonymousUser
from django.db.models import Case, Q, QuerySet, Value, When

from people.models import Officer, OrgUnit, ReadDelegation, TrainerTopic, User
from people.roles import ADMINISTRATOR, MANAGER, TRAINER

T = TypeVar("T")


def cached_on_user(user: User, name: str, compute: Callable[[], T]) -> T:
    """A value kept on the user object, which lives for one request, computed on first use.

    Setting the attribute back to None makes the next call compute it again.
    """
    cached: T | None = user.__dict__.get(name)
    if cached is None:
        cached = user.__dict__[name] = compute()
    return cached


def is_signed_in(user: User | AnonymousUser) -> TypeGuard[User]:
    """A signed-in, active account (anonymous and deactivated users are neither)."""
    return user.is_authenticated and user.is_active


_signed_in = is_signed_in


def _groups(user: User | AnonymousUser) -> set[str]:
    if not user.is_authenticated:
        return set()
    return cached_on_user(
        user, "_role_names_cache", lambda: set(user.groups.values_list("name", flat=True))
    )


def is_administrator(user: User | AnonymousUser) -> TypeGuard[User]:
    return _signed_in(user) and (user.is_superuser or ADMINISTRATOR in _groups(user))


def is_manager(user: User | AnonymousUser) -> TypeGuard[User]:
    return _signed_in(user) and MANAGER in _groups(user)


def can_use_my_learning(user: User | AnonymousUser) -> bool:
    return _signed_in(user)


def can_manage(user: User | AnonymousUser) -> bool:
    """Managers follow progress of their units; administrators may too."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or bool(_groups(user) & {MANAGER, ADMINISTRATOR})


def can_access_admin(user: User | AnonymousUser) -> bool:
    if not user.is_authenticated:
        return False
    return user.has_perm("wagtailadmin.access_admin")


# Scopes -------------------------------------------------------------------------------------


def _minimal_roots(units: list[OrgUnit]) -> list[OrgUnit]:
    """Drop units that lie under another unit of the list, and duplicates."""
    roots: list[OrgUnit] = []
    for unit in sorted(units, key=lambda u: u.path):
        if not any(unit.path.startswith(root.path) for root in roots):
            roots.append(unit)
    return roots


def managed_units(user: User | AnonymousUser) -> list[OrgUnit]:
    """The units a manager was given, without the ones that lie under another of them."""
    if not is_manager(user):
        return []
    return cached_on_user(
        user,
        "_managed_units_cache",
        lambda: _minimal_roots(
            list(OrgUnit.objects.filter(manager_scopes__user=user).order_by("path"))
        ),
    )


def current_delegations(user: User) -> QuerySet[ReadDelegation]:
    """Delegations in force today that lend this person a manager's view."""
    return ReadDelegation.objects.current().filter(
        delegate=user,
        delegate__is_active=True,
        manager__is_active=True,
        manager__groups__name=MANAGER,
    )


def delegated_units(user: User | AnonymousUser) -> list[OrgUnit]:
    """The units lent to this person, read-only, by managers through current delegations."""
    if not _signed_in(user):
        return []

    def compute() -> list[OrgUnit]:
        managers = current_delegations(user).values("manager")
        units = OrgUnit.objects.filter(manager_scopes__user__in=managers).order_by("path")
        return _minimal_roots(list(units))

    return cached_on_user(user, "_delegated_units_cache", compute)


def _load_scopes(user: User) -> None:
    """A manager's own and delegated units in one query, kept where managed_units() and
    delegated_units() look first."""
    managers = current_delegations(user).values("manager")
    units = (
        OrgUnit.objects.filter(Q(manager_scopes__user=user) | Q(manager_scopes__user__in=managers))
        .annotate(own=Case(When(manager_scopes__user=user, then=Value(True)), default=Value(False)))
        .order_by("path")
    )
    own: list[OrgUnit] = []
    lent: list[OrgUnit] = []
    for unit in units:
        (own if unit.own else lent).append(unit)
    user.__dict__["_managed_units_cache"] = _minimal_roots(own)
    user.__dict__["_delegated_units_cache"] = _minimal_roots(lent)


def scope_roots(user: User | AnonymousUser) -> list[OrgUnit]:
    """The top units of everything this person may read as a manager (own or delegated)."""
    if (
        is_signed_in(user)
        and is_manager(user)
        and user.__dict__.get("_managed_units_cache") is None
        and user.__dict__.get("_delegated_units_cache") is None
    ):
        _load_scopes(user)
    return _minimal_roots(managed_units(user) + delegated_units(user))


def subtree_filter(roots: list[OrgUnit], prefix: str = "") -> Q:
    """A filter for rows inside any of the subtrees, e.g. subtree_filter(roots, "unit__")."""
    query = Q()
    for root in roots:
        query |= root.subtree_q(prefix)
    return query


def units_visible_to(user: User | AnonymousUser) -> QuerySet[OrgUnit]:
    """Every unit this person may read: all for administrators, else their scope's subtrees."""
    if is_administrator(user):
        return OrgUnit.objects.all()
    roots = scope_roots(user)
    if not roots:
        return OrgUnit.objects.none()
    return OrgUnit.objects.filter(subtree_filter(roots))


def officers_visible_to(user: User | AnonymousUser) -> QuerySet[Officer]:
    """Every officer record this person may read in lists, searches and exports."""
    if is_administrator(user):
        return Officer.objects.all()
    roots = scope_roots(user)
    if not roots:
        return Officer.objects.none()
    return Officer.objects.filter(subtree_filter(roots, "unit__"))


def can_view_unit(user: User | AnonymousUser, unit: OrgUnit) -> bool:
    if is_administrator(user):
        return True
    return any(unit.path.startswith(root.path) for root in scope_roots(user))


def can_view_officer(user: User | AnonymousUser, officer: Officer) -> bool:
    """Officers see their own record; managers and their delegates those in scope."""
    if not _signed_in(user):
        return False
    if officer.user_id == user.pk:
        return True
    return can_view_unit(user, officer.unit)


def can_view_learning_of(user: User | AnonymousUser, learner: User) -> bool:
    """A person's own results; in-scope managers (and delegates) and administrators too."""
    if not _signed_in(user):
        return False
    if user.pk == learner.pk or is_administrator(user):
        return True
    officer = Officer.objects.filter(user=learner).select_related("unit").first()
    return officer is not None and can_view_unit(user, officer.unit)


def can_view_directory(user: User | AnonymousUser) -> bool:
    """The staff directory: administrators, managers and people holding a delegation."""
    return is_administrator(user) or is_manager(user) or bool(delegated_units(user))


def can_export_directory(user: User | AnonymousUser) -> bool:
    return can_view_directory(user)


# Delegations --------------------------------------------------------------------------------


def can_delegate(user: User | AnonymousUser) -> bool:
    """Managers lend read access to their own scope; a delegate cannot pass it on."""
    return is_manager(user)


def can_view_delegations_page(user: User | AnonymousUser) -> bool:
    if not _signed_in(user):
        return False
    return can_delegate(user) or current_delegations(user).exists()


def can_revoke_delegation(user: User | AnonymousUser, delegation: ReadDelegation) -> bool:
    """The manager who granted it, or an administrator; never the delegate."""
    return is_administrator(user) or (_signed_in(user) and delegation.manager_id == user.pk)


def can_delegate_to(user: User | AnonymousUser, delegate: User | None) -> bool:
    """A manager may lend their view to an active officer within their own scope."""
    if not can_delegate(user) or delegate is None or delegate.pk == user.pk:
        return False
    if not delegate.is_active:
        return False
    officer = Officer.objects.filter(user=delegate, active=True).select_related("unit").first()
    if officer is None:
        return False
    return any(officer.unit.path.startswith(root.path) for root in managed_units(user))


# Staff administration -----------------------------------------------------------------------


def can_import_staff(user: User | AnonymousUser) -> bool:
    """Loading staff spreadsheets creates accounts: administrators only."""
    return _signed_in(user) and user.has_perm("people.add_officer")


def can_manage_units(user: User | AnonymousUser) -> bool:
    return _signed_in(user) and user.has_perm("people.change_orgunit")


# Trainers -----------------------------------------------------------------------------------


def trainer_topics(user: User | AnonymousUser) -> set[str] | None:
    """The topics a trainer is limited to, or None when they may write for every topic."""
    if not _signed_in(user) or TRAINER not in _groups(user):
        return set()
    topics = cached_on_user(
        user,
        "_trainer_topics_cache",
        lambda: set(TrainerTopic.objects.filter(trainer=user).values_list("topic", flat=True)),
    )
    return topics or None


def can_edit_topic(user: User | AnonymousUser, topic: str) -> bool:
    """Whether this person may write courses and questions for a topic (by slug)."""
    if is_administrator(user):
        return True
    topics = trainer_topics(user)
    if topics is None:
        return True
    return topic in topics
