"""Who may do what with people and the site's main areas. Views and templates ask here."""

from __future__ import annotations

from typing import Any

from people.roles import ADMINISTRATOR, MANAGER


def _groups(user: Any) -> set[str]:
    if user is None or not user.is_authenticated:
        return set()
    cached = getattr(user, "_role_names_cache", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._role_names_cache = cached
    return cached


def can_use_my_learning(user: Any) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def can_manage(user: Any) -> bool:
    """Managers follow progress of their units; administrators may too."""
    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or bool(_groups(user) & {MANAGER, ADMINISTRATOR})


def can_access_admin(user: Any) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return user.has_perm("wagtailadmin.access_admin")
