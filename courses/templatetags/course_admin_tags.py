"""Admin template tags: the page listing's bulk actions without those a person may not take."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse
from wagtail.admin.templatetags.wagtailadmin_tags import bulk_action_choices
from wagtail.permission_policies.pages import PagePermissionPolicy

register = template.Library()

# Bulk actions on pages that need the publish permission somewhere in the tree.
PUBLISHING_ACTIONS = ("publish", "unpublish")


def _without(buttons: list[Any], hidden: set[str]) -> list[Any]:
    kept = []
    for button in buttons:
        if getattr(button, "url", None) in hidden:
            continue
        inner = getattr(button, "dropdown_buttons", None)
        if inner is not None:
            button.dropdown_buttons = _without(list(inner), hidden)
            if not button.dropdown_buttons:
                continue
        kept.append(button)
    return kept


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def bulk_action_choices_for_user(
    context: template.Context, app_label: str, model_name: str
) -> dict[str, Any]:
    """Wagtail's bulk action buttons; on pages, Publish and Unpublish only for people who may
    publish (trainers submit pages for review instead)."""
    choices = bulk_action_choices(context, app_label, model_name)
    request = context.get("request")
    user = getattr(request, "user", None)
    if (app_label, model_name) != ("wagtailcore", "page") or user is None:
        return choices
    if PagePermissionPolicy().user_has_permission(user, "publish"):
        return choices
    hidden = {
        reverse("wagtail_bulk_action", args=[app_label, model_name, action])
        for action in PUBLISHING_ACTIONS
    }
    return {**choices, "buttons": _without(list(choices["buttons"]), hidden)}
