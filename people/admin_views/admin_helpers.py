"""What the organisation's admin screens share: a permission policy that refuses some actions,
the title column of a listing, and a refusal carried from a service to a form."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.permission_policies import ModelPermissionPolicy

from people.models import OrgUnit

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from people.models import User


class RefusedActionsPolicy(ModelPermissionPolicy):
    """The model's permissions, except for actions nobody may take here (e.g. deleting)."""

    def __init__(self, model: Any, refused: tuple[str, ...]) -> None:
        super().__init__(model)
        self.refused = set(refused)

    def user_has_permission(self, user: User | AnonymousUser, action: str) -> bool:
        return action not in self.refused and super().user_has_permission(user, action)

    def user_has_any_permission(self, user: User | AnonymousUser, actions: Any) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)


def title_column(
    view: IndexView, name: str, *, label: Any, accessor: Any, sort_key: str | None = None
) -> Any:
    """The first column: links to the edit view and carries the row's action buttons."""
    column_class = view._get_title_column_class(TitleColumn)
    return column_class(
        name, label=label, accessor=accessor, sort_key=sort_key, get_url=view.get_edit_url
    )


def unit_label(unit: OrgUnit) -> str:
    return "— " * (unit.depth - 1) + unit.name


class FormRefused(Exception):
    pass
