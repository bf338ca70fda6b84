"""Wagtail admin screens for the organisation: the unit tree, officers, scopes, delegations,
trainer topics and the staff import, one module each. Registered in wagtail_hooks.py;
administrators only.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.model import ModelViewSetGroup

from people.admin_views.access_admin import (
    ManagerScopeViewSet,
    ReadDelegationViewSet,
    TrainerTopicViewSet,
)
from people.admin_views.admin_helpers import RefusedActionsPolicy
from people.admin_views.officer_admin import OfficerViewSet
from people.admin_views.staff_import_admin import StaffImportViewSet
from people.admin_views.unit_admin import OrgUnitViewSet

__all__ = ["PeopleViewSetGroup", "RefusedActionsPolicy"]


class PeopleViewSetGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Staff and units")
    menu_icon = "group"
    menu_order = 250
    items = (
        OrgUnitViewSet,
        OfficerViewSet,
        ManagerScopeViewSet,
        ReadDelegationViewSet,
        TrainerTopicViewSet,
        StaffImportViewSet,
    )
