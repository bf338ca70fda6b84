"""Site-wide changes to the Wagtail admin."""

from __future__ import annotations

from django.http import HttpRequest
from wagtail import hooks
from wagtail.admin.menu import MenuItem

# Help menu items that only link to wagtail.org: dead ends on a closed network.
OFF_SITE_HELP = ("editor-guide", "whats-new-in-wagtail")


@hooks.register("construct_help_menu")
def keep_help_on_the_site(request: HttpRequest, menu_items: list[MenuItem]) -> None:
    menu_items[:] = [item for item in menu_items if not item.name.startswith(OFF_SITE_HELP)]
