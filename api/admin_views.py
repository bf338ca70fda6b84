"""API clients in the Wagtail admin: administrators create one (its secret is shown once),
rotate its secret and revoke it."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from api import services
from api.models import ApiClient
from people import permissions as people_permissions
from people.http import AuthenticatedHttpRequest
from people.models import OrgUnit


def _allowed(request: HttpRequest) -> bool:
    return people_permissions.is_administrator(request.user)


class ApiClientForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name"), max_length=200)
    unit = forms.ModelChoiceField(
        label=gettext_lazy("Unit"),
        queryset=OrgUnit.objects.all(),
        help_text=gettext_lazy("The client reaches this unit and every unit under it."),
    )
    can_read_results = forms.BooleanField(
        label=gettext_lazy("Read training results"), required=False
    )
    can_write_staff = forms.BooleanField(label=gettext_lazy("Write staff"), required=False)
    can_write_assignments = forms.BooleanField(
        label=gettext_lazy("Write assignments"), required=False
    )


class _AdminView(WagtailAdminTemplateMixin, View):
    header_icon = "key"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not _allowed(request):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("api_clients:index"), "label": _("API clients")},
            {"url": "", "label": self.get_page_title()},
        ]

    def show(self, request: HttpRequest, **context: Any) -> HttpResponse:
        return TemplateResponse(request, self.template_name, self.get_context_data(**context))


class ApiClientListView(_AdminView):
    template_name = "api/admin/client_list.html"
    page_title = gettext_lazy("API clients")

    def get(self, request: HttpRequest) -> HttpResponse:
        clients = ApiClient.objects.select_related("unit").order_by("revoked_at", "name")
        return self.show(request, clients=clients)


class ApiClientCreateView(_AdminView):
    template_name = "api/admin/client_form.html"
    page_title = gettext_lazy("New API client")

    def get(self, request: HttpRequest) -> HttpResponse:
        return self.show(request, form=ApiClientForm())

    def post(self, request: AuthenticatedHttpRequest) -> HttpResponse:
        form = ApiClientForm(request.POST)
        if form.is_valid():
            try:
                client, secret = services.create_client(request.user, **form.cleaned_data)
            except services.ApiClientRefused as exc:
                form.add_error(None, str(exc))
            else:
                self.template_name = "api/admin/client_secret.html"
                return self.show(request, client=client, secret=secret)
        return self.show(request, form=form)


class ApiClientDetailView(_AdminView):
    template_name = "api/admin/client_detail.html"
    page_title = gettext_lazy("API client")

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        client = get_object_or_404(ApiClient.objects.select_related("unit"), pk=pk)
        token_url = request.build_absolute_uri(reverse("api:token"))
        return self.show(request, client=client, token_url=token_url)


class ApiClientRotateView(_AdminView):
    template_name = "api/admin/client_secret.html"
    page_title = gettext_lazy("New secret")

    def post(self, request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
        client = get_object_or_404(ApiClient, pk=pk)
        try:
            secret = services.rotate_secret(request.user, client)
        except services.ApiClientRefused as exc:
            raise PermissionDenied(str(exc)) from exc
        return self.show(request, client=client, secret=secret)


class ApiClientRevokeView(_AdminView):
    template_name = "api/admin/client_detail.html"
    page_title = gettext_lazy("API client")

    def post(self, request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
        client = get_object_or_404(ApiClient, pk=pk)
        services.revoke_client(request.user, client)
        client.refresh_from_db()
        return self.show(request, client=client)


class ApiClientMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return _allowed(request)


class ApiClientViewSet(ViewSet):
    name = "api_clients"
    url_prefix = "api-clients"
    icon = "key"
    menu_order = 260
    menu_label = gettext_lazy("API clients")

    @cached_property
    def menu_item_class(self) -> type[MenuItem]:
        return ApiClientMenuItem

    def get_urlpatterns(self) -> list[Any]:
        return [
            path("", ApiClientListView.as_view(), name="index"),
            path("new/", ApiClientCreateView.as_view(), name="create"),
            path("<id:pk>/", ApiClientDetailView.as_view(), name="detail"),
            path("<id:pk>/rotate/", ApiClientRotateView.as_view(), name="rotate"),
            path("<id:pk>/revoke/", ApiClientRevokeView.as_view(), name="revoke"),
        ]
