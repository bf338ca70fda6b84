"""Reports in the Wagtail admin: course costs, and a menu link to course feedback."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from people.admin_views import RefusedActionsPolicy
from reports.admin_views import CourseCostViewSet, feedback_menu_item
from reports.models import CourseCost

# Costs are corrected, never deleted, so reports keep their figures.
register_permission_policy(CourseCost, RefusedActionsPolicy(CourseCost, refused=("delete",)))


@hooks.register("register_admin_viewset")
def register_course_costs():
    return CourseCostViewSet()


@hooks.register("register_admin_menu_item")
def register_feedback_menu_item():
    return feedback_menu_item()


@hooks.register("register_log_actions")
def register_export_log_actions(actions):
    actions.register_action("reports.export", _("Export"), _("Data exported"))
