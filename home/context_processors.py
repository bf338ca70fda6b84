"""Site-wide template context: which navigation entries this person may see."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest

from people import permissions
from people.models import User
from people.rights_cache import cached_rights


def navigation(request: HttpRequest) -> dict[str, Any]:
    # A request that skipped the authentication middleware has no user: treat it as anonymous.
    user = getattr(request, "user", None) or AnonymousUser()

    def rights() -> dict[str, bool]:
        return {
            "courses": True,
            "my_learning": permissions.can_use_my_learning(user),
            "manage": permissions.can_manage(user),
            "directory": permissions.can_view_directory(user),
            "admin": permissions.can_access_admin(user),
        }

    return {
        # Four queries a page for a signed-in person, so kept between requests.
        "nav": cached_rights(user, "nav", rights) if isinstance(user, User) else rights(),
        "signup_open": bool(getattr(settings, "SIGNUP_OPEN", False)),
    }
