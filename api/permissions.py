"""What an API client may call: any client reads the catalogue; the rest needs its scope.
Which units and officers it reaches is people.permissions' subtree logic on the client's unit."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from api.models import ApiClient
from people import permissions as people_permissions
from people.models import OrgUnit

READ_RESULTS = "read_results"
WRITE_STAFF = "write_staff"
WRITE_ASSIGNMENTS = "write_assignments"


def has_scope(client: ApiClient, scope: str) -> bool:
    return {
        READ_RESULTS: client.can_read_results,
        WRITE_STAFF: client.can_write_staff,
        WRITE_ASSIGNMENTS: client.can_write_assignments,
    }[scope]


class IsApiClient(BasePermission):
    """A client in force holding one of the view's scopes (for this method), if it names any."""

    def has_permission(self, request: Request, view: Any) -> bool:
        client = request.user
        if not isinstance(client, ApiClient) or client.is_revoked:
            return False
        scopes = view.scopes_for(request.method) if hasattr(view, "scopes_for") else ()
        return not scopes or any(has_scope(client, scope) for scope in scopes)


def in_scope(client: ApiClient, unit: OrgUnit) -> bool:
    return any(unit.path.startswith(root.path) for root in client.roots)


def subtree(client: ApiClient, prefix: str = "") -> Q:
    return people_permissions.subtree_filter(client.roots, prefix)
