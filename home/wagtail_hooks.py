"""Site-wide changes to the Wagtail admin."""

from __future__ import annotations

from django.db import models
from django.http import HttpRequest
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.menu import MenuItem

from home.number_inputs import DecimalInput

# Help menu items that only link to wagtail.org: dead ends on a closed network.
OFF_SITE_HELP = ("editor-guide", "whats-new-in-wagtail")


@hooks.register("construct_help_menu")
def keep_help_on_the_site(request: HttpRequest, menu_items: list[MenuItem]) -> None:
    menu_items[:] = [item for item in menu_items if not item.name.startswith(OFF_SITE_HELP)]


# Marks, weights and tolerances in the editors read and write the reader's decimal separator.
register_form_field_override(
    models.DecimalField, override={"widget": DecimalInput, "localize": True}
)
