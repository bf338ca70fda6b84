"""Wagtail's group screens, showing each role group by its translated name.

The groups keep their English names, which the code looks them up by; people read the label."""

from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import TitleColumn
from wagtail.users.views import groups

from people.roles import ROLE_LABELS


def role_label(group: Group) -> str:
    """The name of a group as the reader's language says it."""
    return str(ROLE_LABELS.get(group.name, group.name))


class RoleGroupIndexView(groups.IndexView):
    columns = [
        TitleColumn(
            "name",
            label=_("Name"),
            accessor=role_label,
            sort_key="name",
            url_name="wagtailusers_groups:edit",
        ),
    ]


class RoleGroupViewSet(groups.GroupViewSet):
    index_view_class = RoleGroupIndexView
