"""Officers in the admin: the searchable listing, and creating and changing an officer with
their account and roles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.http import HttpResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from people.admin_views.admin_helpers import (
    FormRefused,
    title_column,
)
from people.directory import search_officers
from people.forms import UnitChoiceField
from people.models import Officer, OrgUnit
from people.roles import ROLE_LABELS, ROLE_NAMES
from people.services.officers import create_officer, update_officer
from people.services.refusals import (
    OfficerRefused,
)

if TYPE_CHECKING:
    from people.models import User
else:
    User = get_user_model()


class OfficerForm(WagtailAdminModelForm):
    full_name = forms.CharField(label=gettext_lazy("Full name"), max_length=300)
    email = forms.EmailField(label=gettext_lazy("Email"))
    roles = forms.MultipleChoiceField(
        label=gettext_lazy("Roles"),
        choices=[(name, ROLE_LABELS[name]) for name in ROLE_NAMES],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    unit = UnitChoiceField(queryset=OrgUnit.objects.order_by("path"), label=gettext_lazy("Unit"))

    class Meta:
        model = Officer
        fields = ["employee_code", "unit", "position", "active"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].base_depth = 1
        self.order_fields(
            ["full_name", "email", "employee_code", "unit", "position", "roles", "active"]
        )
        if self.instance.pk:
            user = self.instance.user
            self.initial.update(
                full_name=user.get_full_name(),
                email=user.email,
                roles=list(user.groups.values_list("name", flat=True)),
            )
        else:
            self.initial.setdefault("roles", ["Officer"])
            self.fields.pop("active")

    def clean_employee_code(self) -> str:
        from people.models import normalise_code

        return normalise_code(self.cleaned_data["employee_code"])

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        others = User.objects.filter(email=email)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.user_id)
        else:
            others = others.filter(officer__isnull=False)
        if others.exists():
            raise forms.ValidationError(_("This email already belongs to another officer."))
        return email


class OfficerIndexView(IndexView):
    default_ordering = "user__name_sort_key"

    @cached_property
    def columns(self) -> list[Any]:
        return [
            title_column(
                self,
                "user",
                label=_("Name"),
                accessor=lambda o: o.user.get_full_name() or o.user.email,
                sort_key="user__name_sort_key",
            ),
            Column("employee_code", label=_("Employee code"), sort_key="employee_code"),
            Column("email", label=_("Email"), accessor="user.email"),
            Column("unit", label=_("Unit"), accessor="unit.name"),
            Column("position", label=_("Position")),
            BooleanColumn("active", label=_("Active")),
        ]

    def get_base_queryset(self) -> Any:
        return super().get_base_queryset().select_related("user", "unit")

    def search_queryset(self, queryset: Any) -> Any:
        if not self.is_searching:
            return queryset
        return search_officers(queryset, self.search_query)


def _set_roles(user: User, roles: list[str]) -> None:
    user.groups.remove(*Group.objects.filter(name__in=ROLE_NAMES).exclude(name__in=roles))
    user.groups.add(*Group.objects.filter(name__in=roles))


class OfficerCreateView(CreateView):
    def save_instance(self) -> Officer:
        data = self.form.cleaned_data
        try:
            officer = create_officer(
                email=data["email"],
                full_name=data["full_name"],
                employee_code=data["employee_code"],
                unit=data["unit"],
                position=data["position"],
                roles=data["roles"],
                actor=self.request.user,
            )
        except OfficerRefused as exc:
            raise FormRefused(str(exc)) from exc
        log(instance=officer, action="wagtail.create", user=self.request.user)
        return officer

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            return super().form_valid(form)
        except FormRefused as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)


class OfficerEditView(EditView):
    def save_instance(self) -> Officer:
        data = self.form.cleaned_data
        try:
            officer = update_officer(
                self.object,
                email=data["email"],
                full_name=data["full_name"],
                employee_code=data["employee_code"],
                unit=data["unit"],
                position=data["position"],
                active=data["active"],
                actor=self.request.user,
            )
        except OfficerRefused as exc:
            raise FormRefused(str(exc)) from exc
        _set_roles(officer.user, data["roles"])
        log(instance=officer, action="wagtail.edit", user=self.request.user)
        return officer

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            return super().form_valid(form)
        except FormRefused as exc:
            form.add_error(None, str(exc))
            return self.form_invalid(form)


class OfficerViewSet(ModelViewSet):
    model = Officer
    icon = "user"
    menu_label = gettext_lazy("Officers")
    name = "officers"
    copy_view_enabled = False
    add_to_reference_index = False
    list_per_page = 50
    list_filter = ["active", "unit"]
    # Searched without diacritics by OfficerIndexView; listing a field turns the search box on.
    search_fields = ["employee_code"]
    index_view_class = OfficerIndexView
    add_view_class = OfficerCreateView
    edit_view_class = OfficerEditView

    def get_form_class(self, for_update: bool = False) -> type[OfficerForm]:
        return OfficerForm
