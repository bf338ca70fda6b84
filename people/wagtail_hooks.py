"""The People menu of the Wagtail admin: units, officers, scopes, delegations, topics, import."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.permissions import register_permission_policy

from people import permissions
from people.admin_views import PeopleViewSetGroup, RefusedActionsPolicy
from people.admin_views.mfa_admin import reset_mfa_view
from people.audit import ACTIONS
from people.models import Officer, ReadDelegation

# Officers are deactivated, never deleted, so their results stay; delegations are revoked, so
# the record of who could read what stays too.
register_permission_policy(Officer, RefusedActionsPolicy(Officer, refused=("delete",)))
register_permission_policy(
    ReadDelegation, RefusedActionsPolicy(ReadDelegation, refused=("delete",))
)


@hooks.register("register_admin_viewset")
def register_people_viewsets():
    return PeopleViewSetGroup()


@hooks.register("register_admin_urls")
def register_people_admin_urls():
    return [path("people/mfa-reset/<int:user_id>/", reset_mfa_view, name="people_mfa_reset")]


@hooks.register("register_user_listing_buttons")
def user_listing_mfa_reset(user, request_user):
    if not permissions.is_administrator(request_user):
        return []
    url = reverse("people_mfa_reset", args=[user.pk])
    return [Button(_("Reset two-factor"), url, icon_name="key", priority=60)]


@hooks.register("after_create_user")
def verify_address_of_created_user(request, user):
    # The administrator vouches for the address: two-factor sign-in can be set up at once.
    from people.services.accounts import mark_addresses_verified

    mark_addresses_verified([user.pk])


@hooks.register("register_log_actions")
def register_people_log_actions(actions):
    for action, label, message in ACTIONS:
        actions.register_action(action, label, message)
    actions.register_action("people.move_unit", _("Move unit"), _("Unit moved"))
    actions.register_action("people.revoke_delegation", _("Revoke"), _("Delegation revoked"))
