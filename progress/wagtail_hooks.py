"""The tracker in the Wagtail admin: certificates (revoke), course costs, course feedback."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from people.admin_views import RefusedActionsPolicy
from progress.admin_views import TrackerViewSetGroup, feedback_menu_item
from progress.models import CourseCost

# Costs are corrected, never deleted, so reports keep their figures.
register_permission_policy(CourseCost, RefusedActionsPolicy(CourseCost, refused=("delete",)))


@hooks.register("register_admin_viewset")
def register_tracker_viewsets():
    return TrackerViewSetGroup()


@hooks.register("register_admin_menu_item")
def register_feedback_menu_item():
    return feedback_menu_item()
