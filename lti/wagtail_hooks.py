"""The LTI platforms in the Wagtail admin (administrators: Django model permissions), with the
tool's own addresses shown above the list, ready to paste into a platform."""

from __future__ import annotations

from typing import Any

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from lti.admin_views import registration_link
from lti.config import tool_urls
from lti.models import Platform


class PlatformIndexView(IndexView):
    template_name = "lti/admin/platform_index.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["tool_urls"] = tool_urls(self.request)
        return context


class PlatformViewSet(ModelViewSet):
    model = Platform
    icon = "link-external"
    menu_label = _("LTI platforms")
    menu_order = 270
    add_to_admin_menu = True
    index_view_class = PlatformIndexView
    list_display = ["name", "issuer", "client_id", "is_active", "send_grades"]
    form_fields = [
        "name",
        "issuer",
        "client_id",
        "deployment_ids",
        "auth_login_url",
        "auth_token_url",
        "auth_audience",
        "keyset_url",
        "is_active",
        "send_grades",
        "legal_basis",
    ]


@hooks.register("register_admin_urls")
def register_lti_registration_link() -> list:
    return [path("lti/registration-link/", registration_link, name="lti_registration_link")]


@hooks.register("register_admin_viewset")
def register_lti_platforms() -> PlatformViewSet:
    return PlatformViewSet("lti_platforms")
