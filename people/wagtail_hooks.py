"""The People menu of the Wagtail admin: units, officers, scopes, delegations, topics, import."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from people.admin_views import PeopleViewSetGroup, RefusedActionsPolicy
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


@hooks.register("register_log_actions")
def register_people_log_actions(actions):
    actions.register_action("people.move_unit", _("Move unit"), _("Unit moved"))
    actions.register_action("people.revoke_delegation", _("Revoke"), _("Delegation revoked"))
