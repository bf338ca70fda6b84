"""The unit tree in the admin: listing, creating, moving, (de)activating and deleting units."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from people.admin_views.admin_helpers import (
    title_column,
    unit_label,
)
from people.forms import UnitChoiceField
from people.models import OrgUnit
from people.services.refusals import (
    UnitInUse,
)
from people.services.units import (
    create_unit,
    delete_unit,
    move_unit,
    set_unit_active,
    unit_delete_blockers,
)


class OrgUnitForm(WagtailAdminModelForm):
    parent = UnitChoiceField(
        queryset=OrgUnit.objects.order_by("path"),
        required=False,
        label=gettext_lazy("Parent unit"),
        empty_label=gettext_lazy("None: a top-level unit"),
        help_text=gettext_lazy("Choosing another parent moves the unit with everything under it."),
    )

    class Meta:
        model = OrgUnit
        fields = ["name", "code", "kind", "active", "mfa_required"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent"].base_depth = 1
        self.order_fields(["parent", "name", "code", "kind", "active", "mfa_required"])
        if self.instance.pk:
            parent = self.instance.get_parent()
            self.initial["parent"] = parent.pk if parent else None
            self.fields["parent"].queryset = OrgUnit.objects.exclude(
                path__startswith=self.instance.path
            ).order_by("path")

    def clean_code(self) -> str:
        from people.models import normalise_code

        return normalise_code(self.cleaned_data["code"])


class OrgUnitIndexView(IndexView):
    default_ordering = "path"

    @cached_property
    def columns(self) -> list[Any]:
        return [
            title_column(self, "name", label=_("Name"), accessor=unit_label, sort_key="path"),
            Column("code", label=_("Code"), sort_key="code"),
            Column("kind", label=_("Kind"), accessor="get_kind_display"),
            BooleanColumn("active", label=_("Active")),
            Column("officer_count", label=_("Officers (direct)")),
        ]

    def get_base_queryset(self) -> Any:
        from django.db.models import Count

        return super().get_base_queryset().annotate(officer_count=Count("officers"))


class OrgUnitCreateView(CreateView):
    def save_instance(self) -> OrgUnit:
        data = self.form.cleaned_data
        unit = create_unit(
            name=data["name"],
            code=data["code"],
            kind=data["kind"],
            parent=data["parent"],
            active=data["active"],
        )
        log(instance=unit, action="wagtail.create", user=self.request.user)
        return unit


class OrgUnitEditView(EditView):
    def save_instance(self) -> OrgUnit:
        data = self.form.cleaned_data
        unit = self.form.instance
        was_active = OrgUnit.objects.filter(pk=unit.pk).values_list("active", flat=True).get()
        OrgUnit.objects.filter(pk=unit.pk).update(
            name=data["name"], code=data["code"], kind=data["kind"]
        )
        unit = OrgUnit.objects.get(pk=unit.pk)
        if "parent" in self.form.changed_data:
            unit = move_unit(unit, data["parent"])
            log(instance=unit, action="people.move_unit", user=self.request.user)
        if data["active"] != was_active:
            set_unit_active(unit, data["active"])
            unit.refresh_from_db()
        log(instance=unit, action="wagtail.edit", user=self.request.user)
        self.form.instance = unit
        return unit


class OrgUnitDeleteView(DeleteView):
    template_name = "people/admin/unit_confirm_delete.html"

    @cached_property
    def blockers(self) -> list[str]:
        return unit_delete_blockers(self.object)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["blockers"] = self.blockers
        context["descendant_count"] = self.object.get_descendant_count()
        return context

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            delete_unit(self.object)
        except UnitInUse as exc:
            messages.error(self.request, str(exc))
            return redirect(self.get_success_url())
        messages.success(self.request, _("Unit “%(name)s” deleted.") % {"name": self.object.name})
        return redirect(self.get_success_url())


class OrgUnitViewSet(ModelViewSet):
    model = OrgUnit
    form_fields = ["name", "code", "kind", "active", "mfa_required"]
    icon = "site"
    menu_label = gettext_lazy("Units")
    name = "units"
    copy_view_enabled = False
    add_to_reference_index = False
    list_per_page = 100
    search_fields = ["name", "code"]
    list_filter = ["kind", "active"]
    index_view_class = OrgUnitIndexView
    add_view_class = OrgUnitCreateView
    edit_view_class = OrgUnitEditView
    delete_view_class = OrgUnitDeleteView

    def get_form_class(self, for_update: bool = False) -> type[OrgUnitForm]:
        return OrgUnitForm
