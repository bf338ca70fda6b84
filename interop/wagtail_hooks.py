"""Admin wiring: the outgoing-data page, under Settings."""

from django.urls import path
from wagtail import hooks

from interop.admin_views import outgoing_data, outgoing_data_menu_item


@hooks.register("register_admin_urls")
def register_outgoing_data_url() -> list:
    return [path("outgoing-data/", outgoing_data, name="interop_outgoing_data")]


@hooks.register("register_settings_menu_item")
def register_outgoing_data_menu_item() -> object:
    return outgoing_data_menu_item()
