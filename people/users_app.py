"""Wagtail's users and groups app, with the role groups listed by their translated names."""

from wagtail.users.apps import WagtailUsersAppConfig


class PeopleUsersConfig(WagtailUsersAppConfig):
    group_viewset = "people.admin_views.role_groups.RoleGroupViewSet"
