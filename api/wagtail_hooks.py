"""API clients in the Wagtail admin (administrators), and the audit log's names for the API."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from api.admin_views import ApiClientViewSet


@hooks.register("register_admin_viewset")
def register_api_clients():
    return ApiClientViewSet()


@hooks.register("register_log_actions")
def register_api_log_actions(actions):
    actions.register_action("api.call", _("API call"), _("API call"))
    actions.register_action("api.token", _("API token issued"), _("API token issued"))
    actions.register_action("api.rotate_secret", _("Rotate secret"), _("API client secret rotated"))
    actions.register_action("api.revoke_client", _("Revoke"), _("API client revoked"))
